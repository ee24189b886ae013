#!/usr/bin/env python3
"""Build the blind signature evaluation set A.

Run:  /work/main/.venv/bin/python build.py
Writes cases.json next to this file.  Fully deterministic (no randomness).

Every case is written by hand: a `pre` part (greeting, new text, closing),
a `sig` part (the sender's signature block, possibly empty), a `post` part
(tails: "Envoyé de mon iPhone", disclaimers, banners...) and a `quote` part
(quoted history built by the small helpers below, always containing the
mailbox user's own message and usually the user's full signature).

Signature line indexes are derived from the `sig` part: every non-blank line
of it except image placeholders (lines starting with "[") is a signature
line.  Field values are written by hand and checked against the signature
text (substring checks), and every phone is parsed and validated with
phonenumbers.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
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
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def _hm(d):
    return "%02d:%02d" % (d.hour, d.minute)


def _h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def fr_long(d):
    return "%s %d %s %d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, _hm(d))


def en_us_long(d):
    return "%s, %s %d, %d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, _h12(d))


def en_uk_long(d):
    return "%s, %d %s %d %s" % (EN_DAYS[d.weekday()], d.day, EN_MONTHS[d.month - 1], d.year, _hm(d))


# ---------------------------------------------------------------------------
# mailbox users (the Relance customers' staff) and their own signatures
# ---------------------------------------------------------------------------
class User:
    def __init__(self, name, address, sig):
        self.name = name
        self.address = address
        self.sig = sig.strip("\n").split("\n")


U_CLAIRE = User("Claire Martin", "claire.martin@arcadie-patrimoine.fr", """
Claire Martin
Conseillère en gestion de patrimoine
Arcadie Patrimoine
38 avenue de Friedland – 75008 Paris
Tél. 01 53 76 40 12 | Mob. 06 71 24 58 93
www.arcadie-patrimoine.fr
""")

U_THOMAS = User("Thomas Leroy", "thomas.leroy@arcadie-patrimoine.fr", """
Thomas LEROY
Associé – Bureau de Lyon
ARCADIE PATRIMOINE
12 quai Saint-Antoine, 69002 Lyon
04 78 92 15 60 / 06 08 44 17 25
thomas.leroy@arcadie-patrimoine.fr
""")

U_INES = User("Inès Haddad", "ines.haddad@ferlane-industrie.fr", """
Inès Haddad
Chargée d'affaires Grands Comptes
Ferlane Industrie SAS
Parc des Glaisins – 74940 Annecy
+33 4 50 64 27 90 – +33 6 45 81 02 37
""")

U_NATHALIE = User("Nathalie Verstraeten", "n.verstraeten@berlaymont-gp.be", """
Nathalie Verstraeten
Private Banker
Berlaymont Gestion Privée SA
Avenue Louise 231 – 1050 Bruxelles
T +32 2 640 18 22 – M +32 476 20 41 88
""")

U_JULIEN = User("Julien Favre", "julien.favre@rhone-leman.ch", """
Julien Favre
Gestionnaire de fortune
Banque Rhône-Léman SA
Rue du Rhône 84 – CH-1204 Genève
+41 22 819 40 40
""")

U_ANNE = User("Anne Schmit", "anne.schmit@mosellefo.lu", """
Anne Schmit
Senior Wealth Planner
Moselle Family Office S.A.
12, boulevard Royal – L-2449 Luxembourg
+352 26 47 31 50
""")

U_MARCANTOINE = User("Marc-Antoine Gagnon", "ma.gagnon@gfl-laurentides.ca", """
Marc-Antoine Gagnon, Pl. Fin.
Planificateur financier
Groupe Financier Laurentides
1250, boul. René-Lévesque Ouest, bureau 2200
Montréal (Québec) H3B 4W8
514 555-0162
""")

U_JAMES = User("James Whitfield", "james.whitfield@harrowgatepw.co.uk", """
James Whitfield
Partner, Private Clients
Harrowgate Private Wealth LLP
14 Austin Friars, London EC2N 2HE
T: +44 (0)20 7946 0311
""")

U_AOIFE = User("Aoife Brennan", "aoife.brennan@liffeywealth.ie", """
Aoife Brennan QFA
Financial Adviser | Liffey Wealth Partners
Tel: +353 1 678 2240
""")

U_RACHEL = User("Rachel Kim", "rachel.kim@northbeam.io", """
Rachel Kim
Senior Account Executive | Northbeam
(646) 555-0128
northbeam.io
""")

U_MEGAN = User("Megan Carter", "mcarter@stonebridgewa.com", """
Megan Carter, CFP®
Wealth Advisor
Stonebridge Wealth Advisors, LLC
200 W Madison St, Suite 1900, Chicago, IL 60606
312.555.0190
""")

U_DANIEL = User("Daniel Okafor", "dokafor@maplecrestadvisors.ca", """
Daniel Okafor, CFA
Portfolio Manager
Maplecrest Advisors Inc.
Toronto, ON
416-555-0143
""")

U_SARAH = User("Sarah Mitchell", "sarah.mitchell@harbourline.com.au", """
Sarah Mitchell
Senior Financial Planner
Harbourline Financial Planning Pty Ltd
Level 12, 60 Margaret Street, Sydney NSW 2000
P: (02) 9250 4410
""")

U_LUKAS = User("Lukas Brandt", "l.brandt@taunus-cp.de", """
Lukas Brandt
Director, Investor Relations
Taunus Capital Partners GmbH
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
+49 69 2573 8840
""")

U_SANNE = User("Sanne de Vries", "sanne.devries@amstelridge.nl", """
Sanne de Vries
Business Development Manager
Amstel Ridge Advisory B.V.
+31 20 794 5520
""")

U_OLIVER = User("Oliver Baumann", "oliver.baumann@limmattrust.ch", """
Oliver Baumann
Client Advisor
Limmat Trust AG
Bahnhofstrasse 42, 8001 Zürich
+41 44 215 60 70
""")

U_WEILING = User("Tan Wei Ling", "weiling.tan@marinacrest.com.sg", """
Tan Wei Ling
Relationship Manager, Private Wealth
Marina Crest Capital Pte. Ltd.
+65 6221 8830
""")


# ---------------------------------------------------------------------------
# quoted-history helpers
# ---------------------------------------------------------------------------
def msg(user, greeting, text, closing, tail=None, sig=True):
    """The mailbox user's earlier message (with the user's full signature)."""
    lines = [greeting, ""]
    lines += text.strip("\n").split("\n")
    lines.append("")
    if closing:
        lines.append(closing)
        lines.append("")
    if sig:
        lines += user.sig
    else:
        lines.append(user.name.split()[0])
    if tail:
        lines.append("")
        lines += tail.strip("\n").split("\n")
    return lines


def gt(lines):
    return ["> " + l if l else ">" for l in lines]


def who(name, addr):
    return "%s <%s>" % (name, addr)


def outlook_fr(frm, to, when, subject, lines, sep=None, cc=None, mailto=False):
    out = []
    if sep == "line":
        out.append("_" * 32)
    elif sep == "orig":
        out.append("-----Message d'origine-----")
    if mailto:
        out.append("De : %s [mailto:%s]" % (frm[0], frm[1]))
    else:
        out.append("De : " + who(*frm))
    out.append("Envoyé : " + fr_long(when))
    out.append("À : " + who(*to))
    if cc:
        out.append("Cc : " + cc)
    out.append("Objet : " + subject)
    out.append("")
    return out + lines


def outlook_en(frm, to, when, subject, lines, sep=None, cc=None, locale="us", mailto=False):
    out = []
    if sep == "line":
        out.append("_" * 32)
    elif sep == "orig":
        out.append("-----Original Message-----")
    if mailto:
        out.append("From: %s [mailto:%s]" % (frm[0], frm[1]))
    else:
        out.append("From: " + who(*frm))
    if locale == "us":
        out.append("Sent: " + en_us_long(when))
    elif locale == "mac":
        out.append("Date: %s, %d %s %d at %s" % (EN_DAYS[when.weekday()], when.day,
                                                 EN_MONTHS[when.month - 1], when.year, _hm(when)))
    else:
        out.append("Sent: " + en_uk_long(when))
    out.append("To: " + who(*to))
    if cc:
        out.append("Cc: " + cc)
    out.append("Subject: " + subject)
    out.append("")
    return out + lines


def gmail_fr(frm, when, lines, blank=True):
    d = when
    head = "Le %s %d %s %d à %s, %s a écrit :" % (
        FR_DAYS_ABBR[d.weekday()], d.day, FR_MONTHS_ABBR[d.month - 1], d.year, _hm(d), who(*frm))
    return [head] + ([""] if blank else []) + gt(lines)


def gmail_en(frm, when, lines, locale="us", blank=True):
    d = when
    if locale == "us":
        head = "On %s, %s %d, %d at %s %s wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, _h12(d), who(*frm))
    else:
        head = "On %s, %d %s %d at %s, %s wrote:" % (
            EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, _hm(d), who(*frm))
    return [head] + ([""] if blank else []) + gt(lines)


def apple_fr(frm, when, lines):
    d = when
    head = "Le %d %s %d à %s, %s a écrit :" % (d.day, FR_MONTHS_ABBR[d.month - 1], d.year, _hm(d), who(*frm))
    return [head, ""] + gt(lines)


def apple_en(frm, when, lines, locale="uk"):
    d = when
    if locale == "us":
        head = "On %s %d, %d, at %s, %s wrote:" % (EN_MONTHS[d.month - 1][:3], d.day, d.year, _h12(d), who(*frm))
    else:
        head = "On %d %s %d, at %s, %s wrote:" % (d.day, EN_MONTHS[d.month - 1][:3], d.year, _hm(d), who(*frm))
    return [head, ""] + gt(lines)


def U(user):
    return (user.name, user.address)


# ---------------------------------------------------------------------------
# case registry
# ---------------------------------------------------------------------------
CASES = []
FIELD_ORDER = ["name", "title", "company", "email", "website", "linkedin", "address"]


def _part(s):
    if not s:
        return []
    if s.endswith("\n"):
        s = s[:-1]
    return s.split("\n")


def case(id, lang, client, region, sender, user, pre, sig, post="", quote=None,
         fields=None, phones=()):
    pre_l = _part(pre)
    sig_l = _part(sig)
    post_l = _part(post)
    quote_l = list(quote or [])
    lines = pre_l + sig_l + post_l + quote_l
    idx = []
    for i, l in enumerate(sig_l):
        if l.strip() and not l.strip().startswith("["):
            idx.append(len(pre_l) + i)
    CASES.append(dict(id=id, lang=lang, client=client, region=region,
                      sender=dict(address=sender[1], name=sender[0]),
                      user=dict(address=user.address, name=user.name),
                      lines=lines, idx=idx, fields=dict(fields or {}), phones=list(phones)))


# ===========================================================================
# FRENCH — France
# ===========================================================================

case("a001-fr-outlook-notaire", "fr", "outlook", "FR",
     ("Hélène Marchetti-Dubois", "h.marchetti-dubois@vauban-notaires.fr"), U_CLAIRE,
     pre="""Bonjour Madame Martin,

Je fais suite à notre échange téléphonique de ce matin concernant la donation-partage de vos clients, M. et Mme Fontaine.

Nous avons bien reçu les relevés de portefeuille. Il nous manque encore l'évaluation du bien de Saint-Malo ; pourriez-vous me la transmettre d'ici vendredi afin que je puisse préparer le projet d'acte ?

Je vous propose un rendez-vous de signature le mardi 8 décembre à 10h00 en l'étude.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

""",
     sig="""Maître Hélène MARCHETTI-DUBOIS
Notaire associée
SCP VAUBAN & ASSOCIÉS
14, rue de Grenelle
75007 PARIS
Tél. : 01 45 48 62 30 – Fax : 01 45 48 62 39
h.marchetti-dubois@vauban-notaires.fr
""",
     post="""
[cid:image001.png@01DC3A7E.5F1B2C40]

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
Attention : l'étude ne vous communiquera jamais de changement de coordonnées bancaires par courriel. En cas de doute, appelez-nous.

""",
     quote=outlook_fr(U(U_CLAIRE), ("Hélène Marchetti-Dubois", "h.marchetti-dubois@vauban-notaires.fr"),
                      D("2026-11-23 10:12"), "Donation-partage Fontaine – pièces complémentaires",
                      msg(U_CLAIRE, "Maître,", """Comme convenu, vous trouverez ci-joint les relevés de portefeuille de M. et Mme Fontaine au 30 septembre.
Je reste à votre disposition pour tout complément.""", "Bien cordialement,"), sep="line"),
     fields=dict(name="Hélène MARCHETTI-DUBOIS", title="Notaire associée", company="SCP VAUBAN & ASSOCIÉS",
                 email="h.marchetti-dubois@vauban-notaires.fr", address="14, rue de Grenelle, 75007 PARIS"),
     phones=[("01 45 48 62 30", "FR", "landline"), ("01 45 48 62 39", "FR", "fax")])

case("a002-fr-gmail-cif-orias", "fr", "gmail", "FR",
     ("Olivier de Sainte-Croix", "odesaintecroix.conseil@gmail.com"), U_THOMAS,
     pre="""Bonjour Thomas,

Merci pour l'envoi de la plaquette. J'ai deux clients chefs d'entreprise qui pourraient être intéressés par le mandat de gestion pilotée, notamment dans le cadre d'un apport-cession (150-0 B ter).

On peut s'appeler la semaine prochaine ? Je suis disponible mardi après-midi ou jeudi matin.

Bien à vous,

""",
     sig="""Olivier de Sainte-Croix, CIF
Conseiller en investissements financiers
ODSC Conseil SARL
Port. 06 62 18 47 05
""",
     post="""
Adhérent d'une association professionnelle agréée par l'AMF – ORIAS n° 21 004 512 (CIF, COA) – www.orias.fr
RCS Versailles 899 412 657 – Capital social 5 000 €

""",
     quote=gmail_fr(U(U_THOMAS), D("2026-11-19 16:40"),
                    msg(U_THOMAS, "Bonjour Olivier,", """Ravi de notre échange au petit-déjeuner de l'association mardi.
Comme promis, je vous joins notre plaquette sur la gestion sous mandat et les fonds de private equity que nous référençons.""", "Bien à vous,")),
     fields=dict(name="Olivier de Sainte-Croix", title="Conseiller en investissements financiers",
                 company="ODSC Conseil SARL"),
     phones=[("06 62 18 47 05", "FR", "mobile")])

case("a003-fr-iphone-prenom-seul", "fr", "iphone", "FR",
     ("Marc Lefebvre-Aubry", "marc.lefebvre.aubry@orange.fr"), U_CLAIRE,
     pre="""Bonjour Claire,
C'est parfait pour jeudi 14h30, je serai accompagné de mon épouse.
À jeudi
""",
     sig="""Marc
""",
     post="""
Envoyé de mon iPhone

""",
     quote=apple_fr(U(U_CLAIRE), D("2026-11-24 09:03"),
                    msg(U_CLAIRE, "Bonjour Monsieur Lefebvre-Aubry,", """Suite à notre appel, je vous propose de faire le point sur votre contrat d'assurance-vie et sur le projet d'investissement locatif jeudi 26 novembre à 14h30 à notre bureau.
Merci de me confirmer ce créneau.""", "Bien cordialement,")),
     fields=dict(name="Marc"), phones=[])

case("a004-fr-outlook-expert-comptable-logo-milieu", "fr", "outlook", "FR",
     ("Laurence Dupré", "l.dupre@dupre-audit.fr"), U_CLAIRE,
     pre="""Bonjour Madame,

Veuillez trouver ci-joint la liasse fiscale 2025 de la SCI Les Tilleuls ainsi que le bilan de la holding de M. Garnier, comme convenu.

Pour la valorisation des parts, je vous confirme que nous retenons l'actif net réévalué au 31/12.

Restant à votre disposition,
Cordialement,

""",
     sig="""DUPRÉ Laurence
Expert-comptable – Commissaire aux comptes
[cid:image001.png@01DC4B12.8A7E9F30]
Dupré Audit & Conseil SAS
Bâtiment B – 3e étage
45 avenue Jean Jaurès
69007 Lyon
Ligne directe : 04 72 71 38 14 (poste 214)
Standard : 04 72 71 38 00
""",
     post="""
P Pensez à l'environnement avant d'imprimer ce mail.

""",
     quote=outlook_fr(U(U_CLAIRE), ("Laurence Dupré", "l.dupre@dupre-audit.fr"), D("2026-11-16 18:21"),
                      "Dossier Garnier – documents comptables",
                      msg(U_CLAIRE, "Bonjour Madame Dupré,", """Dans le cadre de l'audit patrimonial de M. Garnier, pourriez-vous me transmettre la dernière liasse de la SCI Les Tilleuls et le bilan de sa holding ?
Je vous en remercie par avance.""", "Bien cordialement,"), sep="line"),
     fields=dict(name="DUPRÉ Laurence", title="Expert-comptable – Commissaire aux comptes",
                 company="Dupré Audit & Conseil SAS",
                 address="Bâtiment B – 3e étage, 45 avenue Jean Jaurès, 69007 Lyon"),
     phones=[("04 72 71 38 14", "FR", "landline"), ("04 72 71 38 00", "FR", "landline")])

case("a005-fr-outlook-assistante-avocat", "fr", "outlook", "FR",
     ("Virginie Lambert", "v.lambert@rousseau-avocats.fr"), U_THOMAS,
     pre="""Bonjour Monsieur Leroy,

Maître Rousseau me charge de vous transmettre le projet de pacte d'associés modifié suite à votre réunion de lundi. Les modifications apparaissent en mode révision.

Il vous propose un point téléphonique jeudi 17 à 11h ; pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

""",
     sig="""Virginie Lambert
Assistante de Maître Philippe Rousseau
Rousseau Avocats SELARL
Barreau de Lyon
27 rue de la République – 69002 Lyon
Tél : 04.78.37.52.10 – Fax : 04.78.37.52.19
""",
     post="""
-------------------------------------------------
Ce courrier électronique et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel de l'avocat. S'ils ne vous sont pas destinés, nous vous remercions de bien vouloir en informer l'expéditeur et de les supprimer. Toute copie ou diffusion est strictement interdite.
-------------------------------------------------

""",
     quote=outlook_fr(U(U_THOMAS), ("Philippe Rousseau", "p.rousseau@rousseau-avocats.fr"), D("2026-12-08 08:47"),
                      "Pacte d'associés – Holding Berthelot",
                      msg(U_THOMAS, "Maître,", """Merci pour la réunion de lundi. Pourriez-vous nous adresser la version amendée du pacte, intégrant la clause de sortie conjointe discutée ?""", "Bien cordialement,"),
                      cc="Virginie Lambert <v.lambert@rousseau-avocats.fr>"),
     fields=dict(name="Virginie Lambert", title="Assistante de Maître Philippe Rousseau",
                 company="Rousseau Avocats SELARL", address="27 rue de la République – 69002 Lyon"),
     phones=[("04.78.37.52.10", "FR", "landline"), ("04.78.37.52.19", "FR", "fax")])

case("a006-fr-outlook-service-client-mutuelle", "fr", "outlook", "FR",
     ("Service Client MAVL", "service.client@mavl-assurances.fr"), U_INES,
     pre="""Madame, Monsieur,

Nous accusons réception de votre demande d'attestation d'assurance responsabilité civile professionnelle pour l'année 2027.

Votre attestation sera disponible dans votre espace adhérent sous 48 heures ouvrées. Votre numéro de dossier est le 2026-RC-184522 ; merci de le rappeler dans toute correspondance.

Nous restons à votre écoute.

Cordialement,

""",
     sig="""Le service client
Mutuelle d'Assurances du Val de Loire
Tél. 02 47 31 85 00 (appel non surtaxé)
""",
     post="""
Du lundi au vendredi de 8h30 à 18h00 et le samedi de 9h00 à 12h00
Mutuelle d'assurances régie par le Code des assurances – Siège social : 18 boulevard Heurteloup – 37000 Tours – SIREN 781 245 336

""",
     quote=outlook_fr(U(U_INES), ("Service Client MAVL", "service.client@mavl-assurances.fr"), D("2026-11-30 11:15"),
                      "Attestation RC Pro 2027 – Ferlane Industrie",
                      msg(U_INES, "Bonjour,", """Un de nos clients nous demande notre attestation RC professionnelle pour 2027 dans le cadre d'un appel d'offres.
Pourriez-vous nous la faire parvenir ? Notre numéro de sociétaire est le 0048127.""", "Merci d'avance et bonne journée,"), sep="line"),
     fields=dict(company="Mutuelle d'Assurances du Val de Loire"),
     phones=[("02 47 31 85 00", "FR", "landline")])

case("a007-fr-android-sans-signature", "fr", "android", "FR",
     ("Stéphane Aubert", "stephane.aubert@wanadoo.fr"), U_CLAIRE,
     pre="""Bonjour Claire, bien reçu. Je regarde les documents ce week-end et je vous rappelle lundi.
Bonne soirée
""",
     sig="",
     post="""
Obtenir Outlook pour Android

