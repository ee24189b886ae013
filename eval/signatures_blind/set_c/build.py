#!/usr/bin/env python3
"""Build blind evaluation set C for the Relance email-signature reader.

Written by a helper session that never saw the reader, its tests or the other
sets.  Every case is written by hand below; only the quoted-history headers are
produced by small helpers.  Output: cases.json next to this file, byte-identical
on every run.

Marking convention inside the hand-written text: a line starting with the
character U+00A7 (section sign) belongs to the sender's signature block; the
marker is stripped and the line index recorded.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.json")
MARK = "\u00a7"

# ---------------------------------------------------------------------------
# date formatting (no locale dependency)
# ---------------------------------------------------------------------------
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def D(y, m, d, h, mi):
    return dt.datetime(y, m, d, h, mi)


def _ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def fr_long(d):
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def en_long_uk(d):
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def en_long_us(d):
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {_ampm(d)}"


# ---------------------------------------------------------------------------
# people on the mailbox side (Relance customers) with their own signatures
# ---------------------------------------------------------------------------
class U:
    def __init__(self, name, addr, sig):
        self.name, self.addr, self.sig = name, addr, sig.strip("\n").split("\n")

    def to_json(self):
        return {"address": self.addr, "name": self.name}


PAUL = U("Paul Girard", "paul.girard@novaterre-conseil.fr", """
Paul Girard
Chargé d'affaires Agri & Agro
Novaterre Conseil
12 quai Perrache, 69002 Lyon
Tél. +33 4 78 92 16 40 | Mob. +33 6 48 27 90 15
www.novaterre-conseil.fr
""")
CLAIRE = U("Claire Mercier", "claire.mercier@cybelis.fr", """
Claire Mercier
Ingénieure commerciale – Secteur public & industrie
Cybelis
47 rue de Chabrol – 75010 Paris
+33 1 84 60 22 71
""")
ANTOINE = U("Antoine Lefèvre", "antoine.lefevre@lefevre-morin.fr", """
--
Antoine Lefèvre
Associé – Transmission & croissance externe
Lefèvre & Morin Conseil
31 cours de l'Intendance, 33000 Bordeaux
05 56 44 81 20
""")
NADIA = U("Nadia Benali", "nadia@imprimo.fr", """
Nadia Benali
Business Developer | Imprimo
06 12 40 77 85
imprimo.fr
""")
THOMAS = U("Thomas Vandenberghe", "thomas.vandenberghe@kelvia.be", """
Thomas Vandenberghe
Account Manager – Kelvia SA
Avenue Louise 326, 1050 Bruxelles
+32 2 640 18 72 – +32 478 21 90 44
""")
SOPHIE = U("Sophie Keller", "sophie.keller@alpinvest.ch", """
Sophie Keller
Conseillère entreprises
Alpinvest Conseil SA
Avenue de Rhodanie 58, 1007 Lausanne
T +41 21 613 44 80
""")
LUC = U("Luc Weber", "luc.weber@fiducianord.lu", """
Luc Weber
Chargé de relation clients
Fiducia Nord S.à r.l.
2, rue de l'Eau, L-1449 Luxembourg
+352 26 48 31 1
""")
MAROY = U("Marc-Antoine Roy", "ma.roy@conseilboreal.ca", """
Marc-Antoine Roy
Directeur, développement des affaires
Groupe Conseil Boréal inc.
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8
514 392-7710, poste 214
""")
AMINATA = U("Aminata Sow", "aminata.sow@terangaleasing.sn", """
Aminata Sow
Chargée de clientèle Entreprises
Teranga Leasing SA – Dakar
+221 33 889 40 12
""")
SERGE = U("Serge Kouamé", "serge.kouame@ebene-solutions.ci", """
Serge Kouamé
Responsable commercial
Ébène Solutions
Abidjan-Plateau, Avenue Chardy
+225 27 20 22 41 90
""")
HANNAH = U("Hannah Cole", "hannah.cole@northgateanalytics.co.uk", """
Hannah Cole
Senior Account Executive
Northgate Analytics Ltd
20 Farringdon Road, London EC1M 3HE
T: +44 20 3865 1192  M: +44 7842 610 338
northgateanalytics.co.uk
""")
DEREK = U("Derek Lawson", "dlawson@brightwatersys.com", """
Derek Lawson | Regional Sales Director
Brightwater Systems, Inc.
1700 Lincoln St, Suite 2400, Denver, CO 80203
(303) 861-4470
""")
PRIYA = U("Priya Nair", "priya.nair@meridianadvisory.com.au", """
Priya Nair
Client Partner
Meridian Advisory Pty Ltd
Level 9, 60 Margaret Street, Sydney NSW 2000
P (02) 8214 6650 | M 0419 337 208
""")
ROHAN = U("Rohan Mehta", "rohan.mehta@vantageinsights.in", """
Rohan Mehta
Key Account Manager – South
Vantage Insights Pvt. Ltd.
+91 80 4718 2260 | +91 99001 42587
""")
SIOBHAN = U("Siobhan Kelly", "siobhan.kelly@ardmorepartners.ie", """
Siobhan Kelly
Business Development Lead
Ardmore Partners
+353 1 661 9040
""")
LIAM = U("Liam Carter", "liam.carter@northline.ca", """
Liam Carter
Partnerships Manager, Northline Software Inc.
416-977-3120 ext. 311
""")
MERE = U("Mere Walker", "mere.walker@kowhaiconsulting.co.nz", """
Mere Walker
Account Director | Kōwhai Consulting
+64 9 309 5512
""")
OLIVER = U("Oliver Grant", "oliver.grant@caledontf.co.uk", """
Oliver Grant
Relationship Manager
Caledon Trade Finance Ltd
0131 225 7781
""")


# ---------------------------------------------------------------------------
# quoted-history helpers
# ---------------------------------------------------------------------------
def msg(user, greeting, text, closing, sig=True):
    """The mailbox user's own earlier message, with the user's signature."""
    out = [greeting, ""] + text.strip("\n").split("\n") + [""]
    if closing:
        out.append(closing)
    if sig:
        out += user.sig
    return out


def gt(lines):
    return ["> " + l if l else ">" for l in lines]


def _to(sender):
    name, addr = sender
    return f"{name} <{addr}>"


def ol_fr(user, sender, d, subj, body, cc=None, rule=False, style="win"):
    out = ["________________________________"] if rule else []
    if style == "old":
        out += [f"De : {user.name} [mailto:{user.addr}]", f"Envoyé : {fr_long(d)}"]
    elif style == "mac":
        out += [f"De : {user.name} <{user.addr}>",
                f"Date : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M}"]
    elif style == "mobile":
        out += [f"De : {user.name} <{user.addr}>", f"Envoyé : {fr_long(d)}:{(d.minute * 7) % 60:02d}"]
    else:
        out += [f"De : {user.name} <{user.addr}>", f"Envoyé : {fr_long(d)}"]
    out.append(f"À : {_to(sender)}")
    if cc:
        out.append(f"Cc : {cc}")
    out += [f"Objet : {subj}", ""] + body
    return out


def ol_en(user, sender, d, subj, body, cc=None, rule=False, us=False, style="win"):
    out = ["________________________________"] if rule else []
    if style == "old":
        out += ["-----Original Message-----", f"From: {user.name} [mailto:{user.addr}]"]
    else:
        out += [f"From: {user.name} <{user.addr}>"]
    if style == "mobile":
        out.append(f"Sent: {EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} "
                   f"{(d.hour % 12 or 12)}:{d.minute:02d}:{(d.minute * 7) % 60:02d} {'AM' if d.hour < 12 else 'PM'}")
    else:
        out.append(f"Sent: {en_long_us(d) if us else en_long_uk(d)}")
    out.append(f"To: {_to(sender)}")
    if cc:
        out.append(f"Cc: {cc}")
    out += [f"Subject: {subj}", ""] + body
    return out


def gm_fr(user, d, body):
    return [f"Le {FR_DAYS_AB[d.weekday()]} {d.day} {FR_MONTHS_AB[d.month - 1]} {d.year} à {d:%H:%M}, "
            f"{user.name} <{user.addr}> a écrit :", ""] + gt(body)


def gm_fr_android(user, d, body):
    return [f"Le {FR_DAYS_AB[d.weekday()]} {d.day} {FR_MONTHS_AB[d.month - 1]} {d.year}, {d:%H:%M}, "
            f"{user.name} <{user.addr}> a écrit :", ""] + gt(body)


def gm_en(user, d, body, us=False):
    if us:
        head = (f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at "
                f"{_ampm(d)} {user.name} <{user.addr}> wrote:")
    else:
        head = (f"On {EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at "
                f"{d:%H:%M}, {user.name} <{user.addr}> wrote:")
    return [head, ""] + gt(body)


def gm_en_android(user, d, body):
    return [f"On {EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M} "
            f"{user.name}, <{user.addr}> wrote:", ""] + gt(body)


def ap_fr(user, d, body):
    return [f"Le {d.day} {FR_MONTHS_AB[d.month - 1]} {d.year} à {d:%H:%M}, {user.name} <{user.addr}> a écrit :",
            ""] + gt(body)


def ap_en(user, d, body, us=False):
    if us:
        head = f"On {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {_ampm(d)}, {user.name} <{user.addr}> wrote:"
    else:
        head = f"On {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {user.name} <{user.addr}> wrote:"
    return [head, ""] + gt(body)


def tb_fr(user, d, body):
    return [f"Le {d:%d/%m/%Y} à {d:%H:%M}, {user.name} a écrit :"] + gt(body)


def tb_en(user, d, body):
    return [f"On {d:%d/%m/%Y} {d:%H:%M}, {user.name} wrote:"] + gt(body)


# ---------------------------------------------------------------------------
# case registry
# ---------------------------------------------------------------------------
CASES = []
FIELD_ORDER = ["name", "title", "company", "email", "website", "linkedin", "address"]


def case(num, lang, client, slug, region, sender, user, new, quote, fields=None, phones=()):
    raw_lines = new.strip("\n").split("\n")
    lines, sig = [], []
    for i, l in enumerate(raw_lines):
        if l.startswith(MARK):
            sig.append(i)
            l = l[1:]
        lines.append(l)
    quote_start = None
    if quote:
        lines.append("")
        quote_start = len(lines)
        lines += quote
    f = {}
    for k in FIELD_ORDER:
        if fields and k in fields:
            f[k] = fields[k]
    if fields:
        extra = set(fields) - set(FIELD_ORDER)
        assert not extra, (num, extra)
    ph = []
    for raw, reg, typ in phones:
        assert typ in ("mobile", "landline", "fax"), (num, typ)
        n = phonenumbers.parse(raw, reg)
        assert phonenumbers.is_valid_number(n), (num, raw, reg)
        assert any(raw in lines[i] for i in sig), (num, "phone not in signature", raw)
        ph.append({"value": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), "type": typ})
    f["phones"] = ph
    CASES.append({
        "id": f"c{num:03d}-{lang}-{client}-{slug}",
        "lang": lang,
        "client": client,
        "region": region,
        "sender": {"address": sender[1], "name": sender[0]},
        "user": user.to_json(),
        "body": "\n".join(lines),
        "signature": sig,
        "fields": f,
        "_quote_start": quote_start,
        "_num": num,
    })


# ===========================================================================
# FRENCH-LANGUAGE CASES
# ===========================================================================

# 1 -- agricultural cooperative, surname in capitals, ZA address, Outlook
S = ("DURAND Jean-Pierre", "jp.durand@coop-valdesaone.fr")
case(1, "fr", "outlook", "cooperative-cereales", "FR", S, PAUL, """
Bonjour Monsieur Girard,

Suite à notre échange de mardi, je vous confirme que le conseil d'administration a validé le principe d'un accompagnement sur le financement du nouveau silo de Verdun-sur-le-Doubs.
Nous aurions besoin d'une première estimation avant le 15 mars pour la présenter en assemblée de section.

Je reste disponible pour une visite sur site la semaine prochaine.

Cordialement,

§Jean-Pierre DURAND
§Responsable Collecte & Approvisionnement
§Coopérative Agricole Val de Saône
§ZA des Grands Prés – 71350 Verdun-sur-le-Doubs
§Tél. : 03 85 91 42 17 – Port. : 06 71 28 45 93
§jp.durand@coop-valdesaone.fr

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer.
""", ol_fr(PAUL, S, D(2026, 2, 24, 16, 42), "RE: Projet silo – financement", msg(PAUL, "Bonjour Monsieur Durand,", """
Merci pour la visite de vendredi. Comme évoqué, nous pouvons vous accompagner sur le plan de financement du silo (prêt bonifié + subvention FEADER).
Pouvez-vous me confirmer que le conseil d'administration est d'accord sur le principe ?
""", "Bien cordialement,")),
     dict(name="Jean-Pierre DURAND", title="Responsable Collecte & Approvisionnement",
          company="Coopérative Agricole Val de Saône", email="jp.durand@coop-valdesaone.fr",
          address="ZA des Grands Prés – 71350 Verdun-sur-le-Doubs"),
     [("03 85 91 42 17", "FR", "landline"), ("06 71 28 45 93", "FR", "mobile")])

# 2 -- Belgian printing house, title – firm on one line, GSM label
S = ("Véronique Lambotte", "v.lambotte@imprimerie-lambotte.be")
case(2, "fr", "gmail", "imprimerie-liege", "BE", S, THOMAS, """
Bonjour Thomas,

Merci pour l'offre. Pour la maintenance des compresseurs et du groupe froid des presses offset, nous préférons un passage trimestriel plutôt que mensuel. Pouvez-vous revoir le chiffrage en ce sens ?

Bien à vous,

§Véronique Lambotte
§Directrice technique – Imprimerie Lambotte & Fils SRL
§Rue Saint-Léonard 212, 4000 Liège
§T +32 4 227 31 80 | GSM +32 475 63 18 02
§www.imprimerie-lambotte.be
""", gm_fr(THOMAS, D(2026, 3, 3, 9, 15), msg(THOMAS, "Bonjour Madame Lambotte,", """
Comme convenu, vous trouverez ci-joint notre offre de maintenance préventive pour l'atelier de la rue Saint-Léonard (visite mensuelle, pièces et main-d'œuvre incluses).
N'hésitez pas si vous souhaitez ajuster la fréquence.
""", "Bien à vous,")),
     dict(name="Véronique Lambotte", title="Directrice technique", company="Imprimerie Lambotte & Fils SRL",
          website="www.imprimerie-lambotte.be", address="Rue Saint-Léonard 212, 4000 Liège"),
     [("+32 4 227 31 80", "BE", "landline"), ("+32 475 63 18 02", "BE", "mobile")])

# 3 -- driving school, iPhone one-liner, no signature
S = ("Karim Haddad", "karim.haddad@autoecole-mistral.fr")
case(3, "fr", "iphone", "autoecole-sans-signature", "FR", S, NADIA, """
Ok pour jeudi 14h, je passe à l'agence.

Envoyé de mon iPhone
""", ap_fr(NADIA, D(2026, 3, 9, 18, 2), msg(NADIA, "Bonjour Karim,", """
Les BAT des nouvelles cartes de fidélité sont prêts. Je peux passer vous les montrer jeudi à 14h, ou vous venez à l'agence si c'est plus simple pour vous ?
""", "Bonne soirée,")),
     None, [])

# 4 -- Swiss ski lifts, Meilleures salutations, blank line inside block, national CH numbers
S = ("Stéphane Rey-Mermet", "s.reymermet@val-arpette.ch")
case(4, "fr", "outlook", "remontees-mecaniques", "CH", S, SOPHIE, """
Bonjour Madame Keller,

Nous avons bien reçu votre proposition concernant le refinancement de la télécabine des Planches. Notre conseil d'administration se réunit le 3 juin ; je vous tiendrai informée de sa décision dans la foulée.

Meilleures salutations

§Stéphane Rey-Mermet
§Directeur commercial et marketing

§Remontées Mécaniques du Val d'Arpette SA
§Route du Télésiège 4
§Case postale 48
§1937 Orsières
§Tél. 027 783 21 10
§Mobile 079 412 56 83
§info@val-arpette.ch | www.val-arpette.ch
""", ol_fr(SOPHIE, S, D(2026, 5, 12, 14, 20), "Refinancement TC Les Planches", msg(SOPHIE, "Monsieur Rey-Mermet,", """
Suite à notre rencontre à Orsières, je vous fais parvenir notre proposition de refinancement pour la télécabine des Planches, sur 12 ou 15 ans.
Je me tiens à votre disposition pour la présenter à votre conseil.
""", "Meilleures salutations")),
     dict(name="Stéphane Rey-Mermet", title="Directeur commercial et marketing",
          company="Remontées Mécaniques du Val d'Arpette SA", email="info@val-arpette.ch",
          website="www.val-arpette.ch", address="Route du Télésiège 4, Case postale 48, 1937 Orsières"),
     [("027 783 21 10", "CH", "landline"), ("079 412 56 83", "CH", "mobile")])

# 5 -- video game studio, colleague's mobile in body, " @ " separator, image link after block
S = ("Maxime Tessier", "maxime@pixelgarrigue.com")
case(5, "fr", "gmail", "studio-jeu-video", "FR", S, CLAIRE, """
Salut Claire,

Top, merci pour la démo d'hier. On a fait tourner l'agent sur nos serveurs de build, ça tient la charge sans souci.
Je te fais un retour plus complet lundi avec Léa (notre DevOps) ; tu peux déjà la joindre au 06 21 43 87 55 si tu as besoin de détails techniques.

A+
§Maxime Tessier · Lead Producer @ Pixel Garrigue
§06 52 17 84 30