""",
     quote=outlook_fr(U(U_CLAIRE), ("Stéphane Aubert", "stephane.aubert@wanadoo.fr"), D("2026-11-20 17:45"),
                      "Votre bilan patrimonial",
                      msg(U_CLAIRE, "Bonjour Monsieur Aubert,", """Veuillez trouver ci-joint votre bilan patrimonial ainsi que nos préconisations.
Nous pourrons en parler de vive voix à votre convenance.""", "Très cordialement,"), sep="line"),
     fields={}, phones=[])

case("a008-fr-gmail-associe-dans-le-corps", "fr", "gmail", "FR",
     ("Cyril Perrot", "cyril.perrot@perrot-immo.fr"), U_THOMAS,
     pre="""Bonjour Thomas,

Je serai en déplacement à partir de demain et jusqu'au 4 décembre. Pour la visite des bureaux de la rue Garibaldi, vous pouvez joindre mon associé Paul Durand au 06 48 21 93 70 ou par mail à paul.durand@perrot-immo.fr, il a toutes les clés et le dossier technique.

Le bail proposé est un 3/6/9 avec une franchise de trois mois, loyer 210 € HT HC/m²/an.

Bonne journée,

""",
     sig="""Cyril Perrot
Perrot Immobilier d'Entreprise
Transaction – Location – Investissement
Tél. 04 78 60 22 41
www.perrot-immo.fr
""",
     post="""
""",
     quote=gmail_fr(U(U_THOMAS), D("2026-11-25 08:32"),
                    msg(U_THOMAS, "Bonjour Cyril,", """Un de nos clients cherche environ 400 m² de bureaux dans le 3e arrondissement pour y installer sa société.
Les locaux de la rue Garibaldi sont-ils toujours disponibles ? Une visite serait-elle possible la semaine prochaine ?""", "Merci,")),
     fields=dict(name="Cyril Perrot", company="Perrot Immobilier d'Entreprise", website="www.perrot-immo.fr"),
     phones=[("04 78 60 22 41", "FR", "landline")])

case("a009-fr-outlook-initiales", "fr", "outlook", "FR",
     ("Jean-Pierre Lasserre", "jp.lasserre@lasserre-holding.fr"), U_CLAIRE,
     pre="""Claire,

OK pour l'arbitrage proposé : on sort du fonds euro à hauteur de 150 k€ et on renforce l'UC immobilière. Je signerai électroniquement dès réception.

""",
     sig="""JPL
""",
     post="""
""",
     quote=outlook_fr(U(U_CLAIRE), ("Jean-Pierre Lasserre", "jp.lasserre@lasserre-holding.fr"), D("2026-12-01 15:02"),
                      "Arbitrage contrat Lasserre",
                      msg(U_CLAIRE, "Bonjour Monsieur Lasserre,", """Compte tenu de la baisse des taux servis sur le fonds euro, je vous propose d'arbitrer 150 000 € vers l'unité de compte immobilière dont nous avons parlé.
Pouvez-vous me donner votre accord par retour de mail ?""", "Bien cordialement,"), sep="orig", mailto=True),
     fields={}, phones=[])

case("a010-fr-outlook-banque-privee-particule", "fr", "outlook", "FR",
     ("Charles-Henri de La Motte-Servian", "charles-henri.delamotteservian@hauteville-cie.fr"), U_CLAIRE,
     pre="""Chère Madame,

Je vous remercie pour votre appel. Comme évoqué, nous pouvons mettre en place un crédit lombard adossé au portefeuille de votre client, dans la limite de 60 % de la valeur des actifs éligibles, au taux Euribor 3 mois + 1,10 %.

Je vous adresse en pièce jointe la note de conditions indicatives. Les conditions définitives restent soumises à l'accord de notre comité de crédit.

Bien à vous,

""",
     sig="""Charles-Henri de LA MOTTE-SERVIAN
Banquier Privé Senior | Direction de la Banque Privée
Banque Hauteville & Cie
7, rue Hauteville – 75010 Paris
Ligne directe +33 (0)1 70 38 52 17
Mobile +33 (0)6 13 84 20 56
""",
     post="""
Banque Hauteville & Cie – Société anonyme au capital de 42 000 000 € – RCS Paris 552 118 904 – Établissement de crédit agréé par l'ACPR – Intermédiaire en assurance ORIAS n° 07 012 345
This e-mail and any attachment are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it.

""",
     quote=outlook_fr(U(U_CLAIRE), ("Charles-Henri de La Motte-Servian", "charles-henri.delamotteservian@hauteville-cie.fr"),
                      D("2026-11-17 12:30"), "Financement lombard – client B.",
                      msg(U_CLAIRE, "Monsieur,", """Suite à notre conversation, pourriez-vous m'indiquer les conditions d'un crédit lombard pour un client disposant d'un portefeuille d'environ 2,4 M€ chez vous ?""", "Bien cordialement,")),
     fields=dict(name="Charles-Henri de LA MOTTE-SERVIAN", title="Banquier Privé Senior",
                 company="Banque Hauteville & Cie", address="7, rue Hauteville – 75010 Paris"),
     phones=[("+33 (0)1 70 38 52 17", "FR", "landline"), ("+33 (0)6 13 84 20 56", "FR", "mobile")])

case("a011-fr-outlook-courtier-une-ligne-tirets", "fr", "outlook", "FR",
     ("Kevin Marchal", "k.marchal@axiome-courtage.fr"), U_INES,
     pre="""Bonjour Madame Haddad,

Suite à notre rendez-vous, je vous adresse la proposition pour la flotte automobile (18 véhicules) et la multirisque du site d'Annecy.
Les garanties sont équivalentes à votre contrat actuel avec une économie d'environ 11 % ; la franchise bris de machine passe à 1 500 €.

Je reste disponible pour en discuter.

Cordialement

""",
     sig="""Kévin MARCHAL - Chargé de clientèle entreprises - Axiome Courtage
T +33 4 50 33 71 80 | M +33 6 27 59 14 02
3 rue Sommeiller, 74000 Annecy
www.axiome-courtage.fr
""",
     post="""
Axiome Courtage SARL – Courtier en assurances – ORIAS n° 13 005 877 (www.orias.fr) – Soumis au contrôle de l'ACPR – RCS Annecy 794 551 203 – Garantie financière et RC professionnelle conformes aux articles L512-6 et L512-7 du Code des assurances.

""",
     quote=outlook_fr(U(U_INES), ("Kévin MARCHAL", "k.marchal@axiome-courtage.fr"), D("2026-11-12 14:05"),
                      "RE: Renouvellement contrats flotte et multirisque",
                      msg(U_INES, "Bonjour Monsieur Marchal,", """Merci pour votre visite. Comme convenu, je vous adresse les conditions particulières de nos contrats actuels et la sinistralité des 3 dernières années.""", "Cordialement,"), sep="line"),
     fields=dict(name="Kévin MARCHAL", title="Chargé de clientèle entreprises", company="Axiome Courtage",
                 address="3 rue Sommeiller, 74000 Annecy", website="www.axiome-courtage.fr"),
     phones=[("+33 4 50 33 71 80", "FR", "landline"), ("+33 6 27 59 14 02", "FR", "mobile")])

case("a012-fr-gmail-architecte-tiret-tiret", "fr", "gmail", "FR",
     ("Lucie Brun-Ravel", "lucie@atelier-brunravel.fr"), U_THOMAS,
     pre="""Bonjour Thomas,

Voici le chiffrage actualisé de la réhabilitation (lot gros œuvre + menuiseries), soit 412 000 € HT, hors honoraires. Le permis modificatif a été déposé le 12.

Pour la visite de chantier, je propose le 3 décembre à 9h sur place. Prévoyez des chaussures adaptées !

À bientôt,

-- 
""",
     sig="""Lucie Brun-Ravel
Architecte DPLG – Gérante
Atelier Brun-Ravel Architectes
8 place Sathonay
69001 Lyon
06 81 47 29 53
atelier-brunravel.fr
""",
     post="""Instagram : @atelier.brunravel

""",
     quote=gmail_fr(U(U_THOMAS), D("2026-11-26 19:10"),
                    msg(U_THOMAS, "Bonjour Lucie,", """Mes clients souhaiteraient avoir une estimation à jour avant de valider l'enveloppe de travaux pour l'immeuble de la Croix-Rousse (déficit foncier).
Pourrions-nous aussi organiser une visite ?""", "Merci beaucoup,"), blank=False),
     fields=dict(name="Lucie Brun-Ravel", title="Architecte DPLG – Gérante", company="Atelier Brun-Ravel Architectes",
                 website="atelier-brunravel.fr", address="8 place Sathonay, 69001 Lyon"),
     phones=[("06 81 47 29 53", "FR", "mobile")])

case("a013-fr-iphone-deux-lignes-sous-envoye", "fr", "iphone", "FR",
     ("Jean-Baptiste Morel", "jbmorel@morel-transports.fr"), U_CLAIRE,
     pre="""Bonjour Claire
Je n'ai pas reçu le lien pour la signature électronique, pouvez vous me le renvoyer svp ?
Merci

""",
     sig="""Jean-Baptiste Morel
06 14 52 87 39
""",
     post="""Envoyé de mon iPhone

""",
     quote=apple_fr(U(U_CLAIRE), D("2026-12-02 10:40"),
                    msg(U_CLAIRE, "Bonjour Monsieur Morel,", """Vous allez recevoir dans quelques minutes un lien pour signer électroniquement votre souscription au PER.
N'hésitez pas à m'appeler en cas de difficulté.""", "Bien à vous,")),
     fields=dict(name="Jean-Baptiste Morel"),
     phones=[("06 14 52 87 39", "FR", "mobile")])

case("a014-fr-outlook-saas-pronoms-chez", "fr", "outlook", "FR",
     ("Camille Nguyen", "camille.nguyen@plumetis.io"), U_INES,
     pre="""Bonjour Inès,

Suite à notre démo de mardi, je vous partage l'accès à l'environnement de test (identifiants envoyés séparément). Vous y trouverez vos 3 gammes de produits importées depuis le fichier Excel.

Dites-moi si un point avec notre équipe technique serait utile pour le connecteur ERP.

Belle journée,

""",
     sig="""Camille Nguyen (elle)
Customer Success Manager chez Plumetis
+33 7 68 12 45 90
fr.linkedin.com/in/camille-nguyen-csm
""",
     post="""
[cid:plumetis-logo_5c2e1b.png]
🏆 Plumetis élue « Solution configurateur de l'année » aux Trophées de l'Industrie connectée 2026

""",
     quote=outlook_fr(U(U_INES), ("Camille Nguyen", "camille.nguyen@plumetis.io"), D("2026-11-18 17:20"),
                      "Démo configurateur – suite",
                      msg(U_INES, "Bonjour Camille,", """Merci pour la démonstration. Serait-il possible de tester l'outil avec nos propres références avant de présenter le projet à notre direction ?""", "Bien cordialement,")),
     fields=dict(name="Camille Nguyen", title="Customer Success Manager", company="Plumetis",
                 linkedin="fr.linkedin.com/in/camille-nguyen-csm"),
     phones=[("+33 7 68 12 45 90", "FR", "mobile")])

case("a015-fr-outlook-industriel-bp-cedex", "fr", "outlook", "FR",
     ("Bernard Gauthier", "bernard.gauthier@gauthier-freres.fr"), U_INES,
     pre="""Bonjour Madame Haddad,

Nous avons bien reçu votre offre n° OF-26-1187 pour les 4 000 pièces usinées. Le prix unitaire nous convient, en revanche le délai de 10 semaines est trop long pour notre planning de production.

Pouvez-vous nous confirmer une livraison partielle de 1 500 pièces fin janvier ?

Dans l'attente de votre retour,

Salutations distinguées.

""",
     sig="""M. Bernard GAUTHIER
Responsable Achats
Direction des Achats et de la Logistique
MÉTALLERIE GAUTHIER FRÈRES S.A.
ZI des Grands Prés – BP 45
25301 Pontarlier Cedex
Tél : 03 81 39 44 10 – Fax : 03 81 39 44 19
""",
     post="""
Découvrez notre nouveau site : www.gauthier-freres.fr

""",
     quote=outlook_fr(U(U_INES), ("Bernard GAUTHIER", "bernard.gauthier@gauthier-freres.fr"), D("2026-11-10 09:58"),
                      "Offre OF-26-1187 – pièces usinées",
                      msg(U_INES, "Bonjour Monsieur Gauthier,", """Veuillez trouver ci-joint notre offre pour les pièces usinées selon plan 4471-B, indice C.
Délai de livraison : 10 semaines à réception de commande.""", "Cordialement,"), sep="line"),
     fields=dict(name="Bernard GAUTHIER", title="Responsable Achats", company="MÉTALLERIE GAUTHIER FRÈRES S.A.",
                 address="ZI des Grands Prés – BP 45, 25301 Pontarlier Cedex"),
     phones=[("03 81 39 44 10", "FR", "landline"), ("03 81 39 44 19", "FR", "fax")])

case("a016-fr-gmail-agent-immobilier-groupe", "fr", "gmail", "FR",
     ("Sandrine Coulomb", "sandrine.coulomb@demeures-cote-basque.fr"), U_CLAIRE,
     pre="""Bonjour Madame Martin,

Je vous confirme que les propriétaires de la villa de Bidart acceptent l'offre de vos clients à 1 180 000 € FAI. Le compromis pourrait être signé chez Maître Etcheverry la semaine du 14 décembre.

Je vous laisse revenir vers moi pour caler une date.

Très cordialement

""",
     sig="""Sandrine Coulomb
Négociatrice – Agent commercial
Demeures de la Côte Basque
Une agence du groupe Atlantique Prestige
12 avenue de l'Impératrice, 64200 Biarritz
Mobile : 06 30 72 18 64
sandrine.coulomb@demeures-cote-basque.fr
""",
     post="""
Agent commercial immatriculé au RSAC de Bayonne sous le n° 832 114 559

""",
     quote=gmail_fr(U(U_CLAIRE), D("2026-11-27 11:48"),
                    msg(U_CLAIRE, "Bonjour Madame Coulomb,", """Mes clients, M. et Mme Ribeiro, souhaitent faire une offre à 1 180 000 € frais d'agence inclus pour la villa de Bidart, financée à 40 % par un prêt déjà accordé.""", "Bien cordialement,")),
     fields=dict(name="Sandrine Coulomb", title="Négociatrice – Agent commercial", company="Demeures de la Côte Basque",
                 address="12 avenue de l'Impératrice, 64200 Biarritz",
                 email="sandrine.coulomb@demeures-cote-basque.fr"),
     phones=[("06 30 72 18 64", "FR", "mobile")])

case("a017-fr-outlook-clinique-docteur", "fr", "outlook", "FR",
     ("KERGOAT Anne-Sophie", "as.kergoat@clinique-iroise.fr"), U_CLAIRE,
     pre="""Bonjour Madame Martin,

Merci pour votre proposition de rendez-vous. Mes consultations se terminent à 17h le mercredi, je pourrais donc être à votre cabinet vers 18h15 le 9 décembre si cela vous convient.

J'apporterai mes deux derniers avis d'imposition et le contrat de prévoyance Madelin.

Bien cordialement,

""",
     sig="""Dr Anne-Sophie KERGOAT
Chirurgien orthopédiste
Pôle Appareil locomoteur
Clinique de l'Iroise
2 rue de Kerzouar – 29200 Brest
Secrétariat : 02 98 43 67 20
Fax : 02 98 43 67 29
""",
     post="""
Merci de ne pas utiliser cette adresse pour les demandes de rendez-vous médicaux. En cas d'urgence, composez le 15.

""",
     quote=outlook_fr(U(U_CLAIRE), ("KERGOAT Anne-Sophie", "as.kergoat@clinique-iroise.fr"), D("2026-11-30 13:14"),
                      "Rendez-vous bilan retraite",
                      msg(U_CLAIRE, "Bonjour Docteur,", """Comme suite à la recommandation du Dr Le Gall, je vous propose un premier rendez-vous pour faire le point sur votre retraite et votre prévoyance.
Quelles seraient vos disponibilités début décembre ?""", "Bien cordialement,"), sep="line"),
     fields=dict(name="Anne-Sophie KERGOAT", title="Chirurgien orthopédiste", company="Clinique de l'Iroise",
                 address="2 rue de Kerzouar – 29200 Brest"),
     phones=[("02 98 43 67 20", "FR", "landline"), ("02 98 43 67 29", "FR", "fax")])

case("a018-fr-other-zimbra-collectivite", "fr", "other", "FR",
     ("Sylvie Caron", "sylvie.caron@agglo-vernelles.fr"), U_INES,
     pre="""Madame,

Je vous informe que la date limite de remise des offres pour le marché n° 2026-047 (fourniture et pose de mobilier urbain) est reportée au 18 décembre 2026 à 12h00. Un avis rectificatif a été publié sur notre profil acheteur.

Les questions complémentaires doivent être posées via la plateforme uniquement.

Cordialement,

""",
     sig="""Sylvie CARON
Responsable du service de la commande publique
Direction des Affaires juridiques et de la Commande publique
Communauté d'agglomération de Vernelles
Hôtel d'agglomération – 1 place de la République
CS 70021 – 45802 Vernelles Cedex
Tél. 02 38 72 14 55
""",
     post="""
Suivez l'actualité de l'Agglo sur Facebook, LinkedIn et Instagram

""",
     quote=["----- Mail original -----",
            'De: "Inès Haddad" <ines.haddad@ferlane-industrie.fr>',
            'À: "marches publics" <marchespublics@agglo-vernelles.fr>',
            "Envoyé: Mardi 17 Novembre 2026 09:41:12",
            "Objet: Marché 2026-047 – question sur le délai",
            ""] + msg(U_INES, "Madame, Monsieur,", """Compte tenu du délai d'approvisionnement des structures acier, serait-il envisageable de reporter la date limite de remise des offres ?""", "Bien cordialement,"),
     fields=dict(name="Sylvie CARON", title="Responsable du service de la commande publique",
                 company="Communauté d'agglomération de Vernelles",
                 address="Hôtel d'agglomération – 1 place de la République, CS 70021 – 45802 Vernelles Cedex"),
     phones=[("02 38 72 14 55", "FR", "landline")])

case("a019-fr-gmail-association-tresoriere", "fr", "gmail", "FR",
     ("Jardins du Val-Fleuri", "jardins.valfleuri@gmail.com"), U_CLAIRE,
     pre="""Bonjour Madame Martin,

Au nom du bureau, merci pour votre proposition d'intervention lors de notre assemblée générale du 23 janvier sur le thème « Transmettre son patrimoine à une association ». Le créneau de 15h à 16h vous conviendrait-il ?

Nous pourrons accueillir environ 60 personnes dans la salle des fêtes.

Avec nos remerciements,

""",
     sig="""Martine Rigaud
Trésorière
Association Les Jardins Partagés du Val-Fleuri
06.71.90.33.18
""",
     post="""
Association reconnue d'intérêt général – reçus fiscaux sur demande

""",
     quote=gmail_fr(U(U_CLAIRE), D("2026-11-21 10:05"),
                    msg(U_CLAIRE, "Madame, Monsieur,", """Plusieurs de vos adhérents m'ont interrogée sur les legs et donations aux associations.
Je serais heureuse d'intervenir gracieusement lors de votre prochaine assemblée générale si cela vous intéresse.""", "Bien cordialement,")),
     fields=dict(name="Martine Rigaud", title="Trésorière", company="Association Les Jardins Partagés du Val-Fleuri"),
     phones=[("06.71.90.33.18", "FR", "mobile")])

case("a020-fr-gmail-startup-pipes", "fr", "gmail", "FR",
     ("Yanis Belkacem", "yanis@koalaflow.fr"), U_THOMAS,
     pre="""Hello Thomas,

Merci pour l'intro auprès de vos clients business angels ! Je vous envoie le deck à jour (seed de 1,2 M€, on a déjà 700 k€ de commitments) et le one-pager.

Dispo pour un call rapide demain entre 12h et 14h si besoin.

Belle soirée,

""",
     sig="""Yanis Belkacem | Co-fondateur & CEO | Koalaflow
+33 6 52 30 71 84 | koalaflow.fr
linkedin.com/in/yanisbelkacem
""",
     post="""
🚀 Koalaflow est lauréat du Prix Innovation Rhône-Alpes 2026

""",
     quote=gmail_fr(U(U_THOMAS), D("2026-12-03 18:02"),
                    msg(U_THOMAS, "Bonjour Yanis,", """Comme évoqué, deux de mes clients investissent régulièrement en direct dans des start-ups B2B (tickets de 25 à 100 k€).
Pouvez-vous m'envoyer votre dernier deck ? Je leur transmettrai.""", "Bonne journée,")),
     fields=dict(name="Yanis Belkacem", title="Co-fondateur & CEO", company="Koalaflow", website="koalaflow.fr",
                 linkedin="linkedin.com/in/yanisbelkacem"),
     phones=[("+33 6 52 30 71 84", "FR", "mobile")])

_a021_quote = gt(msg(U_THOMAS, "Bonjour Nicolas,", "Pour préparer la proposition de PER collectif, j'aurais besoin de quelques éléments.", "Merci d'avance,"))
case("a021-fr-gmail-reponse-dans-le-texte", "fr", "gmail", "FR",
     ("Nicolas Ferrand", "n.ferrand@ferrand-emballages.fr"), U_THOMAS,
     pre="""Bonjour Thomas,

Voir mes réponses ci-dessous.

Le mar. 17 nov. 2026 à 09:05, Thomas Leroy <thomas.leroy@arcadie-patrimoine.fr> a écrit :
> Bonjour Nicolas,
>
> Pour préparer la proposition de PER collectif, j'aurais besoin de quelques éléments :
>
> 1. Combien de salariés seraient éligibles ?
Tous les CDI avec 3 mois d'ancienneté, soit 46 personnes.
>
> 2. Souhaitez-vous un abondement de l'entreprise ?
Oui, 100 % des versements volontaires, plafonné à 1 200 € par an.
>
> 3. Date de mise en place souhaitée ?
Au 1er janvier idéalement, au 1er avril au plus tard.
>
> Merci d'avance,
>
> Thomas LEROY
> Associé – Bureau de Lyon
> ARCADIE PATRIMOINE
> 12 quai Saint-Antoine, 69002 Lyon
> 04 78 92 15 60 / 06 08 44 17 25
> thomas.leroy@arcadie-patrimoine.fr

Cordialement,

""",
     sig="""Nicolas Ferrand
Directeur administratif et financier
Ferrand Emballages SAS
Tél. 04 74 28 19 63 - Port. 06 86 41 52 07
""",
     post="",
     quote=None,
     fields=dict(name="Nicolas Ferrand", title="Directeur administratif et financier", company="Ferrand Emballages SAS"),
     phones=[("04 74 28 19 63", "FR", "landline"), ("06 86 41 52 07", "FR", "mobile")])

case("a022-fr-outlook-avocats-footer-bilingue", "fr", "outlook", "FR",
     ("Aurélien Bossard", "abossard@bossard-vidal.com"), U_CLAIRE,
     pre="""Chère Claire,

Je te confirme que la consultation sur le pacte Dutreil de la famille Chevallier sera finalisée lundi. Nous avons identifié un point d'attention sur le caractère animateur de la holding (proportion d'actifs non opérationnels), que je te propose d'évoquer avec le client avant l'envoi.

Tu es disponible mercredi pour un call à trois ?

Très amicalement,

""",
     sig="""Aurélien Bossard
Avocat associé
Fiscalité patrimoniale & Private Clients
BOSSARD VIDAL & ASSOCIÉS
52 avenue Hoche | 75008 Paris
T. +33 1 84 17 26 40 | D. +33 1 84 17 26 47
www.bossard-vidal.com
www.linkedin.com/company/bossard-vidal-associes
""",
     post="""
Bossard Vidal & Associés AARPI – Avocats au Barreau de Paris – Toque P 0512
Ce message est confidentiel et couvert par le secret professionnel. Il est destiné exclusivement à ses destinataires. Toute utilisation non autorisée est interdite. Si vous l'avez reçu par erreur, merci de le détruire et d'en informer l'expéditeur.
This message is confidential and may be protected by legal privilege. If you are not the intended recipient, please delete it and notify the sender. Any unauthorised use or disclosure is prohibited.

""",
     quote=outlook_fr(U(U_CLAIRE), ("Aurélien Bossard", "abossard@bossard-vidal.com"), D("2026-11-26 16:48"),
                      "Famille Chevallier – engagement Dutreil",
                      msg(U_CLAIRE, "Bonjour Aurélien,", """Où en est la consultation sur le pacte Dutreil ? Les Chevallier souhaitent signer la donation avant la fin de l'année.""", "Merci et à bientôt,")),
     fields=dict(name="Aurélien Bossard", title="Avocat associé", company="BOSSARD VIDAL & ASSOCIÉS",
                 address="52 avenue Hoche | 75008 Paris", website="www.bossard-vidal.com"),
     phones=[("+33 1 84 17 26 40", "FR", "landline"), ("+33 1 84 17 26 47", "FR", "landline")])

case("a023-fr-outlook-syndic-fautes-espaces", "fr", "outlook", "FR",
     ("Patrick Lemoine", "p.lemoine@syndic-lemoine.fr"), U_CLAIRE,
     pre="""Bonjour Madame,

suite a votre mail, je vous confirme que l'appel de fonds travaux pour le ravalement (vote AG du 12 juin ) sera envoyé a vos clients M et Mme Vasseur debut janvier. Le montant de leur quote-part est de 8 420,00 euros .

cdlt

""",
     sig="""Patrick  LEMOINE
Gestionnaire de copropriété
Cabinet  Lemoine  Syndic & Gestion
147 , avenue de Paris  78000 VERSAILLES
tél: 01 39 51 20 84  /  port :06 09 72 45 31
""",
     post="""
""",
     quote=outlook_fr(U(U_CLAIRE), ("Patrick Lemoine", "p.lemoine@syndic-lemoine.fr"), D("2026-11-19 09:27"),
                      "Copropriété 12 rue Hoche – lot Vasseur",
                      msg(U_CLAIRE, "Bonjour Monsieur Lemoine,", """Je gère le patrimoine de M. et Mme Vasseur, copropriétaires au 12 rue Hoche à Versailles.
Pourriez-vous m'indiquer le calendrier et le montant des appels de fonds pour le ravalement ?""", "Bien cordialement,"), sep="line"),
     fields=dict(name="Patrick LEMOINE", title="Gestionnaire de copropriété", company="Cabinet Lemoine Syndic & Gestion",
                 address="147 , avenue de Paris 78000 VERSAILLES"),
     phones=[("01 39 51 20 84", "FR", "landline"), ("06 09 72 45 31", "FR", "mobile")])

case("a024-fr-outlook-sans-signature", "fr", "outlook", "FR",
     ("Agnès Poulain", "agnes.poulain@poulain-associes.fr"), U_CLAIRE,
     pre="""Bonjour Claire,

Oui c'est bon pour moi, vous pouvez lancer le virement vers le compte-titres.

Merci
""",
     sig="",
     post="""
""",
     quote=outlook_fr(U(U_CLAIRE), ("Agnès Poulain", "agnes.poulain@poulain-associes.fr"), D("2026-12-04 11:20"),
                      "Virement compte-titres",
                      msg(U_CLAIRE, "Bonjour Agnès,", """Pour finaliser l'ouverture du compte-titres, je vous propose de virer 80 000 € depuis votre compte courant professionnel comme convenu.
Pouvez-vous me confirmer ?""", "Bien à vous,"), sep="line"),
     fields={}, phones=[])

case("a025-fr-other-office-notarial-clerc", "fr", "other", "FR",
     ("Office notarial Berthier-Gaillard", "accueil@berthier-gaillard.notaires.fr"), U_THOMAS,
     pre="""Bonjour Monsieur,

Pour faire suite à votre demande, nous vous confirmons que la déclaration de succession de Mme Veuve Chanel sera déposée avant le 30 novembre. Les droits s'élèvent à 38 412 € ; le paiement fractionné n'a pas été retenu par les héritiers.

Me Berthier reviendra vers vous concernant l'attribution des contrats d'assurance-vie.

Bien cordialement,

""",
     sig="""Émilie ROUX
Clerc de notaire – Service Successions
Office notarial Berthier-Gaillard
2 place Bellecour
69002 LYON
Tél. 04 72 41 08 90
Email : accueil@berthier-gaillard.notaires.fr
""",
     post="""
Horaires d'ouverture : du lundi au vendredi, 9h-12h30 / 14h-18h
ATTENTION : nos coordonnées bancaires ne changent jamais. Ne tenez compte d'aucun courriel vous demandant d'effectuer un virement sur un nouveau compte.

""",
     quote=["Le 16/11/2026 à 14:22, Thomas Leroy a écrit :"] + gt(
         msg(U_THOMAS, "Maître,", """Je me permets de vous relancer au sujet de la succession de Mme Chanel : pourriez-vous me confirmer la date de dépôt de la déclaration et le montant des droits ?""", "Bien cordialement,")),
     fields=dict(name="Émilie ROUX", title="Clerc de notaire – Service Successions",
                 company="Office notarial Berthier-Gaillard", address="2 place Bellecour, 69002 LYON",
                 email="accueil@berthier-gaillard.notaires.fr"),
     phones=[("04 72 41 08 90", "FR", "landline")])

_a026_older = outlook_fr(("François Delattre", "francois.delattre@delattre-sa.fr"), U(U_CLAIRE), D("2026-11-28 08:14"),
                         "Augmentation de capital – options",
                         ["Bonjour Madame Martin,", "", "Mon frère et moi hésitons entre les deux montages. Pouvez-vous nous rappeler les avantages de chacun ?", "",
                          "Cordialement,", "",
                          "François DELATTRE",
                          "Président",
                          "Delattre SA – Menuiseries industrielles",
                          "Rue de l'Épinette – 59200 Tourcoing",
                          "Tél. 03 20 25 61 70 – Port. 06 80 17 33 52"])
case("a026-fr-iphone-sans-signature-fil-complet", "fr", "iphone", "FR",
     ("François Delattre", "francois.delattre@delattre-sa.fr"), U_CLAIRE,
     pre="""Ok vu avec mon frère, on part sur l'option 2. Pouvez vous préparer les bulletins de souscription ?

""",
     sig="",
     post="",
     quote=apple_fr(U(U_CLAIRE), D("2026-11-30 17:55"),
                    msg(U_CLAIRE, "Bonjour Monsieur Delattre,", """Option 1 : apport des titres à une holding avant la cession partielle.
Option 2 : augmentation de capital réservée avec entrée du fonds régional.
Je reste disponible pour en parler.""", "Bien cordialement,") + [""] + _a026_older),
     fields={}, phones=[])

case("a027-fr-android-samsung-transporteur", "fr", "android", "FR",
     ("Sébastien Vidal", "s.vidal@transports-vidal.fr"), U_INES,
     pre="""Bonjour Inès,
Le camion sera chez vous demain entre 7h et 8h pour l'enlèvement des 12 palettes. Le chauffeur vous appelle 30 min avant.
Cordialement
""",
     sig="""Sébastien Vidal
Responsable d'exploitation – Transports Vidal & Fils
06 33 18 72 49
""",
     post="""

Envoyé depuis mon appareil Galaxy

""",
     quote=["-------- Message d'origine --------",
            "De : Inès Haddad <ines.haddad@ferlane-industrie.fr>",
            "Date : 18/11/2026 16:02 (GMT+01:00)",
            "À : s.vidal@transports-vidal.fr",
            "Objet : Enlèvement commande CMD-88213",
            ""] + msg(U_INES, "Bonjour Sébastien,", """Pouvez-vous organiser l'enlèvement de la commande CMD-88213 (12 palettes, 7,4 t) demain matin pour livraison à Besançon ?""", "Merci,"),
     fields=dict(name="Sébastien Vidal", title="Responsable d'exploitation", company="Transports Vidal & Fils"),
     phones=[("06 33 18 72 49", "FR", "mobile")])

case("a028-fr-iphone-signature-ios-vigneron", "fr", "iphone", "FR",
     ("Grégoire Masson", "gregoire.masson@masson-vins.fr"), U_THOMAS,
     pre="""Bonjour Thomas,
Merci pour le récapitulatif. Je valide le versement de 50 000 € sur le contrat luxembourgeois. On en reparle au salon de janvier.
Amitiés

""",
     sig="""Grégoire Masson
Gérant – Domaine Masson Père & Fils
06 07 22 91 48
""",
     post="""
Envoyé de mon iPhone

""",
     quote=apple_fr(U(U_THOMAS), D("2026-12-05 08:30"),
                    msg(U_THOMAS, "Bonjour Grégoire,", """Suite à notre rendez-vous au domaine, voici le récapitulatif : versement complémentaire de 50 000 € sur le contrat luxembourgeois, réparti 30 % fonds euro / 70 % gestion sous mandat prudente.""", "Amicalement,")),
     fields=dict(name="Grégoire Masson", title="Gérant", company="Domaine Masson Père & Fils"),
     phones=[("06 07 22 91 48", "FR", "mobile")])

case("a029-fr-other-notes-groupe-filiale", "fr", "other", "FR",
     ("Frédérique Aubin-Chassagne", "frederique.aubin-chassagne@solveor.com"), U_INES,
     pre="""Bonjour Madame Haddad,

Nous avons bien noté votre nouvelle grille tarifaire applicable au 1er janvier 2027. Une hausse de 6,5 % sur les références inox nous semble difficilement acceptable au regard des volumes engagés (plus de 240 t/an).

Je vous propose d'en discuter lors de notre revue fournisseurs du 10 décembre à Grenoble.

Cordialement,

""",
     sig="""Frédérique AUBIN-CHASSAGNE
Acheteuse Famille Métaux
Direction des Achats Groupe
SOLVÉOR
Solvéor Chimie Fine SAS
Site de Pont-de-Claix – 38800 Le Pont-de-Claix
Tél. +33 (0)4 76 29 61 33
Mob. +33 (0)7 61 48 05 92
""",
     post="""


""",
     quote=["",
            "De :        Inès Haddad <ines.haddad@ferlane-industrie.fr>",
            "A :        frederique.aubin-chassagne@solveor.com",
            "Date :        13/11/2026 15:20",
            "Objet :        Nouvelle grille tarifaire 2027",
            "",
            ""] + msg(U_INES, "Madame,", """Vous trouverez ci-joint notre grille tarifaire 2027. L'évolution des références inox reflète la hausse des cours du nickel et de l'énergie.""", "Bien cordialement,"),
     fields=dict(name="Frédérique AUBIN-CHASSAGNE", title="Acheteuse Famille Métaux", company="Solvéor Chimie Fine SAS",
                 address="Site de Pont-de-Claix – 38800 Le Pont-de-Claix"),
     phones=[("+33 (0)4 76 29 61 33", "FR", "landline"), ("+33 (0)7 61 48 05 92", "FR", "mobile")])

case("a030-fr-gmail-societe-dans-domaine", "fr", "gmail", "FR",
     ("Mathilde Garreau", "mathilde@garreau-patrimoine.fr"), U_CLAIRE,
     pre="""Bonjour Claire,

Je reviens vers toi pour le dossier de co-investissement en club deal (résidence étudiante à Rennes). Mes clients seraient partants pour 200 k€ au total, via leurs SCI.

Tu peux m'envoyer la documentation réglementaire (DIC et note d'information) ?

Merci et à bientôt,

""",
     sig="""Mathilde Garreau
CGP – Conseillère en investissements financiers
07 81 64 20 35
""",
     post="""
ORIAS 19 007 654 – Conseiller en investissements financiers enregistré auprès d'une association agréée par l'AMF

""",
     quote=gmail_fr(U(U_CLAIRE), D("2026-11-13 12:10"),
                    msg(U_CLAIRE, "Bonjour Mathilde,", """Nous ouvrons le club deal sur la résidence étudiante de Rennes à quelques partenaires CGP. Ticket minimum 50 k€ par investisseur, closing prévu mi-janvier.""", "Belle journée,")),
     fields=dict(name="Mathilde Garreau", title="CGP – Conseillère en investissements financiers"),
     phones=[("07 81 64 20 35", "FR", "mobile")])

case("a031-fr-outlook-societe-dans-logo", "fr", "outlook", "FR",
     ("Romain Chevalier", "romain.chevalier@helvin-conseil.fr"), U_THOMAS,
     pre="""Bonjour Thomas,

Merci encore pour votre intervention à notre séminaire dirigeants, les retours sont excellents. Plusieurs participants m'ont demandé vos coordonnées, je me suis permis de les leur transmettre.

Je vous propose de renouveler l'exercice en juin sur le thème de la cession d'entreprise.

Bien à vous,

""",
     sig="""[cid:image001.png@01DC51F0.2B84C6A0]
Romain Chevalier
Directeur associé
T. 01 86 95 43 20 | M. 06 19 48 72 63
10 rue de Castiglione, 75001 Paris
""",
     post="""
""",
     quote=outlook_fr(U(U_THOMAS), ("Romain Chevalier", "romain.chevalier@helvin-conseil.fr"), D("2026-11-20 18:44"),
                      "Séminaire dirigeants – support",
                      msg(U_THOMAS, "Bonjour Romain,", """Vous trouverez ci-joint le support de mon intervention sur la rémunération du dirigeant, à partager avec les participants.""", "Bien à vous,")),
     fields=dict(name="Romain Chevalier", title="Directeur associé", address="10 rue de Castiglione, 75001 Paris"),
     phones=[("01 86 95 43 20", "FR", "landline"), ("06 19 48 72 63", "FR", "mobile")])

case("a032-fr-outlook-titre-deux-lignes", "fr", "outlook", "FR",
     ("Nadia Benhamou", "nadia.benhamou@cabinet-vernet.fr"), U_CLAIRE,
     pre="""Bonjour Madame Martin,

Je vous confirme que la mise en place de la mutuelle collective et de la prévoyance cadres pour la société de votre cliente (SAS Loubet Conseil, 14 salariés) sera intégrée à la paie de janvier.

Pourriez-vous me faire parvenir les DUE signées par la dirigeante ? Sans ce document, nous ne pourrons pas appliquer l'exonération sociale.

Cordialement,

""",
     sig="""Nadia BENHAMOU
Responsable du pôle
Gestion sociale et paie
Cabinet Vernet Expertise Comptable
Std : 05 56 44 81 20 | LD : 05 56 44 81 27
45 cours de l'Intendance – 33000 Bordeaux
""",
     post="""
""",
     quote=outlook_fr(U(U_CLAIRE), ("Nadia BENHAMOU", "nadia.benhamou@cabinet-vernet.fr"), D("2026-12-02 14:36"),
                      "SAS Loubet Conseil – protection sociale",
                      msg(U_CLAIRE, "Bonjour Madame Benhamou,", """Mme Loubet a signé les contrats de mutuelle et de prévoyance à effet du 1er janvier. Pouvez-vous les intégrer dans la paie ?""", "Bien cordialement,"), sep="line"),
     fields=dict(name="Nadia BENHAMOU", title="Responsable du pôle Gestion sociale et paie",
                 company="Cabinet Vernet Expertise Comptable", address="45 cours de l'Intendance – 33000 Bordeaux"),
     phones=[("05 56 44 81 20", "FR", "landline"), ("05 56 44 81 27", "FR", "landline")])

# ===========================================================================
# FRENCH — Belgium
# ===========================================================================

case("a033-fr-outlook-be-notaire-slash", "fr", "outlook", "BE",
     ("Geoffroy Van den Broeck", "geoffroy.vandenbroeck@notaire-vdb.be"), U_NATHALIE,
     pre="""Chère Madame,

Comme convenu, je vous adresse en annexe le projet de donation des parts de la SRL familiale de vos clients, ainsi que le décompte provisionnel des droits et frais.

Je reste à votre disposition pour une réunion préparatoire avec les donateurs, idéalement avant le 15 décembre.

Veuillez agréer, Chère Madame, l'expression de mes sentiments distingués.

""",
     sig="""Geoffroy VAN DEN BROECK
Notaire
Rue de l'Abbaye 76
1050 Bruxelles
Tél. : 02/640.21.35
Fax : 02/640.21.39
""",
     post="""
TVA BE 0743.218.566 – RPM Bruxelles
Attention : tout changement de numéro de compte bancaire de l'étude vous sera communiqué exclusivement par courrier postal. En cas de doute, contactez-nous par téléphone.

""",
     quote=outlook_fr(U(U_NATHALIE), ("Geoffroy VAN DEN BROECK", "geoffroy.vandenbroeck@notaire-vdb.be"), D("2026-11-24 15:50"),
                      "Donation parts SRL famille Peeters-Lambert",
                      msg(U_NATHALIE, "Maître,", """Suite à notre entretien, mes clients confirment leur souhait de donner 80 % des parts de leur SRL à leurs trois enfants, avec réserve d'usufruit.
Pourriez-vous préparer un projet d'acte ?""", "Bien à vous,"), sep="line"),
     fields=dict(name="Geoffroy VAN DEN BROECK", title="Notaire", address="Rue de l'Abbaye 76, 1050 Bruxelles"),
     phones=[("02/640.21.35", "BE", "landline"), ("02/640.21.39", "BE", "fax")])

case("a034-fr-gmail-be-fiduciaire-gsm", "fr", "gmail", "BE",
     ("Pierre-Yves Lejeune", "py.lejeune@fiduciaire-meuse.be"), U_NATHALIE,
     pre="""Bonjour Nathalie,

Je te transmets l'avertissement-extrait de rôle de Monsieur Delvaux pour l'exercice d'imposition 2026, ainsi que le détail du précompte mobilier récupéré.

Pour la SRL, la clôture est prévue au 31 mars ; je pourrai te donner une estimation du bénéfice distribuable fin avril.

Bonne journée,

""",
     sig="""Pierre-Yves Lejeune
Expert-comptable ITAA
Fiduciaire de la Meuse SRL
Quai de Rome 48 – 4000 Liège
Tél. 04/252.18.40 – GSM 0475/61.28.94
""",
     post="""
""",
     quote=gmail_fr(U(U_NATHALIE), D("2026-11-23 09:12"),
                    msg(U_NATHALIE, "Bonjour Pierre-Yves,", """Pourrais-tu m'envoyer les derniers éléments fiscaux de M. Delvaux ? Nous revoyons son allocation et j'aimerais tenir compte de sa situation 2026.""", "Merci d'avance,")),
     fields=dict(name="Pierre-Yves Lejeune", title="Expert-comptable ITAA", company="Fiduciaire de la Meuse SRL",
                 address="Quai de Rome 48 – 4000 Liège"),
     phones=[("04/252.18.40", "BE", "landline"), ("0475/61.28.94", "BE", "mobile")])