[https://pixelgarrigue.com/mail/logo-pg-2026.png]
""", gm_fr(CLAIRE, D(2026, 4, 16, 17, 48), msg(CLAIRE, "Bonjour Maxime,", """
Merci encore pour votre temps cet après-midi. Comme promis, voici le lien vers la version d'essai de l'agent de détection, valable 30 jours.
Dites-moi si vos équipes rencontrent la moindre difficulté.
""", "Bonne soirée,")),
     dict(name="Maxime Tessier", title="Lead Producer", company="Pixel Garrigue"),
     [("06 52 17 84 30", "FR", "mobile")])

# 6 -- funeral services, group line + subsidiary, Télécopie, legal footer
S = ("Hélène Bourdais", "h.bourdais@pf-golfe.fr")
case(6, "fr", "outlook", "pompes-funebres", "FR", S, ANTOINE, """
Monsieur,

Je fais suite à votre courriel du 4 courant. Nous serons en mesure de vous transmettre les bilans 2025 de l'établissement de Vannes d'ici la fin du mois, une fois validés par notre expert-comptable.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

§Hélène Bourdais
§Directrice d'agence
§Groupe Armor Obsèques
§Pompes Funèbres du Golfe SARL
§14 avenue Victor Hugo
§56000 Vannes
§Tél : 02 97 47 12 60 (24h/24)
§Télécopie : 02 97 47 12 69

Pompes Funèbres du Golfe – SARL au capital de 40 000 € – RCS Vannes 512 894 307 – Habilitation préfectorale n° 19-56-0142
""", ol_fr(ANTOINE, S, D(2026, 6, 4, 11, 5), "Cession fonds de commerce – éléments financiers", msg(ANTOINE, "Madame,", """
Dans le cadre de l'étude de valorisation que vous nous avez confiée, pourriez-vous nous adresser les liasses fiscales 2024 et 2025 de l'établissement de Vannes ?
Je vous remercie par avance.
""", "Bien cordialement,"), style="old"),
     dict(name="Hélène Bourdais", title="Directrice d'agence", company="Pompes Funèbres du Golfe SARL",
          address="14 avenue Victor Hugo, 56000 Vannes"),
     [("02 97 47 12 60", "FR", "landline"), ("02 97 47 12 69", "FR", "fax")])

# 7 -- trade union, Cdlt, initial + Ould, Android
S = ("Rachid Ould Ahmed", "r.ouldahmed@sgpta.org")
case(7, "fr", "android", "syndicat-aerien", "FR", S, CLAIRE, """
Bonjour,
Bien reçu, je transmets au bureau fédéral.
Cdlt
§R. Ould Ahmed
§Secrétaire fédéral – SGPTA
§07 68 42 15 90

Envoyé depuis mon appareil Galaxy
""", gm_fr_android(CLAIRE, D(2026, 1, 19, 8, 31), msg(CLAIRE, "Bonjour Monsieur Ould Ahmed,", """
Pour faire suite à la réunion du 12 janvier, je vous adresse notre proposition de sensibilisation au phishing pour les permanents du syndicat (4 sessions de 2 heures).
""", "Cordialement,")),
     dict(name="R. Ould Ahmed", title="Secrétaire fédéral", company="SGPTA"),
     [("07 68 42 15 90", "FR", "mobile")])

# 8 -- Senegal shipping agent, N'DIAYE, Immeuble, BP, image placeholder
S = ("Mamadou Lamine N'Diaye", "ml.ndiaye@senemar.sn")
case(8, "fr", "outlook", "consignation-dakar", "SN", S, AMINATA, """
Bonjour Madame Sow,

Je vous remercie pour votre retour rapide. Vous trouverez ci-joint les états financiers certifiés 2025 ainsi que la liste du matériel de manutention à financer (2 reach stackers et 1 chariot élévateur de 32 t).

Dans l'attente de votre proposition, je vous prie d'agréer mes meilleures salutations.

§Mamadou Lamine N'DIAYE
§Directeur Administratif et Financier
§SÉNÉMAR Consignation SA
§Immeuble Fayçal, 4e étage – Avenue Hassan II
§BP 3165 Dakar – Sénégal
§Tél. : +221 33 849 71 20 / Cell. : +221 77 645 18 32
§www.senemar.sn
[cid:image001.png@01DC8E2A.41F3B6D0]
""", ol_fr(AMINATA, S, D(2026, 2, 10, 10, 12), "RE: Crédit-bail matériel portuaire", msg(AMINATA, "Monsieur N'Diaye,", """
Merci pour notre entretien de ce matin. Afin d'instruire votre demande de crédit-bail, pouvez-vous nous transmettre vos états financiers des deux derniers exercices ainsi que la liste précise du matériel ?
""", "Cordialement,"), rule=True),
     dict(name="Mamadou Lamine N'DIAYE", title="Directeur Administratif et Financier",
          company="SÉNÉMAR Consignation SA", website="www.senemar.sn",
          address="Immeuble Fayçal, 4e étage – Avenue Hassan II, BP 3165 Dakar – Sénégal"),
     [("+221 33 849 71 20", "SN", "landline"), ("+221 77 645 18 32", "SN", "mobile")])

# 9 -- Ivorian cocoa cooperative, national 10-digit numbers, Lot address, gmail address
S = ("COOPAG Soubré", "coopag.soubre@gmail.com")
case(9, "fr", "gmail", "cooperative-cacao", "CI", S, SERGE, """
Bonsoir M. Kouamé,

Merci pour la rencontre de ce matin. Comme convenu, je vous envoie le calendrier de la campagne intermédiaire. Les premières livraisons au port de San-Pedro sont prévues vers le 20 mai, sous réserve de la pluviométrie.

Bien cordialement,

§Adjoua Bamba épouse Koné
§Présidente du Conseil d'Administration
§COOPAG Soubré SCOOPS
§Lot 12, Cité Administrative, Soubré
§Cel : 07 58 42 19 33 / 05 44 71 26 08
§coopag.soubre@gmail.com
""", gm_fr(SERGE, D(2026, 4, 28, 13, 30), msg(SERGE, "Madame la Présidente,", """
Merci de nous recevoir demain à Soubré. Pourriez-vous nous communiquer le calendrier prévisionnel de la campagne intermédiaire, afin que nous calibrions la solution de traçabilité ?
""", "Bien respectueusement,")),
     dict(name="Adjoua Bamba épouse Koné", title="Présidente du Conseil d'Administration",
          company="COOPAG Soubré SCOOPS", email="coopag.soubre@gmail.com",
          address="Lot 12, Cité Administrative, Soubré"),
     [("07 58 42 19 33", "CI", "mobile"), ("05 44 71 26 08", "CI", "mobile")])

# 10 -- biotech, Pr + PhD, two roles in one title, Parc d'innovation, legal footer
S = ("Mathilde Oberlin", "m.oberlin@oberlin-tx.com")
case(10, "fr", "outlook", "biotech-strasbourg", "FR", S, ANTOINE, """
Cher Monsieur Lefèvre,

Merci pour votre note sur les options de cession partielle. Avant d'aller plus loin, j'aimerais que notre directrice financière, Mme Schaller, participe à la prochaine réunion.
Pouvez-vous proposer deux créneaux entre le 8 et le 12 juin ?

Bien à vous,

§Pr Mathilde Oberlin, PhD
§Fondatrice et Directrice scientifique
§Oberlin Therapeutics SAS
§Parc d'Innovation – 300 boulevard Sébastien Brant
§67400 Illkirch-Graffenstaden
§+33 3 88 65 47 20
§m.oberlin@oberlin-tx.com

Oberlin Therapeutics SAS au capital de 1 250 000 euros – RCS Strasbourg 841 203 557 – N° TVA FR27 841203557
Ce courriel peut contenir des informations confidentielles ou couvertes par le secret des affaires.
""", ol_fr(ANTOINE, S, D(2026, 5, 27, 19, 3), "Oberlin Tx – options de cession partielle", msg(ANTOINE, "Madame la Professeure,", """
Vous trouverez en pièce jointe la note comparant les trois options discutées (cession minoritaire, LBO de reprise, adossement industriel).
Je suggère que nous en discutions de vive voix d'ici mi-juin.
""", "Bien à vous,"), style="mac"),
     dict(name="Mathilde Oberlin", title="Fondatrice et Directrice scientifique",
          company="Oberlin Therapeutics SAS", email="m.oberlin@oberlin-tx.com",
          address="Parc d'Innovation – 300 boulevard Sébastien Brant, 67400 Illkirch-Graffenstaden"),
     [("+33 3 88 65 47 20", "FR", "landline")])

# 11 -- vineyard, first name only, iPhone
S = ("Arnaud Vidal", "arnaud@chateau-lesclauzes.fr")
case(11, "fr", "iphone", "vignoble-prenom", "FR", S, PAUL, """
Parfait, merci Paul. On se cale ça mardi matin au chai.

§Arnaud

Envoyé de mon iPhone
""", ap_fr(PAUL, D(2026, 9, 2, 21, 14), msg(PAUL, "Bonsoir Arnaud,", """
J'ai reçu l'accord de principe de la banque pour le financement du nouveau cuvier inox. Je peux passer vous présenter les conditions mardi ou mercredi, selon vos vendanges.
""", "Bonne soirée,")),
     dict(name="Arnaud"), [])

# 12 -- Belgian NGO, "chez", asbl, Skype line, unlabelled BE numbers, website with https
S = ("Nathalie Dumont-Lejeune", "n.dumont@solidarite-sahel.be")
case(12, "fr", "outlook", "ong-entrepots", "BE", S, THOMAS, """
Bonjour Monsieur Vandenberghe,

Pour faire suite à votre visite, je vous confirme notre intérêt pour l'audit énergétique de nos deux entrepôts de Vilvorde. Notre budget étant voté par l'assemblée générale, l'intervention ne pourra toutefois pas démarrer avant septembre.

Je vous souhaite une bonne journée,

§Nathalie Dumont-Lejeune
§Coordinatrice logistique chez Solidarité Sahel asbl
§Rue des Palais 44 bte 3 – 1030 Schaerbeek
§02 218 44 67 – 0486 71 20 38
§Skype : ndumont.solsahel
§https://www.solidarite-sahel.be

Solidarité Sahel asbl – N° d'entreprise 0412.866.590 – IBAN BE71 0961 2345 6769
Pensez à l'environnement avant d'imprimer ce courriel.
""", ol_fr(THOMAS, S, D(2026, 6, 18, 15, 40), "Audit énergétique – entrepôts de Vilvorde", msg(THOMAS, "Madame Dumont-Lejeune,", """
Merci pour l'accueil de ce matin à Vilvorde. Comme promis, je vous envoie notre proposition d'audit énergétique pour les deux entrepôts, avec une option de suivi des consommations sur 12 mois.
""", "Cordialement,")),
     dict(name="Nathalie Dumont-Lejeune", title="Coordinatrice logistique", company="Solidarité Sahel asbl",
          website="https://www.solidarite-sahel.be", address="Rue des Palais 44 bte 3 – 1030 Schaerbeek"),
     [("02 218 44 67", "BE", "landline"), ("0486 71 20 38", "BE", "mobile")])

# 13 -- Québec dental lab, poste, Téléc., toll-free, office closure notice
S = ("Isabelle Gagnon", "igagnon@labgagnonpelletier.ca")
case(13, "fr", "gmail", "laboratoire-dentaire-quebec", "CA", S, MAROY, """
Bonjour Marc-Antoine,

Merci pour les documents. J'ai deux questions avant de signer :
1) Est-ce que la clause de non-concurrence s'applique aussi au laboratoire de Lévis?
2) Le paiement du solde peut-il être étalé sur 24 mois?

Au plaisir,

§Isabelle Gagnon, DMD
§Présidente
§Laboratoire dentaire Gagnon-Pelletier inc.
§2875, boulevard Laurier, bureau 340
§Québec (Québec) G1V 2M2
§Tél. : 418 653-2290, poste 102
§Téléc. : 418 653-2291
§Sans frais : 1 877 653-2290

Veuillez noter que nos bureaux seront fermés du 24 décembre au 5 janvier inclusivement.
""", gm_fr(MAROY, D(2026, 12, 10, 11, 25), msg(MAROY, "Bonjour Madame Gagnon,", """
Vous trouverez ci-joint la lettre d'intention révisée ainsi que le projet de convention d'achat d'actions. Je suis disponible jeudi pour en discuter avec votre comptable.
""", "Cordialement,")),
     dict(name="Isabelle Gagnon", title="Présidente", company="Laboratoire dentaire Gagnon-Pelletier inc.",
          address="2875, boulevard Laurier, bureau 340, Québec (Québec) G1V 2M2"),
     [("418 653-2290", "CA", "landline"), ("418 653-2291", "CA", "fax"), ("1 877 653-2290", "CA", "landline")])

# 14 -- Luxembourg data centre, "--" separator, name | title, S.à r.l.
S = ("Yannick Schmitt", "yannick.schmitt@luxnode.lu")
case(14, "fr", "outlook", "datacenter-luxembourg", "LU", S, LUC, """
Bonjour Luc,

Je vous confirme que nous pouvons signer la lettre de mission pour la clôture 2026. En revanche, nous souhaiterions que la revue TVA soit chiffrée séparément, car elle dépend du budget du groupe.

Bien cordialement,
--
§Yannick SCHMITT | CFO
§LuxNode Datacenters S.à r.l.
§Zone d'activités Bourmicht, 8070 Bertrange
§T. +352 27 86 45 20 / M. +352 691 384 552
§yannick.schmitt@luxnode.lu
""", ol_fr(LUC, S, D(2026, 10, 6, 9, 55), "Lettre de mission – exercice 2026", msg(LUC, "Bonjour Monsieur Schmitt,", """
Je vous prie de trouver ci-joint notre lettre de mission pour l'exercice 2026, incluant la revue TVA trimestrielle. Merci de nous la retourner signée si elle vous convient.
""", "Meilleures salutations,")),
     dict(name="Yannick SCHMITT", title="CFO", company="LuxNode Datacenters S.à r.l.",
          email="yannick.schmitt@luxnode.lu", address="Zone d'activités Bourmicht, 8070 Bertrange"),
     [("+352 27 86 45 20", "LU", "landline"), ("+352 691 384 552", "LU", "mobile")])

# 15 -- Tunisian olive oil exporter, firm only in domain, WhatsApp, banner image
S = ("Karim Ben Salah", "k.bensalah@zitouna-gold.tn")
case(15, "fr", "gmail", "export-huile-olive", "FR", S, NADIA, """
Bonjour Madame Benali,

Nous avons bien reçu vos échantillons d'étiquettes. La qualité d'impression est très bonne, mais le doré est un peu terne sur le papier texturé. Est-il possible de faire un nouvel essai avec un film plus brillant ?

Salutations,

§Karim Ben Salah
§Directeur Export
§Tél. : +216 71 842 310
§Mobile/WhatsApp : +216 98 417 552
§www.zitouna-gold.tn