case("a035-fr-iphone-be-courtier", "fr", "iphone", "BE",
     ("Christophe Dubois", "christophe@dubois-assurances.be"), U_NATHALIE,
     pre="""Bonjour Madame Verstraeten,
Je vous confirme que l'assurance solde restant dû de vos clients est effective depuis le 1er novembre. Le certificat suit par courrier.
Bien à vous,

""",
     sig="""Christophe Dubois
Courtier en assurances
Dubois & Fils Assurances
GSM 0496 12 87 45
""",
     post="""
Inscrit auprès de la FSMA sous le n° 047812 A-cB

Envoyé de mon iPhone

""",
     quote=apple_fr(U(U_NATHALIE), D("2026-11-25 16:20"),
                    msg(U_NATHALIE, "Bonjour Monsieur Dubois,", """La banque nous demande la preuve de l'assurance solde restant dû de M. et Mme Wauters avant le déblocage du crédit. Pouvez-vous me confirmer la date de prise d'effet ?""", "Bien cordialement,")),
     fields=dict(name="Christophe Dubois", title="Courtier en assurances", company="Dubois & Fils Assurances"),
     phones=[("0496 12 87 45", "BE", "mobile")])

case("a036-fr-outlook-be-avocats-bilingue", "fr", "outlook", "BE",
     ("Sophie Claes", "s.claes@claes-peeters.law"), U_NATHALIE,
     pre="""Madame,

Nous vous remercions pour votre courriel. Nous avons analysé la convention de prêt entre vos clients et leur fils : la clause de remboursement in fine est valable, mais nous recommandons de prévoir un intérêt minimal afin d'éviter toute requalification en donation.

Vous trouverez notre note en annexe.

Avec nos salutations distinguées,

""",
     sig="""Sophie Claes
Avocate associée – Advocaat-vennoot
CLAES PEETERS Avocats – Advocaten
Avenue Louise 480 / Louizalaan 480
1050 Bruxelles / Brussel
T +32 2 647 32 10
www.claes-peeters.law
""",
     post="""
Claes Peeters SRL – BCE/KBO 0712.845.390 – Nos conditions générales sont disponibles sur notre site. / Onze algemene voorwaarden zijn beschikbaar op onze website.
Ce courriel est confidentiel. Si vous n'en êtes pas le destinataire, merci de le supprimer. / Deze e-mail is vertrouwelijk.

""",
     quote=outlook_fr(U(U_NATHALIE), ("Sophie Claes", "s.claes@claes-peeters.law"), D("2026-11-18 10:33"),
                      "Convention de prêt familial – avis",
                      msg(U_NATHALIE, "Maître,", """Nos clients souhaitent prêter 250 000 € à leur fils pour l'achat de sa résidence. Pourriez-vous relire le projet de convention joint ?""", "Bien cordialement,"), sep="line"),
     fields=dict(name="Sophie Claes", title="Avocate associée – Advocaat-vennoot",
                 company="CLAES PEETERS Avocats – Advocaten",
                 address="Avenue Louise 480 / Louizalaan 480, 1050 Bruxelles / Brussel",
                 website="www.claes-peeters.law"),
     phones=[("+32 2 647 32 10", "BE", "landline")])

case("a037-fr-gmail-be-promoteur-0032", "fr", "gmail", "BE",
     ("Thibault de Lannoy-Hervelle", "tdl@sablon-developpement.be"), U_NATHALIE,
     pre="""Bonjour Madame Verstraeten,

Suite à votre appel : il reste deux appartements disponibles dans la résidence « Les Jardins du Sablon » (2e et 4e étages), livrables au T3 2027. Le régime TVA à 6 % ne s'applique pas ici, il s'agit d'un projet neuf à 21 %.

Je peux vous envoyer les plans et la grille de prix dès demain.

Bien cordialement,

""",
     sig="""Thibault de Lannoy-Hervelle
Head of Sales | Sablon Développement SA
0032 478 21 56 90
Rue Ernest Allard 27, 1000 Bruxelles
www.sablon-developpement.be
""",
     post="""
""",
     quote=gmail_fr(U(U_NATHALIE), D("2026-11-30 11:02"),
                    msg(U_NATHALIE, "Monsieur,", """Une de mes clientes recherche un appartement neuf au Sablon pour un investissement locatif. Pouvez-vous m'indiquer les lots encore disponibles ?""", "Bien à vous,")),
     fields=dict(name="Thibault de Lannoy-Hervelle", title="Head of Sales", company="Sablon Développement SA",
                 address="Rue Ernest Allard 27, 1000 Bruxelles", website="www.sablon-developpement.be"),
     phones=[("0032 478 21 56 90", "BE", "mobile")])

case("a038-fr-android-be-medecin", "fr", "android", "BE",
     ("Luc Jacquemin", "dr.jacquemin@cabinetduparc.be"), U_NATHALIE,
     pre="""Bonjour Madame,

Merci, je suis d'accord avec la proposition de réduire la part actions à 50 %. Je passerai signer les documents à l'agence vendredi midi.

Cordialement

""",
     sig="""Dr Luc Jacquemin
Médecin généraliste
Cabinet médical du Parc
Chaussée de Bruxelles 112, 1410 Waterloo
02 354 18 77
""",
     post="""
Obtenir Outlook pour Android

""",
     quote=outlook_fr(U(U_NATHALIE), ("Luc Jacquemin", "dr.jacquemin@cabinetduparc.be"), D("2026-12-01 19:22"),
                      "Revue de votre portefeuille",
                      msg(U_NATHALIE, "Cher Docteur,", """Comme évoqué, je vous propose de ramener la part actions de votre portefeuille de 70 % à 50 % à l'approche de votre retraite.""", "Bien à vous,"), sep="line"),
     fields=dict(name="Luc Jacquemin", title="Médecin généraliste", company="Cabinet médical du Parc",
                 address="Chaussée de Bruxelles 112, 1410 Waterloo"),
     phones=[("02 354 18 77", "BE", "landline")])

case("a039-fr-outlook-be-asbl-deux-personnes", "fr", "outlook", "BE",
     ("Véronique Mertens", "v.mertens@fondation-hainaut-solidaire.be"), U_NATHALIE,
     pre="""Madame Verstraeten,

Nous vous remercions pour l'intérêt que portent vos clients à notre fondation. Pour toute question relative aux legs en duo, vous pouvez contacter directement notre responsable des libéralités, M. Olivier Lambotte, au 0471 58 22 16 ou à o.lambotte@fondation-hainaut-solidaire.be.

Je vous joins notre brochure « Léguer autrement ».

Avec nos remerciements,

""",
     sig="""Véronique Mertens
Directrice générale
Fondation Hainaut Solidaire
Rue de Nimy 45 – 7000 Mons
T. 065 31 42 80
""",
     post="""
Fondation d'utilité publique – BCE 0456.112.873
Les dons de 40 € ou plus par an donnent droit à une réduction d'impôt de 45 %.

""",
     quote=outlook_fr(U(U_NATHALIE), ("Véronique Mertens", "v.mertens@fondation-hainaut-solidaire.be"), D("2026-11-16 14:00"),
                      "Legs en duo – information",
                      msg(U_NATHALIE, "Madame,", """Des clients sans descendants envisagent un legs en duo au profit de votre fondation. Qui serait l'interlocuteur adéquat pour en discuter ?""", "Bien à vous,")),
     fields=dict(name="Véronique Mertens", title="Directrice générale", company="Fondation Hainaut Solidaire", address="Rue de Nimy 45 – 7000 Mons"),
     phones=[("065 31 42 80", "BE", "landline")])

# ===========================================================================
# FRENCH — Switzerland
# ===========================================================================

case("a040-fr-outlook-ch-fiduciaire", "fr", "outlook", "CH",
     ("Laurent Mottier", "l.mottier@fiduciaire-molard.ch"), U_JULIEN,
     pre="""Cher Monsieur,

Je reviens vers vous concernant l'imposition d'après la dépense de votre client. Sur la base des éléments transmis, la dépense minimale retenue par l'Administration fiscale cantonale serait de CHF 600'000 ; le calcul de contrôle est joint.

Nous pouvons déposer la demande de ruling dès réception de la procuration signée.

Avec mes meilleures salutations,

""",
     sig="""Laurent Mottier
Associé gérant – Expert fiscal diplômé
Fiduciaire du Molard Sàrl
Place du Molard 7 – CH-1204 Genève
Tél. +41 22 311 48 20 | Mobile 079 412 36 85
www.fiduciaire-molard.ch
""",
     post="""
Afin de préserver l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité.

""",
     quote=outlook_fr(U(U_JULIEN), ("Laurent Mottier", "l.mottier@fiduciaire-molard.ch"), D("2026-11-19 08:55"),
                      "Forfait fiscal – client R.",
                      msg(U_JULIEN, "Cher Monsieur Mottier,", """Un client britannique envisage de s'installer à Cologny l'an prochain. Pourriez-vous estimer la base d'imposition d'après la dépense et nous indiquer la marche à suivre ?""", "Meilleures salutations,"), sep="line"),
     fields=dict(name="Laurent Mottier", title="Associé gérant – Expert fiscal diplômé", company="Fiduciaire du Molard Sàrl",
                 address="Place du Molard 7 – CH-1204 Genève", website="www.fiduciaire-molard.ch"),
     phones=[("+41 22 311 48 20", "CH", "landline"), ("079 412 36 85", "CH", "mobile")])

case("a041-fr-gmail-ch-regie-lausanne", "fr", "gmail", "CH",
     ("Chantal Rochat", "c.rochat@regie-leman-immo.ch"), U_JULIEN,
     pre="""Bonjour Monsieur Favre,

L'immeuble de l'avenue de Cour est toujours disponible : 14 logements, état locatif de CHF 412'000 par an, prix demandé CHF 11,9 mio. Le vendeur souhaite une signature avant fin mars.

Je vous propose une visite le jeudi 10 décembre à 14h00.

Meilleures salutations

""",
     sig="""Chantal Rochat
Courtière en immeubles
Régie du Léman Immobilier SA
Avenue de la Gare 33
CH-1003 Lausanne
T 021 320 65 10
M 078 602 14 77
""",
     post="""
Membre de l'association professionnelle des régisseurs et courtiers romands

""",
     quote=gmail_fr(U(U_JULIEN), D("2026-12-01 17:31"),
                    msg(U_JULIEN, "Madame,", """Un de nos clients recherche un immeuble de rendement à Lausanne, budget CHF 10 à 12 mio. Avez-vous des objets à proposer ?""", "Meilleures salutations,")),
     fields=dict(name="Chantal Rochat", title="Courtière en immeubles", company="Régie du Léman Immobilier SA",
                 address="Avenue de la Gare 33, CH-1003 Lausanne"),
     phones=[("021 320 65 10", "CH", "landline"), ("078 602 14 77", "CH", "mobile")])

case("a042-fr-iphone-ch-prenom-compose", "fr", "iphone", "CH",
     ("Pierre-Alain Berthoud", "pa.berthoud@bluewin.ch"), U_JULIEN,
     pre="""Cher Monsieur Favre,
Merci pour le rapport trimestriel. Pourrions-nous réduire l'exposition au dollar comme évoqué ? Je suis à Verbier jusqu'au 2 janvier, joignable sur mon portable.
Meilleures salutations
""",
     sig="""Pierre-Alain
""",
     post="""
Envoyé de mon iPhone

""",
     quote=apple_fr(U(U_JULIEN), D("2026-12-04 09:15"),
                    msg(U_JULIEN, "Cher Monsieur Berthoud,", """Veuillez trouver ci-joint le rapport de gestion du troisième trimestre. La performance depuis le début de l'année s'établit à +5,8 % en CHF.""", "Avec mes meilleures salutations,")),
     fields=dict(name="Pierre-Alain"), phones=[])

case("a043-fr-outlook-ch-trust-0041", "fr", "outlook", "CH",
     ("Dominique Aeschlimann", "dominique.aeschlimann@bergues-trust.ch"), U_JULIEN,
     pre="""Monsieur,

Nous accusons réception des documents KYC relatifs à la structure de la famille S. Il manque encore la preuve de l'origine des fonds pour l'apport de 2019 ainsi qu'une copie certifiée conforme du passeport du second protecteur.

Dès réception, nous pourrons soumettre le dossier à notre comité d'acceptation.

Veuillez agréer, Monsieur, nos salutations distinguées.

""",
     sig="""Dominique Aeschlimann
Senior Trust Officer
Bergues Trust & Fiduciary SA
Quai des Bergues 19
1201 Genève – Suisse
Tél : 0041 22 908 71 40
Fax : 0041 22 908 71 49
dominique.aeschlimann@bergues-trust.ch
""",
     post="""
Bergues Trust & Fiduciary SA est affiliée à un organisme de surveillance reconnu par la FINMA.
This message is intended only for the named recipient and may contain confidential information.

""",
     quote=outlook_fr(U(U_JULIEN), ("Dominique Aeschlimann", "dominique.aeschlimann@bergues-trust.ch"), D("2026-11-25 10:04"),
                      "Famille S. – documents KYC",
                      msg(U_JULIEN, "Madame, Monsieur,", """Veuillez trouver ci-joint les documents d'identification des bénéficiaires et du premier protecteur.""", "Meilleures salutations,"), sep="orig"),
     fields=dict(name="Dominique Aeschlimann", title="Senior Trust Officer", company="Bergues Trust & Fiduciary SA",
                 address="Quai des Bergues 19, 1201 Genève – Suisse", email="dominique.aeschlimann@bergues-trust.ch"),
     phones=[("0041 22 908 71 40", "CH", "landline"), ("0041 22 908 71 49", "CH", "fax")])

case("a044-fr-android-ch-startup-une-ligne", "fr", "android", "CH",
     ("Yasmine Roduit", "yasmine@alpwise.ch"), U_JULIEN,
     pre="""Bonjour Julien,

Top, merci ! On vous envoie le term sheet signé d'ici vendredi. Pour la due diligence, notre CFO Marc Zufferey est votre contact : marc.zufferey@alpwise.ch.

Belle fin de journée
""",
     sig="""Yasmine Roduit – COO, Alpwise Sàrl – +41 79 835 21 60
""",
     post="""
Obtenir Outlook pour Android

""",
     quote=outlook_fr(U(U_JULIEN), ("Yasmine Roduit", "yasmine@alpwise.ch"), D("2026-12-02 16:45"),
                      "Alpwise – participation de nos clients",
                      msg(U_JULIEN, "Bonjour Yasmine,", """Deux de nos clients confirment leur participation au tour de table pour un total de CHF 400'000, sous réserve de la due diligence.""", "Meilleures salutations,"), sep="line"),
     fields=dict(name="Yasmine Roduit", title="COO", company="Alpwise Sàrl"),
     phones=[("+41 79 835 21 60", "CH", "mobile")])

case("a045-fr-other-ch-avocat-case-postale", "fr", "other", "CH",
     ("Vincent Rey-Mermet", "vrm@reymermet-cuenod.ch"), U_JULIEN,
     pre="""Cher Monsieur,

Je vous confirme que le pacte successoral de vos clients pourra être instrumenté par notre notaire partenaire le 15 janvier. J'attire votre attention sur la réserve héréditaire des descendants, réduite depuis 2023 à la moitié de leur part légale.

Avec mes salutations les meilleures,

""",
     sig="""Vincent Rey-Mermet, LL.M.
Avocat
Étude Rey-Mermet & Cuénod
Rue de la Corraterie 12
Case postale 3145
1211 Genève 3
T +41 22 818 30 60
""",
     post="""
Le présent message est confidentiel et peut être couvert par le secret professionnel de l'avocat. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.

""",
     quote=["Le 16.11.2026 à 11:02, Julien Favre a écrit :"] + gt(
         msg(U_JULIEN, "Cher Maître,", """Nos clients, M. et Mme Délèze, souhaitent conclure un pacte successoral. Pourriez-vous nous indiquer vos disponibilités en janvier ?""", "Meilleures salutations,")),
     fields=dict(name="Vincent Rey-Mermet", title="Avocat", company="Étude Rey-Mermet & Cuénod",
                 address="Rue de la Corraterie 12, Case postale 3145, 1211 Genève 3"),
     phones=[("+41 22 818 30 60", "CH", "landline")])

case("a046-fr-outlook-ch-courtier-whatsapp", "fr", "outlook", "CH",
     ("Sébastien Clément", "s.clement@broye-prevoyance.ch"), U_JULIEN,
     pre="""Bonjour Monsieur Favre,

Voici les offres de trois compagnies pour la police de libre passage et le 3e pilier A de votre client. La meilleure offre en termes de frais est celle de la Compagnie B (0,45 % de frais de gestion annuels).

Je suis joignable sur WhatsApp si plus simple.

Meilleures salutations

""",
     sig="""Sébastien Clément
Conseiller en prévoyance
Broye Prévoyance & Courtage SA
Route de Morat 130 – 1763 Granges-Paccot
+41 (0)26 460 18 90
WhatsApp +41 76 215 48 03
""",
     post="""
Inscrit au registre des intermédiaires d'assurance FINMA n° 34512

""",
     quote=outlook_fr(U(U_JULIEN), ("Sébastien Clément", "s.clement@broye-prevoyance.ch"), D("2026-11-27 13:20"),
                      "Libre passage – client M.",
                      msg(U_JULIEN, "Monsieur Clément,", """Notre client quitte son employeur fin décembre. Pouvez-vous nous proposer des solutions pour son avoir de libre passage (CHF 380'000) ?""", "Meilleures salutations,")),
     fields=dict(name="Sébastien Clément", title="Conseiller en prévoyance", company="Broye Prévoyance & Courtage SA",
                 address="Route de Morat 130 – 1763 Granges-Paccot"),
     phones=[("+41 (0)26 460 18 90", "CH", "landline"), ("+41 76 215 48 03", "CH", "mobile")])

# ===========================================================================
# FRENCH — Luxembourg
# ===========================================================================

case("a047-fr-outlook-lu-domiciliation", "fr", "outlook", "LU",
     ("Isabelle Hoffmann", "i.hoffmann@kirchberg-corporate.lu"), U_ANNE,
     pre="""Chère Madame Schmit,

Nous vous confirmons que l'assemblée générale annuelle de la SOPARFI de vos clients se tiendra le 18 décembre à nos bureaux. Les comptes annuels 2025 seront déposés au RCS dans la foulée.

Nous aurions besoin des procurations signées au plus tard le 15 décembre.

Bien cordialement,

""",
     sig="""Isabelle Hoffmann
Senior Corporate Officer
Kirchberg Corporate Services S.à r.l.
2, rue Albert Borschette
L-1246 Luxembourg
T : +352 27 86 54 20
""",
     post="""
Kirchberg Corporate Services S.à r.l. – R.C.S. Luxembourg B 198.447 – TVA LU 27845319 – Agréée en qualité de domiciliataire de sociétés
Ce message et ses annexes sont confidentiels. Si vous n'en êtes pas le destinataire, veuillez le supprimer et en avertir l'expéditeur.

""",
     quote=outlook_fr(U(U_ANNE), ("Isabelle Hoffmann", "i.hoffmann@kirchberg-corporate.lu"), D("2026-11-20 09:40"),
                      "AGA SOPARFI Reuter Holding",
                      msg(U_ANNE, "Chère Madame Hoffmann,", """Pourriez-vous nous confirmer la date de l'assemblée générale annuelle de Reuter Holding et la liste des documents requis ?""", "Bien à vous,"), sep="line"),
     fields=dict(name="Isabelle Hoffmann", title="Senior Corporate Officer", company="Kirchberg Corporate Services S.à r.l.",
                 address="2, rue Albert Borschette, L-1246 Luxembourg"),
     phones=[("+352 27 86 54 20", "LU", "landline")])

case("a048-fr-gmail-lu-avocat-gsm", "fr", "gmail", "LU",
     ("Gilles Weber", "gweber@weber-avocats.lu"), U_ANNE,
     pre="""Chère Madame,

J'ai bien reçu le projet de contrat de mariage. Je n'ai pas d'observation particulière, si ce n'est la clause d'attribution intégrale de la communauté, qu'il faudrait articuler avec le contrat d'assurance-vie de Monsieur.

Je vous propose d'en parler par téléphone lundi.

Bien à vous,

""",
     sig="""Maître Gilles WEBER
Avocat à la Cour
WEBER AVOCATS
30, Grand-Rue – L-1660 Luxembourg
Tél. (+352) 26 20 48 11 – GSM (+352) 691 204 811
""",
     post="""
""",
     quote=gmail_fr(U(U_ANNE), D("2026-11-26 15:10"),
                    msg(U_ANNE, "Cher Maître,", """Vous trouverez ci-joint le projet de contrat de mariage de M. et Mme Kieffer préparé par le notaire. Pourriez-vous nous donner votre avis ?""", "Bien cordialement,")),
     fields=dict(name="Gilles WEBER", title="Avocat à la Cour", company="WEBER AVOCATS",
                 address="30, Grand-Rue – L-1660 Luxembourg"),
     phones=[("(+352) 26 20 48 11", "LU", "landline"), ("(+352) 691 204 811", "LU", "mobile")])

case("a049-fr-iphone-lu-sans-signature", "fr", "iphone", "LU",
     ("Paul Kremer", "paul.kremer@pt.lu"), U_ANNE,
     pre="""Bonjour Madame Schmit, d'accord pour mardi 10h chez vous. Ma fille viendra aussi.

Envoyé de mon iPhone

""",
     sig="",
     post="",
     quote=apple_fr(U(U_ANNE), D("2026-12-03 11:25"),
                    msg(U_ANNE, "Cher Monsieur Kremer,", """Je vous propose de nous rencontrer mardi 8 décembre à 10h pour finaliser la donation à votre fille.""", "Bien à vous,")),
     fields={}, phones=[])

case("a050-fr-outlook-lu-banque-titre-long", "fr", "outlook", "LU",
     ("Jean-Marc Thill", "jean-marc.thill@banque-alzette.lu"), U_ANNE,
     pre="""Chère Madame,

Suite à notre entretien, nous pouvons accepter la mise en place d'un contrat d'assurance-vie luxembourgeois en dépôt chez nous avec un gestionnaire externe, sous réserve de l'accord de la compagnie.

Notre équipe juridique reviendra vers vous pour la convention tripartite.

Bien cordialement,

""",
     sig="""Jean-Marc THILL
Responsable Clientèle Privée – Marchés Belgique & France
Direction Private Banking
Banque de l'Alzette S.A.
Route d'Arlon 283 – L-1150 Luxembourg
Direct : +352 45 90 31 274
""",
     post="""
[cid:image002.jpg@01DC5A11.4E2F7A90]

Banque de l'Alzette S.A. – Société anonyme – R.C.S. Luxembourg B 6.215 – Établissement de crédit soumis à la surveillance de la CSSF.

""",
     quote=outlook_fr(U(U_ANNE), ("Jean-Marc THILL", "jean-marc.thill@banque-alzette.lu"), D("2026-11-16 16:18"),
                      "Contrat luxembourgeois – dépositaire",
                      msg(U_ANNE, "Cher Monsieur Thill,", """Pourriez-vous nous confirmer que la banque accepte d'être dépositaire d'un contrat d'assurance-vie avec gestion déléguée à Moselle Family Office ?""", "Bien à vous,"), sep="line"),
     fields=dict(name="Jean-Marc THILL", title="Responsable Clientèle Privée – Marchés Belgique & France",
                 company="Banque de l'Alzette S.A.", address="Route d'Arlon 283 – L-1150 Luxembourg"),
     phones=[("+352 45 90 31 274", "LU", "landline")])

# ===========================================================================
# FRENCH — Québec
# ===========================================================================

case("a051-fr-outlook-qc-notaire-poste", "fr", "outlook", "CA",
     ("Geneviève Tremblay", "gtremblay@tremblay-notaires.qc.ca"), U_MARCANTOINE,
     pre="""Bonjour M. Gagnon,

Je vous confirme que le mandat de protection et le testament de vos clients sont prêts pour signature. Nous pouvons les recevoir le 11 décembre à 13 h 30 à notre étude.

Merci de leur rappeler d'apporter une pièce d'identité avec photo.

Bien à vous,

""",
     sig="""Me Geneviève Tremblay, notaire
Tremblay Bélanger Notaires inc.
1100, avenue des Canadiens-de-Montréal, bureau 450
Montréal (Québec) H3B 2S2
Tél. : 514 555-0178, poste 223
Téléc. : 514 555-0179
""",
     post="""
AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et destiné uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez nous en aviser et le détruire.

""",
     quote=outlook_fr(U(U_MARCANTOINE), ("Geneviève Tremblay", "gtremblay@tremblay-notaires.qc.ca"), D("2026-11-30 10:50"),
                      "Testament et mandat – M. et Mme Bergeron",
                      msg(U_MARCANTOINE, "Bonjour Me Tremblay,", """Pouvez-vous m'indiquer où en sont les documents de M. et Mme Bergeron ? Ils aimeraient signer avant les Fêtes.""", "Merci et bonne journée,"), sep="line"),
     fields=dict(name="Geneviève Tremblay", title="notaire", company="Tremblay Bélanger Notaires inc.",
                 address="1100, avenue des Canadiens-de-Montréal, bureau 450, Montréal (Québec) H3B 2S2"),
     phones=[("514 555-0178", "CA", "landline"), ("514 555-0179", "CA", "fax")])

case("a052-fr-gmail-qc-cpa-cellulaire", "fr", "gmail", "CA",
     ("Mathieu Bouchard", "mbouchard@bouchard-lavoie.ca"), U_MARCANTOINE,
     pre="""Salut Marc-Antoine,

J'ai regardé le dossier de ton client : le gel successoral au profit de sa fiducie familiale est faisable avant la fin de l'exercice, mais il faudra une évaluation indépendante des actions. Je peux te référer un évaluateur.

On se parle jeudi ?

""",
     sig="""Mathieu Bouchard, CPA
Associé en fiscalité
Bouchard Lavoie CPA S.E.N.C.R.L.
2600, boulevard Laurier, bureau 900
Québec (Québec) G1V 4W1
418 555-0144 | Cell. : 418 555-0156
""",
     post="""
""",
     quote=gmail_fr(U(U_MARCANTOINE), D("2026-11-24 20:15"),
                    msg(U_MARCANTOINE, "Bonjour Mathieu,", """J'ai un client entrepreneur (PME manufacturière à Lévis) qui voudrait faire un gel successoral en faveur de ses enfants. Peux-tu regarder ça ?""", "Merci!")),
     fields=dict(name="Mathieu Bouchard", title="Associé en fiscalité", company="Bouchard Lavoie CPA S.E.N.C.R.L.",
                 address="2600, boulevard Laurier, bureau 900, Québec (Québec) G1V 4W1"),
     phones=[("418 555-0144", "CA", "landline"), ("418 555-0156", "CA", "mobile")])

case("a053-fr-iphone-qc-courtiere-hypothecaire", "fr", "iphone", "CA",
     ("Kim Nguyen-Lapointe", "kim@hypotheques-lapointe.ca"), U_MARCANTOINE,
     pre="""Bonjour Marc-Antoine, c'est beau pour le prêt de ton client, l'approbation conditionnelle est rentrée ce matin. Je t'envoie les conditions ce soir.

""",
     sig="""Kim Nguyen-Lapointe
Courtière hypothécaire
Cell. 438 555-0121
""",
     post="""
Envoyé de mon iPhone

""",
     quote=apple_fr(U(U_MARCANTOINE), D("2026-12-03 08:05"),
                    msg(U_MARCANTOINE, "Bonjour Kim,", """As-tu des nouvelles de la demande de prêt de M. Côté pour le plex de Rosemont ?""", "Merci!")),
     fields=dict(name="Kim Nguyen-Lapointe", title="Courtière hypothécaire"),
     phones=[("438 555-0121", "CA", "mobile")])

case("a054-fr-outlook-qc-saas-pronoms", "fr", "outlook", "CA",
     ("Amélie Fortin", "amelie.fortin@nordik-logiciels.com"), U_MARCANTOINE,
     pre="""Bonjour Marc-Antoine,

Merci pour votre intérêt! Voici la soumission pour 12 licences de notre module de planification financière, incluant la migration de vos données clients et une formation de deux demi-journées.

La soumission est valide jusqu'au 31 décembre.

Au plaisir,

""",
     sig="""Amélie Fortin (elle/she/her)
Directrice de comptes | Logiciels Nordik inc.
T 514 555-0190, poste 312 | C 514 555-0134
www.nordik-logiciels.com
linkedin.com/in/ameliefortin
""",
     post="""
Suivez-nous : LinkedIn | Facebook | YouTube

""",
     quote=outlook_fr(U(U_MARCANTOINE), ("Amélie Fortin", "amelie.fortin@nordik-logiciels.com"), D("2026-11-17 14:12"),
                      "Soumission – module planification",
                      msg(U_MARCANTOINE, "Bonjour Mme Fortin,", """Nous aimerions recevoir une soumission pour 12 utilisateurs, incluant la migration de nos données.""", "Merci,")),
     fields=dict(name="Amélie Fortin", title="Directrice de comptes", company="Logiciels Nordik inc.",
                 website="www.nordik-logiciels.com", linkedin="linkedin.com/in/ameliefortin"),
     phones=[("514 555-0190", "CA", "landline"), ("514 555-0134", "CA", "mobile")])

case("a055-fr-other-qc-sans-signature-relance", "fr", "other", "CA",
     ("Louise Pelletier", "louise.pelletier@videotron.ca"), U_MARCANTOINE,
     pre="""Bonjour,

Oui je suis toujours intéressée, mais je dois attendre le relevé de mon REER de décembre avant de décider. Rappelez-moi en janvier svp.

Merci beaucoup

""",
     sig="",
     post="",
     quote=["Le 2026-11-23 à 14:40, Marc-Antoine Gagnon a écrit :"] + gt(
         msg(U_MARCANTOINE, "Bonjour Mme Pelletier,", """Je fais un suivi concernant notre discussion sur le transfert de votre CELI. Êtes-vous toujours intéressée ?""", "Bonne journée,")),
     fields={}, phones=[])

# ===========================================================================
# ENGLISH — United Kingdom
# ===========================================================================

case("a056-en-outlook-uk-solicitor-sra-footer", "en", "outlook", "GB",
     ("Eleanor Fitzgerald-Hughes", "eleanor.fitzgerald-hughes@pemburyhale.co.uk"), U_JAMES,
     pre="""Dear James,

Thank you for your email. I can confirm that we have now received the signed deed of variation from all three beneficiaries. We will submit it to HMRC together with the IHT400 by the end of next week.

With regard to the trust valuation, could you please let us have the closing valuation of the discretionary portfolio as at 5 April?

Kind regards

""",
     sig="""Eleanor Fitzgerald-Hughes
Senior Associate
Private Client Team
Pembury Hale LLP
DDI: +44 (0)20 7946 0582
Switchboard: +44 (0)20 7946 0500
Mobile: +44 (0)7781 402 913
pemburyhale.co.uk
""",
     post="""
Pembury Hale LLP is a limited liability partnership registered in England and Wales (OC401234) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 612345). A list of members is available at our registered office, 3 Gough Square, London EC4A 3DE.
CYBER CRIME WARNING: We will never notify you of a change to our bank details by email. Please call us on a known number before transferring any funds.
This email and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender immediately and delete it.

""",
     quote=outlook_en(U(U_JAMES), ("Eleanor Fitzgerald-Hughes", "eleanor.fitzgerald-hughes@pemburyhale.co.uk"),
                      D("2026-11-18 11:26"), "Estate of the late Mrs M. Ashdown – deed of variation",
                      msg(U_JAMES, "Dear Eleanor,", """Could you let me know where we are with the deed of variation? The family are keen to have the trust assets re-registered before the year end.""", "Best wishes,"), locale="uk"),
     fields=dict(name="Eleanor Fitzgerald-Hughes", title="Senior Associate", company="Pembury Hale LLP",
                 website="pemburyhale.co.uk"),
     phones=[("+44 (0)20 7946 0582", "GB", "landline"), ("+44 (0)20 7946 0500", "GB", "landline"),
             ("+44 (0)7781 402 913", "GB", "mobile")])

case("a057-en-gmail-uk-ifa-one-line", "en", "gmail", "GB",
     ("Tom O'Neill", "tom@oneillrowe.co.uk"), U_JAMES,
     pre="""Hi James,

Good to catch up last week. I've got a client (retired GP, c. £1.8m in pensions and ISAs) who wants a discretionary manager alongside our planning. Would you be open to an intro call? She's flexible on dates before Christmas.

Cheers,

""",
     sig="""Tom O'Neill DipPFS | Chartered Financial Planner | O'Neill & Rowe Financial Planning Ltd | 0161 496 0734
""",
     post="""
O'Neill & Rowe Financial Planning Ltd is authorised and regulated by the Financial Conduct Authority, FRN 912345. Registered in England and Wales No. 10234567. Registered office: 4 Peter Street, Manchester M2 5GP.

""",
     quote=gmail_en(U(U_JAMES), D("2026-11-20 09:14"),
                    msg(U_JAMES, "Hi Tom,", """Great to see you at the Manchester event. Do keep us in mind if any of your clients need discretionary management.""", "Best,"), locale="uk"),
     fields=dict(name="Tom O'Neill", title="Chartered Financial Planner", company="O'Neill & Rowe Financial Planning Ltd"),
     phones=[("0161 496 0734", "GB", "landline")])

case("a058-en-outlook-uk-accountant-fcca", "en", "outlook", "GB",
     ("Priya Raman", "priya.raman@ainsleyholt.co.uk"), U_JAMES,
     pre="""Morning James,

Attached are the draft accounts for Hartley Developments Ltd for the year to 31 August. The dividend headroom is around £340k, which should cover the planned pension contribution and the dividend to Mr Hartley.

Let me know if you need anything else for the planning meeting.

Many thanks

""",
     sig="""Priya Raman FCCA
Tax Manager
Ainsley Holt Chartered Accountants
Park Row House, 19-20 Park Row, Leeds LS1 5JF
T: 0113 496 0218 | M: 07723 814 562
""",
     post="""
[cid:image003.png@01DC4F22.91B3D0E0]
Ainsley Holt is the trading name of Ainsley Holt Ltd, registered in England No. 07345612. Registered to carry on audit work in the UK by the Association of Chartered Certified Accountants.

""",
     quote=outlook_en(U(U_JAMES), ("Priya Raman", "priya.raman@ainsleyholt.co.uk"), D("2026-11-24 16:02"),
                      "Hartley – year end figures",
                      msg(U_JAMES, "Hi Priya,", """Ahead of our meeting with Mr Hartley, could you send over the draft accounts and an indication of distributable reserves?""", "Thanks,"), sep="line", locale="uk"),
     fields=dict(name="Priya Raman", title="Tax Manager", company="Ainsley Holt Chartered Accountants",
                 address="Park Row House, 19-20 Park Row, Leeds LS1 5JF"),
     phones=[("0113 496 0218", "GB", "landline"), ("07723 814 562", "GB", "mobile")])

case("a059-en-iphone-uk-client-first-name", "en", "iphone", "GB",
     ("Rupert Ashcroft", "rupert.ashcroft@btinternet.com"), U_JAMES,
     pre="""James – all fine, go ahead with the switch out of the bond fund. Back from skiing on the 9th if you need me to sign anything.

""",
     sig="""Rupert
""",
     post="""
Sent from my iPhone

""",
     quote=apple_en(U(U_JAMES), D("2026-12-03 08:45"),
                    msg(U_JAMES, "Dear Rupert,", """Following our review, we'd like to reduce the strategic bond holding and move the proceeds into short-dated gilts. Are you happy for us to proceed?""", "Kind regards,")),
     fields=dict(name="Rupert"), phones=[])

case("a060-en-outlook-uk-pa-on-behalf", "en", "outlook", "GB",
     ("Georgina Pell", "georgina.pell@knightleyestates.co.uk"), U_JAMES,
     pre="""Dear Mr Whitfield,

I'm writing on behalf of Charles Whitmore, who is travelling this week. He would be happy to meet you and Mrs Fairbairn on Tuesday 15 December at 11am at our Mayfair office to discuss the disposal of the Wiltshire estate.

Could you confirm whether that suits? I'll then send a calendar invitation.

Kind regards,

""",
     sig="""Georgina Pell
PA to Charles Whitmore MRICS, Chairman
Knightley Estates Ltd
22 Mount Street, London W1K 2RN
Office: 020 7946 0744
""",
     post="""
Knightley Estates Ltd. Registered in England & Wales, Company No. 04517893. Regulated by RICS.

""",
     quote=outlook_en(U(U_JAMES), ("Charles Whitmore", "charles.whitmore@knightleyestates.co.uk"), D("2026-12-01 12:17"),
                      "Fairbairn – Wiltshire estate", msg(U_JAMES, "Dear Charles,", """Mrs Fairbairn would like to discuss the potential sale of the Wiltshire estate. Would you have time for a meeting in the next fortnight?""", "Best wishes,"),
                      cc="Georgina Pell <georgina.pell@knightleyestates.co.uk>", locale="uk"),
     fields=dict(name="Georgina Pell", title="PA to Charles Whitmore MRICS, Chairman", company="Knightley Estates Ltd",
                 address="22 Mount Street, London W1K 2RN"),
     phones=[("020 7946 0744", "GB", "landline")])

case("a061-en-outlook-uk-accounts-team", "en", "outlook", "GB",
     ("Harcourt Logistics Accounts", "accounts@harcourtlogistics.co.uk"), U_JAMES,
     pre="""Hello,

Thank you for your remittance. Invoice HL-55872 has now been marked as paid. Please note that invoice HL-56013 (£1,284.00) remains outstanding and was due on 30 November.

If you have any queries, please quote your account number HAR0417.

Kind regards,

""",
     sig="""The Accounts Team
Harcourt Logistics Ltd
Unit 7, Northfleet Industrial Estate, Gravesend, Kent DA11 9BZ
Main: 01474 352 718
accounts@harcourtlogistics.co.uk
""",
     post="""
Our office hours are Monday to Friday, 8.30am – 5pm.
Harcourt Logistics Ltd, registered in England No. 03982214. VAT No. GB 712 4490 81.

""",
     quote=outlook_en(U(U_JAMES), ("Harcourt Logistics Accounts", "accounts@harcourtlogistics.co.uk"), D("2026-12-02 10:05"),
                      "Remittance – archive storage", msg(U_JAMES, "Hello,", """Please find attached remittance advice for invoice HL-55872 (archive box storage, October).""", "Kind regards,"),
                      sep="line", locale="uk"),
     fields=dict(company="Harcourt Logistics Ltd",
                 address="Unit 7, Northfleet Industrial Estate, Gravesend, Kent DA11 9BZ",
                 email="accounts@harcourtlogistics.co.uk"),
     phones=[("01474 352 718", "GB", "landline")])

case("a062-en-gmail-uk-architect-dashdash-pronouns", "en", "gmail", "GB",
     ("Niamh Marlowe", "niamh@studiomarlowe.co.uk"), U_JAMES,
     pre="""Hi James,

Thanks for passing on my details to the Crawfords. I met them on site yesterday – lovely couple, and the barn conversion is a great project. I'll send a fee proposal by the end of the week, with the planning strategy for the listed elements.

Best,

-- 
""",
     sig="""Niamh Marlowe RIBA (she/her)
Director
Studio Marlowe Architects Ltd
The Paintworks, Arnos Vale, Bristol BS4 3EH
0117 496 0587 / 07862 441 309
studiomarlowe.co.uk
""",
     post="""
""",
     quote=gmail_en(U(U_JAMES), D("2026-11-27 13:40"),
                    msg(U_JAMES, "Hi Niamh,", """I've given your details to some clients of ours, Mr and Mrs Crawford, who are converting a barn near Bath. I hope that's OK.""", "Best,"), locale="uk"),
     fields=dict(name="Niamh Marlowe", title="Director", company="Studio Marlowe Architects Ltd",
                 address="The Paintworks, Arnos Vale, Bristol BS4 3EH", website="studiomarlowe.co.uk"),
     phones=[("0117 496 0587", "GB", "landline"), ("07862 441 309", "GB", "mobile")])

case("a063-en-outlook-uk-no-signature-original-message", "en", "outlook", "GB",
     ("Hugh Pemberton", "hugh.pemberton@pembertonfarms.co.uk"), U_JAMES,
     pre="""Fine by me. Please send the forms over and I'll get them back to you.

""",
     sig="",
     post="",
     quote=outlook_en(U(U_JAMES), ("Hugh Pemberton", "hugh.pemberton@pembertonfarms.co.uk"), D("2026-11-30 17:02"),
                      "ISA subscription 2026/27", msg(U_JAMES, "Dear Hugh,", """As discussed, we can use this year's ISA allowance for you and Caroline by selling part of the general investment account. Shall I prepare the forms?""", "Kind regards,"),
                      sep="orig", locale="uk", mailto=True),
     fields={}, phones=[])

case("a064-en-android-uk-get-outlook", "en", "android", "GB",
     ("Darren Hollis", "darren.hollis@hollisbuild.co.uk"), U_JAMES,
     pre="""Hi James

Yes we can start the refurb on the Clapham flat on 11 January, 6 weeks on site. I'll need the 30% deposit by the 4th to order materials.

Thanks
""",
     sig="""Darren Hollis
Hollis Build & Refurb Ltd
07700 814 226
""",
     post="""
Get Outlook for Android

""",
     quote=outlook_en(U(U_JAMES), ("Darren Hollis", "darren.hollis@hollisbuild.co.uk"), D("2026-12-04 09:22"),
                      "Clapham flat – start date", msg(U_JAMES, "Hi Darren,", """My client has approved your quote for the refurbishment of the Clapham flat. When could you start?""", "Best wishes,"),
                      sep="line", locale="uk"),
     fields=dict(name="Darren Hollis", company="Hollis Build & Refurb Ltd"),
     phones=[("07700 814 226", "GB", "mobile")])