[https://www.zitouna-gold.tn/img/signature-banner-salon-sial.jpg]
""", gm_fr(NADIA, D(2026, 9, 21, 16, 0), msg(NADIA, "Bonjour Monsieur Ben Salah,", """
Les échantillons d'étiquettes (3 finitions) sont partis vendredi par DHL. Vous devriez les recevoir en début de semaine à Tunis.
""", "Bien cordialement,")),
     dict(name="Karim Ben Salah", title="Directeur Export", website="www.zitouna-gold.tn"),
     [("+216 71 842 310", "TN", "landline"), ("+216 98 417 552", "TN", "mobile")])

# 16 -- defence subcontractor, Col. (ER), department line, CS + Cedex, long footer
S = ("Bertrand de La Villemarqué", "bertrand.delavillemarque@deftec-systemes.fr")
case(16, "fr", "outlook", "sous-traitant-defense", "FR", S, CLAIRE, """
Madame,

Je vous remercie de votre présentation. Compte tenu des exigences de sécurité applicables à nos programmes, toute solution devra être hébergée sur un cloud qualifié SecNumCloud. Pouvez-vous me confirmer ce point par écrit ?

Cordialement.

§Col. (ER) Bertrand de La Villemarqué
§Directeur de la sûreté et de la conformité
§DEFTEC Systèmes
§Direction Sûreté
§1 rue des Frères Lumière – CS 50212
§78374 Plaisir Cedex
§Ligne directe : +33 1 30 79 64 12
§Std : +33 1 30 79 64 00

AVERTISSEMENT : Ce message et ses pièces jointes peuvent contenir des informations relevant de la Diffusion Restreinte ou soumises à la réglementation sur le contrôle des exportations. Toute diffusion non autorisée est interdite.
DEFTEC Systèmes – SAS au capital de 12 500 000 € – Siège social : 1 rue des Frères Lumière, 78370 Plaisir – RCS Versailles 392 117 840
""", ol_fr(CLAIRE, S, D(2026, 3, 17, 18, 20), "Cybelis – supervision de sécurité", msg(CLAIRE, "Mon Colonel,", """
Merci pour le temps accordé lors de notre présentation. Vous trouverez ci-joint le support ainsi que la fiche technique de notre offre de supervision managée.
""", "Bien respectueusement,"), cc="Sécurité SI DEFTEC <ssi@deftec-systemes.fr>"),
     dict(name="Bertrand de La Villemarqué", title="Directeur de la sûreté et de la conformité",
          company="DEFTEC Systèmes", address="1 rue des Frères Lumière – CS 50212, 78374 Plaisir Cedex"),
     [("+33 1 30 79 64 12", "FR", "landline"), ("+33 1 30 79 64 00", "FR", "landline")])

# 17 -- translation bureau SCOP, Thunderbird "-- " delimiter
S = ("Élodie Marchetti-Santoni", "e.marchetti@babelouest.coop")
case(17, "fr", "other", "bureau-traduction-scop", "FR", S, NADIA, """
Bonjour Nadia,

Je vous renvoie le fichier corrigé : la version néerlandaise comportait une coquille au verso (« bestellen » au lieu de « bestelling »). Le reste est validé de notre côté.

Bonne journée,

-- 
§Élodie Marchetti-Santoni
§Cheffe de projet localisation
§Traductions Babel'Ouest SCOP SA
§3 rue Kervégan, 44000 Nantes
§02 40 12 86 33
§https://babelouest.coop
""", tb_fr(NADIA, D(2026, 4, 14, 10, 22), msg(NADIA, "Bonjour Élodie,", """
Pouvez-vous relire la version néerlandaise du dépliant avant envoi chez l'imprimeur ? Le BAT doit partir jeudi.
""", "Merci !")),
     dict(name="Élodie Marchetti-Santoni", title="Cheffe de projet localisation",
          company="Traductions Babel'Ouest SCOP SA", website="https://babelouest.coop",
          address="3 rue Kervégan, 44000 Nantes"),
     [("02 40 12 86 33", "FR", "landline")])

# 18 -- Swiss luxury watch boutique, initials only
S = ("Jean-Philippe Dufaux", "jp.dufaux@maison-dufaux.ch")
case(18, "fr", "iphone", "horlogerie-initiales", "CH", S, SOPHIE, """
Bonjour Sophie,
Je valide. Merci de m'envoyer le contrat en 2 exemplaires.
§JPD

Envoyé de mon iPhone
""", ap_fr(SOPHIE, D(2026, 7, 1, 8, 45), msg(SOPHIE, "Cher Monsieur Dufaux,", """
Suite à notre échange, je vous confirme les conditions de la ligne de crédit pour l'ouverture de la boutique de Gstaad : CHF 1,2 million sur 7 ans.
Puis-je préparer le contrat ?
""", "Meilleures salutations")),
     None, [])

# 19 -- municipal water utility, surname first in capitals, Fax, service number in footer
S = ("LECLERCQ Damien", "d.leclercq@eaux-paysdegex.fr")
case(19, "fr", "outlook", "regie-des-eaux", "FR", S, CLAIRE, """
Bonjour,

Veuillez trouver ci-joint le cahier des charges de la consultation pour la supervision des réservoirs et stations de pompage.
Date limite de remise des offres : 30 septembre 2026, 12h00, exclusivement via la plateforme des marchés publics.

Salutations

§LECLERCQ Damien
§Responsable du service Exploitation
§Régie des Eaux du Pays de Gex
§Tel : 04 50 41 62 30
§Portable : 06 33 80 14 72
§Fax : 04 50 41 62 39
[cid:image002.png@01DCA1F4.0B62E310]
Pour toute question relative à votre facture d'eau, contactez le service abonnés au 04 50 41 62 00 (du lundi au vendredi, 8h30-12h).
""", ol_fr(CLAIRE, S, D(2026, 8, 27, 14, 2), "Consultation supervision réservoirs", msg(CLAIRE, "Monsieur Leclercq,", """
Nous avons vu passer l'avis de consultation pour la supervision de vos réservoirs. Pourriez-vous nous transmettre le cahier des charges ?
""", "Cordialement,"), rule=True),
     dict(name="LECLERCQ Damien", title="Responsable du service Exploitation",
          company="Régie des Eaux du Pays de Gex"),
     [("04 50 41 62 30", "FR", "landline"), ("06 33 80 14 72", "FR", "mobile"), ("04 50 41 62 39", "FR", "fax")])

# 20 -- Senegal airline cargo desk, national numbers read in SN, Merci d'avance
S = ("Ousmane Fall", "ousmane.fall@airteranga-cargo.sn")
case(20, "fr", "gmail", "fret-aerien-dakar", "SN", S, AMINATA, """
Bonjour Aminata,

Comme discuté au téléphone, le dossier de crédit-bail pour les deux chariots élévateurs est complet de notre côté. Il manque seulement l'attestation de régularité fiscale, que la DGID doit nous délivrer cette semaine.

Merci d'avance,

§Ousmane Fall
§Chef d'escale Fret – Air Téranga Cargo
§Aéroport International Blaise Diagne, Zone Fret, Diass
§Bureau : 33 939 52 18
§Mobile : 77 512 60 94
""", gm_fr(AMINATA, D(2026, 5, 5, 12, 40), msg(AMINATA, "Bonjour Monsieur Fall,", """
Pour finaliser l'instruction, il nous manque encore l'attestation de régularité fiscale et le dernier bilan certifié.
""", "Cordialement,")),
     dict(name="Ousmane Fall", title="Chef d'escale Fret", company="Air Téranga Cargo",
          address="Aéroport International Blaise Diagne, Zone Fret, Diass"),
     [("33 939 52 18", "SN", "landline"), ("77 512 60 94", "SN", "mobile")])

# 21 -- driving-school network, "Name – Title" on one line, emoji labels, calendly + social line
S = ("Sandrine Alvès", "s.alves@conduiteplus.fr")
case(21, "fr", "outlook", "reseau-auto-ecoles", "FR", S, NADIA, """
Bonjour Madame Benali,

Oui, nous sommes intéressés par des flyers pour nos 6 agences (environ 15 000 exemplaires). Je vous propose d'en parler de vive voix, vous pouvez réserver un créneau directement dans mon agenda.

Belle journée,

§Sandrine Alvès – Gérante
§Auto-École Conduite Plus SARL
§📞 02 99 31 40 55
§📱 06 80 14 92 37
§✉ s.alves@conduiteplus.fr

📅 Prendre rendez-vous : https://calendly.com/sandrine-alves-conduiteplus/30min
Suivez-nous : Facebook | Instagram | TikTok
""", ol_fr(NADIA, S, D(2026, 1, 26, 10, 10), "Supports de communication rentrée", msg(NADIA, "Bonjour Madame Alvès,", """
Je me permets de vous contacter au sujet de vos supports imprimés : Imprimo permet de commander flyers et affiches pour toutes vos agences depuis une seule plateforme.
Seriez-vous disponible pour un échange de 20 minutes ?
""", "Bien cordialement,")),
     dict(name="Sandrine Alvès", title="Gérante", company="Auto-École Conduite Plus SARL",
          email="s.alves@conduiteplus.fr"),
     [("02 99 31 40 55", "FR", "landline"), ("06 80 14 92 37", "FR", "mobile")])

# 22 -- Belgian football club, Bàv, first name + title–firm + GSM, Android
S = ("Geert Van Damme", "geert.vandamme@rfcunionnamur.be")
case(22, "fr", "android", "club-football", "BE", S, THOMAS, """
Bonjour Thomas,
Ok pour le devis, tu peux lancer la commande des pompes à chaleur.
Bàv
§Geert
§Gestionnaire infrastructures – RFC Union Namur ASBL
§0477 31 62 08

Envoyé de mon smartphone Samsung Galaxy.
""", gm_fr_android(THOMAS, D(2026, 7, 20, 16, 12), msg(THOMAS, "Salut Geert,", """
Voici le devis actualisé pour les pompes à chaleur des vestiaires (2 unités de 16 kW, pose comprise). Si c'est bon pour toi, je lance la commande.
""", "Bonne journée,")),
     dict(name="Geert", title="Gestionnaire infrastructures", company="RFC Union Namur ASBL"),
     [("0477 31 62 08", "BE", "mobile")])

# 23 -- Swiss foundation, Dr, title on two lines, pronouns line, Outlook Mac header
S = ("Salomé Hug-Nyffeler", "salome.hug@eauvive-leman.org")
case(23, "fr", "outlook", "fondation-geneve", "CH", S, SOPHIE, """
Madame Keller,

Je vous remercie pour votre disponibilité lors de notre entretien. Vous trouverez en pièce jointe les comptes annuels audités 2025 de la Fondation ainsi que le budget prévisionnel 2027.

Avec mes meilleures salutations,

§Dr Salomé Hug-Nyffeler
§Responsable des finances et de l'administration
§des programmes Afrique de l'Ouest
§Fondation Eau Vive Léman
§Rue de Lausanne 64 | 1202 Genève
§+41 22 733 18 40
§salome.hug@eauvive-leman.org
§Pronoms : elle/la
""", ol_fr(SOPHIE, S, D(2026, 3, 25, 17, 15), "Placement de la réserve de trésorerie", msg(SOPHIE, "Madame Hug-Nyffeler,", """
Afin de préparer notre proposition de gestion de votre réserve de trésorerie, pourriez-vous me transmettre vos derniers comptes audités ainsi que votre budget prévisionnel ?
""", "Meilleures salutations"), style="mac"),
     dict(name="Salomé Hug-Nyffeler",
          title="Responsable des finances et de l'administration des programmes Afrique de l'Ouest",
          company="Fondation Eau Vive Léman", email="salome.hug@eauvive-leman.org",
          address="Rue de Lausanne 64 | 1202 Genève"),
     [("+41 22 733 18 40", "CH", "landline")])

# 24 -- vineyard GIE, no closing word, unlabelled numbers, award line
S = ("François-Xavier Lurton-Baudry", "fx.lurton@vigneronscotesdebourg.fr")
case(24, "fr", "gmail", "gie-vignerons", "FR", S, ANTOINE, """
Bonjour Antoine,

Je vous joins les trois derniers bilans du GIE. Pour la question de la transmission, mon fils ne reprendra pas avant 2028, on pourra en reparler à ce moment-là, mais l'évaluation m'intéresse quand même dès maintenant.

Bonnes vendanges à vous aussi (enfin, façon de parler !)

§François-Xavier Lurton-Baudry
§Président
§GIE Vignerons des Côtes de Bourg
§Lieu-dit Le Pain de Sucre, 33710 Bourg
§05 57 68 42 11 – 06 07 24 83 50
§vigneronscotesdebourg.fr

🏅 Médaille d'or – Concours Général Agricole 2026 (Côtes de Bourg rouge 2023)
""", gm_fr(ANTOINE, D(2026, 9, 15, 8, 20), msg(ANTOINE, "Bonjour Monsieur Lurton-Baudry,", """
Pour avancer sur l'évaluation, pourriez-vous m'envoyer les bilans du GIE sur les trois derniers exercices ? Et bonnes vendanges !
""", "Bien à vous,")),
     dict(name="François-Xavier Lurton-Baudry", title="Président", company="GIE Vignerons des Côtes de Bourg",
          website="vigneronscotesdebourg.fr", address="Lieu-dit Le Pain de Sucre, 33710 Bourg"),
     [("05 57 68 42 11", "FR", "landline"), ("06 07 24 83 50", "FR", "mobile")])

# 25 -- trade mission, M. + capitals, colleague's foreign number in body
S = ("Jean-Baptiste Ndong Obiang", "jb.ndong@mission-gabon.fr")
case(25, "fr", "outlook", "mission-economique", "FR", S, PAUL, """
Monsieur Girard,

Au nom de la Mission, je vous remercie pour votre participation au séminaire sur les filières agro-industrielles.
Comme convenu, je vous mets en relation avec M. Olivier Mba, directeur de la coopérative de Bitam (en copie), joignable au +241 77 45 12 08.

Très cordialement,

§M. Jean-Baptiste NDONG OBIANG
§Attaché commercial
§Mission Économique du Gabon en France
§26 bis avenue Raphaël, 75016 Paris
§Tél. +33 1 45 24 61 30
§jb.ndong@mission-gabon.fr
""", ol_fr(PAUL, S, D(2026, 10, 14, 18, 5), "Séminaire filières agro-industrielles – suite", msg(PAUL, "Monsieur l'Attaché,", """
Merci pour l'organisation du séminaire de ce matin. Je serais ravi d'être mis en relation avec les coopératives de la province du Woleu-Ntem évoquées lors de la table ronde.
""", "Bien cordialement,")),
     dict(name="Jean-Baptiste NDONG OBIANG", title="Attaché commercial",
          company="Mission Économique du Gabon en France", email="jb.ndong@mission-gabon.fr",
          address="26 bis avenue Raphaël, 75016 Paris"),
     [("+33 1 45 24 61 30", "FR", "landline")])

# 26 -- Québec cheese dairy, iPhone, no signature
S = ("Julie Tremblay", "jtremblay@fromageriesaintroch.ca")
case(26, "fr", "iphone", "fromagerie-sans-signature", "CA", S, MAROY, """
Oui c'est beau pour moi, on se voit à 10 h au bureau.

Envoyé de mon iPhone
""", ap_fr(MAROY, D(2026, 10, 7, 16, 20), msg(MAROY, "Bonjour Julie,", """
Est-ce que jeudi 10 h vous conviendrait pour revoir ensemble le plan de relève de la fromagerie ? Je serai à nos bureaux de Québec.
""", "Bonne fin de journée,")),
     None, [])

# 27 -- luxury maison, department after " | ", unlabelled +33 numbers, banner
S = ("Astrid de Montalembert-Vigier", "astrid.demontalembert@maisonvigier.com")
case(27, "fr", "outlook", "maison-luxe", "FR", S, CLAIRE, """
Chère Claire,

Merci pour le rapport d'audit. Nous souhaiterions organiser une restitution avec notre DSI la semaine du 16 novembre, idéalement en présentiel rue du Faubourg Saint-Honoré.

Bien à vous,

§Astrid de Montalembert-Vigier
§Directrice des opérations retail | Direction Europe
§Maison Vigier Paris
§+33 1 53 43 82 10
§+33 6 14 72 58 91
§astrid.demontalembert@maisonvigier.com

[cid:image003.jpg@01DD2B10.7FA4C5E0]
Découvrez la nouvelle collection Hiver 2026 – Boutique en ligne : maisonvigier.com/hiver
""", ol_fr(CLAIRE, S, D(2026, 10, 30, 12, 10), "Audit sécurité boutiques – rapport final", msg(CLAIRE, "Chère Madame,", """
Veuillez trouver ci-joint le rapport final de l'audit de sécurité des terminaux de vos boutiques européennes. Nous proposons une restitution d'une heure avec vos équipes.
""", "Bien cordialement,")),
     dict(name="Astrid de Montalembert-Vigier", title="Directrice des opérations retail",
          company="Maison Vigier Paris", email="astrid.demontalembert@maisonvigier.com"),
     [("+33 1 53 43 82 10", "FR", "landline"), ("+33 6 14 72 58 91", "FR", "mobile")])

# 28 -- rugby club, two positions after a dash, Sportivement, P.S.
S = ("Patrick Etcheverry", "p.etcheverry@acb-rugby.fr")
case(28, "fr", "gmail", "club-rugby", "FR", S, NADIA, """
Bonjour Nadia,

Le bureau a validé la commande des 2 000 programmes de match et des 40 bâches. On voudrait juste ajouter le logo du nouveau partenaire maillot (je t'envoie le fichier HD ce soir).

Sportivement,

§Patrick Etcheverry
§Président délégué – Trésorier
§Aviron Côte Basque Rugby
§Stade Jean-Dauger – allée du Stade, 64100 Bayonne
§06 89 12 47 33

P.S. : n'oublie pas de passer récupérer tes places pour le match contre Pau !
""", gm_fr(NADIA, D(2026, 8, 11, 9, 5), msg(NADIA, "Bonjour Patrick,", """
Je vous renvoie le devis final pour les programmes de match et les bâches de la saison 2026-2027. Il me faut juste la validation du bureau pour lancer.
""", "Sportivement aussi ;)")),
     dict(name="Patrick Etcheverry", title="Président délégué – Trésorier", company="Aviron Côte Basque Rugby",
          address="Stade Jean-Dauger – allée du Stade, 64100 Bayonne"),
     [("06 89 12 47 33", "FR", "mobile")])

# 29 -- data centre, +33 (0) format, firm in capitals, Teams meeting block
S = ("Rémi Châtelain", "remi.chatelain@datagrange.fr")
case(29, "fr", "outlook", "datacenter-lille", "FR", S, CLAIRE, """
Bonjour Claire,

Voici nos disponibilités pour l'atelier sécurité : mardi 9h-11h ou jeudi 14h-16h. J'ai déjà créé une réunion Teams sur le premier créneau, à confirmer de ton côté.

Cordialement,
§Rémi Châtelain
§Ingénieur avant-vente senior
§DATAGRANGE
§Campus Data – 5 avenue de l'Europe, 59290 Wasquehal
§+33 (0)3 20 64 71 88 | +33 (0)7 81 25 36 04

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4NDk2YjIt%40thread.v2/0>
ID de la réunion : 342 118 905 773
Code secret : bX7mQ2
________________________________________________________________________________
""", ol_fr(CLAIRE, S, D(2026, 11, 12, 15, 30), "Atelier sécurité – créneaux", msg(CLAIRE, "Bonjour Rémi,", """
Pour l'atelier sécurité avec vos équipes d'exploitation, peux-tu me donner deux créneaux la semaine prochaine ?
""", "Merci !")),
     dict(name="Rémi Châtelain", title="Ingénieur avant-vente senior", company="DATAGRANGE",
          address="Campus Data – 5 avenue de l'Europe, 59290 Wasquehal"),
     [("+33 (0)3 20 64 71 88", "FR", "landline"), ("+33 (0)7 81 25 36 04", "FR", "mobile")])

# 30 -- forward with a note from a CUMA; the forwarded supplier signature is history
S = ("Bruno Cazals", "bruno.cazals@cuma-valleedulot.fr")
case(30, "fr", "outlook", "cuma-transfert", "FR", S, PAUL, """
Paul,

Je te transfère la réponse de notre fournisseur de séchoirs. Peux-tu regarder le tableau d'amortissement proposé ? Ça me semble cher pour une CUMA de notre taille.

Merci,
§Bruno Cazals | Directeur | CUMA de la Vallée du Lot
§06 42 19 73 58
""", ["________________________________",
      "De : Sylvie Marty <s.marty@agri-sechage.fr>",
      "Envoyé : " + fr_long(D(2026, 9, 7, 9, 12)),
      "À : Bruno Cazals <bruno.cazals@cuma-valleedulot.fr>",
      "Objet : Offre séchoir SV-40 – financement",
      "",
      "Bonjour Monsieur Cazals,",
      "",
      "Suite à votre demande, voici notre proposition de location avec option d'achat pour le séchoir SV-40 (84 mensualités).",
      "Je reste à votre disposition pour toute question.",
      "",
      "Cordialement,",
      "Sylvie Marty",
      "Technico-commerciale Sud-Ouest",
      "Agri Séchage SAS",
      "ZI de Capdenac – 12700 Capdenac-Gare",
      "Tél. 05 65 64 18 20 – Port. 06 75 31 88 42",
      "www.agri-sechage.fr"],
     dict(name="Bruno Cazals", title="Directeur", company="CUMA de la Vallée du Lot"),
     [("06 42 19 73 58", "FR", "mobile")])

# 31 -- biotech start-up, personal LinkedIn in block, company LinkedIn as a social line
S = ("Inès Belkacem", "ines.belkacem@genoptys.com")
case(31, "fr", "gmail", "biotech-romainville", "FR", S, CLAIRE, """
Bonjour Claire,

Merci pour l'échange. Je vous confirme notre intérêt pour un test d'intrusion de notre LIMS avant l'audit BPF de janvier. Je mets en copie Hugo, notre responsable IT, pour la partie planning.

Belle soirée,

§Inès Belkacem, PhD
§CEO & co-fondatrice · Genoptys
§Biocitech, 102 avenue Gaston Roussel, 93230 Romainville
§+33 6 27 84 19 52
§linkedin.com/in/ines-belkacem-phd

Suivez Genoptys sur LinkedIn : linkedin.com/company/genoptys
""", gm_fr(CLAIRE, D(2026, 11, 3, 11, 0), msg(CLAIRE, "Bonjour Madame Belkacem,", """
Suite à notre rencontre au salon BioFit, je vous propose un court échange sur la sécurité de vos systèmes de laboratoire avant votre audit BPF.
""", "Bien cordialement,")),
     dict(name="Inès Belkacem", title="CEO & co-fondatrice", company="Genoptys",
          linkedin="linkedin.com/in/ines-belkacem-phd",
          address="Biocitech, 102 avenue Gaston Roussel, 93230 Romainville"),
     [("+33 6 27 84 19 52", "FR", "mobile")])

# 32 -- Ivorian shipping agent, Mme, tagline line, Standard / Direct / Cellulaire, .ci site
S = ("Fatou Traoré-Coulibaly", "f.traore@translagune.ci")
case(32, "fr", "outlook", "agent-maritime-abidjan", "CI", S, SERGE, """
Monsieur Kouamé,

Suite à votre relance, nous confirmons la participation de deux de nos collaborateurs à la formation du 12 octobre. Merci de nous adresser la facture proforma au nom de la société pour la prise en charge FDFP.

Bien à vous.

§Mme Fatou TRAORÉ-COULIBALY
§Responsable Ressources Humaines
§TRANSLAGUNE SA
§Agent maritime – Transit – Manutention
§Zone Portuaire de Vridi, Rue du Canal
§01 BP 4418 Abidjan 01 – Côte d'Ivoire
§Standard : +225 27 21 75 40 00
§Direct : +225 27 21 75 40 18
§Cellulaire : +225 01 02 46 83 17
§www.translagune.ci
""", ol_fr(SERGE, S, D(2026, 9, 28, 8, 50), "Formation logiciel RH – 12 octobre", msg(SERGE, "Madame Traoré-Coulibaly,", """
Je me permets de revenir vers vous concernant la session de formation du 12 octobre. Pouvez-vous me confirmer le nombre de participants ?
""", "Cordialement,")),
     dict(name="Fatou TRAORÉ-COULIBALY", title="Responsable Ressources Humaines", company="TRANSLAGUNE SA",
          website="www.translagune.ci",
          address="Zone Portuaire de Vridi, Rue du Canal, 01 BP 4418 Abidjan 01 – Côte d'Ivoire"),
     [("+225 27 21 75 40 00", "CI", "landline"), ("+225 27 21 75 40 18", "CI", "landline"),
      ("+225 01 02 46 83 17", "CI", "mobile")])

# 33 -- Outlook for Android, closing only, no signature
S = ("Guillaume Perrin", "g.perrin@transports-perrin.fr")
case(33, "fr", "android", "transporteur-sans-signature", "FR", S, CLAIRE, """
Bonjour, je suis en déplacement jusqu'à jeudi, je regarde ça à mon retour.
Cordialement

Obtenir Outlook pour Android
""", ol_fr(CLAIRE, S, D(2026, 11, 2, 10, 14), "Renouvellement licences EDR", msg(CLAIRE, "Bonjour Monsieur Perrin,", """
Vos licences EDR arrivent à échéance le 30 novembre. Je vous ai préparé une proposition de renouvellement sur 3 ans, avec 15 postes supplémentaires pour le dépôt de Rungis.
""", "Cordialement,"), rule=True, style="mobile"),
     None, [])

# 34 -- dental lab, LD and Std on one line, generic email
S = ("Laurent Mazzoni", "labo@mazzoni-prothese.fr")
case(34, "fr", "outlook", "laboratoire-prothese", "FR", S, ANTOINE, """
Bonjour Monsieur Lefèvre,

Je ne suis pas certain d'avoir bien compris votre dernier message : parlez-vous du rachat du laboratoire de Villeurbanne ou de la reprise de la patientèle de prothèse amovible ? Les deux dossiers avancent en parallèle avec la banque.

Cordialement

§Laurent Mazzoni
§Prothésiste dentaire – Gérant
§Laboratoire Mazzoni Prothèse Dentaire SARL
§8 rue Paul Bert, 69003 Lyon
§LD 04 37 24 18 65 • Std 04 37 24 18 60
§labo@mazzoni-prothese.fr
""", ol_fr(ANTOINE, S, D(2026, 2, 13, 17, 45), "Votre projet de croissance externe", msg(ANTOINE, "Bonjour Monsieur Mazzoni,", """
Avez-vous pu avancer avec votre banque sur le dossier ? J'aurais besoin de savoir lequel des deux projets vous souhaitez prioriser pour lancer l'évaluation.
""", "Bien à vous,")),
     dict(name="Laurent Mazzoni", title="Prothésiste dentaire – Gérant",
          company="Laboratoire Mazzoni Prothèse Dentaire SARL", email="labo@mazzoni-prothese.fr",
          address="8 rue Paul Bert, 69003 Lyon"),
     [("04 37 24 18 65", "FR", "landline"), ("04 37 24 18 60", "FR", "landline")])

# 35 -- ski resort SEM, title – firm, "sent from mobile" excuse line, Bonne journée
S = ("Guillaume Favre-Bulle", "g.favrebulle@neigesblanches.fr")
case(35, "fr", "gmail", "station-de-ski", "FR", S, CLAIRE, """
Bonjour Claire,

Bien reçu, merci. On en reparle après la saison, d'ici avril on n'aura pas une minute avec l'ouverture du nouveau télésiège.

Bonne journée
§Guillaume Favre-Bulle
§DSI – SEM Domaine des Neiges Blanches
§04 79 07 15 22 / 06 88 71 43 09
Envoyé depuis un mobile, merci d'excuser la brièveté.
""", gm_fr(CLAIRE, D(2026, 12, 1, 9, 40), msg(CLAIRE, "Bonjour Guillaume,", """
Comme évoqué à Chambéry, je vous envoie notre offre de sauvegarde externalisée pour les systèmes de billetterie. Quand pourrions-nous en discuter ?
""", "Belle journée,")),
     dict(name="Guillaume Favre-Bulle", title="DSI", company="SEM Domaine des Neiges Blanches"),
     [("04 79 07 15 22", "FR", "landline"), ("06 88 71 43 09", "FR", "mobile")])

# 36 -- inline reply: answers in the quoted text, colleague number inside the history
S = ("Hugues Lemaire", "h.lemaire@agr-scic.fr")
case(36, "fr", "outlook", "reponse-dans-le-texte", "FR", S, NADIA, """
Bonjour Nadia,

Mes réponses en bleu ci-dessous (et entre crochets pour la version texte).

Bien cordialement,

§Hugues Lemaire
§Responsable achats & fabrication
§Ateliers Graphiques Rhénans SCIC
§Parc d'activités des Forges – 12 rue de la Fonderie, 67400 Illkirch-Graffenstaden
§Tél. 03 88 41 27 80
""", ol_fr(NADIA, S, D(2026, 6, 10, 17, 3), "Déploiement Imprimo – questions", [
    "Bonjour Hugues,",
    "",
    "Quelques questions pour préparer le déploiement :",
    "1. Combien de postes de PAO faut-il équiper ?",
    "[HL] 7 postes, dont 2 sous Linux.",
    "2. Souhaitez-vous connecter votre ERP dès la phase 1 ?",
    "[HL] Non, phase 2 uniquement.",
    "3. Qui sera l'administrateur côté client ?",
    "[HL] Moi-même, en binôme avec Jessica Roth (03 88 41 27 90).",
    "",
    "Merci d'avance,",
] + NADIA.sig),
     dict(name="Hugues Lemaire", title="Responsable achats & fabrication",
          company="Ateliers Graphiques Rhénans SCIC",
          address="Parc d'activités des Forges – 12 rue de la Fonderie, 67400 Illkirch-Graffenstaden"),
     [("03 88 41 27 80", "FR", "landline")])

# 37 -- Tunisian game studio, (+216) format, long one-line address, GSM
S = ("Mohamed Amine Trabelsi", "ma.trabelsi@jasmingames.tn")
case(37, "fr", "outlook", "studio-tunis", "FR", S, CLAIRE, """
Bonjour Madame Mercier,

Je me permets de vous relancer concernant notre demande de devis pour le test d'intrusion de notre plateforme de paiement in-game. Notre lancement est prévu pour le 1er décembre.

Dans l'attente de votre retour,
Bien cordialement,

§Mohamed Amine Trabelsi
§Directeur technique (CTO)
§Jasmin Games SARL
§Immeuble Yasmine, Bloc B, 3e étage, Rue du Lac Windermere, Les Berges du Lac 1, 1053 Tunis
§Tél : (+216) 71 962 408
§Fax : (+216) 71 962 409
§GSM : (+216) 22 517 843
""", ol_fr(CLAIRE, S, D(2026, 10, 20, 9, 0), "RE: Demande de devis pentest", msg(CLAIRE, "Bonjour Monsieur Trabelsi,", """
Merci pour votre demande. Pouvez-vous nous préciser le périmètre (API, application mobile, back-office) afin que nous puissions chiffrer le test d'intrusion ?
""", "Cordialement,")),
     dict(name="Mohamed Amine Trabelsi", title="Directeur technique (CTO)", company="Jasmin Games SARL",
          address="Immeuble Yasmine, Bloc B, 3e étage, Rue du Lac Windermere, Les Berges du Lac 1, 1053 Tunis"),
     [("(+216) 71 962 408", "TN", "landline"), ("(+216) 71 962 409", "TN", "fax"),
      ("(+216) 22 517 843", "TN", "mobile")])

# 38 -- Belgian airline cargo desk, Capt., Desk 24/7 number
S = ("Olivier Delvaux", "olivier.delvaux@skymeuse-cargo.be")
case(38, "fr", "outlook", "fret-aerien-liege", "BE", S, THOMAS, """
Bonjour Thomas,

Petite précision pour le contrat de maintenance des chambres froides du hangar 3 : nous avons besoin d'une astreinte 24/7, y compris les week-ends, car les vols pharma arrivent surtout le dimanche soir.

Merci et bonne fin de journée,

§Capt. Olivier Delvaux
§Cargo Station Manager
§SkyMeuse Cargo SA
§Rue de l'Aéroport, Bâtiment 52, 4460 Grâce-Hollogne
§Desk 24/7 : +32 4 234 88 10
§Mob. : +32 497 55 12 84
§olivier.delvaux@skymeuse-cargo.be
""", ol_fr(THOMAS, S, D(2026, 4, 22, 13, 25), "Maintenance chambres froides – hangar 3", msg(THOMAS, "Bonjour Capitaine,", """
Je vous adresse notre proposition de contrat de maintenance pour les chambres froides du hangar 3 (interventions sous 4 heures en jours ouvrés).
""", "Bien à vous,")),
     dict(name="Olivier Delvaux", title="Cargo Station Manager", company="SkyMeuse Cargo SA",
          email="olivier.delvaux@skymeuse-cargo.be",
          address="Rue de l'Aéroport, Bâtiment 52, 4460 Grâce-Hollogne"),
     [("+32 4 234 88 10", "BE", "landline"), ("+32 497 55 12 84", "BE", "mobile")])

# 39 -- Swiss municipality water service, department line, national CH number
S = ("Pierre-Alain Cuennet", "pierre-alain.cuennet@valdebroye.ch")
case(39, "fr", "outlook", "service-des-eaux-commune", "CH", S, SOPHIE, """
Madame Keller,

Merci pour votre courrier du 2 juillet. La Municipalité a pris connaissance de votre proposition et souhaite obtenir une variante sur 15 ans avant de se déterminer. Je reste à votre disposition pour tout complément.

Salutations distinguées

§Pierre-Alain Cuennet
§Chef de service
§Service des eaux et de l'assainissement
§Commune de Val-de-Broye
§Rue du Temple 3
§1530 Payerne
§Tél. 026 662 66 30
§pierre-alain.cuennet@valdebroye.ch
""", ol_fr(SOPHIE, S, D(2026, 7, 2, 10, 30), "Financement de la nouvelle STEP", msg(SOPHIE, "Monsieur Cuennet,", """
Nous vous remercions de votre intérêt. Vous trouverez ci-joint notre proposition de financement de la nouvelle station d'épuration sur 10 ans, à taux fixe.
""", "Meilleures salutations"), rule=True),
     dict(name="Pierre-Alain Cuennet", title="Chef de service", company="Commune de Val-de-Broye",
          email="pierre-alain.cuennet@valdebroye.ch", address="Rue du Temple 3, 1530 Payerne"),
     [("026 662 66 30", "CH", "landline")])

# 40 -- haulier, closing and name on one line, company + mobile on one line, iPhone
S = ("Thierry Vasseur", "thierry.vasseur@transports-vasseur.fr")
case(40, "fr", "iphone", "transports-routiers", "FR", S, ANTOINE, """
Bonjour Antoine,
Oui mardi 10h ça me va. Je viendrai avec mon expert-comptable.
§Cordialement, Thierry Vasseur
§Transports Vasseur & Fils – 06 11 47 82 39
""", ap_fr(ANTOINE, D(2026, 3, 5, 19, 2), msg(ANTOINE, "Bonsoir Thierry,", """
Je vous propose un point mardi 10h à notre cabinet pour avancer sur la valorisation de l'entreprise. Cela vous convient-il ?
""", "Bien à vous,")),
     dict(name="Thierry Vasseur", company="Transports Vasseur & Fils"),
     [("06 11 47 82 39", "FR", "mobile")])

# 41 -- family farm EARL, two people in the name line, personal ISP address
S = ("EARL du Moulin Neuf", "earl.moulinneuf@orange.fr")
case(41, "fr", "gmail", "exploitation-agricole", "FR", S, PAUL, """
Bonjour M. Girard,

Je vous envoie en pièce jointe le relevé MSA et l'avis d'imposition demandés. Pour l'assurance récolte, je préfère attendre la réunion de la chambre d'agriculture du 12.

Salutations,
§Didier et Martine PASQUIER
§EARL du Moulin Neuf
§Lieu-dit Le Moulin Neuf – 86210 Vouneuil-sur-Vienne
§05 49 85 12 74
""", gm_fr(PAUL, D(2026, 3, 2, 14, 15), msg(PAUL, "Madame, Monsieur,", """
Pour compléter votre dossier de prêt JA, il me manque votre dernier relevé MSA et l'avis d'imposition 2025. Par ailleurs, avez-vous réfléchi à l'assurance récolte ?
""", "Bien cordialement,")),
     dict(name="Didier et Martine PASQUIER", company="EARL du Moulin Neuf",
          address="Lieu-dit Le Moulin Neuf – 86210 Vouneuil-sur-Vienne"),
     [("05 49 85 12 74", "FR", "landline")])

# 42 -- executive assistant notice, disclaimer only, no signature
S = ("Secrétariat Direction Générale", "secretariat.dg@groupe-castel-industrie.fr")
case(42, "fr", "outlook", "secretariat-sans-signature", "FR", S, CLAIRE, """
Bonjour,

Merci de noter que Mme Castel est absente jusqu'au 24 août. Pour toute demande urgente concernant le renouvellement du contrat, vous pouvez recontacter le secrétariat de direction à cette adresse.

Cordialement

Le présent message et toutes les pièces qui y sont jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse.
""", ol_fr(CLAIRE, S, D(2026, 8, 3, 9, 20), "Renouvellement contrat SOC", msg(CLAIRE, "Madame Castel,", """
Le contrat de supervision arrive à échéance fin septembre. Je souhaiterais vous présenter nos conditions de renouvellement avant la rentrée.
""", "Bien cordialement,")),
     None, [])

# 43 -- Lavaux winegrower, Sàrl, two CH numbers on one line
S = ("Christophe Duboux", "christophe@cave-duboux.ch")
case(43, "fr", "gmail", "cave-lavaux", "CH", S, SOPHIE, """
Bonjour Sophie,

Tout est en ordre pour la signature de vendredi. Mon épouse viendra également ; pourriez-vous nous réserver une place de parc ?

Belle journée et à vendredi,

§Christophe Duboux
§Vigneron-encaveur
§Cave des Terrasses Duboux Sàrl
§Chemin de la Dîme 7 – 1098 Epesses
§+41 21 799 14 62 / +41 79 640 28 15
§www.cave-duboux.ch
""", gm_fr(SOPHIE, D(2026, 11, 24, 15, 35), msg(SOPHIE, "Cher Monsieur Duboux,", """
Les documents relatifs au financement du nouveau pressoir sont prêts. Je vous propose de les signer vendredi à 10h à notre agence de Lausanne.
""", "Meilleures salutations")),
     dict(name="Christophe Duboux", title="Vigneron-encaveur", company="Cave des Terrasses Duboux Sàrl",
          website="www.cave-duboux.ch", address="Chemin de la Dîme 7 – 1098 Epesses"),
     [("+41 21 799 14 62", "CH", "landline"), ("+41 79 640 28 15", "CH", "mobile")])

# 44 -- shipping agency, Immeuble + CS + Cedex, logo placeholder inside the block
S = ("Marie-Laure Hébert-Lecoq", "ml.hebert@normandie-shipping.fr")
case(44, "fr", "outlook", "agence-maritime-havre", "FR", S, CLAIRE, """
Bonjour Claire,

Suite à la cyberattaque subie par un confrère du port de Rouen, notre direction souhaite accélérer le projet. Pouvez-vous nous faire parvenir une proposition actualisée incluant la supervision 24/7 (SOC) ?

Bien cordialement,

§Marie-Laure Hébert-Lecoq
§Directrice des systèmes d'information
§Normandie Shipping Agency
§Immeuble Le Cèdre – Quai de Southampton
§CS 41230 – 76063 Le Havre Cedex
§Tél. : +33 (0)2 35 19 44 60
§Mob. : +33 (0)6 07 52 83 16
[https://www.normandie-shipping.fr/signature/logo-nsa.png]
§www.normandie-shipping.fr
""", ol_fr(CLAIRE, S, D(2026, 5, 19, 11, 48), "Projet SOC – suite", msg(CLAIRE, "Bonjour Madame Hébert-Lecoq,", """
Je reviens vers vous concernant le projet de supervision. Souhaitez-vous toujours un démarrage au premier trimestre 2027 ?
""", "Cordialement,")),
     dict(name="Marie-Laure Hébert-Lecoq", title="Directrice des systèmes d'information",
          company="Normandie Shipping Agency", website="www.normandie-shipping.fr",
          address="Immeuble Le Cèdre – Quai de Southampton, CS 41230 – 76063 Le Havre Cedex"),
     [("+33 (0)2 35 19 44 60", "FR", "landline"), ("+33 (0)6 07 52 83 16", "FR", "mobile")])

# 45 -- Senegal health NGO, Pr, T/M labels, Route des Almadies, Apple Mail
S = ("Cheikh Tidiane Sarr", "direction@santepourtous.sn")
case(45, "fr", "other", "ong-sante-dakar", "FR", S, CLAIRE, """
Chère Madame Mercier,

Merci pour cette proposition très complète. Compte tenu de nos contraintes budgétaires (financements de bailleurs), nous devrons passer par un appel d'offres restreint. Je vous ferai parvenir le dossier de consultation dès sa publication.

Avec mes salutations les meilleures,

§Pr Cheikh Tidiane Sarr
§Directeur exécutif
§ONG Santé pour Tous Sénégal
§Route des Almadies, BP 15230, Dakar
§T : +221 33 867 90 14
§M : +221 76 204 58 11
§direction@santepourtous.sn
""", ap_fr(CLAIRE, D(2026, 2, 3, 18, 40), msg(CLAIRE, "Monsieur le Professeur,", """
Suite à notre visioconférence, vous trouverez ci-joint notre proposition pour la sécurisation de votre système d'information patients (4 sites).
""", "Bien respectueusement,")),
     dict(name="Cheikh Tidiane Sarr", title="Directeur exécutif", company="ONG Santé pour Tous Sénégal",
          email="direction@santepourtous.sn", address="Route des Almadies, BP 15230, Dakar"),
     [("+221 33 867 90 14", "SN", "landline"), ("+221 76 204 58 11", "SN", "mobile")])

# 46 -- Ivorian water utility, surname first + MBA, title over two lines, department line
S = ("Aya Danielle Kouassi", "ad.kouassi@sel.ci")
case(46, "fr", "outlook", "societe-des-eaux-abidjan", "CI", S, SERGE, """
M. Kouamé,

Nous accusons réception de votre offre technique et financière. Elle sera examinée par la commission d'ouverture des plis le mardi 17 novembre à 10 heures. Votre présence n'est pas requise.

Salutations.

§KOUASSI Aya Danielle, MBA
§Chef de Service Achats et
§Approvisionnements
§Direction Administrative et Financière
§Société des Eaux de la Lagune (SEL)
§Abidjan-Treichville, Boulevard de Marseille
§Tél. : 27 21 24 08 50 – Cell. : 07 07 41 86 22
""", ol_fr(SERGE, S, D(2026, 11, 9, 16, 55), "AO n° 2026-041 – dépôt de l'offre", msg(SERGE, "Madame la Chef de Service,", """
Veuillez trouver ci-joint notre offre technique et financière relative à l'appel d'offres n° 2026-041 (logiciel de gestion de la relation abonnés).
""", "Veuillez agréer nos salutations distinguées."), rule=True),
     dict(name="KOUASSI Aya Danielle", title="Chef de Service Achats et Approvisionnements",
          company="Société des Eaux de la Lagune (SEL)", address="Abidjan-Treichville, Boulevard de Marseille"),
     [("27 21 24 08 50", "CI", "landline"), ("07 07 41 86 22", "CI", "mobile")])

# 47 -- small printer, first name then firm · phone with dotted number, Merci d'avance
S = ("Sébastien Roux", "contact@imprimeriedumarais.fr")
case(47, "fr", "gmail", "imprimerie-prenom", "FR", S, NADIA, """
Bonjour Nadia,

Est-ce que vous pourriez me renvoyer les accès à la plateforme ? Le lien d'activation a expiré.

Merci d'avance
§Sébastien
§Imprimerie du Marais · 01.42.71.33.08
""", gm_fr(NADIA, D(2026, 1, 8, 10, 0), msg(NADIA, "Bonjour Sébastien,", """
Votre compte Imprimo est créé. Vous allez recevoir un lien d'activation valable 48 heures.
""", "Bonne journée,")),
     dict(name="Sébastien", company="Imprimerie du Marais"),
     [("01.42.71.33.08", "FR", "landline")])

# 48 -- Belgian biotech, Dr Ir., T – M on one line, B- postcode
S = ("Pauline Verhaegen", "pauline.verhaegen@neurobiologics.be")
case(48, "fr", "outlook", "biotech-wallonie", "BE", S, THOMAS, """
Bonjour Monsieur Vandenberghe,

Nous accusons bonne réception de votre offre pour le contrat de maintenance des salles blanches. Une question : le remplacement des filtres HEPA est-il inclus dans le forfait annuel ?

Avec nos remerciements,

§Dr Ir. Pauline Verhaegen
§Facility & EHS Manager
§NeuroBiologics SA
§Rue Granbonpré 11 – Bâtiment H – B-1435 Mont-Saint-Guibert
§T +32 10 39 44 20 – M +32 496 27 81 53
§pauline.verhaegen@neurobiologics.be
""", ol_fr(THOMAS, S, D(2026, 2, 18, 14, 0), "Offre maintenance salles blanches", msg(THOMAS, "Madame Verhaegen,", """
Comme convenu lors de la visite de vos installations, je vous transmets notre offre de maintenance HVAC pour les salles blanches ISO 7 du bâtiment H.
""", "Bien à vous,")),
     dict(name="Pauline Verhaegen", title="Facility & EHS Manager", company="NeuroBiologics SA",
          email="pauline.verhaegen@neurobiologics.be",
          address="Rue Granbonpré 11 – Bâtiment H – B-1435 Mont-Saint-Guibert"),
     [("+32 10 39 44 20", "BE", "landline"), ("+32 496 27 81 53", "BE", "mobile")])

# 49 -- Luxembourg translation bureau, da Silva, VAT number in body, address after phones
S = ("Ana Paula da Silva Ferreira", "anapaula@linguakirchberg.lu")
case(49, "fr", "gmail", "traduction-luxembourg", "LU", S, LUC, """
Bonjour Luc,

Je vous remercie. Petite correction : notre numéro de TVA intracommunautaire est LU 31842907 et non LU 31842970. Merci de modifier la facture en conséquence.

Bien à vous
§Ana Paula da Silva Ferreira
§Gérante | Lingua Kirchberg S.à r.l.
§T +352 26 43 18 52 | M +352 621 479 036
§12, rue Alphonse Weicker · L-2721 Luxembourg
""", gm_fr(LUC, D(2026, 4, 2, 11, 11), msg(LUC, "Bonjour Madame da Silva Ferreira,", """
Veuillez trouver ci-joint notre facture relative à la tenue de la comptabilité du premier trimestre.
""", "Meilleures salutations,")),
     dict(name="Ana Paula da Silva Ferreira", title="Gérante", company="Lingua Kirchberg S.à r.l.",
          address="12, rue Alphonse Weicker · L-2721 Luxembourg"),
     [("+352 26 43 18 52", "LU", "landline"), ("+352 621 479 036", "LU", "mobile")])

# 50 -- Québec agricultural co-op, ing., MBA, T … poste | C
S = ("Étienne Bouchard", "ebouchard@coopappalaches.qc.ca")
case(50, "fr", "outlook", "cooperative-quebec", "CA", S, MAROY, """
Bonjour M. Roy,

Comme convenu lors de notre appel, je vous transmets les états financiers de la coopérative pour les trois derniers exercices. Le conseil d'administration se réunit le 22 janvier ; j'aimerais pouvoir lui présenter vos recommandations préliminaires.

Merci et bonne journée!

§Étienne Bouchard, ing., MBA
§Directeur général
§Coopérative agricole des Appalaches
§455, rue Principale Nord, Thetford Mines (Québec) G6G 4A1
§T 418 338-4510 poste 222 | C 418 750-2264
§ebouchard@coopappalaches.qc.ca
§coopappalaches.qc.ca
""", ol_fr(MAROY, S, D(2026, 12, 15, 10, 5), "Planification stratégique 2027-2030", msg(MAROY, "Bonjour Monsieur Bouchard,", """
Merci pour l'appel de ce matin. Pour préparer nos recommandations, pourriez-vous me transmettre vos états financiers des trois derniers exercices ?
""", "Cordialement,")),
     dict(name="Étienne Bouchard", title="Directeur général", company="Coopérative agricole des Appalaches",
          email="ebouchard@coopappalaches.qc.ca", website="coopappalaches.qc.ca",
          address="455, rue Principale Nord, Thetford Mines (Québec) G6G 4A1"),
     [("418 338-4510", "CA", "landline"), ("418 750-2264", "CA", "mobile")])

# ===========================================================================
# ENGLISH-LANGUAGE CASES
# ===========================================================================

# 51 -- UK shipping agency, department after " | ", national numbers, company registration footer
S = ("Gareth Pryce-Jones", "gareth.pryce-jones@hosa-shipping.co.uk")
case(51, "en", "outlook", "shipping-agency-felixstowe", "GB", S, HANNAH, """
Hi Hannah,

Thanks for sending the pilot results over. The dwell-time dashboard is exactly what our ops team has been asking for.
Could we get a quote for rolling it out across Felixstowe, Tilbury and Southampton?

Kind regards,

§Gareth Pryce-Jones
§Commercial Director | Port Agency Services
§Harwich & Orwell Shipping Agency Ltd
§Unit 4, Dooley Road, Felixstowe, Suffolk IP11 3HG
§T: 01394 674 210 | M: 07823 415 906
§www.hosa-shipping.co.uk

Harwich & Orwell Shipping Agency Ltd. Registered in England and Wales No. 04418273. Registered office: Unit 4, Dooley Road, Felixstowe IP11 3HG. VAT No. GB 781 2204 16.
""", ol_en(HANNAH, S, D(2026, 3, 11, 15, 22), "Felixstowe pilot – results", msg(HANNAH, "Hi Gareth,", """
Please find attached the results from the eight-week pilot at Felixstowe. Dwell time on reefer boxes dropped by 11% once the alerts went live.
Happy to walk your team through the numbers.
""", "Best wishes,")),
     dict(name="Gareth Pryce-Jones", title="Commercial Director", company="Harwich & Orwell Shipping Agency Ltd",
          website="www.hosa-shipping.co.uk", address="Unit 4, Dooley Road, Felixstowe, Suffolk IP11 3HG"),
     [("01394 674 210", "GB", "landline"), ("07823 415 906", "GB", "mobile")])

# 52 -- US game studio, pronouns on the name line, " at " separator, calendly link
S = ("Jordan Reyes", "jordan@lonecomet.games")
case(52, "en", "gmail", "game-studio-austin", "US", S, DEREK, """
Hey Derek,

Circling back on this: our build farm migration slipped a sprint, so can we push the kickoff to the week of the 19th?

Best,
§Jordan Reyes (they/them)
§Head of Production Engineering at Lone Comet Games, LLC
§(512) 487-3309
§lonecomet.games

Book time with me: calendly.com/jreyes-lonecomet/30min
""", gm_en(DEREK, D(2026, 5, 5, 15, 47), msg(DEREK, "Hi Jordan,", """
Great speaking with you last week. I've pencilled in the kickoff for the week of May 11th. Does that still work on your end?
""", "Thanks,"), us=True),
     dict(name="Jordan Reyes", title="Head of Production Engineering", company="Lone Comet Games, LLC",
          website="lonecomet.games"),
     [("(512) 487-3309", "US", "landline")])

# 53 -- Australian one-liner from iPhone, no signature
S = ("Bec Harrington", "bec.harrington@outlook.com.au")
case(53, "en", "iphone", "no-signature-sydney", "AU", S, PRIYA, """
Sounds good, see you Thursday

Sent from my iPhone
""", ap_en(PRIYA, D(2026, 7, 14, 16, 12), msg(PRIYA, "Hi Bec,", """
Would Thursday at 10 work to go through the draft valuation? Happy to come to you in Surry Hills.
""", "Kind regards,")),
     None, [])

# 54 -- Indian biotech, "CA" prefix, Plot No. address, Ext., environment line
S = ("Neha Aggarwal", "neha.aggarwal@kavachbio.co.in")
case(54, "en", "outlook", "biotech-gurugram", "IN", S, ROHAN, """
Dear Rohan,

Greetings of the day!

As discussed over call, please find attached the revised list of SKUs for the Q3 dashboard. Kindly share the updated commercials at the earliest so that we can process the PO before month end.

Thanks & regards,

§CA Neha Aggarwal
§Sr. Manager – Finance & Commercial
§Kavach Biologics Pvt. Ltd.
§Plot No. 14, Sector 18, Gurugram 122015, Haryana
§Tel: +91 124 471 5600 Ext. 238
§Mob: +91 98110 42376
§neha.aggarwal@kavachbio.co.in | www.kavachbio.co.in

DISCLAIMER: The information contained in this e-mail message and/or attachments to it may contain confidential or privileged information. If you are not the intended recipient, any dissemination, use, review, distribution, printing or copying of the information contained in this e-mail message and/or attachments to it are strictly prohibited.
Please consider the environment before printing this email.
""", ol_en(ROHAN, S, D(2026, 7, 22, 12, 4), "Q3 dashboard – SKU list", msg(ROHAN, "Dear Neha,", """
Thank you for your time on the call. Could you please share the final SKU list for the Q3 dashboard so that we can revise the commercials?
""", "Thanks & regards,")),
     dict(name="Neha Aggarwal", title="Sr. Manager – Finance & Commercial", company="Kavach Biologics Pvt. Ltd.",
          email="neha.aggarwal@kavachbio.co.in", website="www.kavachbio.co.in",
          address="Plot No. 14, Sector 18, Gurugram 122015, Haryana"),
     [("+91 124 471 5600", "IN", "landline"), ("+91 98110 42376", "IN", "mobile")])

# 55 -- Irish dental lab, Dr + BDS, Irish name, national numbers with Cork address
S = ("Ciarán Ó Súilleabháin", "ciaran@leedentallab.ie")
case(55, "en", "gmail", "dental-lab-cork", "IE", S, SIOBHAN, """
Hi Siobhan,

Just to confirm we're happy to go ahead with the valuation. Our accountant will send on the management accounts by Friday.

Regards,
§Dr Ciarán Ó Súilleabháin BDS
§Clinical Director
§Lee Dental Laboratory Ltd
§Unit 7, Kinsale Road Business Park, Cork T12 X8F4
§021 431 7720 | 087 214 6692
""", gm_en(SIOBHAN, D(2026, 2, 9, 10, 30), msg(SIOBHAN, "Hi Ciarán,", """
Following our meeting, I've attached the engagement letter for the valuation of the lab. Let me know if you'd like to proceed.
""", "Kind regards,")),
     dict(name="Ciarán Ó Súilleabháin", title="Clinical Director", company="Lee Dental Laboratory Ltd",
          address="Unit 7, Kinsale Road Business Park, Cork T12 X8F4"),
     [("021 431 7720", "IE", "landline"), ("087 214 6692", "IE", "mobile")])

# 56 -- US defence subcontractor, PMP, O:/C: labels, x extension, ITAR footer
S = ("Michael T. Brennan", "mbrennan@aegisprecision.com")
case(56, "en", "outlook", "defense-subcontractor", "US", S, DEREK, """
Derek,

Per our call this morning, attached is the signed NDA. Please note that any technical data shared under this program is subject to ITAR; we'll need your team's U.S.-person certification before the kickoff.

Regards,

§Michael T. Brennan, PMP
§Senior Program Manager – Ground Systems
§Aegis Precision Components, Inc.
§4100 Aerotech Parkway, Colorado Springs, CO 80916
§O: 719-574-2210 x4417
§C: 719-339-8062
§mbrennan@aegisprecision.com

EXPORT CONTROL WARNING: This email and any attachments may contain technical data subject to the International Traffic in Arms Regulations (ITAR), 22 C.F.R. 120-130, or the Export Administration Regulations (EAR). Transfer to foreign persons without prior authorization is prohibited.
""", ol_en(DEREK, S, D(2026, 4, 8, 8, 12), "RE: NDA – telemetry integration", msg(DEREK, "Michael,", """
Attached is our mutual NDA for the telemetry integration project. Once signed, our engineering team can start the technical discovery.
""", "Best regards,"), us=True),
     dict(name="Michael T. Brennan", title="Senior Program Manager – Ground Systems",
          company="Aegis Precision Components, Inc.", email="mbrennan@aegisprecision.com",
          address="4100 Aerotech Parkway, Colorado Springs, CO 80916"),
     [("719-574-2210", "US", "landline"), ("719-339-8062", "US", "mobile")])

# 57 -- UK rugby club, closing and nickname on one line, Samsung device line
S = ("Robert Ashworth", "r.ashworth@kirkstallrfc.co.uk")
case(57, "en", "android", "rugby-club-nickname", "GB", S, HANNAH, """
Hi Hannah, yes Tuesday works. I'll bring the membership data on a USB stick.
§Cheers, Rob

Sent from my Samsung Galaxy smartphone.
""", gm_en_android(HANNAH, D(2026, 3, 9, 8, 17), msg(HANNAH, "Hi Rob,", """
Would Tuesday afternoon work for the membership analytics workshop? We'll need an export of the last three seasons.
""", "Thanks,")),
     dict(name="Rob"), [])

# 58 -- German data centre writing in English, national mobile read in DE, HRB footer
S = ("Katrin Hoffmeister", "k.hoffmeister@isarwerk-rz.de")
case(58, "en", "outlook", "data-centre-munich", "GB", S, HANNAH, """
Dear Ms Cole,

Thank you for the proposal. Before we proceed, our works council (Betriebsrat) needs to review which employee data the analytics platform would process. Could you send us your GDPR documentation and a draft DPA?

Best regards

§Dr. Katrin Hoffmeister
§Head of Customer Operations
§Isarwerk Rechenzentren GmbH
§Landsberger Straße 302
§80687 München
§Germany
§Tel. +49 89 2154 3700
§Mobile 0151 2347 8810
§k.hoffmeister@isarwerk-rz.de
§www.isarwerk-rz.de

Isarwerk Rechenzentren GmbH · Sitz: München · Registergericht: Amtsgericht München HRB 248117 · Geschäftsführer: Dr. Felix Brandl, Sabine Örtl
""", ol_en(HANNAH, S, D(2026, 6, 2, 16, 40), "Northgate proposal – Isarwerk", msg(HANNAH, "Dear Dr Hoffmeister,", """
As promised, please find our proposal for the customer operations analytics platform attached, including the three-year pricing.
""", "Kind regards,")),
     dict(name="Katrin Hoffmeister", title="Head of Customer Operations", company="Isarwerk Rechenzentren GmbH",
          email="k.hoffmeister@isarwerk-rz.de", website="www.isarwerk-rz.de",
          address="Landsberger Straße 302, 80687 München, Germany"),
     [("+49 89 2154 3700", "DE", "landline"), ("0151 2347 8810", "DE", "mobile")])

# 59 -- US nonprofit, Mx., Warmly, PO Box, dotted phone
S = ("Sam Okafor-Lindqvist", "sam@clearwaterfutures.org")
case(59, "en", "gmail", "nonprofit-boulder", "US", S, DEREK, """
Hi Derek,

Thank you so much for the donation of the refurbished tablets. Our field teams in Guatemala are already using them for the water-quality surveys. I've attached the tax receipt for your records.

Warmly,

§Mx. Sam Okafor-Lindqvist
§Director of Development
§Clearwater Futures
§PO Box 1187, Boulder, CO 80306
§303.442.7915
§sam@clearwaterfutures.org
""", gm_en(DEREK, D(2026, 9, 29, 11, 2), msg(DEREK, "Hi Sam,", """
The 40 tablets shipped this morning via FedEx. Could you send over a donation receipt when they arrive?
""", "Best,"), us=True),
     dict(name="Sam Okafor-Lindqvist", title="Director of Development", company="Clearwater Futures",
          email="sam@clearwaterfutures.org", address="PO Box 1187, Boulder, CO 80306"),
     [("303.442.7915", "US", "landline")])

# 60 -- Australian funeral company, (02) format, 1300 number, ABN + award tail
S = ("Fiona McAllister", "fiona.mcallister@hawthornreid.com.au")
case(60, "en", "outlook", "funeral-services-parramatta", "AU", S, PRIYA, """
Hi Priya,

Apologies for the delay, we had the board meeting on Tuesday. The directors are comfortable with the proposed structure, subject to the lender's consent on the Parramatta property.

Many thanks,

§Fiona McAllister
§General Manager – NSW
§Hawthorn & Reid Funerals Pty Ltd
§12 Church Street, Parramatta NSW 2150
§P (02) 9635 4412 | M 0412 558 903
§24hr 1300 654 321
§www.hawthornreid.com.au

Hawthorn & Reid Funerals Pty Ltd ABN 41 602 318 774
Winner – NSW Funeral Industry Excellence Awards 2025
Caring for families since 1921.
""", ol_en(PRIYA, S, D(2026, 8, 13, 9, 5), "Restructure proposal – board feedback", msg(PRIYA, "Hi Fiona,", """
Just checking in on the restructure proposal. Has the board had a chance to review it?
""", "Kind regards,")),
     dict(name="Fiona McAllister", title="General Manager – NSW", company="Hawthorn & Reid Funerals Pty Ltd",
          website="www.hawthornreid.com.au", address="12 Church Street, Parramatta NSW 2150"),
     [("(02) 9635 4412", "AU", "landline"), ("0412 558 903", "AU", "mobile"), ("1300 654 321", "AU", "landline")])

# 61 -- NZ winery, Māori greeting/closing, national numbers, P.S.
S = ("Tama Rangihuna", "tama@korerohills.co.nz")
case(61, "en", "gmail", "winery-marlborough", "NZ", S, MERE, """
Kia ora Mere,

Cheers for the catch-up last week. We'd love to get the export pricing model sorted before vintage. Could your team start mid-Feb?

Ngā mihi,
§Tama Rangihuna
§Owner / Winemaker
§Kōrero Hills Wines
§218 Rapaura Road, Blenheim 7273
§03 572 9184 · 021 448 917
§KoreroHills.co.nz

P.S. A bottle of the 2024 Pinot is on its way to you!
""", gm_en(MERE, D(2026, 1, 20, 14, 50), msg(MERE, "Kia ora Tama,", """
Lovely to meet you at the Marlborough wine show. As discussed, I've attached a short scope for the export pricing model.
""", "Ngā mihi,")),
     dict(name="Tama Rangihuna", title="Owner / Winemaker", company="Kōrero Hills Wines",
          website="KoreroHills.co.nz", address="218 Rapaura Road, Blenheim 7273"),
     [("03 572 9184", "NZ", "landline"), ("021 448 917", "NZ", "mobile")])

# 62 -- Indian shipping agency, Capt., Direct | Mobile, "Do not print" tail
S = ("Rajesh Iyer", "rajesh.iyer@bharatocean.in")
case(62, "en", "outlook", "shipping-agency-navi-mumbai", "IN", S, ROHAN, """
Dear Mr. Mehta,

Noted with thanks. We will share the vessel call data for FY 2025-26 in the requested format by Wednesday EOD.

Regards,

§Capt. Rajesh Iyer
§Vice President – Operations (West Coast)
§Bharat Ocean Agencies Pvt. Ltd.
§501, Arihant Business Centre, Sector 11, CBD Belapur, Navi Mumbai 400614
§Direct: +91 22 4128 7730 | Mobile: +91 98200 51864
§Web: www.bharatocean.in

CIN: U61100MH2004PTC148812
Do not print this email unless necessary.
""", ol_en(ROHAN, S, D(2026, 5, 18, 17, 10), "Port call analytics – data request", msg(ROHAN, "Dear Captain Iyer,", """
Further to our meeting, could you please share the vessel call data for FY 2025-26 (ETA, ETB, ETD per call) in Excel format?
""", "Thanks & regards,"), cc="Accounts Team <accounts@bharatocean.in>"),
     dict(name="Rajesh Iyer", title="Vice President – Operations (West Coast)",
          company="Bharat Ocean Agencies Pvt. Ltd.", website="www.bharatocean.in",
          address="501, Arihant Business Centre, Sector 11, CBD Belapur, Navi Mumbai 400614"),
     [("+91 22 4128 7730", "IN", "landline"), ("+91 98200 51864", "IN", "mobile")])

# 63 -- New York luxury retail, Apple Mail, lower-case "m" label
S = ("Claudia Ferraro-Wynn", "cferrarowynn@astorre.com")
case(63, "en", "other", "luxury-retail-new-york", "US", S, DEREK, """
Derek, perfect. Let's lock Thursday at 2 ET. I'll send an invite.

Best,
§Claudia Ferraro-Wynn
§SVP, Retail Operations
§Maison Astorre North America
§725 Madison Avenue, New York, NY 10065
§m 917.604.2281
""", ap_en(DEREK, D(2026, 10, 19, 13, 36), msg(DEREK, "Hi Claudia,", """
Following up on the in-store sensor rollout. Do you have 30 minutes this week to review the pilot results from the Madison Avenue flagship?
""", "Thanks,"), us=True),
     dict(name="Claudia Ferraro-Wynn", title="SVP, Retail Operations", company="Maison Astorre North America",
          address="725 Madison Avenue, New York, NY 10065"),
     [("917.604.2281", "US", "mobile")])

# 64 -- Canadian engineering firm, P.Eng., ext., toll-free, bullet list in body
S = ("Priyanka Sandhu", "psandhu@ridgelineme.ca")
case(64, "en", "outlook", "engineering-burnaby", "CA", S, LIAM, """
Hi Liam,

Thanks for the revised quote. A couple of notes from our IT side:
- We need SSO with Azure AD from day one.
- Data must stay in Canadian regions (Toronto/Montréal).

If those are OK we can sign this month.

Thanks,

§Priyanka Sandhu, P.Eng.
§Manager, Water Infrastructure
§Ridgeline Municipal Engineering Ltd.
§300 – 4211 Kingsway, Burnaby, BC V5H 1Z6
§T 604.436.2290 ext. 118 | C 778.885.4031
§Toll-free 1-800-463-2291
""", ol_en(LIAM, S, D(2026, 6, 23, 14, 18), "Revised quote – Northline asset management", msg(LIAM, "Hi Priyanka,", """
Please find attached the revised quote reflecting 45 seats and the GIS integration module.
""", "Best,"), us=True),
     dict(name="Priyanka Sandhu", title="Manager, Water Infrastructure",
          company="Ridgeline Municipal Engineering Ltd.", address="300 – 4211 Kingsway, Burnaby, BC V5H 1Z6"),
     [("604.436.2290", "CA", "landline"), ("778.885.4031", "CA", "mobile"), ("1-800-463-2291", "CA", "landline")])

# 65 -- Manchester translation LLP, Al- particle, short question
S = ("Yasmin Al-Khatib", "yasmin.alkhatib@polyglotnorth.co.uk")
case(65, "en", "gmail", "translation-manchester", "GB", S, HANNAH, """
Hi Hannah,

Quick one: does the platform support right-to-left languages in the dashboard labels? We have two Arabic-speaking project managers who'd be using it daily.

Thanks!
§Yasmin Al-Khatib
§Operations Manager
§Polyglot North Translation Services LLP
§0161 834 6621
""", gm_en(HANNAH, D(2026, 4, 27, 9, 12), msg(HANNAH, "Hi Yasmin,", """
Thanks for joining the webinar yesterday. I've attached the slides and a short overview of our project-tracking dashboards.
""", "Best wishes,")),
     dict(name="Yasmin Al-Khatib", title="Operations Manager", company="Polyglot North Translation Services LLP"),
     [("0161 834 6621", "GB", "landline")])

# 66 -- US grain co-op, one-line address with PO Box, Office · Fax · Cell on one line
S = ("Dale Kowalczyk", "dkowalczyk@prairierivers.coop")
case(66, "en", "outlook", "grain-cooperative-minot", "US", S, DEREK, """
Derek,

Attached are the scale ticket exports you asked for (CSV, Jan–Jun). Let me know if the timestamp format causes problems on your end.

Thanks,
§Dale Kowalczyk
§IT & Systems Coordinator
§Prairie Rivers Grain Cooperative
§1400 Elevator Rd · PO Box 88 · Minot, ND 58702
§Office 701.852.4410 · Fax 701.852.4419 · Cell 701.720.3386
""", ol_en(DEREK, S, D(2026, 7, 9, 10, 44), "Scale ticket data", msg(DEREK, "Hi Dale,", """
To size the integration, could you export six months of scale tickets from the elevator system?
""", "Thanks,"), us=True, rule=True),
     dict(name="Dale Kowalczyk", title="IT & Systems Coordinator", company="Prairie Rivers Grain Cooperative",
          address="1400 Elevator Rd · PO Box 88 · Minot, ND 58702"),
     [("701.852.4410", "US", "landline"), ("701.852.4419", "US", "fax"), ("701.720.3386", "US", "mobile")])

# 67 -- UK iPhone reply, no signature
S = ("Andrew Walsh", "andrew.walsh@walshandpartners.co.uk")
case(67, "en", "iphone", "no-signature-uk", "GB", S, OLIVER, """
Yes fine by me. Will confirm numbers tomorrow.

Sent from my iPhone
""", ap_en(OLIVER, D(2026, 11, 17, 18, 25), msg(OLIVER, "Hi Andrew,", """
Could we move Thursday's call to 9:30? I'd also need the updated stock figures before then.
""", "Best,")),
     None, [])

# 68 -- Dubai airline cargo FZ-LLC, P.O. Box line, Best Regards
S = ("Fatima Al-Mansoori", "fatima.almansoori@falconaircargo.ae")
case(68, "en", "outlook", "air-cargo-dubai", "IN", S, ROHAN, """
Dear Rohan,

Hope you are doing well. Further to our meeting at the Dubai office, please find attached the data extract for the last two quarters. Kindly note that our fiscal year ends in March.

Looking forward to the draft report.

Best Regards,

§Fatima Al-Mansoori
§Cargo Revenue Manager
§Falcon Air Cargo Services FZ-LLC
§Office 1204, Tower B, Business Bay, Dubai, UAE
§P.O. Box 391427
§T +971 4 423 8817 | M +971 50 318 4472
§www.falconaircargo.ae
""", ol_en(ROHAN, S, D(2026, 10, 1, 11, 30), "Yield analytics – data extract", msg(ROHAN, "Dear Fatima,", """
Thank you for hosting us in Dubai. As discussed, could you share the booking and yield data for Q1 and Q2?
""", "Thanks & regards,")),
     dict(name="Fatima Al-Mansoori", title="Cargo Revenue Manager", company="Falcon Air Cargo Services FZ-LLC",
          website="www.falconaircargo.ae",
          address="Office 1204, Tower B, Business Bay, Dubai, UAE, P.O. Box 391427"),
     [("+971 4 423 8817", "AE", "landline"), ("+971 50 318 4472", "AE", "mobile")])

# 69 -- Australian ski resort, nickname in quotes, "CFO, Resort", bookings 1800 line
S = ("Lachlan Doyle", "lachlan.doyle@snowyridge.com.au")
case(69, "en", "gmail", "ski-resort-snowy", "AU", S, PRIYA, """
Hi Priya,

Season's wrapped so I finally have time to look at this properly. Happy to go through the numbers next week. Tuesday arvo suit?

Cheers,
§Lachlan "Lachie" Doyle
§CFO, Snowy Ridge Alpine Resort
§0438 112 905
§Bookings 1800 241 977
""", gm_en(PRIYA, D(2026, 10, 5, 9, 58), msg(PRIYA, "Hi Lachlan,", """
Hope the season finished well. When you have a moment, I'd love to go through the refinancing options for the new chairlift.
""", "Kind regards,")),
     dict(name='Lachlan "Lachie" Doyle', title="CFO", company="Snowy Ridge Alpine Resort"),
     [("0438 112 905", "AU", "mobile"), ("1800 241 977", "AU", "landline")])

# 70 -- Danish biotech ApS, bilingual closing, company LinkedIn URL inside the block
S = ("Mette Kjærgaard Sørensen", "mks@nordlysbio.dk")
case(70, "en", "outlook", "biotech-copenhagen", "GB", S, HANNAH, """
Dear Hannah,

Many thanks for the call earlier. As mentioned, we are evaluating three vendors and expect to make a decision before Christmas. Could you send references from at least two life-science clients?

Kind regards / Venlig hilsen

§Mette Kjærgaard Sørensen
§VP Commercial Operations
§Nordlys Biotech ApS
§Ole Maaløes Vej 3, 2200 København N, Denmark
§Direct: +45 33 14 27 90
§Mobile: +45 28 71 44 06
§mks@nordlysbio.dk
§linkedin.com/company/nordlys-biotech
""", ol_en(HANNAH, S, D(2026, 11, 25, 13, 0), "Northgate – next steps", msg(HANNAH, "Dear Mette,", """
Thank you for your time today. I've summarised the next steps below and attached our security whitepaper.
""", "Kind regards,")),
     dict(name="Mette Kjærgaard Sørensen", title="VP Commercial Operations", company="Nordlys Biotech ApS",
          email="mks@nordlysbio.dk", address="Ole Maaløes Vej 3, 2200 København N, Denmark"),
     [("+45 33 14 27 90", "DK", "landline"), ("+45 28 71 44 06", "DK", "mobile")])

# 71 -- Portuguese cork exporter, Lda., Rua Augusta, .pt website
S = ("João Pedro Mendes da Costa", "jpcosta@corticeira-atlantica.pt")
case(71, "en", "gmail", "cork-exporter-lisbon", "GB", S, OLIVER, """
Hello Oliver,

Thank you for the term sheet. Our bank in Porto has asked whether the facility can be denominated in euros rather than sterling. Could you confirm?

Best regards,
§João Pedro Mendes da Costa
§Export Director
§Corticeira Atlântica, Lda.
§Rua Augusta 100, 1100-053 Lisboa, Portugal
§Tel.: +351 21 342 8150
§Mobile: +351 912 448 207
§www.corticeira-atlantica.pt
""", gm_en(OLIVER, D(2026, 6, 16, 17, 20), msg(OLIVER, "Dear João Pedro,", """
Please find attached the indicative term sheet for the receivables facility covering your UK distributors.
""", "Kind regards,")),
     dict(name="João Pedro Mendes da Costa", title="Export Director", company="Corticeira Atlântica, Lda.",
          website="www.corticeira-atlantica.pt", address="Rua Augusta 100, 1100-053 Lisboa, Portugal"),
     [("+351 21 342 8150", "PT", "landline"), ("+351 912 448 207", "PT", "mobile")])

# 72 -- Japanese K.K., surname first in capitals, department line, TEL / FAX on one line
S = ("Kenji Nakamura", "k.nakamura@hoshino-pm.co.jp")
case(72, "en", "outlook", "machinery-tokyo", "US", S, DEREK, """
Dear Mr. Lawson,

Thank you very much for your kind reply. We have discussed internally and would like to request a web meeting with your engineering team. Our available times are below (JST):
- Dec 8 (Tue) 9:00-11:00
- Dec 9 (Wed) 8:00-10:00

Best regards,

§NAKAMURA Kenji
§Manager, Overseas Business Development
§Global Strategy Division
§Hoshino Precision Machinery K.K.
§2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan
§TEL: +81 3-5218-4470 / FAX: +81 3-5218-4471
§Mobile: +81 90-4127-3385
§E-mail: k.nakamura@hoshino-pm.co.jp
§URL: www.hoshino-pm.co.jp
""", ol_en(DEREK, S, D(2026, 11, 30, 18, 2), "RE: Sensor integration for CNC lines", msg(DEREK, "Dear Mr. Nakamura,", """
Thank you for your interest in our monitoring platform. Our engineering team would be glad to hold a technical session. Please let us know a few times that suit you.
""", "Best regards,"), us=True),
     dict(name="NAKAMURA Kenji", title="Manager, Overseas Business Development",
          company="Hoshino Precision Machinery K.K.", email="k.nakamura@hoshino-pm.co.jp",
          website="www.hoshino-pm.co.jp", address="2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan"),
     [("+81 3-5218-4470", "JP", "landline"), ("+81 3-5218-4471", "JP", "fax"), ("+81 90-4127-3385", "JP", "mobile")])

# 73 -- BlackBerry, nickname alone, old-style original message header
S = ("William Harlan", "wharlan@harlanfarmsupply.com")
case(73, "en", "other", "blackberry-nickname", "US", S, DEREK, """
Derek - approved. Have Karen send the PO.

§Bill

Sent via BlackBerry by AT&T
""", ol_en(DEREK, S, D(2026, 3, 3, 14, 22), "PO for phase 2", msg(DEREK, "Bill,", """
Phase 1 is live at all four stores. Can I get your approval to move ahead with phase 2 (warehouse + delivery trucks)? Quote attached.
""", "Thanks,"), us=True, style="old"),
     dict(name="Bill"), [])

# 74 -- Irish water utility DAC, Irish-language closing, E: label, image + bilingual disclaimer
S = ("Declan Fitzpatrick", "declan.fitzpatrick@midlandswater.ie")
case(74, "en", "outlook", "water-utility-athlone", "IE", S, SIOBHAN, """
Dear Siobhan,

Further to our meeting on 14 April, I'm pleased to confirm that the procurement committee has shortlisted Ardmore Partners for the advisory framework. The next stage is a presentation on 6 May at our Athlone offices.

Is mise le meas,

§Declan Fitzpatrick
§Head of Procurement
§Midlands Water Services DAC
§Ballymahon Road, Athlone, Co. Westmeath, N37 E2W4
§T: +353 90 647 3100
§E: declan.fitzpatrick@midlandswater.ie

[cid:image001.png@01DCC5A2.9E0B2140]

Tá an ríomhphost seo agus aon chomhad a ghabhann leis faoi rún. This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.
""", ol_en(SIOBHAN, S, D(2026, 4, 15, 12, 15), "Advisory framework tender – clarification", msg(SIOBHAN, "Dear Declan,", """
Thank you for the clarification meeting yesterday. Could you confirm the timeline for the shortlisting decision?
""", "Kind regards,")),
     dict(name="Declan Fitzpatrick", title="Head of Procurement", company="Midlands Water Services DAC",
          email="declan.fitzpatrick@midlandswater.ie",
          address="Ballymahon Road, Athlone, Co. Westmeath, N37 E2W4"),
     [("+353 90 647 3100", "IE", "landline")])

# 75 -- Indian game studio, title | firm, personal LinkedIn, Thanks & Regards
S = ("Aditya Kulkarni", "aditya.k@monsoonpixel.com")
case(75, "en", "gmail", "game-studio-pune", "IN", S, ROHAN, """
Hi Rohan,

PFA the player-retention dataset for Oct. Do let me know if you need the raw event logs as well, they're ~40 GB so will share via Drive.

Thanks & Regards,
§Aditya Kulkarni
§Lead Data Analyst | Monsoon Pixel Studios
§+91 98450 31277
§linkedin.com/in/aditya-kulkarni-data
""", gm_en(ROHAN, D(2026, 11, 4, 16, 45), msg(ROHAN, "Hi Aditya,", """
Could you share the October retention dataset so we can refresh the cohort dashboard before the review?
""", "Thanks & regards,")),
     dict(name="Aditya Kulkarni", title="Lead Data Analyst", company="Monsoon Pixel Studios",
          linkedin="linkedin.com/in/aditya-kulkarni-data"),
     [("+91 98450 31277", "IN", "mobile")])

# 76 -- Leeds printers, FCCA, "Sent with thanks", accounts address in body
S = ("Margaret O'Neill", "m.oneill@whitakerlund.co.uk")
case(76, "en", "outlook", "printers-leeds", "GB", S, HANNAH, """
Hannah,

Please find the signed order form attached. Invoices should go to accounts@whitakerlund.co.uk rather than to me.

Sent with thanks,

§Margaret O'Neill FCCA
§Finance Director
§Whitaker & Lund Printers Ltd
§Canal Wharf, Leeds LS11 5PS
§Tel 0113 245 8810
""", ol_en(HANNAH, S, D(2026, 2, 26, 11, 40), "Order form – press utilisation analytics", msg(HANNAH, "Dear Margaret,", """
Following your approval, please find the order form for the press utilisation analytics package. Could you return it signed at your convenience?
""", "Kind regards,")),
     dict(name="Margaret O'Neill", title="Finance Director", company="Whitaker & Lund Printers Ltd",
          address="Canal Wharf, Leeds LS11 5PS"),
     [("0113 245 8810", "GB", "landline")])

# 77 -- Chicago dental lab, DDS, two positions after " | ", no closing word, Fax
S = ("Alan Whitcombe", "awhitcombe@lakeshoredental.com")
case(77, "en", "gmail", "dental-lab-chicago", "US", S, DEREK, """
Hi Derek,

We're in. Send over the MSA and we'll get it signed this week.

§Alan Whitcombe, DDS
§Founder | Lab Director
§Lakeshore Dental Ceramics LLC
§(312) 948-2270
§Fax (312) 948-2271
""", gm_en(DEREK, D(2026, 8, 24, 10, 20), msg(DEREK, "Hi Dr. Whitcombe,", """
Following the demo, here's the pricing for monitoring your four milling units and the sintering furnace. Let me know if you'd like to move forward.
""", "Best,"), us=True),
     dict(name="Alan Whitcombe", title="Founder | Lab Director", company="Lakeshore Dental Ceramics LLC"),
     [("(312) 948-2270", "US", "landline"), ("(312) 948-2271", "US", "fax")])

# 78 -- Western Australia grain co-op, 3-line address incl. PO Box, (08) landline
S = ("Tom Beaumont", "tbeaumont@wheatbeltgrowers.com.au")
case(78, "en", "outlook", "grain-cooperative-perth", "AU", S, PRIYA, """
Priya,

Thanks, I've forwarded your proposal to the board. They meet on the third Thursday of the month so expect a response late next week.

Regards
§Tom Beaumont
§Chief Executive Officer
§Wheatbelt Growers Co-operative Ltd
§Level 2, 190 St Georges Terrace
§Perth WA 6000
§PO Box 7621, Cloisters Square WA 6850
§T: (08) 9322 4150
§M: 0427 309 814
§E: tbeaumont@wheatbeltgrowers.com.au
""", ol_en(PRIYA, S, D(2026, 4, 7, 15, 5), "Governance review proposal", msg(PRIYA, "Dear Tom,", """
Please find attached our proposal for the governance and capital structure review discussed in Perth.
""", "Kind regards,")),
     dict(name="Tom Beaumont", title="Chief Executive Officer", company="Wheatbelt Growers Co-operative Ltd",
          email="tbeaumont@wheatbeltgrowers.com.au",
          address="Level 2, 190 St Georges Terrace, Perth WA 6000, PO Box 7621, Cloisters Square WA 6850"),
     [("(08) 9322 4150", "AU", "landline"), ("0427 309 814", "AU", "mobile")])

# 79 -- Outlook for iOS, no signature
S = ("Tom Reddy", "tom.reddy@greenfieldfoods.co.uk")
case(79, "en", "iphone", "outlook-ios-no-signature", "GB", S, HANNAH, """
Thanks Hannah, all received.

Get Outlook for iOS
""", ol_en(HANNAH, S, D(2026, 4, 8, 16, 51), "Q1 report + invoice", msg(HANNAH, "Hi Tom,", """
Attached are the Q1 report and the corresponding invoice.
""", "Best wishes,"), rule=True, us=True, style="mobile"),
     None, [])

# 80 -- NZ rugby club Inc., P: M: on one line, PO Box with hyphen
S = ("Hemi Te Awa", "hemi.teawa@phrfc.co.nz")
case(80, "en", "outlook", "rugby-club-auckland", "NZ", S, MERE, """
Hi Mere,

Quick update: the committee signed off on the sponsorship review scope last night. Can we book the kick-off for Monday 10am at the clubrooms?

Ngā mihi nui,

§Hemi Te Awa
§Commercial & Partnerships Manager
§Ponsonby Harbour Rugby Football Club Inc.
§PO Box 47-210, Ponsonby, Auckland 1144
§P: 09 376 4420  M: 027 482 9931
§phrfc.co.nz
""", ol_en(MERE, S, D(2026, 2, 11, 20, 5), "Sponsorship review – scope", msg(MERE, "Kia ora Hemi,", """
Attached is the revised scope for the sponsorship portfolio review. Happy to adjust once the committee has had a look.
""", "Ngā mihi,")),
     dict(name="Hemi Te Awa", title="Commercial & Partnerships Manager",
          company="Ponsonby Harbour Rugby Football Club Inc.", website="phrfc.co.nz",
          address="PO Box 47-210, Ponsonby, Auckland 1144"),
     [("09 376 4420", "NZ", "landline"), ("027 482 9931", "NZ", "mobile")])

# 81 -- embassy trade office, title over two lines, office + embassy on one line, colleague in body
S = ("Akosua Mensah-Bonsu", "a.mensahbonsu@ghanatradeoffice-dc.org")
case(81, "en", "outlook", "embassy-trade-office", "US", S, DEREK, """
Dear Mr. Lawson,

On behalf of the Trade & Investment Office, thank you for participating in the Ghana–US Agritech Roundtable.
As promised, I am sharing the contact of Mr. Kwame Asante, CEO of Volta Irrigation Ltd, who can be reached at +233 24 415 6620.

With best regards,

§Akosua Mensah-Bonsu
§Trade Attaché and Head of
§Agribusiness Promotion
§Trade & Investment Office, Embassy of the Republic of Ghana
§3512 International Drive NW, Washington, DC 20008
§Tel: (202) 686-4520
§Cell: (202) 997-3148
""", ol_en(DEREK, S, D(2026, 6, 12, 17, 30), "Agritech Roundtable – follow-up", msg(DEREK, "Dear Ms. Mensah-Bonsu,", """
Thank you for organizing yesterday's roundtable. I would appreciate an introduction to the irrigation companies mentioned during the session.
""", "Best regards,"), us=True),
     dict(name="Akosua Mensah-Bonsu", title="Trade Attaché and Head of Agribusiness Promotion",
          company="Trade & Investment Office, Embassy of the Republic of Ghana",
          address="3512 International Drive NW, Washington, DC 20008"),
     [("(202) 686-4520", "US", "landline"), ("(202) 997-3148", "US", "mobile")])

# 82 -- Calgary air cargo, Capt., colleague number in body, Desk | Cell
S = ("Ryan MacDougall", "ryan.macdougall@nlaircargo.ca")
case(82, "en", "gmail", "air-cargo-calgary", "CA", S, LIAM, """
Hi Liam,

Confirming receipt. I'll loop in our IT lead, Jen Nakamura (403-221-7782), for the integration questions.

Best regards,
§Capt. Ryan MacDougall
§Manager, Cargo Operations – YYC
§Northern Lights Air Cargo Ltd.
§Bay 6, 2000 Airport Rd NE, Calgary, AB T2E 6W5
§Desk: 403-221-7700 | Cell: 403-650-8812
""", gm_en(LIAM, D(2026, 9, 8, 13, 15), msg(LIAM, "Hi Ryan,", """
Attached is the integration spec for connecting your warehouse scanners to Northline. Let me know who on your side should review it.
""", "Cheers,"), us=True),
     dict(name="Ryan MacDougall", title="Manager, Cargo Operations – YYC", company="Northern Lights Air Cargo Ltd.",
          address="Bay 6, 2000 Airport Rd NE, Calgary, AB T2E 6W5"),
     [("403-221-7700", "CA", "landline"), ("403-650-8812", "CA", "mobile")])

# 83 -- Chennai packaging, "(A … Group Company)" line, image placeholder inside block, national numbers
S = ("S. Venkataraman", "venkataraman.s@sundarampack.com")
case(83, "en", "outlook", "packaging-chennai", "IN", S, ROHAN, """
Dear Rohan ji,

Thank you for the presentation yesterday. Our MD has requested a small change in the scope: please include the Hosur plant in phase 1 itself. Kindly revert with the revised timeline.

Warm Regards,

§S. Venkataraman
<image002.jpg>
§General Manager – IT & Digital
§Sundaram Packaging Solutions Pvt. Ltd.
§(A TVR Group Company)
§No. 42, SIDCO Industrial Estate, Guindy, Chennai – 600 032, Tamil Nadu
§Ph: 044-2250 1184
§Mobile: 94440 18273
""", ol_en(ROHAN, S, D(2026, 8, 19, 18, 0), "Plant analytics – proposal", msg(ROHAN, "Dear Sir,", """
Thank you for the opportunity to present today. Please find attached the proposal covering the Guindy and Sriperumbudur plants.
""", "Thanks & regards,")),
     dict(name="S. Venkataraman", title="General Manager – IT & Digital",
          company="Sundaram Packaging Solutions Pvt. Ltd.",
          address="No. 42, SIDCO Industrial Estate, Guindy, Chennai – 600 032, Tamil Nadu"),
     [("044-2250 1184", "IN", "landline"), ("94440 18273", "IN", "mobile")])

# 84 -- iPhone auto-signature with "--", device line after the block
S = ("Karen Holt", "karen.holt@brightlinelogistics.com")
case(84, "en", "iphone", "logistics-iphone-signature", "US", S, DEREK, """
Yes - go ahead.

--
§Karen Holt
§VP Finance, Brightline Logistics
Sent from my iPhone
""", ap_en(DEREK, D(2026, 1, 29, 19, 48), msg(DEREK, "Karen,", """
Bill approved phase 2. OK to issue the invoice for the deposit (30%)?
""", "Thanks,"), us=True),
     dict(name="Karen Holt", title="VP Finance", company="Brightline Logistics"), [])

# 85 -- UK avionics, CEng MIET, +44 (0) format with ext, registration footer
S = ("Alastair Greaves", "alastair.greaves@severnavionics.co.uk")
case(85, "en", "outlook", "avionics-bristol", "GB", S, HANNAH, """
Hannah,

As discussed, we can't share raw telemetry outside our secure enclave. Could your team deploy the analytics stack on-prem at our Filton site instead? If so, please ask your solutions architect to contact our IT security lead directly.

Regards,

§Dr Alastair Greaves CEng MIET
§Principal Systems Engineer
§Severn Avionics Ltd
§Building 12, Aerospace Park, Filton, Bristol BS34 7QQ
§Tel: +44 (0)117 906 4420 ext 2271

Severn Avionics Limited is a company registered in England and Wales under number 02771849. Registered office: Building 12, Aerospace Park, Filton, Bristol BS34 7QQ.
This email may contain information that is subject to UK export control. If you are not the intended recipient, please notify the sender and delete it.
Please consider the environment before printing this email.
""", ol_en(HANNAH, S, D(2026, 9, 30, 10, 10), "Deployment options", msg(HANNAH, "Hi Alastair,", """
Following our technical call, I've outlined the SaaS and private-cloud deployment options in the attached note.
""", "Kind regards,")),
     dict(name="Alastair Greaves", title="Principal Systems Engineer", company="Severn Avionics Ltd",
          address="Building 12, Aerospace Park, Filton, Bristol BS34 7QQ"),
     [("+44 (0)117 906 4420", "GB", "landline")])

# 86 -- initials with a leading dash
S = ("Melissa Kwan", "mkwan@harborviewdental.com")
case(86, "en", "gmail", "initials-only", "US", S, DEREK, """
Works for me. Thx
§-MK
""", gm_en(DEREK, D(2026, 5, 21, 8, 3), msg(DEREK, "Hi Melissa,", """
Can we move our check-in to Friday at 11 PT?
""", "Thanks,"), us=True),
     None, [])

# 87 -- US city water utility, name in capitals | title, department line, P | F, closure notice
S = ("Robert J. Delgado", "rdelgado@grandmesawater.gov")
case(87, "en", "outlook", "city-water-utility", "US", S, DEREK, """
Good afternoon Derek,

The City's purchasing office has approved the sole-source justification. I'll be out next week at a conference; please coordinate scheduling with my deputy in the meantime.

Respectfully,

§ROBERT J. DELGADO | Operations Superintendent
§City of Grand Mesa Water Utility
§Public Works Department
§250 N. 5th Street, Grand Junction, CO 81501
§P 970.244.1530 | F 970.244.1599
§rdelgado@grandmesawater.gov

Office closure notice: City offices will be closed Friday, July 3 in observance of Independence Day.
""", ol_en(DEREK, S, D(2026, 6, 25, 13, 12), "Sole-source justification – SCADA monitoring", msg(DEREK, "Mr. Delgado,", """
Attached is the sole-source letter your purchasing office requested, along with our updated quote.
""", "Best regards,"), us=True),
     dict(name="ROBERT J. DELGADO", title="Operations Superintendent", company="City of Grand Mesa Water Utility",
          email="rdelgado@grandmesawater.gov", address="250 N. 5th Street, Grand Junction, CO 81501"),
     [("970.244.1530", "US", "landline"), ("970.244.1599", "US", "fax")])

# 88 -- Melbourne translation bureau, name | title | firm on one line, mobile only
S = ("Rebecca Thornton", "bec@southerncrosslanguages.com.au")
case(88, "en", "gmail", "translation-melbourne", "AU", S, PRIYA, """
Hey Priya, no worries at all. Thursday 3pm AEST is fine.

§Bec Thornton | Director | Southern Cross Language Services
§0403 818 266
""", gm_en(PRIYA, D(2026, 3, 24, 12, 30), msg(PRIYA, "Hi Bec,", """
Sorry to do this, but could we move our call to Thursday afternoon?
""", "Thanks so much,")),
     dict(name="Bec Thornton", title="Director", company="Southern Cross Language Services"),
     [("0403 818 266", "AU", "mobile")])

# 89 -- remittance from a finance mailbox: closing only, disclaimer, no signature
S = ("Accounts Payable", "ap@shannonagri.ie")
case(89, "en", "outlook", "remittance-no-signature", "IE", S, SIOBHAN, """
Hi,

Remittance attached for invoice ARD-2026-0412, paid today by EFT.

Regards

This message is confidential and may be privileged. If you have received it in error, please notify us immediately by return email and delete it. Shannon Agri Holdings Limited, registered in Ireland No. 518273.
""", ol_en(SIOBHAN, S, D(2026, 5, 29, 9, 0), "Invoice ARD-2026-0412", msg(SIOBHAN, "Hi,", """
Please find attached invoice ARD-2026-0412 for the strategy workshop delivered in April.
""", "Kind regards,")),
     None, [])

# 90 -- NZ data centre, Mr, full https LinkedIn with trailing slash, T: M: on one line
S = ("Rawiri Henare", "rawiri.henare@southerngrid.co.nz")
case(90, "en", "gmail", "data-centre-christchurch", "NZ", S, MERE, """
Hi Mere,

Appreciate the proposal. One question on the pricing tiers: is the per-seat cost fixed for the three-year term or indexed to CPI?

Thanks,
§Mr Rawiri Henare
§Data Centre Operations Lead
§SouthernGrid Data Ltd
§T: +64 3 365 2280  M: +64 22 571 3094
§https://www.linkedin.com/in/rawiri-henare/
§www.southerngrid.co.nz
""", gm_en(MERE, D(2026, 8, 4, 15, 25), msg(MERE, "Kia ora Rawiri,", """
As promised, here's our proposal for the operations reporting project, with three pricing tiers.
""", "Ngā mihi,")),
     dict(name="Rawiri Henare", title="Data Centre Operations Lead", company="SouthernGrid Data Ltd",
          website="www.southerngrid.co.nz", linkedin="https://www.linkedin.com/in/rawiri-henare/"),
     [("+64 3 365 2280", "NZ", "landline"), ("+64 22 571 3094", "NZ", "mobile")])

# 91 -- UK trade union, Ms, "In solidarity", Direct line / Mobile
S = ("Deborah Akinyemi-Clarke", "d.akinyemi-clarke@tlwu.org.uk")
case(91, "en", "outlook", "trade-union-london", "GB", S, HANNAH, """
Dear Hannah,

Thanks for the demo. Our National Executive meets on 18 March and will consider the proposal then. In the meantime, could you confirm where member data would be hosted?

In solidarity,

§Ms Deborah Akinyemi-Clarke
§Assistant General Secretary
§Transport & Logistics Workers' Union (TLWU)
§128 Theobalds Road, London WC1X 8TN
§Direct line: 020 7611 4829
§Mobile: 07948 302 617
""", ol_en(HANNAH, S, D(2026, 2, 27, 14, 35), "Membership analytics – demo follow-up", msg(HANNAH, "Dear Ms Akinyemi-Clarke,", """
Thank you for attending the demo. I've attached the slides and a summary of the membership analytics package.
""", "Kind regards,")),
     dict(name="Deborah Akinyemi-Clarke", title="Assistant General Secretary",
          company="Transport & Logistics Workers' Union (TLWU)", address="128 Theobalds Road, London WC1X 8TN"),
     [("020 7611 4829", "GB", "landline"), ("07948 302 617", "GB", "mobile")])

# 92 -- forward with a note; firm only in the web domain; forwarded colleague signature is history
S = ("Tanya Brooks", "tbrooks@summitpeakhealth.org")
case(92, "en", "gmail", "forward-healthcare", "US", S, DEREK, """
Derek - FYI, see below from our facilities team re: the rack power specs. Can your engineers confirm compatibility?

Thanks,
§Tanya Brooks
§Director of IT Infrastructure
§(801) 412-6630
§summitpeakhealth.org
""", ["---------- Forwarded message ---------",
      "From: Luis Ortega <lortega@summitpeakhealth.org>",
      "Date: Mon, Aug 17, 2026 at 9:04 AM",
      "Subject: Rack power specs - Salt Lake DC",
      "To: Tanya Brooks <tbrooks@summitpeakhealth.org>",
      "",
      "",
      "Tanya,",
      "",
      "Racks in row C are on 208V 30A three-phase PDUs, max 8.6 kW per rack. Let me know if the vendor needs anything else.",
      "",
      "Luis Ortega",
      "Facilities Manager",
      "Summit Peak Health Partners",
      "(801) 412-6655"],
     dict(name="Tanya Brooks", title="Director of IT Infrastructure", website="summitpeakhealth.org"),
     [("(801) 412-6630", "US", "landline")])

# 93 -- Dubai luxury retail LLC, Office | WhatsApp, comma + dash title
S = ("Rania Haddad", "rania.haddad@maisonsolenne.ae")
case(93, "en", "outlook", "luxury-retail-dubai", "GB", S, HANNAH, """
Dear Hannah,

Thank you for the insightful session. Our regional team would like to extend the pilot to the Abu Dhabi and Doha boutiques. Could you share a revised proposal including Arabic-language reporting?

Kind regards,

§Rania Haddad
§Regional Director, Clienteling – GCC
§Maison Solenne Middle East LLC
§The Dubai Mall, Fashion Avenue, Level 1, Dubai, UAE
§Office +971 4 339 8120 | WhatsApp +971 55 704 2236
""", ol_en(HANNAH, S, D(2026, 10, 13, 8, 55), "Clienteling pilot – results", msg(HANNAH, "Dear Rania,", """
Attached are the results of the clienteling pilot at The Dubai Mall boutique. Repeat-visit rate is up 14% over the period.
""", "Kind regards,")),
     dict(name="Rania Haddad", title="Regional Director, Clienteling – GCC",
          company="Maison Solenne Middle East LLC", address="The Dubai Mall, Fashion Avenue, Level 1, Dubai, UAE"),
     [("+971 4 339 8120", "AE", "landline"), ("+971 55 704 2236", "AE", "mobile")])

# 94 -- inline reply with answers inside the quoted text, first-name signature
S = ("Greg Saunders", "gsaunders@heartlandseed.com")
case(94, "en", "outlook", "inline-answers", "US", S, DEREK, """
Hi Derek,

Answers inline below in [brackets].

Thanks,
§Greg
""", ol_en(DEREK, S, D(2026, 2, 17, 16, 5), "Heartland rollout – open questions", [
    "Hi Greg,",
    "",
    "A few open points before we schedule the install:",
    "1. How many seed-treatment lines will be monitored?",
    "[2 lines in Ames, 1 in Grinnell]",
    "2. Who should receive the alerts after hours?",
    "[Our plant manager, Dave Lindgren, cell 515-290-4471]",
    "3. Can we get remote VPN access for commissioning?",
    "[Yes, IT will send credentials Friday]",
    "",
    "Thanks,",
] + DEREK.sig, us=True),
     dict(name="Greg"), [])

# 95 -- Delhi NGO, Respected Sir, title, firm on one line, national numbers with hyphen
S = ("Sunita Rawat", "sunita.rawat.saksham@gmail.com")
case(95, "en", "gmail", "ngo-delhi", "IN", S, ROHAN, """
Respected Sir,

Thank you for agreeing to support our digital literacy drive. The camp will be held on 14th November at our Sangam Vihar centre. We request your team to reach by 9:30 AM.

Regards,
§Sunita Rawat
§Programme Coordinator, Saksham Foundation
§011-2698 4412 | 98110 67452
""", gm_en(ROHAN, D(2026, 10, 28, 19, 10), msg(ROHAN, "Dear Sunita ji,", """
Our team would be happy to volunteer for the digital literacy camp. Please share the date and venue details.
""", "Thanks & regards,")),
     dict(name="Sunita Rawat", title="Programme Coordinator", company="Saksham Foundation"),
     [("011-2698 4412", "IN", "landline"), ("98110 67452", "IN", "mobile")])

# 96 -- Skye distillery, Thunderbird quoting, .scot site
S = ("Isla MacLeod", "isla@glenaird.scot")
case(96, "en", "other", "distillery-skye", "GB", S, OLIVER, """
Hi Oliver,

Following our chat, I've pulled together the stock valuation for the maturing casks (see attached). The bonded warehouse is insured at replacement cost; the certificate is attached too.

All the best,
§Isla MacLeod
§Managing Director
§Glen Aird Distillery Ltd
§Aird Road, Portree, Isle of Skye IV51 9EU
§01478 612 470
§glenaird.scot
""", tb_en(OLIVER, D(2026, 9, 22, 14, 5), msg(OLIVER, "Hi Isla,", """
Good to speak earlier. For the cask-backed facility, we'll need a current valuation of the maturing stock and the insurance certificate for the bond.
""", "Best regards,")),
     dict(name="Isla MacLeod", title="Managing Director", company="Glen Aird Distillery Ltd",
          website="glenaird.scot", address="Aird Road, Portree, Isle of Skye IV51 9EU"),
     [("01478 612 470", "GB", "landline")])

# 97 -- Copenhagen ship agency A/S, Bredgade, Mob label
S = ("Sofie Lindholm Petersen", "slp@oresund-agency.dk")
case(97, "en", "outlook", "ship-agency-copenhagen", "GB", S, HANNAH, """
Hi Hannah,

Quick heads-up: I'm moving to our Rotterdam office from 1 January, so please address future correspondence to my colleague Lars (in cc). It's been a pleasure working with you.

Best wishes,

§Sofie Lindholm Petersen
§Senior Chartering Manager
§Øresund Ship Agency A/S
§Bredgade 40, 1260 København K
§Mob +45 40 18 62 37
§www.oresund-agency.dk
""", ol_en(HANNAH, S, D(2026, 12, 3, 10, 45), "Renewal 2027", msg(HANNAH, "Hi Sofie,", """
I hope all is well in Copenhagen. Your subscription renews on 1 February; shall I send the renewal paperwork to you as usual?
""", "Best wishes,"), cc="Lars Bech <lb@oresund-agency.dk>"),
     dict(name="Sofie Lindholm Petersen", title="Senior Chartering Manager", company="Øresund Ship Agency A/S",
          website="www.oresund-agency.dk", address="Bredgade 40, 1260 København K"),
     [("+45 40 18 62 37", "DK", "mobile")])

# 98 -- Get Outlook for Android, no signature
S = ("Vikram Desai", "vikram.desai@konkanagro.in")
case(98, "en", "android", "outlook-android-no-signature", "IN", S, ROHAN, """
Ok noted. Will revert by EOD.

Get Outlook for Android
""", ol_en(ROHAN, S, D(2026, 12, 9, 11, 20), "Mandi price dashboard – UAT", msg(ROHAN, "Hi Vikram,", """
UAT for the mandi price dashboard is live. Could you share feedback from your procurement team by Friday?
""", "Thanks & regards,"), rule=True, style="mobile"),
     None, [])

# 99 -- rural health co-op, MSN, RN, 2-line address, "main"/"cell" suffix labels
S = ("Angela Ruiz", "aruiz@highplainsrhc.org")
case(99, "en", "outlook", "rural-health-cheyenne", "US", S, DEREK, """
Derek,

Looping back with our CFO's sign-off. Please invoice to the address below, net 45.

Thank you,

§Angela Ruiz, MSN, RN
§Clinical Informatics Manager
§High Plains Rural Health Cooperative
§PO Box 3307
§Cheyenne, WY 82003
§(307) 634-2218 main
§(307) 701-5590 cell
""", ol_en(DEREK, S, D(2026, 11, 18, 9, 30), "Telehealth kiosks – approval", msg(DEREK, "Hi Angela,", """
Just checking whether your CFO has signed off on the telehealth kiosk order for the three clinics.
""", "Best,"), us=True),
     dict(name="Angela Ruiz", title="Clinical Informatics Manager", company="High Plains Rural Health Cooperative",
          address="PO Box 3307, Cheyenne, WY 82003"),
     [("(307) 634-2218", "US", "landline"), ("(307) 701-5590", "US", "mobile")])

# 100 -- Toronto hockey club, CPA, colleague's number in body, Zoom block after signature
S = ("Marcus Lee", "mlee@lakeshorehockey.ca")
case(100, "en", "gmail", "hockey-club-toronto", "CA", S, LIAM, """
Hi Liam,

Thanks for getting back to us. For anything contract-related, please call our controller, Dana Whitfield, directly at 416-815-2277; she's handling procurement while I'm on leave.

Zoom details for Thursday's integration walkthrough are below.

Regards,
§Marcus Lee, CPA
§VP Finance & Administration
§Lakeshore Hockey Club
§416-815-2200

Join Zoom Meeting
https://us06web.zoom.us/j/84419230577?pwd=Q2xvY2tIb2NrZXkyMDI2
Meeting ID: 844 1923 0577
Passcode: 481920
""", gm_en(LIAM, D(2026, 10, 26, 14, 40), msg(LIAM, "Hi Marcus,", """
Thanks for the call. I've attached the draft agreement. Could we schedule a walkthrough of the ticketing integration this week?
""", "Cheers,"), us=True),
     dict(name="Marcus Lee", title="VP Finance & Administration", company="Lakeshore Hockey Club"),
     [("416-815-2200", "CA", "landline")])


# ===========================================================================
# checks and output
# ===========================================================================
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w]+", " ", s, flags=re.UNICODE).replace("_", " ")
    return " ".join(s.split())


def check(cases):
    ids = set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert MARK not in c["body"], c["id"]
        lines = c["body"].split("\n")
        qs = c["_quote_start"]
        sig = c["signature"]
        assert sig == sorted(set(sig)), c["id"]
        for i in sig:
            assert 0 <= i < len(lines), (c["id"], i)
            assert lines[i].strip(), (c["id"], "blank labelled line", i)
            assert not lines[i].lstrip().startswith(">"), (c["id"], "quoted labelled line", i)
            assert qs is None or i < qs, (c["id"], "labelled line in history", i)
        f = c["fields"]
        assert "phones" in f
        if not sig:
            assert f == {"phones": []}, c["id"]
        sigtext = norm(" ".join(lines[i] for i in sig))
        for k, v in f.items():
            if k == "phones":
                continue
            assert v and norm(v) in sigtext, (c["id"], k, v)
            if k in ("email", "website", "linkedin"):
                assert any(v in lines[i] for i in sig), (c["id"], k, v)
        if "address" in f:
            assert norm(f["address"]) in norm(", ".join(lines[i] for i in sig)), c["id"]
        for p in f["phones"]:
            n = phonenumbers.parse(p["value"], None)
            assert phonenumbers.is_valid_number(n), (c["id"], p)
        # the mailbox user's name should appear in the quoted history (when there is one)
        if qs is not None:
            hist = "\n".join(lines[qs:])
            assert c["user"]["name"] in hist or c["_num"] in (30, 92), c["id"]
        assert c["lang"] in ("fr", "en") and c["client"] in ("outlook", "gmail", "iphone", "android", "other")
        assert re.fullmatch(r"[A-Z]{2}", c["region"])


def main():
    cases = sorted(CASES, key=lambda c: c["_num"])
    assert [c["_num"] for c in cases] == list(range(1, 101)), "numbering"
    check(cases)
    out = []
    for c in cases:
        out.append({k: v for k, v in c.items() if not k.startswith("_")})
    data = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    from collections import Counter
    print(f"wrote {OUT}: {len(out)} cases")
    print("lang:", dict(sorted(Counter(c["lang"] for c in out).items())))
    print("client:", dict(sorted(Counter(c["client"] for c in out).items())))
    print("region:", dict(sorted(Counter(c["region"] for c in out).items())))
    print("no signature:", sum(1 for c in out if not c["signature"]))
    print("signature lines:", sum(len(c["signature"]) for c in out))
    print("phones:", sum(len(c["fields"]["phones"]) for c in out),
          dict(sorted(Counter(p["type"] for c in out for p in c["fields"]["phones"]).items())))
    print("fields present:", dict(sorted(Counter(k for c in out for k in c["fields"] if k != "phones").items())))


if __name__ == "__main__":
    main()