case("a065-en-outlook-uk-edinburgh-broker", "en", "outlook", "GB",
     ("Fraser McAllister", "fraser.mcallister@caledonrisk.co.uk"), U_JAMES,
     pre="""Dear James,

Further to our call, please find attached the renewal terms for your clients' high net worth household policy. Premium is £14,230 including IPT, with the fine art schedule increased to £2.4m following the new valuation.

Cover must be bound by 15 December to avoid a gap.

Best regards

""",
     sig="""Fraser McAllister ACII
Account Director – Private Clients
Caledon Risk Partners Ltd
9 Charlotte Square
Edinburgh EH2 4DR
D: 0131 496 0271
M: 07841 226 905
""",
     post="""
Caledon Risk Partners Ltd is authorised and regulated by the Financial Conduct Authority (FRN 305412). Registered in Scotland No. SC187220.

""",
     quote=outlook_en(U(U_JAMES), ("Fraser McAllister", "fraser.mcallister@caledonrisk.co.uk"), D("2026-11-25 15:45"),
                      "Renewal – Lindsay household policy", msg(U_JAMES, "Dear Fraser,", """The Lindsays' household policy renews in December. Could you let me have the renewal terms, including the updated art valuation?""", "Kind regards,"),
                      locale="uk"),
     fields=dict(name="Fraser McAllister", title="Account Director – Private Clients", company="Caledon Risk Partners Ltd",
                 address="9 Charlotte Square, Edinburgh EH2 4DR"),
     phones=[("0131 496 0271", "GB", "landline"), ("07841 226 905", "GB", "mobile")])

case("a066-en-outlook-uk-belfast-developer", "en", "outlook", "GB",
     ("Ciarán Mulholland", "cmulholland@laganquay.com"), U_JAMES,
     pre="""James,

Happy to confirm the terms for your client's participation in the Lagan Quay scheme: £500k loan note, 9% coupon, 24-month term, first-charge security over the site.

Heads of terms to follow from our solicitors.

Regards,

""",
     sig="""Ciarán Mulholland
Development Director
Lagan Quay Developments Limited
Lanyon Place, Belfast BT1 3LP
T +44 28 9649 6012 M +44 7734 551 208
www.laganquay.com
""",
     post="""
""",
     quote=outlook_en(U(U_JAMES), ("Ciarán Mulholland", "cmulholland@laganquay.com"), D("2026-11-19 12:00"),
                      "Lagan Quay loan notes", msg(U_JAMES, "Ciarán,", """Could you confirm the final terms of the loan note offer? My client is minded to commit £500k.""", "Thanks,"),
                      sep="line", locale="uk"),
     fields=dict(name="Ciarán Mulholland", title="Development Director", company="Lagan Quay Developments Limited",
                 address="Lanyon Place, Belfast BT1 3LP", website="www.laganquay.com"),
     phones=[("+44 28 9649 6012", "GB", "landline"), ("+44 7734 551 208", "GB", "mobile")])

case("a067-en-gmail-uk-startup-they-them", "en", "gmail", "GB",
     ("Alex Okonkwo-Reid", "alex@fernleaf.app"), U_JAMES,
     pre="""Hey James,

Thanks for the intro to your family office contacts! I've sent them our deck. We're raising a £2.5m seed, closing end of January, and have £1.1m soft-circled.

Would love your thoughts on the EIS structure if you have 20 min next week.

Best,

""",
     sig="""Alex Okonkwo-Reid (they/them)
Founder & CEO @ Fernleaf
+44 7456 210 884
linkedin.com/in/alexokonkworeid
""",
     post="""
Fernleaf – carbon accounting for SMEs 🌿 | We're hiring!

""",
     quote=gmail_en(U(U_JAMES), D("2026-12-02 19:30"),
                    msg(U_JAMES, "Hi Alex,", """Lovely to meet you at the Founders' breakfast. Happy to introduce you to a couple of family offices who back climate start-ups.""", "Best,"), locale="uk"),
     fields=dict(name="Alex Okonkwo-Reid", title="Founder & CEO", company="Fernleaf",
                 linkedin="linkedin.com/in/alexokonkworeid"),
     phones=[("+44 7456 210 884", "GB", "mobile")])

case("a068-en-outlook-uk-long-title-region", "en", "outlook", "GB",
     ("Joanna McIntyre", "joanna.mcintyre@ashcombewealth.co.uk"), U_JAMES,
     pre="""Dear James,

Many thanks for your message. We would be delighted to co-host the seminar on pension IHT changes with Harrowgate in Manchester in March. I suggest we split the content: you take the investment side, we cover the planning and trusts.

Could we pencil in a call for Thursday 10 December at 3pm?

With best wishes,

""",
     sig="""Joanna McIntyre CFP
Head of Private Clients – Northern Region
Ashcombe Wealth Management Ltd
1 Spinningfields, Manchester M3 3AP
Tel: 0161 496 0950  |  Mob: 07917 338 402
""",
     post="""
[cid:image001.png@01DC5533.2A7C1F60]
Ashcombe Wealth Management Ltd is authorised and regulated by the Financial Conduct Authority. Financial Services Register number 488120. Registered in England and Wales, company number 06221345.
The value of investments can fall as well as rise and you may get back less than you invested.

""",
     quote=outlook_en(U(U_JAMES), ("Joanna McIntyre", "joanna.mcintyre@ashcombewealth.co.uk"), D("2026-11-26 14:33"),
                      "Joint seminar – spring 2027", msg(U_JAMES, "Dear Joanna,", """Following our conversation at the PIMFA dinner, would Ashcombe be interested in co-hosting a client seminar in the spring?""", "Best wishes,"),
                      locale="uk"),
     fields=dict(name="Joanna McIntyre", title="Head of Private Clients – Northern Region",
                 company="Ashcombe Wealth Management Ltd", address="1 Spinningfields, Manchester M3 3AP"),
     phones=[("0161 496 0950", "GB", "landline"), ("07917 338 402", "GB", "mobile")])

case("a069-en-outlook-uk-colleague-in-body", "en", "outlook", "GB",
     ("Oliver Trent", "oliver.trent@trentandgale.co.uk"), U_JAMES,
     pre="""Hi James,

I'm on paternity leave from tomorrow until mid-January. In the meantime, my colleague Hannah Price will look after the Sinclair file – you can reach her on 020 7946 0637 or at hannah.price@trentandgale.co.uk. She's fully up to speed on the share valuation.

Thanks,

""",
     sig="""Oliver Trent
Partner
Trent & Gale LLP
Chartered Accountants and Business Advisers
020 7946 0631
""",
     post="""
""",
     quote=outlook_en(U(U_JAMES), ("Oliver Trent", "oliver.trent@trentandgale.co.uk"), D("2026-12-07 09:48"),
                      "Sinclair – share valuation", msg(U_JAMES, "Hi Oliver,", """Any update on the share valuation for the Sinclair gift? We'd like to complete before the end of the tax year.""", "Thanks,"),
                      sep="line", locale="uk"),
     fields=dict(name="Oliver Trent", title="Partner", company="Trent & Gale LLP"),
     phones=[("020 7946 0631", "GB", "landline")])

# ===========================================================================
# ENGLISH — Ireland
# ===========================================================================

case("a070-en-outlook-ie-solicitors-dx", "en", "outlook", "IE",
     ("Conor Kavanagh", "ckavanagh@kavanaghdoyle.ie"), U_AOIFE,
     pre="""Dear Aoife,

Thank you for the portfolio valuation. We have now lodged the Inland Revenue Affidavit and expect the Grant of Probate within approximately twelve weeks. Once the Grant issues we will write to you to encash the investment account.

Kind regards,

""",
     sig="""Conor Kavanagh
Partner
Kavanagh Doyle LLP Solicitors
32 Fitzwilliam Place, Dublin 2, D02 KX51
Tel: +353 1 661 4420
Fax: +353 1 661 4429
""",
     post="""
DX 109 Dublin | Kavanagh Doyle LLP is a limited liability partnership regulated by the Law Society of Ireland. A list of partners is available at the above address.
Please note that we will never change our bank account details by email.

""",
     quote=outlook_en(U(U_AOIFE), ("Conor Kavanagh", "ckavanagh@kavanaghdoyle.ie"), D("2026-11-23 10:30"),
                      "Estate of Seamus Gallagher – valuation at date of death",
                      msg(U_AOIFE, "Dear Conor,", """Please find attached the valuation of the late Mr Gallagher's investment account as at the date of death.""", "Kind regards,"),
                      sep="line", locale="uk"),
     fields=dict(name="Conor Kavanagh", title="Partner", company="Kavanagh Doyle LLP Solicitors",
                 address="32 Fitzwilliam Place, Dublin 2, D02 KX51"),
     phones=[("+353 1 661 4420", "IE", "landline"), ("+353 1 661 4429", "IE", "fax")])

case("a071-en-gmail-ie-accountant-irish-name", "en", "gmail", "IE",
     ("Siobhán Ní Bhriain", "siobhan@nibhriainaccountants.ie"), U_AOIFE,
     pre="""Hi Aoife,

Just following up on the pension contribution for Mr Fitzpatrick – if he wants the relief against 2026 income, the contribution has to be made before the Revenue deadline in October, but I'd recommend doing it now while the company has the cash.

Give me a shout if you want to discuss.

Thanks a mil,

""",
     sig="""Siobhán Ní Bhriain ACA
Principal
Ní Bhriain & Co. Chartered Accountants
Unit 4, Penrose Wharf, Cork T23 XW81
Mob: 087 214 6630
""",
     post="""
""",
     quote=gmail_en(U(U_AOIFE), D("2026-11-17 11:15"),
                    msg(U_AOIFE, "Hi Siobhán,", """Could you let me know how much headroom Mr Fitzpatrick's company has for an employer pension contribution this year?""", "Thanks,"), locale="uk"),
     fields=dict(name="Siobhán Ní Bhriain", title="Principal", company="Ní Bhriain & Co. Chartered Accountants",
                 address="Unit 4, Penrose Wharf, Cork T23 XW81"),
     phones=[("087 214 6630", "IE", "mobile")])

case("a072-en-iphone-ie-two-line-mobile", "en", "iphone", "IE",
     ("Declan Mac Giolla Phádraig", "declan.mgp@eircom.net"), U_AOIFE,
     pre="""Aoife, that's grand. Go ahead with the transfer. I'm in Galway till Friday, ring me if there's any problem.

""",
     sig="""Declan Mac Giolla Phádraig
086 312 7749
""",
     post="""Sent from my iPhone

""",
     quote=apple_en(U(U_AOIFE), D("2026-12-01 14:10"),
                    msg(U_AOIFE, "Hi Declan,", """The transfer of your PRSA to the new provider is ready to go. Can you confirm you're happy to proceed?""", "Kind regards,")),
     fields=dict(name="Declan Mac Giolla Phádraig"),
     phones=[("086 312 7749", "IE", "mobile")])

case("a073-en-outlook-ie-client-services-team", "en", "outlook", "IE",
     ("Shannonside Life Client Services", "clientservices@shannonsidelife.ie"), U_AOIFE,
     pre="""Dear Ms Brennan,

Thank you for your email. We confirm receipt of the top-up application for policy SL-4471982 in the amount of €75,000. The funds will be invested at the unit price on the next dealing day following receipt of cleared funds.

Yours sincerely,

""",
     sig="""Client Services Team
Shannonside Life DAC
Harbour Point, Limerick V94 E7P2
Tel: 061 509 400
""",
     post="""
Lines are open Monday to Friday, 9am to 5pm.
Shannonside Life DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 412877.

""",
     quote=outlook_en(U(U_AOIFE), ("Client Services", "clientservices@shannonsidelife.ie"), D("2026-11-26 15:55"),
                      "Top-up – policy SL-4471982", msg(U_AOIFE, "Dear Sir/Madam,", """Please find attached a top-up application for policy SL-4471982 together with the AML documentation.""", "Kind regards,"),
                      locale="uk"),
     fields=dict(company="Shannonside Life DAC", address="Harbour Point, Limerick V94 E7P2"),
     phones=[("061 509 400", "IE", "landline")])

case("a074-en-other-ie-no-signature", "en", "other", "IE",
     ("Brid O'Sullivan", "brid.osullivan@gmail.com"), U_AOIFE,
     pre="""Hi Aoife,

Thanks for that. I'll talk to Michael tonight and come back to you tomorrow about the lump sum.

""",
     sig="",
     post="",
     quote=["On 02/12/2026 16:20, Aoife Brennan wrote:"] + gt(
         msg(U_AOIFE, "Hi Bríd,", """As discussed, you could take up to €200,000 tax-free from your pension at retirement. Let me know how you'd like to proceed.""", "Kind regards,")),
     fields={}, phones=[])

# ===========================================================================
# ENGLISH — United States
# ===========================================================================

case("a075-en-outlook-us-cpa-suite", "en", "outlook", "US",
     ("Robert Castellano", "rcastellano@castellanoweiss.com"), U_MEGAN,
     pre="""Megan,

Thanks for sending the 1099s. Based on the realized gains, I'd recommend the Hendersons make a Q4 estimated payment of about $18,500 federal and $4,200 state by January 15 to avoid an underpayment penalty.

Happy to jump on a call with them if helpful.

Best regards,

""",
     sig="""Robert J. Castellano, CPA, CFP®
Partner
Castellano & Weiss LLP
1 Landmark Square, Suite 400
Stamford, CT 06901
Direct: (203) 555-0136 | Fax: (203) 555-0139
""",
     post="""
IRS CIRCULAR 230 DISCLOSURE: Any tax advice contained in this communication is not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code.
CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain confidential information.

""",
     quote=outlook_en(U(U_MEGAN), ("Robert Castellano", "rcastellano@castellanoweiss.com"), D("2026-12-03 10:15"),
                      "Henderson – 2026 realized gains", msg(U_MEGAN, "Hi Robert,", """Attached are the preliminary 1099s for the Henderson accounts. Realized gains are higher than expected due to the rebalancing in September.""", "Thanks,"),
                      locale="us"),
     fields=dict(name="Robert J. Castellano", title="Partner", company="Castellano & Weiss LLP",
                 address="1 Landmark Square, Suite 400, Stamford, CT 06901"),
     phones=[("(203) 555-0136", "US", "landline"), ("(203) 555-0139", "US", "fax")])

case("a076-en-gmail-us-procurement-oc", "en", "gmail", "US",
     ("Danielle Brooks", "dbrooks@brightwaterhealth.org"), U_RACHEL,
     pre="""Hi Rachel,

Thanks for the revised proposal. Our security team still needs the SOC 2 Type II report and the completed HECVAT before we can move to contracting. Legal will also want to redline your MSA – can you send the Word version?

We're targeting a signature before our fiscal year end (Jan 31).

Thanks,

""",
     sig="""Danielle Brooks
Director, IT Procurement
Brightwater Health System
O: 617.555.0123  C: 617.555.0188
""",
     post="""
CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If you are not the intended recipient, please notify the sender and destroy all copies.

""",
     quote=gmail_en(U(U_RACHEL), D("2026-12-01 16:45"),
                    msg(U_RACHEL, "Hi Danielle,", """Please find attached our revised proposal for 250 seats, including the 12% multi-year discount we discussed.""", "Best,"), locale="us"),
     fields=dict(name="Danielle Brooks", title="Director, IT Procurement", company="Brightwater Health System"),
     phones=[("617.555.0123", "US", "landline"), ("617.555.0188", "US", "mobile")])

case("a077-en-iphone-us-no-signature", "en", "iphone", "US",
     ("Kevin Marsh", "kmarsh@marshfamilydental.com"), U_MEGAN,
     pre="""Sounds good. Tuesday at 4 works, I'll bring Julie.

Sent from my iPhone

""",
     sig="",
     post="",
     quote=apple_en(U(U_MEGAN), D("2026-12-04 12:02"),
                    msg(U_MEGAN, "Hi Kevin,", """Let's get together to review the practice 401(k) and your Roth conversion plan. Would Tuesday December 8 at 4pm work?""", "Best,"), locale="us"),
     fields={}, phones=[])

case("a078-en-outlook-us-law-firm-partner-pipe", "en", "outlook", "US",
     ("Jonathan Abernathy-Reyes", "jabernathyreyes@whitcombelaw.com"), U_MEGAN,
     pre="""Megan,

The trust amendment is ready for signature. Given the increased estate tax exemption, we removed the formula clause and simplified the credit shelter provisions. Please let the Lindqvists know we can hold a signing at our office on December 17 or 18.

Regards,

""",
     sig="""Jonathan Abernathy-Reyes | Partner
Whitcombe Abernathy LLP
Trusts & Estates Practice Group
71 S Wacker Dr, Suite 3100 | Chicago, IL 60606
T 312-555-0117 | M 312-555-0173
whitcombelaw.com
""",
     post="""
This message and any attachments are confidential and may be protected by the attorney-client privilege or work product doctrine. If you are not the intended recipient, please notify the sender immediately and delete this message. Whitcombe Abernathy LLP is a limited liability partnership organized under the laws of Illinois.

""",
     quote=outlook_en(U(U_MEGAN), ("Jonathan Abernathy-Reyes", "jabernathyreyes@whitcombelaw.com"), D("2026-12-02 09:30"),
                      "Lindqvist trust amendment", msg(U_MEGAN, "Hi Jonathan,", """Checking in on the Lindqvist trust amendment. They'd like to sign before the holidays if possible.""", "Thanks,"),
                      locale="us"),
     fields=dict(name="Jonathan Abernathy-Reyes", title="Partner", company="Whitcombe Abernathy LLP",
                 address="71 S Wacker Dr, Suite 3100 | Chicago, IL 60606", website="whitcombelaw.com"),
     phones=[("312-555-0117", "US", "landline"), ("312-555-0173", "US", "mobile")])

case("a079-en-android-us-contractor-cell", "en", "android", "US",
     ("Mike Delgado", "mike@delgadoroofingsolar.com"), U_RACHEL,
     pre="""Rachel

Got it. We tried the trial but honestly the crew wont use another app. Maybe next spring when we hire an office manager. Thanks for following up

""",
     sig="""Mike Delgado
Owner - Delgado Roofing & Solar LLC
Cell (480) 555-0162
""",
     post="""
AZ ROC #312445 | Licensed, Bonded & Insured

Sent from my Galaxy

""",
     quote=["-------- Original message --------",
            "From: Rachel Kim <rachel.kim@northbeam.io>",
            "Date: 11/30/26 2:14 PM (GMT-07:00)",
            "To: mike@delgadoroofingsolar.com",
            "Subject: Following up on your Northbeam trial",
            ""] + msg(U_RACHEL, "Hi Mike,", """Your 14-day trial of Northbeam ended last week. Did your team have a chance to try the mobile job tracking? I'd be glad to extend the trial.""", "Best,"),
     fields=dict(name="Mike Delgado", title="Owner", company="Delgado Roofing & Solar LLC"),
     phones=[("(480) 555-0162", "US", "mobile")])

case("a080-en-outlook-us-ea-on-behalf-md", "en", "outlook", "US",
     ("Tanya Whitaker", "twhitaker@cedarvalleyclinic.org"), U_RACHEL,
     pre="""Hi Rachel,

Dr. Nwosu asked me to reply on her behalf. She would like to schedule the executive demo for Thursday, December 17 at 1:00 PM ET and will be joined by our COO and IT Director.

Please send the invitation to me and I'll make sure it gets on everyone's calendar.

Thank you,

""",
     sig="""Tanya Whitaker
Executive Assistant to Patricia Nwosu, MD, MPH, Chief Executive Officer
Cedar Valley Community Clinic
2450 Riverside Ave, Suite 200
Minneapolis, MN 55454
Phone: 612-555-0104
""",
     post="""
""",
     quote=outlook_en(U(U_RACHEL), ("Patricia Nwosu", "pnwosu@cedarvalleyclinic.org"), D("2026-12-07 11:18"),
                      "Northbeam – executive demo", msg(U_RACHEL, "Dr. Nwosu,", """Following our conversation with your IT team, I'd love to set up a 45-minute executive demo for you and your leadership team.""", "Best regards,"),
                      locale="us"),
     fields=dict(name="Tanya Whitaker", title="Executive Assistant to Patricia Nwosu, MD, MPH, Chief Executive Officer",
                 company="Cedar Valley Community Clinic",
                 address="2450 Riverside Ave, Suite 200, Minneapolis, MN 55454"),
     phones=[("612-555-0104", "US", "landline")])

case("a081-en-gmail-us-startup-dot-separated", "en", "gmail", "US",
     ("Zoe Alvarez", "zoe@lumenstack.com"), U_RACHEL,
     pre="""Hey Rachel!

Quick one – we'd like to add 15 seats for the new SDR pod starting Jan 4. Can we get them on the same pricing as our current contract? Happy to co-term.

Thx

""",
     sig="""Zoe Alvarez · Head of Growth · Lumenstack · (415) 555-0137
""",
     post="""
""",
     quote=gmail_en(U(U_RACHEL), D("2026-11-16 13:05"),
                    msg(U_RACHEL, "Hi Zoe,", """Just checking in ahead of your renewal in March – how's the team finding the new sequences feature?""", "Best,"), locale="us"),
     fields=dict(name="Zoe Alvarez", title="Head of Growth", company="Lumenstack"),
     phones=[("(415) 555-0137", "US", "landline")])

case("a082-en-outlook-us-realtor-license", "en", "outlook", "US",
     ("Laura Pennington", "laura@penningtonhomes.com"), U_MEGAN,
     pre="""Hi Megan,

Just wanted to let you know the sellers accepted your clients' offer of $1,265,000 on the Lake Forest property. Inspection contingency is 10 days, and closing is scheduled for January 29.

I'll need proof of funds for the down payment by Friday.

Warmly,

""",
     sig="""Laura Pennington
REALTOR® | Luxury Home Specialist
Pennington Home Group at North Shore Realty
Cell: 847.555.0148
Office: 847.555.0100
www.penningtonhomes.com
""",
     post="""
IL Licensed Real Estate Broker #475.180224
Wire Fraud Alert: Never wire funds based on emailed instructions. Always call to verify.

""",
     quote=outlook_en(U(U_MEGAN), ("Laura Pennington", "laura@penningtonhomes.com"), D("2026-12-04 15:40"),
                      "Offer – 812 Greenwood Ave", msg(U_MEGAN, "Hi Laura,", """Any word from the sellers on the Sorensens' offer?""", "Thanks,"),
                      locale="us"),
     fields=dict(name="Laura Pennington", title="REALTOR® | Luxury Home Specialist",
                 company="Pennington Home Group at North Shore Realty", website="www.penningtonhomes.com"),
     phones=[("847.555.0148", "US", "mobile"), ("847.555.0100", "US", "landline")])

case("a083-en-other-us-physician-postnominals", "en", "other", "US",
     ("Patrick O'Donoghue", "podonoghue@lakeshoreortho.com"), U_MEGAN,
     pre="""Megan,

Confirming that I'd like to go ahead with the backdoor Roth contribution for both my wife and me this year. I'll transfer the funds from our joint checking account on Monday.

Also, please send me the paperwork to roll over my old 403(b) from the hospital.

Thanks,

""",
     sig="""Patrick O'Donoghue, MD, FAAOS
Orthopaedic Surgeon
Lakeshore Orthopaedic Associates, S.C.
680 N Lake Shore Dr, Chicago, IL 60611
(312) 555-0182
""",
     post="""
""",
     quote=["On 12/1/2026 5:32 PM, Megan Carter wrote:"] + gt(
         msg(U_MEGAN, "Hi Patrick,", """As discussed, you and Maureen are both eligible for a backdoor Roth contribution for 2026. Let me know if you'd like to proceed.""", "Best,")),
     fields=dict(name="Patrick O'Donoghue", title="Orthopaedic Surgeon", company="Lakeshore Orthopaedic Associates, S.C.",
                 address="680 N Lake Shore Dr, Chicago, IL 60611"),
     phones=[("(312) 555-0182", "US", "landline")])

case("a084-en-outlook-us-accounts-payable-team", "en", "outlook", "US",
     ("Granite Peak AP", "ap@granitepeaklogistics.com"), U_RACHEL,
     pre="""Hello,

We are unable to process invoice INV-20931 because it does not reference a valid purchase order. Please resubmit the invoice with PO# 4500187723 through our supplier portal.

Payment terms are Net 45 from receipt of a compliant invoice.

Regards,

""",
     sig="""Accounts Payable Team
Granite Peak Logistics, Inc.
1800 Industrial Blvd
Salt Lake City, UT 84104
Main: (801) 555-0150 | Fax: (801) 555-0151
""",
     post="""
Please do not reply to individual team members. All AP inquiries should be sent to ap@granitepeaklogistics.com.

""",
     quote=outlook_en(U(U_RACHEL), ("Granite Peak AP", "ap@granitepeaklogistics.com"), D("2026-11-30 08:50"),
                      "Invoice INV-20931 – Northbeam", msg(U_RACHEL, "Hi,", """Attached is invoice INV-20931 for your annual Northbeam subscription. Please let me know if you need anything else to process it.""", "Best,"),
                      sep="line", locale="us"),
     fields=dict(company="Granite Peak Logistics, Inc.", address="1800 Industrial Blvd, Salt Lake City, UT 84104"),
     phones=[("(801) 555-0150", "US", "landline"), ("(801) 555-0151", "US", "fax")])

_a085_inline = """From: Rachel Kim <rachel.kim@northbeam.io>
Sent: Tuesday, December 1, 2026 3:22 PM
To: Marcus Feldman <mfeldman@harborviewcpg.com>
Subject: Implementation questions

Hi Marcus,

A few questions before we kick off implementation:

1. Which CRM instance should we connect to – production or sandbox first?
[MF] Sandbox first, production after UAT sign-off.

2. How many users need admin rights?
[MF] Three: me, Priya in RevOps and our IT lead.

3. Do you want SSO enabled on day one?
[MF] Yes, via Okta. Our IT lead will reach out to your team this week.

Thanks,

Rachel Kim
Senior Account Executive | Northbeam
(646) 555-0128
northbeam.io""".split("\n")
case("a085-en-outlook-us-inline-answers", "en", "outlook", "US",
     ("Marcus Feldman", "mfeldman@harborviewcpg.com"), U_RACHEL,
     pre="""Rachel – answers inline below in [MF].

Thanks,

""",
     sig="""Marcus Feldman
VP, Revenue Operations
Harborview Consumer Products Group
555 California St, 10th Floor, San Francisco, CA 94104
m: 415-555-0196
""",
     post="""
""",
     quote=_a085_inline,
     fields=dict(name="Marcus Feldman", title="VP, Revenue Operations", company="Harborview Consumer Products Group",
                 address="555 California St, 10th Floor, San Francisco, CA 94104"),
     phones=[("415-555-0196", "US", "mobile")])

case("a086-en-gmail-us-company-linkedin-page", "en", "gmail", "US",
     ("Hannah Lindqvist", "hannah@ridgelineanalytics.io"), U_RACHEL,
     pre="""Hi Rachel,

Thanks for the call yesterday. I shared the pricing with our CFO; we're aligned on the annual plan but would need the API add-on included for the first year. If that works, we can sign this month.

Best,

""",
     sig="""Hannah Lindqvist
Chief Operating Officer
Ridgeline Analytics, Inc.
1624 Market St, Suite 226, Denver, CO 80202
303-555-0161
ridgelineanalytics.io
www.linkedin.com/company/ridgeline-analytics
""",
     post="""
""",
     quote=gmail_en(U(U_RACHEL), D("2026-11-19 17:25"),
                    msg(U_RACHEL, "Hi Hannah,", """Great speaking with you today. As promised, here's the pricing for the annual plan (40 seats) and the API add-on.""", "Best,"), locale="us"),
     fields=dict(name="Hannah Lindqvist", title="Chief Operating Officer", company="Ridgeline Analytics, Inc.",
                 address="1624 Market St, Suite 226, Denver, CO 80202", website="ridgelineanalytics.io"),
     phones=[("303-555-0161", "US", "landline")])

case("a087-en-iphone-us-two-line-above-sent", "en", "iphone", "US",
     ("Greg Hollis", "greg.hollis@hollisautogroup.com"), U_MEGAN,
     pre="""Megan – go ahead and sell the Apple shares in the trust, we need the cash for the dealership expansion. Call me if questions.

""",
     sig="""Greg Hollis
(312) 555-0175
""",
     post="""Sent from my iPhone

""",
     quote=apple_en(U(U_MEGAN), D("2026-12-07 07:55"),
                    msg(U_MEGAN, "Hi Greg,", """You mentioned needing about $400k of liquidity in January. Would you like us to raise it from the concentrated Apple position in the trust?""", "Best,"), locale="us"),
     fields=dict(name="Greg Hollis"),
     phones=[("(312) 555-0175", "US", "landline")])

# ===========================================================================
# ENGLISH — Canada
# ===========================================================================

case("a088-en-outlook-ca-pension-consultant", "en", "outlook", "CA",
     ("Priyanka Sethi", "psethi@lakeshorepension.ca"), U_DANIEL,
     pre="""Hi Daniel,

Following up on our discussion about the IPP for Dr. Chen. The actuarial valuation shows a maximum past-service contribution of roughly $212,000, which would require a qualifying transfer from her RRSP of about $148,000.

I've attached the illustration. Let me know if you'd like to review it together next week.

Best regards,

""",
     sig="""Priyanka Sethi, FSA, FCIA
Principal, Retirement Solutions
Lakeshore Pension Consulting Ltd.
181 Bay Street, Suite 2100
Toronto, ON M5J 2T3
Tel: 416-555-0131 ext. 214
""",
     post="""
This email may contain confidential information. If you received it in error, please delete it and notify the sender. / Ce courriel peut contenir des renseignements confidentiels.

""",
     quote=outlook_en(U(U_DANIEL), ("Priyanka Sethi", "psethi@lakeshorepension.ca"), D("2026-11-24 13:15"),
                      "IPP illustration – Dr. Chen", msg(U_DANIEL, "Hi Priyanka,", """Dr. Chen would like to know how much she could contribute to an IPP this year. Could you prepare an illustration?""", "Thanks,"),
                      locale="us"),
     fields=dict(name="Priyanka Sethi", title="Principal, Retirement Solutions", company="Lakeshore Pension Consulting Ltd.",
                 address="181 Bay Street, Suite 2100, Toronto, ON M5J 2T3"),
     phones=[("416-555-0131", "CA", "landline")])

case("a089-en-gmail-ca-vancouver-lawyer", "en", "gmail", "CA",
     ("Graham MacLeod", "gmacleod@macleodtanaka.ca"), U_DANIEL,
     pre="""Daniel,

I've reviewed the draft alter ego trust deed. Subject to a few drafting points around the trustee replacement clause, it's ready for your client to sign. Given her age (71), the trust will be eligible and the transfer of the Vancouver condo will occur on a rollover basis.

I can meet her on December 14 or 15.

Regards,

""",
     sig="""Graham MacLeod
Barrister & Solicitor
MacLeod Tanaka LLP
Suite 1500 – 1055 West Georgia Street
Vancouver, BC V6E 4N7
604.555.0138
""",
     post="""
""",
     quote=gmail_en(U(U_DANIEL), D("2026-11-28 10:00"),
                    msg(U_DANIEL, "Hi Graham,", """Attached is the draft alter ego trust deed for Mrs. Whitley. Could you review it before we present it to her?""", "Thanks,"), locale="us"),
     fields=dict(name="Graham MacLeod", title="Barrister & Solicitor", company="MacLeod Tanaka LLP",
                 address="Suite 1500 – 1055 West Georgia Street, Vancouver, BC V6E 4N7"),
     phones=[("604.555.0138", "CA", "landline")])

case("a090-en-iphone-ca-initials", "en", "iphone", "CA",
     ("Ross McKenna", "ross.mckenna@rogers.com"), U_DANIEL,
     pre="""Daniel – yes, top up the TFSA from the cash account. We're away until Jan 6.

""",
     sig="""RMcK
""",
     post="""
Sent from my iPhone

""",
     quote=apple_en(U(U_DANIEL), D("2026-12-07 18:20"),
                    msg(U_DANIEL, "Hi Ross,", """The 2027 TFSA contribution room opens on January 1. Shall we move $7,000 each from the cash account for you and Linda?""", "Best regards,"), locale="us"),
     fields={}, phones=[])

case("a091-en-outlook-ca-calgary-insurance-ext", "en", "outlook", "CA",
     ("Brent Kowalczyk", "bkowalczyk@prairiegate.ca"), U_DANIEL,
     pre="""Good afternoon Daniel,

The underwriting decision is in for Mr. Ferreira's $3M joint last-to-die policy: approved at standard non-smoker rates. The policy can be placed as soon as we receive the first premium and the signed delivery receipt.

Please let me know when you'd like to schedule delivery.

Thank you,

""",
     sig="""Brent Kowalczyk, CLU, CHS
Senior Estate Planning Advisor
PrairieGate Insurance Brokers Inc.
Suite 800, 639 5 Ave SW
Calgary, AB T2P 0M9
Office: 403-555-0177 Ext. 214
Cell: 403-555-0190
Toll free: 1-800-555-0125
""",
     post="""
""",
     quote=outlook_en(U(U_DANIEL), ("Brent Kowalczyk", "bkowalczyk@prairiegate.ca"), D("2026-11-27 09:40"),
                      "Ferreira – underwriting status", msg(U_DANIEL, "Hi Brent,", """Any news from underwriting on the Ferreira joint last-to-die application?""", "Thanks,"),
                      sep="line", locale="us"),
     fields=dict(name="Brent Kowalczyk", title="Senior Estate Planning Advisor", company="PrairieGate Insurance Brokers Inc.",
                 address="Suite 800, 639 5 Ave SW, Calgary, AB T2P 0M9"),
     phones=[("403-555-0177", "CA", "landline"), ("403-555-0190", "CA", "mobile"), ("1-800-555-0125", "CA", "landline")])

case("a092-en-android-ca-no-signature", "en", "android", "CA",
     ("Sunita Rao", "sunita.rao@shaw.ca"), U_DANIEL,
     pre="""Hi Daniel, the RESP statement is attached. Let me know if you need anything else.

""",
     sig="",
     post="""Get Outlook for Android

""",
     quote=outlook_en(U(U_DANIEL), ("Sunita Rao", "sunita.rao@shaw.ca"), D("2026-11-20 18:12"),
                      "RESP transfer", msg(U_DANIEL, "Hi Sunita,", """To transfer the RESP to us, I'll need a copy of your most recent statement from the current provider.""", "Best regards,"),
                      sep="line", locale="us"),
     fields={}, phones=[])

# ===========================================================================
# ENGLISH — Australia
# ===========================================================================

case("a093-en-outlook-au-accountant-level", "en", "outlook", "AU",
     ("Matthew Nguyen", "mnguyen@collinsbridge.com.au"), U_SARAH,
     pre="""Hi Sarah,

As requested, attached is the SMSF annual return and financial statements for the Papadopoulos Super Fund for FY2026. The fund's member balances are $1.42m and $1.18m respectively, so both members remain under the transfer balance cap.

Let me know if you need the investment strategy updated.

Kind regards,

""",
     sig="""Matthew Nguyen CA
Director – SMSF Services
Collins Bridge Accountants Pty Ltd
Level 8, 1 Collins Street
Melbourne VIC 3000
T (03) 9123 4567  |  M 0412 345 678
www.collinsbridge.com.au
""",
     post="""
Liability limited by a scheme approved under Professional Standards Legislation.
Collins Bridge Accountants Pty Ltd ABN 48 123 456 789

""",
     quote=outlook_en(U(U_SARAH), ("Matthew Nguyen", "mnguyen@collinsbridge.com.au"), D("2026-11-23 11:05"),
                      "Papadopoulos Super Fund – FY26 financials", msg(U_SARAH, "Hi Matthew,", """Could you send through the FY26 SMSF financials for the Papadopoulos fund? We're reviewing their pension strategy next week.""", "Kind regards,"),
                      locale="uk"),
     fields=dict(name="Matthew Nguyen", title="Director – SMSF Services", company="Collins Bridge Accountants Pty Ltd",
                 address="Level 8, 1 Collins Street, Melbourne VIC 3000", website="www.collinsbridge.com.au"),
     phones=[("(03) 9123 4567", "AU", "landline"), ("0412 345 678", "AU", "mobile")])

case("a094-en-gmail-au-mortgage-broker", "en", "gmail", "AU",
     ("Jess Tan", "jess@brightpathlending.com.au"), U_SARAH,
     pre="""Hi Sarah!

Good news – formal approval came through for the Harrisons this morning. $980k at 5.89% variable with offset, 30 years. Settlement is booked for 18 December.

I'll send you a copy of the loan docs for your file.

Cheers,

""",
     sig="""Jess Tan
Mortgage Broker | Brightpath Lending
0423 118 562
jess@brightpathlending.com.au
""",
     post="""
Jess Tan is a Credit Representative (CR 512345) of Brightpath Lending Pty Ltd, Australian Credit Licence 498765.

""",
     quote=gmail_en(U(U_SARAH), D("2026-12-01 08:30"),
                    msg(U_SARAH, "Hi Jess,", """Just checking in on the Harrisons' loan application – any update from the lender?""", "Thanks,"), locale="uk"),
     fields=dict(name="Jess Tan", title="Mortgage Broker", company="Brightpath Lending",
                 email="jess@brightpathlending.com.au"),
     phones=[("0423 118 562", "AU", "mobile")])

case("a095-en-iphone-au-tradie-first-name", "en", "iphone", "AU",
     ("Brad Kowalski", "brad@kowalskiplumbing.com.au"), U_SARAH,
     pre="""No worries Sarah, I'll send the invoice to the trust instead. Should be with you this arvo.

Cheers
""",
     sig="""Brad
""",
     post="""
Sent from my iPhone

""",
     quote=apple_en(U(U_SARAH), D("2026-11-26 09:45"),
                    msg(U_SARAH, "Hi Brad,", """Could you please re-issue the invoice for the Bondi property to the Wilson Family Trust rather than to Mr Wilson personally?""", "Thanks,")),
     fields=dict(name="Brad"), phones=[])

case("a096-en-outlook-au-lawyer-abn", "en", "outlook", "AU",
     ("Catherine O'Loughlin", "coloughlin@harrisonreid.com.au"), U_SARAH,
     pre="""Dear Sarah,

Thank you for your referral. We have now met with Mr and Mrs Kapoor and will prepare their wills, testamentary trusts and enduring powers of attorney. We will also review the binding death benefit nominations for their SMSF.

We anticipate the documents will be ready for execution in mid-January.

Yours sincerely,

""",
     sig="""Catherine O'Loughlin
Partner | Wills & Estates
Harrison Reid Lawyers
Level 21, 333 George Street, Sydney NSW 2000
P: +61 2 9876 5432
E: coloughlin@harrisonreid.com.au
""",
     post="""
Harrison Reid Lawyers Pty Ltd ABN 62 987 654 321. Liability limited by a scheme approved under Professional Standards Legislation.
We acknowledge the Traditional Custodians of the land on which we work.

""",
     quote=outlook_en(U(U_SARAH), ("Catherine O'Loughlin", "coloughlin@harrisonreid.com.au"), D("2026-11-18 14:22"),
                      "Referral – Mr and Mrs Kapoor", msg(U_SARAH, "Dear Catherine,", """I'd like to refer Mr and Mrs Kapoor to you for their estate planning. They have an SMSF and two adult children.""", "Kind regards,"),
                      locale="uk"),
     fields=dict(name="Catherine O'Loughlin", title="Partner", company="Harrison Reid Lawyers",
                 address="Level 21, 333 George Street, Sydney NSW 2000", email="coloughlin@harrisonreid.com.au"),
     phones=[("+61 2 9876 5432", "AU", "landline")])

case("a097-en-outlook-au-client-services-team", "en", "outlook", "AU",
     ("Coastline Super – Adviser Services", "adviserservices@coastlinesuper.com.au"), U_SARAH,
     pre="""Hi Sarah,

Thank you for your enquiry. We confirm that the rollover request for member 20488713 has been processed and $412,506.77 was transferred to the nominated fund on 25 November.

If you have any further questions, please contact us on the number below.

Kind regards,

""",
     sig="""Adviser Services Team
Coastline Super
Phone: 1300 555 123
""",
     post="""
Monday to Friday, 8am – 7pm AEST
Coastline Super Pty Ltd ABN 11 222 333 444 AFSL 234567, trustee of Coastline Superannuation Fund.

""",
     quote=outlook_en(U(U_SARAH), ("Adviser Services", "adviserservices@coastlinesuper.com.au"), D("2026-11-27 10:10"),
                      "Rollover status – member 20488713", msg(U_SARAH, "Hi team,", """Could you confirm the status of the rollover for member 20488713? It was lodged on 10 November.""", "Thanks,"),
                      sep="line", locale="uk"),
     fields=dict(company="Coastline Super"),
     phones=[("1300 555 123", "AU", "landline")])

case("a098-en-android-au-real-estate", "en", "android", "AU",
     ("Tahlia Roberts", "tahlia.roberts@harbourrealty.com.au"), U_SARAH,
     pre="""Hi Sarah,

Tenants have signed the new 12-month lease on the Manly unit at $1,150/week. I'll send the updated rental statement to you and the clients.

Thanks
""",
     sig="""Tahlia Roberts
Senior Property Manager
Harbour Realty Manly
M: 0438 221 907
""",
     post="""
Get Outlook for Android

""",
     quote=outlook_en(U(U_SARAH), ("Tahlia Roberts", "tahlia.roberts@harbourrealty.com.au"), D("2026-12-02 12:40"),
                      "Manly unit – lease renewal", msg(U_SARAH, "Hi Tahlia,", """Have the tenants of the Manly unit signed the renewal yet? My clients are updating their cash-flow forecast.""", "Thanks,"),
                      sep="line", locale="uk"),
     fields=dict(name="Tahlia Roberts", title="Senior Property Manager", company="Harbour Realty Manly"),
     phones=[("0438 221 907", "AU", "mobile")])

# ===========================================================================
# ENGLISH — Germany
# ===========================================================================

case("a099-en-outlook-de-tax-advisor-pflichtangaben", "en", "outlook", "DE",
     ("Katharina von Ostheim", "k.vonostheim@ostheim-stb.de"), U_LUKAS,
     pre="""Dear Mr Brandt,

Thank you for your message. With regard to the fund's investors resident in Germany, the annual tax reporting under the Investment Tax Act (InvStG) can be prepared by 31 January, provided we receive the final NAV figures by mid-December.

Our fee estimate for the reporting is attached.

Kind regards

""",
     sig="""Dr. Katharina von Ostheim
Partner, Steuerberaterin / Tax Advisor
Ostheim Steuerberatungsgesellschaft mbH
Maximilianstraße 35, 80539 München
Tel. +49 89 2180 4410
Mobil +49 171 2234567
""",
     post="""
Ostheim Steuerberatungsgesellschaft mbH | Sitz: München | Registergericht: Amtsgericht München HRB 234567 | Geschäftsführer: Dr. Katharina von Ostheim, Florian Reuß | USt-IdNr. DE 298765432
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. / This e-mail contains confidential information.

""",
     quote=outlook_en(U(U_LUKAS), ("Katharina von Ostheim", "k.vonostheim@ostheim-stb.de"), D("2026-11-25 09:12"),
                      "German investor tax reporting – Taunus Fund III", msg(U_LUKAS, "Dear Dr. von Ostheim,", """Could you prepare the German tax reporting for Taunus Fund III for our German-resident investors, and let us know the timeline and fees?""", "Best regards,"),
                      locale="mac"),
     fields=dict(name="Katharina von Ostheim", title="Partner, Steuerberaterin / Tax Advisor",
                 company="Ostheim Steuerberatungsgesellschaft mbH", address="Maximilianstraße 35, 80539 München"),
     phones=[("+49 89 2180 4410", "DE", "landline"), ("+49 171 2234567", "DE", "mobile")])

case("a100-en-gmail-de-saas-vp-sales", "en", "gmail", "DE",
     ("Felix Hartmann", "felix.hartmann@quellwerk.io"), U_LUKAS,
     pre="""Hi Lukas,

Great to hear that the investor portal pilot went well. As discussed, I've updated the offer to include the white-label option and the DATEV export. The first-year price stays at EUR 38,400.

Do you want me to set up a call with our CTO for the security questionnaire?

Best,

""",
     sig="""Felix Hartmann | VP Sales DACH
Quellwerk GmbH
Torstraße 109, 10119 Berlin
M +49 1522 4417 803
quellwerk.io
""",
     post="""
Quellwerk GmbH · Amtsgericht Charlottenburg HRB 214455 B · Geschäftsführer: Jana Roth, Deniz Aksoy

""",
     quote=gmail_en(U(U_LUKAS), D("2026-11-30 15:05"),
                    msg(U_LUKAS, "Hi Felix,", """The pilot was well received by our IR team. Could you send a revised offer including the white-label option?""", "Best,"), locale="uk"),
     fields=dict(name="Felix Hartmann", title="VP Sales DACH", company="Quellwerk GmbH",
                 address="Torstraße 109, 10119 Berlin", website="quellwerk.io"),
     phones=[("+49 1522 4417 803", "DE", "mobile")])

case("a101-en-outlook-de-industrial-kg", "en", "outlook", "DE",
     ("Jürgen Schäfer", "juergen.schaefer@neckar-antriebe.de"), U_LUKAS,
     pre="""Dear Mr. Brandt,

Thank you for the invitation to the portfolio company CFO roundtable. Unfortunately I am on a customer visit in Shanghai that week; my colleague from Finance will attend instead.

With best regards

""",
     sig="""i.A. Jürgen Schäfer
Head of Group Controlling
Neckar Antriebstechnik GmbH & Co. KG
Heilbronner Str. 212
70191 Stuttgart
Germany
Phone: +49 711 4589 2210
Fax: +49 711 4589 2299
www.neckar-antriebe.de
""",
     post="""
Neckar Antriebstechnik GmbH & Co. KG, Sitz Stuttgart, Registergericht Stuttgart HRA 731245
Persönlich haftende Gesellschafterin: Neckar Verwaltungs-GmbH, Sitz Stuttgart, HRB 728800
Geschäftsführung: Dr. Ulrich Kemmler, Sabine Vogt

""",
     quote=outlook_en(U(U_LUKAS), ("Jürgen Schäfer", "juergen.schaefer@neckar-antriebe.de"), D("2026-11-17 14:30"),
                      "Invitation: CFO roundtable, 21 January 2027", msg(U_LUKAS, "Dear Mr. Schäfer,", """We are delighted to invite you to our annual portfolio company CFO roundtable on 21 January 2027 in Frankfurt.""", "Best regards,"),
                      sep="line", locale="uk"),
     fields=dict(name="Jürgen Schäfer", title="Head of Group Controlling", company="Neckar Antriebstechnik GmbH & Co. KG",
                 address="Heilbronner Str. 212, 70191 Stuttgart, Germany", website="www.neckar-antriebe.de"),
     phones=[("+49 711 4589 2210", "DE", "landline"), ("+49 711 4589 2299", "DE", "fax")])

# ===========================================================================
# ENGLISH — Netherlands
# ===========================================================================

case("a102-en-outlook-nl-van-der-logistics", "en", "outlook", "NL",
     ("Maarten van der Berg", "m.vanderberg@dijkstralogistiek.nl"), U_SANNE,
     pre="""Hi Sanne,

Thanks for the proposal. The board has discussed it and we would like to proceed with the sell-side mandate for the cold-chain division. Our CFO will send the signed engagement letter by Friday.

Could you share the proposed timeline for the information memorandum?

Kind regards,

""",
     sig="""Maarten van der Berg
Chief Executive Officer
Dijkstra Logistiek B.V.
Waalhaven Zuidzijde 19
3089 JH Rotterdam
The Netherlands
T +31 (0)10 204 5530
M +31 (0)6 5128 4470
""",
     post="""
[cid:image001.png@01DC58B4.7E2A1C30]
Dijkstra Logistiek B.V. | KvK 24367112 | BTW NL812334567B01
Op al onze diensten zijn de Nederlandse Transport- en Logistieke Voorwaarden van toepassing.

""",
     quote=outlook_en(U(U_SANNE), ("Maarten van der Berg", "m.vanderberg@dijkstralogistiek.nl"), D("2026-11-20 10:45"),
                      "Proposal – sale of cold-chain division", msg(U_SANNE, "Dear Maarten,", """Please find attached our proposal for advising on the sale of Dijkstra's cold-chain division.""", "Kind regards,"),
                      locale="uk"),
     fields=dict(name="Maarten van der Berg", title="Chief Executive Officer", company="Dijkstra Logistiek B.V.",
                 address="Waalhaven Zuidzijde 19, 3089 JH Rotterdam, The Netherlands"),
     phones=[("+31 (0)10 204 5530", "NL", "landline"), ("+31 (0)6 5128 4470", "NL", "mobile")])

case("a103-en-gmail-nl-startup-double-surname", "en", "gmail", "NL",
     ("Eva Jansen-Bakker", "eva@tulpdata.com"), U_SANNE,
     pre="""Hi Sanne,

Lovely meeting you at the Utrecht founders' dinner! As promised, here's our one-pager. We're exploring a strategic sale in 2027 rather than another funding round, so your M&A perspective would be really helpful.

Coffee next week in Utrecht?

Groetjes / best,

""",
     sig="""Eva Jansen-Bakker
Co-founder & CEO
TulpData
+31 6 41 22 87 90
linkedin.com/in/evajansenbakker
""",
     post="""
""",
     quote=gmail_en(U(U_SANNE), D("2026-11-27 22:10"),
                    msg(U_SANNE, "Hi Eva,", """Great to meet you last night. Happy to chat about your options – feel free to send me some background.""", "Best,"), locale="uk"),
     fields=dict(name="Eva Jansen-Bakker", title="Co-founder & CEO", company="TulpData",
                 linkedin="linkedin.com/in/evajansenbakker"),
     phones=[("+31 6 41 22 87 90", "NL", "mobile")])

case("a104-en-iphone-nl-no-signature", "en", "iphone", "NL",
     ("Joost Verhoeven", "joost@verhoevenbouw.nl"), U_SANNE,
     pre="""Works for me, see you Thursday.

""",
     sig="",
     post="""Verstuurd vanaf mijn iPhone

""",
     quote=apple_en(U(U_SANNE), D("2026-12-01 16:30"),
                    msg(U_SANNE, "Hi Joost,", """Shall we meet on Thursday at 10:00 at your office in Eindhoven to go through the buyer shortlist?""", "Best regards,")),
     fields={}, phones=[])

# ===========================================================================
# ENGLISH — Switzerland
# ===========================================================================

case("a105-en-outlook-ch-family-office-md", "en", "outlook", "CH",
     ("Andrea Steiner-Keller", "andrea.steiner@seefeldpartners.ch"), U_OLIVER,
     pre="""Dear Oliver,

Thank you for the trust deed and the letter of wishes. Our compliance team has reviewed the structure and has no objections to Limmat Trust acting as trustee for the assets booked with us.

We would suggest a joint meeting with the family in January to present the reporting and governance framework.

Kind regards,

""",
     sig="""Andrea Steiner-Keller
Managing Director | Family Office Services
Seefeld Partners AG
Seefeldstrasse 69, 8008 Zürich, Switzerland
T +41 44 388 72 10 | M +41 79 622 18 04
www.seefeldpartners.ch
""",
     post="""
Seefeld Partners AG is authorised by the Swiss Financial Market Supervisory Authority FINMA as a portfolio manager.
This e-mail is confidential and intended solely for the addressee. E-mail transmission cannot be guaranteed to be secure or error-free.

""",
     quote=outlook_en(U(U_OLIVER), ("Andrea Steiner-Keller", "andrea.steiner@seefeldpartners.ch"), D("2026-11-24 17:00"),
                      "Hoffmann family trust – documents", msg(U_OLIVER, "Dear Andrea,", """Please find attached the trust deed and letter of wishes for the Hoffmann family trust, as requested by your compliance team.""", "Kind regards,"),
                      locale="uk"),
     fields=dict(name="Andrea Steiner-Keller", title="Managing Director", company="Seefeld Partners AG",
                 address="Seefeldstrasse 69, 8008 Zürich, Switzerland", website="www.seefeldpartners.ch"),
     phones=[("+41 44 388 72 10", "CH", "landline"), ("+41 79 622 18 04", "CH", "mobile")])

case("a106-en-gmail-ch-basel-biotech", "en", "gmail", "CH",
     ("Rahul Menon", "rahul.menon@rheinbio.ch"), U_OLIVER,
     pre="""Hi Oliver,

Thanks for your note. Yes, I'd like to set up the foundation for my children's education before the IPO lock-up expires in March. Could you send me an overview of the costs and the documents you'd need?

Best regards,

""",
     sig="""Dr. Rahul Menon, PhD
Chief Scientific Officer
RheinBio AG
Hochbergerstrasse 60C
CH-4057 Basel
Direct +41 61 555 28 40
Mobile +41 78 901 44 26
""",
     post="""
""",
     quote=gmail_en(U(U_OLIVER), D("2026-11-22 18:40"),
                    msg(U_OLIVER, "Dear Rahul,", """Following our conversation at the Basel dinner, I'd be happy to explain how a family foundation or trust could hold part of your RheinBio shares.""", "Kind regards,"), locale="uk"),
     fields=dict(name="Rahul Menon", title="Chief Scientific Officer", company="RheinBio AG",
                 address="Hochbergerstrasse 60C, CH-4057 Basel"),
     phones=[("+41 61 555 28 40", "CH", "landline"), ("+41 78 901 44 26", "CH", "mobile")])

case("a107-en-other-ch-lotus-assistant-team", "en", "other", "CH",
     ("Client Onboarding – Bank Zollikon", "onboarding@bankzollikon.ch"), U_OLIVER,
     pre="""Dear Mr Baumann,

We confirm that the account for Limmat Trust AG as trustee of the Meier Settlement has been opened. The IBAN and e-banking credentials will be sent separately by registered mail.

Yours sincerely,

""",
     sig="""Client Onboarding
Bank Zollikon AG
Forchstrasse 12, CH-8702 Zollikon
Phone +41 44 555 91 00
""",
     post="""
Please note: for your security, Bank Zollikon will never ask you to disclose passwords by e-mail.

""",
     quote=["",
            "From:        Oliver Baumann <oliver.baumann@limmattrust.ch>",
            "To:        onboarding@bankzollikon.ch",
            "Date:        25.11.2026 09:05",
            "Subject:        Account opening – Meier Settlement",
            ""] + msg(U_OLIVER, "Dear Sir or Madam,", """Please find enclosed the account opening documents for the Meier Settlement, signed by two authorised signatories of Limmat Trust AG.""", "Kind regards,"),
     fields=dict(company="Bank Zollikon AG", address="Forchstrasse 12, CH-8702 Zollikon"),
     phones=[("+41 44 555 91 00", "CH", "landline")])

# ===========================================================================
# ENGLISH — Singapore
# ===========================================================================

case("a108-en-outlook-sg-family-office-unit", "en", "outlook", "SG",
     ("Ng Kah Wai", "kahwai.ng@temasekbay-fo.com.sg"), U_WEILING,
     pre="""Dear Wei Ling,

Thanks for sending the proposal for the discretionary mandate. Our investment committee met yesterday and would like to proceed with USD 15m, subject to a 5% cap on single-issuer exposure and no exposure to unlisted real estate.

Please send the account opening pack and the updated IMA.

Best regards,

""",
     sig="""NG Kah Wai, CFA
Chief Investment Officer
Bayfront Heritage Family Office Pte. Ltd.
10 Marina Boulevard, #35-01
Marina Bay Financial Centre Tower 2
Singapore 018983
DID: +65 6221 4705 | HP: +65 9123 4567
""",
     post="""
This email is confidential and may be privileged. If you are not the intended recipient, please delete it and notify us immediately. Bayfront Heritage Family Office Pte. Ltd. (UEN 201912345K)

""",
     quote=outlook_en(U(U_WEILING), ("Ng Kah Wai", "kahwai.ng@temasekbay-fo.com.sg"), D("2026-11-26 10:20"),
                      "Proposal – discretionary mandate", msg(U_WEILING, "Dear Kah Wai,", """Attached is our proposal for a balanced discretionary mandate, as discussed with your investment committee.""", "Best regards,"),
                      locale="uk"),
     fields=dict(name="NG Kah Wai", title="Chief Investment Officer", company="Bayfront Heritage Family Office Pte. Ltd.",
                 address="10 Marina Boulevard, #35-01, Marina Bay Financial Centre Tower 2, Singapore 018983"),
     phones=[("+65 6221 4705", "SG", "landline"), ("+65 9123 4567", "SG", "mobile")])

case("a109-en-gmail-sg-advocate-solicitor", "en", "gmail", "SG",
     ("Priya Chandrasekaran", "priya@chandralaw.sg"), U_WEILING,
     pre="""Hi Wei Ling,

I've reviewed the draft Lasting Power of Attorney and the will for Mr Goh. Everything is in order; he will need to sign the LPA before a certificate issuer, which I can do at our office.

Would Monday 14 December at 3pm suit him?

Regards,

""",
     sig="""Priya Chandrasekaran
Advocate & Solicitor
Chandra Law LLC
6 Shenton Way, #18-08 OUE Downtown 2, Singapore 068809
T: 6812 3456 | M: 8123 4567
""",
     post="""
""",
     quote=gmail_en(U(U_WEILING), D("2026-12-02 14:25"),
                    msg(U_WEILING, "Dear Priya,", """Mr Goh would like to finalise his will and LPA before the year end. Could you review the drafts attached?""", "Thank you,"), locale="uk"),
     fields=dict(name="Priya Chandrasekaran", title="Advocate & Solicitor", company="Chandra Law LLC",
                 address="6 Shenton Way, #18-08 OUE Downtown 2, Singapore 068809"),
     phones=[("6812 3456", "SG", "landline"), ("8123 4567", "SG", "mobile")])

case("a110-en-iphone-sg-client-whatsapp", "en", "iphone", "SG",
     ("Daniel Lim", "daniel.lim@limholdings.com.sg"), U_WEILING,
     pre="""Hi Wei Ling, ok noted. Pls proceed with the bond ladder. I'm in Jakarta till Thurs, whatsapp me if urgent.

Thanks
""",
     sig="""Daniel Lim
Managing Director, Lim Holdings Pte Ltd
WhatsApp +65 9786 5521
""",
     post="""

Get Outlook for iOS

""",
     quote=outlook_en(U(U_WEILING), ("Daniel Lim", "daniel.lim@limholdings.com.sg"), D("2026-12-06 21:15"),
                      "SGD bond ladder", msg(U_WEILING, "Hi Daniel,", """As discussed, we propose building a 1-5 year SGD bond ladder with the proceeds of the fixed deposit maturing next week.""", "Best regards,"),
                      sep="line", locale="uk"),
     fields=dict(name="Daniel Lim", title="Managing Director", company="Lim Holdings Pte Ltd"),
     phones=[("+65 9786 5521", "SG", "mobile")])


# ===========================================================================
# validation and output
# ===========================================================================
def _ws(s):
    return re.sub(r"\s+", " ", s).strip()


TYPE_OK = {
    phonenumbers.PhoneNumberType.MOBILE: {"mobile"},
    phonenumbers.PhoneNumberType.FIXED_LINE: {"landline", "fax"},
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: {"landline", "mobile", "fax"},
    phonenumbers.PhoneNumberType.TOLL_FREE: {"landline"},
    phonenumbers.PhoneNumberType.SHARED_COST: {"landline"},
}


def finalize(c):
    lines, idx = c["lines"], c["idx"]
    errs = []
    for i in idx:
        if not (0 <= i < len(lines)):
            errs.append("index out of range %d" % i)
        elif not lines[i].strip():
            errs.append("blank signature line %d" % i)
    sig_lines = [lines[i] for i in idx]
    sig_join = _ws(" ".join(sig_lines))
    f = c["fields"]
    for k in f:
        if k not in FIELD_ORDER:
            errs.append("unknown field %s" % k)
    for k in ("name", "title", "company", "email", "website", "linkedin"):
        if k in f and _ws(f[k]) not in sig_join:
            errs.append("%s %r not in signature" % (k, f[k]))
    if "address" in f:
        for part in f["address"].split(", "):
            if _ws(part) not in sig_join:
                errs.append("address part %r not in signature" % part)
    if not idx and f:
        errs.append("fields without signature")
    phones = []
    for raw, region, typ in c["phones"]:
        if raw not in "\n".join(sig_lines):
            errs.append("phone %r not in signature" % raw)
        n = phonenumbers.parse(raw.replace("(0)", ""), region)
        if not phonenumbers.is_valid_number(n):
            errs.append("invalid phone %r" % raw)
        nt = phonenumbers.number_type(n)
        if typ not in TYPE_OK.get(nt, set()):
            errs.append("phone %r typed %s but phonenumbers says %s" % (raw, typ, nt))
        phones.append({"value": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), "type": typ})
    if errs:
        raise SystemExit("%s: %s" % (c["id"], "; ".join(errs)))
    fields = {k: _ws(f[k]) for k in FIELD_ORDER if k in f}
    fields["phones"] = phones
    return {
        "id": c["id"], "lang": c["lang"], "client": c["client"], "region": c["region"],
        "sender": c["sender"], "user": c["user"],
        "body": "\n".join(lines),
        "signature": idx,
        "fields": fields,
    }


def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = [finalize(c) for c in CASES]
    assert len(out) == 110, len(out)
    # the quoted history must never be mistaken for part of the new text's signature
    for c in out:
        body_lines = c["body"].split("\n")
        for i in c["signature"]:
            assert not body_lines[i].startswith(">"), c["id"]
    path = os.path.join(HERE, "cases.json")
    data = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)

    from collections import Counter
    print("cases:", len(out))
    print("lang:", dict(Counter(c["lang"] for c in out)))
    print("client:", dict(Counter(c["client"] for c in out)))
    print("region:", dict(Counter(c["region"] for c in out)))
    print("no signature:", sum(1 for c in out if not c["signature"]))
    print("signature without name:", sum(1 for c in out if c["signature"] and "name" not in c["fields"]))
    print("phones by type:", dict(Counter(p["type"] for c in out for p in c["fields"]["phones"])))
    for k in FIELD_ORDER:
        print("with %s:" % k, sum(1 for c in out if k in c["fields"]))
    print("wrote", path)


if __name__ == "__main__":
    main()
