#!/usr/bin/env python3
"""Build blind evaluation set D for the email-signature reader.

Written by a helper session that never saw the reader, its tests or the other
evaluation sets.  Every person, firm, address and number is invented (town and
street names are real places, the people and firms are not).

Run:  /work/main/.venv/bin/python eval/signatures_blind/set_d/build.py
Writes cases.json next to this file (same bytes on every run).

Authoring DSL
-------------
Each case gives the NEW text of the reply as one string.  A line starting with
the marker "§" is a line of the sender's signature block; the marker is
stripped and the line index recorded in "signature".  The quoted history of the
mailbox user's earlier message is rendered by the Q(...) helpers (Outlook,
Gmail, Apple Mail, Thunderbird, Orange webmail, Samsung, Lotus Notes, Yahoo,
Windows Mail) and always carries the mailbox user's own signature.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.json")
MARK = "§"

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def D(y, mo, d, h, mi):
    return datetime.datetime(y, mo, d, h, mi)


def fr_long(dt):  # mardi 8 décembre 2026 10:15
    return f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def fr_gmail(dt):  # mar. 8 déc. 2026 à 10:15
    return f"{FR_DAYS_AB[dt.weekday()]} {dt.day} {FR_MONTHS_AB[dt.month - 1]} {dt.year} à {dt:%H:%M}"


def fr_apple(dt):  # 8 déc. 2026 à 10:15
    return f"{dt.day} {FR_MONTHS_AB[dt.month - 1]} {dt.year} à {dt:%H:%M}"


def ampm(dt, secs=False):
    h = dt.hour % 12 or 12
    s = ":%02d" % ((dt.minute * 7) % 60) if secs else ""
    return f"{h}:{dt.minute:02d}{s} {'AM' if dt.hour < 12 else 'PM'}"


def en_us_long(dt, secs=False):  # Tuesday, December 8, 2026 10:15 AM
    return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {ampm(dt, secs)}"


def en_uk_long(dt):  # 08 December 2026 10:15
    return f"{dt.day:02d} {EN_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


# --------------------------------------------------------------------------
# mailbox users (the Relance customers whose earlier message is quoted)
# --------------------------------------------------------------------------
class User:
    def __init__(self, addr, name, sig):
        self.addr, self.name, self.sig = addr, name, sig


AUBRAC = User("claire.dufresne@aubrac-conseil.fr", "Claire Dufresne", [
    "Claire Dufresne",
    "Consultante senior – Développement commercial",
    "Aubrac Conseil",
    "12 rue de Provence, 75009 Paris",
    "Tél. 01 84 60 21 37 | Mob. 06 71 42 88 15",
    "www.aubrac-conseil.fr",
])
NOVA = User("j.ferrand@novaterre-patrimoine.fr", "Julien Ferrand", [
    "Julien FERRAND",
    "Conseiller en gestion de patrimoine",
    "NOVATERRE PATRIMOINE",
    "45 quai Saint-Vincent – 69001 Lyon",
    "04 78 29 63 10 / 06 48 17 95 22",
    "N° ORIAS 21 004 518 – www.novaterre-patrimoine.fr",
])
SILLAGE = User("camille@atelier-sillage.com", "Camille Roux", [
    "-- ",
    "Camille Roux",
    "Business developer · Atelier Sillage",
    "+33 2 40 35 71 86 · +33 6 33 21 90 47",
    "atelier-sillage.com",
])
OSTREA = User("thomas.bellec@ostrea-advisory.com", "Thomas Bellec", [
    "Thomas Bellec",
    "Partner | Ostrea Advisory",
    "8 avenue Hoche, 75008 Paris, France",
    "T +33 1 53 77 24 90 | M +33 6 85 03 41 66",
    "ostrea-advisory.com",
])
LUMEN = User("s.haddad@lumen-export.fr", "Sarah Haddad", [
    "Sarah Haddad",
    "Export Sales Manager",
    "Lumen Export SAS – 27 cours du Médoc, 33300 Bordeaux, France",
    "+33 5 56 39 18 42 / +33 7 68 54 20 13",
])
CAPENT = User("n.perrin@capentreprendre.fr", "Nathalie Perrin", [
    "Nathalie Perrin",
    "Chargée d'affaires – Financement & aides publiques",
    "Cap Entreprendre Conseil",
    "Immeuble Le Vauban – 33 boulevard Vauban, 59000 Lille",
    "03 20 74 51 08 – 06 07 98 41 22",
])
HARTWELL = User("oliver.grant@hartwellpryce.co.uk", "Oliver Grant", [
    "Oliver Grant",
    "Associate Director, Hartwell Pryce Advisory",
    "14 Bedford Row, London WC1R 4BU",
    "020 3883 6120 | 07946 318204",
])
BOREAL = User("megagnon@groupeboreal.ca", "Marie-Ève Gagnon", [
    "Marie-Ève Gagnon, CPA",
    "Conseillère principale, croissance des entreprises",
    "Groupe Conseil Boréal",
    "1250, boul. René-Lévesque Ouest, bureau 2200",
    "Montréal (Québec)  H3B 4W8",
    "514 861-3390, poste 224",
])
LAMBOTTE = User("amelie.dewez@lambotte-conseil.be", "Amélie Dewez", [
    "Amélie Dewez",
    "Account manager PME",
    "Lambotte Conseil SRL",
    "Avenue Louise 231, 1050 Bruxelles",
    "+32 2 640 18 72",
])
LESTRADE = User("marion.lestrade@cabinet-lestrade.fr", "Marion Lestrade", [
    "Marion Lestrade",
    "Expert-comptable associée",
    "Cabinet Lestrade & Associés",
    "8 rue Fondaudège – 33000 Bordeaux",
    "05 57 14 28 60",
])
RELAIS = User("hugo.marchal@relais-pme.fr", "Hugo Marchal", [
    "Hugo Marchal | Relais PME Conseil",
    "Conseiller en financement d'entreprise",
    "06 81 40 27 93 · relais-pme.fr",
])
MERIDIA = User("antoine.vidal@meridia-software.com", "Antoine Vidal", [
    "Antoine Vidal",
    "Head of International Sales",
    "Meridia Logistics Software",
    "+33 4 72 91 36 58 · +33 6 19 57 03 84",
    "meridia-software.com",
])


# --------------------------------------------------------------------------
# quoted history renderers
# --------------------------------------------------------------------------
def _q(lines):
    return [("> " + l) if l else ">" for l in lines]


def Q(style, dt, subject, msg, **opts):
    return (style, dt, subject, msg, opts)


def render_quote(spec, s_addr, s_name, u):
    style, dt, subj, msg, o = spec
    msg = _lines(msg)
    body = msg + ([""] + u.sig if o.get("usersig", True) else [])
    out = []
    if style == "outlook_fr":
        sep = o.get("sep", "line")
        if sep == "line":
            out.append("________________________________")
        elif sep == "orig":
            out.append("-----Message d'origine-----")
        if o.get("mailto"):
            out.append(f"De : {u.name} [mailto:{u.addr}]")
        else:
            out.append(f"De : {u.name} <{u.addr}>")
        out.append(f"Envoyé : {fr_long(dt)}")
        out.append(f"À : {s_name} <{s_addr}>" if s_name else f"À : {s_addr}")
        if o.get("cc"):
            out.append(f"Cc : {o['cc']}")
        out.append(f"Objet : {subj}")
        out.append("")
        out += body
    elif style == "outlook_en":
        sep = o.get("sep", "line")
        if sep == "line":
            out.append("________________________________")
        elif sep == "orig":
            out.append("-----Original Message-----")
        out.append(f"From: {u.name} <{u.addr}>")
        out.append("Sent: " + (en_uk_long(dt) if o.get("uk") else en_us_long(dt, o.get("secs", False))))
        out.append(f"To: {s_name} <{s_addr}>" if s_name else f"To: {s_addr}")
        if o.get("cc"):
            out.append(f"Cc: {o['cc']}")
        out.append(f"Subject: {subj}")
        out.append("")
        out += body
    elif style == "gmail_fr":
        head = f"Le {fr_gmail(dt)}, {u.name} <{u.addr}>"
        if o.get("wrap"):
            out += [head, "a écrit :"]
        else:
            out.append(head + " a écrit :")
        out.append("")
        out += _q(body)
    elif style == "gmail_en":
        if o.get("us"):
            out.append(f"On {EN_DAYS[dt.weekday()][:3]}, {EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {ampm(dt)} {u.name} <{u.addr}> wrote:")
        else:
            out.append(f"On {EN_DAYS[dt.weekday()][:3]}, {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year} at {dt:%H:%M}, {u.name} <{u.addr}> wrote:")
        out.append("")
        out += _q(body)
    elif style == "apple_fr":
        out += _q([f"Le {fr_apple(dt)}, {u.name} <{u.addr}> a écrit :", ""] + body)
    elif style == "apple_en":
        if o.get("us"):
            head = f"On {EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, at {ampm(dt)}, {u.name} <{u.addr}> wrote:"
        else:
            head = f"On {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year}, at {dt:%H:%M}, {u.name} <{u.addr}> wrote:"
        out += _q([head, ""] + body)
    elif style == "apple_mac_fr":
        out.append(f"> Le {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} à {dt:%H:%M}, {u.name} <{u.addr}> a écrit :")
        out.append("> ")
        out += _q(body)
    elif style == "thunderbird_fr":
        out.append(f"Le {dt:%d/%m/%Y} à {dt:%H:%M}, {u.name} a écrit :")
        out += _q(body)
    elif style == "orange_fr":
        out += _q([f"Message du {dt:%d/%m/%y %H:%M}",
                   f'De : "{u.name}" <{u.addr}>',
                   f'A : "{s_addr}" ',
                   "Copie à : ",
                   f"Objet : {subj}",
                   ""] + body)
    elif style == "samsung_fr":
        out += ["", "-------- Message d'origine --------",
                f"De : {u.name} <{u.addr}> ",
                f"Date : {dt:%d/%m/%Y %H:%M} (GMT+01:00) ",
                f"À : {s_addr} ",
                f"Objet : {subj} ", ""] + body
    elif style == "samsung_en":
        out += ["", "-------- Original message --------",
                f"From: {u.name} <{u.addr}> ",
                f"Date: {dt:%d/%m/%Y %H:%M} (GMT+00:00) ",
                f"To: {s_addr} ",
                f"Subject: {subj} ", ""] + body
    elif style == "lotus_fr":
        out += [f"De :\t{u.name} <{u.addr}>",
                f"A :\t{s_addr}",
                f"Date :\t{dt:%d/%m/%Y %H:%M}",
                f"Objet :\t{subj}", ""] + body
    elif style == "lotus_en":
        out += [f"From:\t{u.name} <{u.addr}>",
                f"To:\t{s_addr}",
                f"Date:\t{dt:%m/%d/%Y %I:%M %p}",
                f"Subject:\t{subj}", ""] + body
    elif style == "yahoo_en":
        out.append(f"On {en_us_long(dt)}, {u.name} <{u.addr}> wrote:")
        out.append("")
        out += body
    elif style == "windows_fr":
        out += [f"De : {u.name}",
                f"Envoyé le :{fr_long(dt)}",
                f"À : {s_addr}",
                f"Objet :{subj}", ""] + body
    else:
        raise ValueError(style)
    return out


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
CASES = []


def _lines(s):
    if s.startswith("\n"):
        s = s[1:]
    if s.endswith("\n"):
        s = s[:-1]
    return s.split("\n")


def M(v):
    return (v, "mobile")


def L(v):
    return (v, "landline")


def F(v):
    return (v, "fax")


FIELD_ORDER = ("name", "title", "company", "email", "website", "linkedin", "address")


def C(cid, lang, client, region, sender, user, new, quote=None, inline=False,
      phones=(), **fields):
    raw = _lines(new)
    lines, sig = [], []
    for i, l in enumerate(raw):
        if l.startswith(MARK):
            sig.append(i)
            l = l[len(MARK):]
        lines.append(l)
    while lines and lines[-1].strip() == "":
        lines.pop()
    quote_start = len(lines)
    if quote is not None:
        lines.append("")
        quote_start = len(lines)
        lines += render_quote(quote, sender[0], sender[1], user)
    unknown = set(fields) - set(FIELD_ORDER)
    assert not unknown, (cid, unknown)
    f = {k: fields[k] for k in FIELD_ORDER if k in fields}
    f["phones"] = [{"value": v, "type": t} for v, t in phones]
    CASES.append({
        "id": cid, "lang": lang, "client": client, "region": region,
        "sender": {"address": sender[0], "name": sender[1]},
        "user": {"address": user.addr, "name": user.name},
        "body": "\n".join(lines),
        "signature": sig,
        "fields": f,
        "_quote_start": quote_start,
        "_inline": inline,
    })


# ==========================================================================
# FRENCH-LANGUAGE CASES
# ==========================================================================

C("d001-fr-outlook-boulangerie", "fr", "outlook", "FR",
  ("h.vasseur@fournil-des-pentes.fr", "Hélène Vasseur"), NOVA, """
Bonjour Monsieur Ferrand,

Merci pour votre relance et pour le détail des garanties.
Avec les commandes de fin d'année, nous n'avons pas eu le temps de regarder sérieusement le dossier prévoyance. Mon mari et moi préférons en reparler après les fêtes : pourriez-vous nous rappeler la semaine du 11 janvier, de préférence le matin avant 10h (après, c'est le coup de feu) ?

Bien cordialement,

§Hélène VASSEUR
§Gérante
§SARL Le Fournil des Pentes
§14 montée de la Grande-Côte
§69001 Lyon
§Tél : 04 78 28 51 63

[cid:image001.png@01DB4F2A.7C31E5B0]
""",
  Q("outlook_fr", D(2026, 11, 24, 9, 12), "Contrat de prévoyance – proposition", """
Bonjour Madame Vasseur,

Je me permets de revenir vers vous au sujet de la proposition de contrat de prévoyance que je vous ai adressée le 10 novembre.
Avez-vous pu en prendre connaissance ? Je reste disponible pour un échange téléphonique à votre convenance.

Bien cordialement,
"""),
  name="Hélène VASSEUR", title="Gérante", company="SARL Le Fournil des Pentes",
  address="14 montée de la Grande-Côte, 69001 Lyon",
  phones=[L("+33478285163")])

C("d002-fr-iphone-plombier", "fr", "iphone", "FR",
  ("lacaze.plomberie33@gmail.com", "Kévin Lacaze"), LESTRADE, """
Ok pour jeudi 14h au cabinet, j'amène les factures fournisseurs de septembre et le relevé URSSAF.
§Kévin Lacaze
§Lacaze Plomberie Chauffage
§06 12 87 44 09

Envoyé de mon iPhone
""",
  Q("apple_fr", D(2026, 10, 13, 17, 48), "RDV bilan", """
Bonjour Kévin,

Comme convenu, je vous propose de faire le point sur votre bilan jeudi 15 octobre à 14h au cabinet. Pensez à apporter les factures fournisseurs manquantes.

Bonne soirée,
"""),
  name="Kévin Lacaze", company="Lacaze Plomberie Chauffage",
  phones=[M("+33612874409")])

C("d003-fr-android-garage", "fr", "android", "FR",
  ("garagedubeffroi@wanadoo.fr", "Garage du Beffroi"), CAPENT, """
Bonjour Madame Perrin

oui j'ai bien reçu le dossier pour la subvention du pont élévateur, je vous renvoie les devis signés demain matin. Le comptable demande si la Région prend aussi le compresseur, vous me dites ?

Cdlt

§DELATTRE Franck
§Garage du Beffroi
§Mécanique toutes marques - Carrosserie - Climatisation
§52 rue de Lannoy 59100 Roubaix
§Tel 03 20 70 14 63  Fax 03 20 70 14 69
§Port 06 62 31 08 57

Envoyé de mon appareil Galaxy
""",
  Q("samsung_fr", D(2026, 11, 3, 11, 5), "Dossier subvention équipement – pièces à fournir", """
Bonjour Monsieur Delattre,

Vous trouverez ci-joint le dossier de demande de subvention pour l'équipement de l'atelier. Merci de me retourner les devis signés et l'attestation de régularité fiscale.

Bien cordialement,
"""),
  name="DELATTRE Franck", company="Garage du Beffroi",
  address="52 rue de Lannoy 59100 Roubaix",
  phones=[L("+33320701463"), F("+33320701469"), M("+33662310857")])

C("d004-fr-outlook-notaire", "fr", "outlook", "FR",
  ("akieffer@notaires-kieffer-obrecht.fr", "KIEFFER-HAAS Anne-Sophie"), AUBRAC, """
Madame,

J'ai bien pris connaissance de votre proposition de formation pour mes collaborateurs du service négociation immobilière. Le programme me paraît pertinent ; je souhaiterais toutefois qu'il soit adapté aux spécificités du droit local alsacien-mosellan, notamment pour la partie consacrée au livre foncier.
Pourriez-vous m'adresser une version modifiée avant le 18 décembre ? L'office sera fermé du 24 décembre au 2 janvier inclus.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

§Me Anne-Sophie KIEFFER-HAAS
§Notaire associée
§SCP KIEFFER-HAAS & OBRECHT
§Notaires associés
§2 quai Kléber – CS 30125
§67004 STRASBOURG CEDEX
§Standard : 03 88 15 20 36 – Ligne directe : 03 88 15 20 41
§Télécopie : 03 88 15 20 49
§akieffer@notaires-kieffer-obrecht.fr

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
L'office notarial traite vos données personnelles conformément au RGPD : www.notaires-kieffer-obrecht.fr/rgpd
""",
  Q("outlook_fr", D(2026, 12, 2, 15, 40), "Formation négociation immobilière – programme 2027", """
Maître,

Suite à notre entretien téléphonique, je vous prie de trouver ci-joint notre proposition de programme de formation à la négociation immobilière pour vos collaborateurs (2 jours, en intra).

Je reste à votre disposition pour l'adapter à vos besoins.

Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.
""", sep="orig"),
  name="Anne-Sophie KIEFFER-HAAS", title="Notaire associée", company="SCP KIEFFER-HAAS & OBRECHT",
  email="akieffer@notaires-kieffer-obrecht.fr",
  address="2 quai Kléber – CS 30125, 67004 STRASBOURG CEDEX",
  phones=[L("+33388152036"), L("+33388152041"), F("+33388152049")])

C("d005-fr-outlook-expert-comptable", "fr", "outlook", "FR",
  ("yann.gouraud@gouraud-associes.fr", "Yann GOURAUD"), SILLAGE, """
Bonjour,

Votre approche m'intéresse, mais pas avant la fin de la période fiscale. Recontactez-moi plutôt fin mai.
Par ailleurs, merci de retirer l'adresse contact@ de vos listes, c'est notre boîte générique et elle est relevée par l'accueil.

Cordialement

§Yann GOURAUD
§Expert-comptable – Commissaire aux comptes
§Associé gérant
§Gouraud & Associés
§5 boulevard Guist'hau · 44000 Nantes
§02 40 48 16 92 | yann.gouraud@gouraud-associes.fr
§www.gouraud-associes.fr

SELARL d'expertise comptable au capital de 40 000 € – RCS Nantes 812 345 678 – Inscrite au Tableau de l'Ordre des experts-comptables des Pays de la Loire
""",
  Q("outlook_fr", D(2026, 12, 1, 8, 55), "Vos futurs clients TPE : 10 rendez-vous qualifiés par mois ?", """
Bonjour Monsieur Gouraud,

Atelier Sillage accompagne une vingtaine de cabinets d'expertise comptable de l'Ouest dans leur prospection : nous prenons pour vous des rendez-vous qualifiés avec des dirigeants de TPE et PME de votre secteur.
Seriez-vous ouvert à un échange de 20 minutes la semaine prochaine ?

Belle journée,
"""),
  name="Yann GOURAUD", title="Expert-comptable – Commissaire aux comptes", company="Gouraud & Associés",
  email="yann.gouraud@gouraud-associes.fr", website="www.gouraud-associes.fr",
  address="5 boulevard Guist'hau · 44000 Nantes",
  phones=[L("+33240481692")])

C("d006-fr-gmail-pharmacie", "fr", "gmail", "FR",
  ("pharmacieduvieuxport13@gmail.com", "Pharmacie du Vieux-Port"), RELAIS, """
Bonjour Hugo,

Je te confirme que la banque a donné son accord de principe pour le prêt travaux (robot de délivrance + agencement de l'espace conseil). Il manque juste le bilan 2025 certifié, que Mme Orsini t'envoie directement.
On peut se caler un point téléphonique lundi ou mardi ? Le plus simple c'est de m'appeler à l'officine entre 13h et 14h, sinon sur le portable.

Bonne soirée,

§Dr Karim BENALI
§Pharmacien titulaire
§Pharmacie du Vieux-Port
§27 quai du Port, 13002 Marseille
§☎ 04.91.90.12.34
§📱 06.07.31.55.82
""",
  Q("gmail_fr", D(2026, 11, 19, 18, 2), "Financement travaux officine", """
Bonjour Karim,

As-tu pu avoir un retour de ta banque sur le prêt travaux ? De mon côté, le dossier de garantie Bpifrance est prêt, il ne manque que leur accord de principe.

Bonne soirée,
""", wrap=True),
  name="Karim BENALI", title="Pharmacien titulaire", company="Pharmacie du Vieux-Port",
  address="27 quai du Port, 13002 Marseille",
  phones=[L("+33491901234"), M("+33607315582")])

C("d007-fr-android-opticien", "fr", "android", "FR",
  ("l.rouquette@optique-capitole.fr", "Laetitia Rouquette"), AUBRAC, """
Bonjour Claire,

Désolée pour le délai de réponse, nous avons eu l'inventaire annuel.
Pour la formation vente additionnelle (verres progressifs / deuxième paire), je serais intéressée par la session de février pour 3 opticiennes du magasin. Je dois d'abord valider avec le siège de l'enseigne, je reviens vers vous d'ici vendredi.

Belle journée,

§Laetitia Rouquette
§Responsable magasin | Opticienne diplômée
§Optique du Capitole – Centre commercial Saint-Orens Gameville
§Bâtiment C, Route de Revel
§31650 Saint-Orens-de-Gameville
§05 61 39 72 18

Obtenir Outlook pour Android
""",
  Q("outlook_fr", D(2026, 11, 27, 16, 20), "Formation vente additionnelle – sessions 2027", """
Bonjour Madame Rouquette,

Je reviens vers vous concernant notre formation « Vente additionnelle en magasin d'optique ». Les prochaines sessions inter-entreprises auront lieu à Toulouse les 9 février et 13 avril.

Souhaitez-vous que je vous réserve des places ?

Bien à vous,
"""),
  name="Laetitia Rouquette", title="Responsable magasin | Opticienne diplômée", company="Optique du Capitole",
  address="Centre commercial Saint-Orens Gameville, Bâtiment C, Route de Revel, 31650 Saint-Orens-de-Gameville",
  phones=[L("+33561397218")])

C("d008-fr-thunderbird-veterinaire", "fr", "other", "FR",
  ("g.lebihan@clinique-veto-erdre.fr", "Dr Gwenaëlle Le Bihan"), SILLAGE, """
Bonjour Camille,

Suite à notre échange téléphonique : oui pour une démo du logiciel de prise de rendez-vous, mais uniquement un mardi après-midi (jour sans chirurgie).
Le 12 ou le 19 janvier nous conviendraient. Merci de prévoir 45 minutes maximum, nous serons trois (les deux associés et notre ASV principale).

Bien à vous,

-- 
§Dr Gwenaëlle Le Bihan
§Docteur vétérinaire – Associée
§Clinique Vétérinaire de l'Erdre (SELARL)
§18 route de Carquefou, 44300 Nantes
§Tél. 02 40 49 63 21 – Urgences 24h/24 : 02 40 49 63 00
§www.clinique-veto-erdre.fr
""",
  Q("thunderbird_fr", D(2026, 12, 15, 10, 3), "Démo agenda en ligne", """
Bonjour Docteur,

Merci pour votre accueil au téléphone ce matin. Comme convenu, je vous propose une démonstration de l'outil de prise de rendez-vous en ligne de notre client VetiPlan, en visio ou à la clinique.

Quelles seraient vos disponibilités en janvier ?

Bien cordialement,
"""),
  name="Gwenaëlle Le Bihan", title="Docteur vétérinaire – Associée", company="Clinique Vétérinaire de l'Erdre (SELARL)",
  website="www.clinique-veto-erdre.fr",
  address="18 route de Carquefou, 44300 Nantes",
  phones=[L("+33240496321"), L("+33240496300")])

C("d009-fr-outlook-hotel-ajaccio", "fr", "outlook", "FR",
  ("pm.santoni@hotel-ucastellu.com", "Paule-Marie Santoni"), AUBRAC, """
Bonjour Madame Dufresne,

Merci pour votre proposition. La saison étant terminée, l'équipe de réception est réduite jusqu'en mars ; nous pourrions envisager la formation « accueil et vente additionnelle » la semaine du 15 mars, avant la réouverture du restaurant.
Je vous laisse revenir vers moi avec un devis pour 8 personnes, sur site.

Cordialement,

§Paule-Marie Santoni
§Directrice d'exploitation
§Hôtel U Castellu ★★★★
§Route des Sanguinaires – 20000 Ajaccio – Corse
§T. +33 (0)4 95 51 23 47
§M. +33 (0)6 14 82 30 71
§reservation@hotel-ucastellu.com | www.hotel-ucastellu.com

[cid:image002.jpg@01DB52C1.0A9F3E20]
Lauréat des Trophées de l'hôtellerie corse 2025 – Catégorie Accueil
Suivez-nous : Instagram @hotelucastellu · Facebook /hotelucastellu
""",
  Q("outlook_fr", D(2026, 11, 16, 11, 30), "Formation accueil & vente additionnelle – hôtellerie", """
Bonjour Madame Santoni,

Suite à notre rencontre au salon Top Resa, je vous adresse notre catalogue de formations dédiées à l'hôtellerie indépendante. La formation « accueil et vente additionnelle » peut être organisée sur site, en basse saison.

Au plaisir d'échanger avec vous,
"""),
  name="Paule-Marie Santoni", title="Directrice d'exploitation", company="Hôtel U Castellu",
  email="reservation@hotel-ucastellu.com", website="www.hotel-ucastellu.com",
  address="Route des Sanguinaires – 20000 Ajaccio – Corse",
  phones=[L("+33495512347"), M("+33614823071")])

C("d010-fr-iphone-restaurant", "fr", "iphone", "FR",
  ("gregory.aubert@lepetitzinc-paris.fr", "Grégory Aubert"), RELAIS, """
Pas dispo cette semaine, rappelez moi plutôt au 06 22 48 71 90 lundi après le service (15h)
§Greg

Envoyé de mon iPhone
""",
  Q("apple_fr", D(2026, 12, 7, 9, 41), "Rachat du fonds – plan de financement", """
Bonjour Monsieur Aubert,

J'ai finalisé le plan de financement pour le rachat du fonds de commerce de la rue Oberkampf. Pouvons-nous en discuter cette semaine ? 20 minutes suffiront.

Bien à vous,
"""),
  name="Greg", phones=[])

C("d011-fr-outlook-transport", "fr", "outlook", "FR",
  ("m.vandenbussche@transports-vdb.fr", "VANDENBUSSCHE Mathilde"), CAPENT, """
Bonjour Nathalie,

Je vous transmets en pièce jointe l'attestation de la DREAL et le plan de renouvellement de la flotte (6 tracteurs Euro 6 remplacés par 4 tracteurs gaz et 2 électriques sur 2027).
Pour la partie bornes de recharge au dépôt de Lesquin, notre directeur technique, M. Wattel, est joignable au 03 20 87 45 66 si vous avez des questions techniques.

Merci et bonne journée.

§Mathilde VANDENBUSSCHE
§Responsable administrative et financière
§TRANSPORTS VANDENBUSSCHE SAS
§Groupe VDB Logistique
§ZA de la Pilaterie – 3 rue des Saules
§59290 Wasquehal
§Std : 03 20 65 12 00 | LD : 03 20 65 12 14 | Port : 06 31 84 27 55
""",
  Q("outlook_fr", D(2026, 11, 30, 14, 12), "Appel à projets décarbonation du transport – pièces", """
Bonjour Madame Vandenbussche,

Pour finaliser votre candidature à l'appel à projets, il nous manque l'attestation DREAL et le plan de renouvellement de la flotte. La date limite de dépôt est le 15 décembre.

Bien cordialement,
"""),
  name="Mathilde VANDENBUSSCHE", title="Responsable administrative et financière",
  company="TRANSPORTS VANDENBUSSCHE SAS",
  address="ZA de la Pilaterie – 3 rue des Saules, 59290 Wasquehal",
  phones=[L("+33320651200"), L("+33320651214"), M("+33631842755")])

C("d012-fr-gmail-batiment-alsace", "fr", "gmail", "FR",
  ("jl.schaeffer@batiments-schaeffer.fr", "Jean-Luc Schaeffer"), AUBRAC, """
Bonjour,

Pour la visite, le mieux est de nous retrouver directement sur le chantier de la résidence, 14 rue des Vosges à Sélestat, mercredi à 8h. Il y a un parking visiteurs devant la base vie. Si vous êtes en retard appelez le chef de chantier, Dominique, au 06 45 20 71 38.
Je vous envoie le plan d'accès.

Salutations

§Jean-Luc SCHAEFFER
§Conducteur de travaux principal
§Bâtiments Schaeffer SAS
§Gros œuvre · Rénovation · Maçonnerie
§Lieu-dit Kreuzfeld
§67600 Sélestat
§GSM 06 83 12 47 09
§Tél. bureau 03 88 82 19 40
""",
  Q("gmail_fr", D(2026, 10, 20, 7, 58), "Observation terrain – formation de vos chefs de chantier", """
Bonjour Monsieur Schaeffer,

Avant de vous proposer un programme de formation pour vos chefs de chantier sur la relation client, je souhaiterais passer une demi-journée sur l'un de vos chantiers. Seriez-vous d'accord ?

Cordialement,
"""),
  name="Jean-Luc SCHAEFFER", title="Conducteur de travaux principal", company="Bâtiments Schaeffer SAS",
  address="Lieu-dit Kreuzfeld, 67600 Sélestat",
  phones=[M("+33683124709"), L("+33388821940")])

C("d013-fr-outlook-esn", "fr", "outlook", "FR",
  ("raphael.nguyen-tran@nexalis-services.fr", "Raphaël NGUYEN-TRAN"), SILLAGE, """
Bonjour Camille,

Merci pour le compte rendu de la campagne de novembre : 14 rendez-vous qualifiés, c'est au-dessus de ce qu'on avait l'an dernier.
On valide la reconduction pour le T1 sur le même périmètre (DSI des ETI industrielles, Grand Ouest + Île-de-France). Je fais partir le bon de commande par notre service achats cette semaine.

À bientôt,

§Raphaël Nguyen-Tran
§Responsable commercial grands comptes | Direction commerciale
§Nexalis Services
§📞 +33 1 76 42 18 90
§📱 +33 7 81 22 45 90
§✉️ raphael.nguyen-tran@nexalis-services.fr
§🌐 www.nexalis-services.fr
§🔗 linkedin.com/in/raphael-nguyen-tran
Suivez Nexalis sur LinkedIn : https://www.linkedin.com/company/nexalis-services
""",
  Q("outlook_fr", D(2026, 12, 4, 17, 35), "Bilan campagne novembre + proposition T1", """
Bonjour Raphaël,

Vous trouverez ci-joint le bilan de la campagne de novembre ainsi que notre proposition pour le premier trimestre 2027.

Bonne fin de semaine,
"""),
  name="Raphaël Nguyen-Tran", title="Responsable commercial grands comptes", company="Nexalis Services",
  email="raphael.nguyen-tran@nexalis-services.fr", website="www.nexalis-services.fr",
  linkedin="linkedin.com/in/raphael-nguyen-tran",
  phones=[L("+33176421890"), M("+33781224590")])

C("d014-fr-outlook-imprimerie", "fr", "outlook", "FR",
  ("s.mercier@loire-offset.fr", "Sandrine Mercier"), LUMEN, """
Bonjour Madame Haddad,

Veuillez trouver ci-joint notre devis n° D26-1187 pour l'impression de vos catalogues export (2 000 ex., 48 pages, dos carré collé, version FR/EN).
Le BAT doit nous parvenir au plus tard le 8 janvier pour une livraison le 22 à Bordeaux.

Je reste à votre disposition pour tout complément d'information.

§Sandrine Mercier
§Chargée de clientèle – PAO
§Imprimerie Loire Offset
§Lieu-dit La Grande Noë – ZA du Bocage
§85600 Montaigu-Vendée
§Tél. 02 51 94 30 12 poste 12
§s.mercier@loire-offset.fr

Imprimerie certifiée Imprim'Vert® – PEFC™ 10-31-2187
Pensez à la planète : n'imprimez ce courriel que si nécessaire.
""",
  Q("outlook_fr", D(2026, 12, 9, 10, 22), "Demande de devis – catalogue export 2027", """
Bonjour,

Nous souhaiterions recevoir un devis pour l'impression de notre catalogue export 2027 : 2 000 exemplaires, 48 pages, format A4, dos carré collé, version bilingue.
Livraison souhaitée fin janvier à Bordeaux.

Merci d'avance,
"""),
  name="Sandrine Mercier", title="Chargée de clientèle – PAO", company="Imprimerie Loire Offset",
  email="s.mercier@loire-offset.fr",
  address="Lieu-dit La Grande Noë – ZA du Bocage, 85600 Montaigu-Vendée",
  phones=[L("+33251943012")])

C("d015-fr-outlook-medecin", "fr", "outlook", "FR",
  ("dr.faure-arnaud@cabinet-tilleuls.fr", "Dr Isabelle FAURE-ARNAUD"), NOVA, """
Bonjour Monsieur Ferrand,

Je ne pourrai pas être présente au rendez-vous du 16, une garde a été avancée. Ma secrétaire peut vous proposer un autre créneau, appelez directement le secrétariat.
Concernant le PER, je préfère attendre l'avis de mon expert-comptable avant de signer quoi que ce soit.

Bien cordialement,

§Dr Isabelle FAURE-ARNAUD
§Médecin généraliste
§SCM Cabinet médical des Tilleuls
§Résidence Les Tilleuls – Bâtiment B
§3 chemin de la Sarra, 69005 Lyon
§Secrétariat : 04 78 25 60 14
Prise de rendez-vous en ligne : https://www.doctolib.fr/medecin-generaliste/lyon/isabelle-faure-arnaud
""",
  Q("outlook_fr", D(2026, 12, 3, 19, 4), "Rendez-vous du 16 décembre – bilan patrimonial", """
Docteur,

Je vous confirme notre rendez-vous du mercredi 16 décembre à 13h30 à votre cabinet pour faire le point sur votre bilan patrimonial et l'ouverture d'un PER.

Bien cordialement,
"""),
  name="Isabelle FAURE-ARNAUD", title="Médecin généraliste", company="SCM Cabinet médical des Tilleuls",
  address="Résidence Les Tilleuls – Bâtiment B, 3 chemin de la Sarra, 69005 Lyon",
  phones=[L("+33478256014")])

C("d016-fr-android-dentiste-nosig", "fr", "android", "FR",
  ("thibault.arrighi@yahoo.fr", "Thibault Arrighi"), LESTRADE, """
Bonjour Marion,
Voici les relevés bancaires de novembre en PJ. Pour la TVS du véhicule je ne sais pas, je vous laisse voir avec Sylvie au cabinet (05 56 44 72 09, elle est là le matin).
Merci !

Envoyé de Yahoo Mail pour Android
""",
  Q("gmail_fr", D(2026, 12, 10, 8, 47), "Pièces manquantes – clôture 2026", """
Bonjour Docteur,

Pour avancer sur la clôture, il me manque les relevés bancaires de novembre et un justificatif pour la taxe sur les véhicules de société.

Bonne journée,
"""),
  phones=[])

C("d017-fr-outlook-architecte", "fr", "outlook", "FR",
  ("b.roussel@roussel-architectes.com", "Bastien ROUSSEL"), AUBRAC, """
Bonjour,

Merci pour votre relance. Nous ne donnerons pas suite cette année : l'agence est en pleine charge avec deux concours en cours.
N'hésitez pas à revenir vers nous en septembre.

Cordialement,

§Bastien ROUSSEL
§Architecte DPLG – Gérant
§ATELIER ROUSSEL ARCHITECTES EURL
§Les Docks – Atrium 10.4
§10 place de la Joliette, 13002 Marseille
§+33 (0)4 91 08 56 23
§www.roussel-architectes.com

Inscrit à l'Ordre des Architectes PACA sous le n° 078412
""",
  Q("outlook_fr", D(2026, 11, 12, 9, 0), "RE: Développer vos missions privées – atelier dirigeants", """
Bonjour Monsieur Roussel,

Je me permets de revenir vers vous au sujet de notre atelier « Développer ses missions auprès des maîtres d'ouvrage privés ». Souhaitez-vous que nous en parlions ?

Bien à vous,
"""),
  name="Bastien ROUSSEL", title="Architecte DPLG – Gérant", company="ATELIER ROUSSEL ARCHITECTES EURL",
  website="www.roussel-architectes.com",
  address="Les Docks – Atrium 10.4, 10 place de la Joliette, 13002 Marseille",
  phones=[L("+33491085623")])

C("d018-fr-outlook-avocat", "fr", "outlook", "FR",
  ("lchabrier@chabrier-delorme.com", "Laurent Chabrier"), OSTREA, """
Cher Thomas,

Je vous confirme que nous intervenons bien pour le compte des cédants dans le dossier Hélios. Le projet de protocole d'accord vous sera adressé d'ici jeudi soir ; nous aurons besoin de vos commentaires avant la réunion du 14 janvier.
Mon associée, Me Delorme, est en copie.

Bien à vous,

§Laurent Chabrier
§Avocat associé | Fusions-acquisitions
§CHABRIER DELORME AVOCATS
§47 rue de Courcelles – 75008 Paris
§Tél. : +33 (0)1 42 89 31 75 – Fax : +33 (0)1 42 89 31 70
§lchabrier@chabrier-delorme.com

SELAS au capital de 50 000 euros – Avocats au Barreau de Paris – Toque P 412
Ce message est confidentiel et peut être couvert par le secret professionnel. S'il ne vous est pas destiné, merci d'en informer l'expéditeur et de le supprimer sans en faire usage.
""",
  Q("outlook_fr", D(2026, 12, 14, 18, 50), "Projet Hélios – calendrier", """
Cher Maître,

Pouvez-vous me confirmer que vous représentez bien les cédants dans le projet Hélios, et me donner une idée du calendrier pour le protocole ?

Bien à vous,
""", cc="Nina Delorme <ndelorme@chabrier-delorme.com>"),
  name="Laurent Chabrier", title="Avocat associé", company="CHABRIER DELORME AVOCATS",
  email="lchabrier@chabrier-delorme.com",
  address="47 rue de Courcelles – 75008 Paris",
  phones=[L("+33142893175"), F("+33142893170")])

C("d019-fr-outlook-geometre", "fr", "outlook", "FR",
  ("p.lafforgue@lafforgue-geometres.fr", "Philippe LAFFORGUE"), RELAIS, """
Monsieur Marchal,

Comme convenu au téléphone, je vous adresse ci-joint nos trois derniers bilans ainsi que le prévisionnel pour l'acquisition du scanner 3D.
Le montant de l'investissement est de 68 400 € HT ; nous souhaiterions un financement sur 5 ans.

Salutations distinguées.

§Philippe LAFFORGUE
§Géomètre-Expert
§SELARL Lafforgue Géomètres-Experts
§Chemin de Pouvourville
§Lotissement Les Coteaux, lot n°7
§31400 Toulouse
§Tél.\t05 61 52 84 30
§Mob.\t06 09 45 17 62

OGE : inscrit au Tableau de l'Ordre sous le n° 05817
""",
  Q("outlook_fr", D(2026, 11, 25, 12, 15), "Financement scanner 3D", """
Monsieur Lafforgue,

Merci pour notre échange de ce matin. Pour monter le dossier de financement, pourriez-vous m'envoyer vos trois derniers bilans et le prévisionnel lié à l'investissement ?

Cordialement,
""", mailto=True),
  name="Philippe LAFFORGUE", title="Géomètre-Expert", company="SELARL Lafforgue Géomètres-Experts",
  address="Chemin de Pouvourville, Lotissement Les Coteaux, lot n°7, 31400 Toulouse",
  phones=[L("+33561528430"), M("+33609451762")])

C("d020-fr-outlook-mairie", "fr", "outlook", "FR",
  ("l.caron@ville-armentieres.fr", "CARON Ludivine"), CAPENT, """
Bonjour Madame Perrin,

La commune ne peut pas s'engager sur votre offre d'accompagnement en dehors d'une procédure de marché public. Je vous invite à surveiller notre profil acheteur : une consultation relative à l'animation du dispositif « Boutique à l'essai » devrait être publiée courant février.

Cordialement,

§Ludivine Caron
§Chargée de mission Commerce et Artisanat
§Direction du Développement économique
§Mairie d'Armentières
§Hôtel de Ville – Place du Général de Gaulle – BP 70137
§59427 Armentières Cedex
§Tél. : 03 20 44 18 62

Ensemble, agissons pour l'environnement : n'imprimez ce message que si nécessaire.
Ce courriel et ses éventuelles pièces jointes sont destinés exclusivement à leurs destinataires. La Ville d'Armentières décline toute responsabilité en cas d'altération du message.
""",
  Q("outlook_fr", D(2026, 12, 1, 10, 10), "Accompagnement des commerçants du centre-ville", """
Madame,

Cap Entreprendre Conseil accompagne plusieurs communes des Hauts-de-France dans la redynamisation de leur centre-ville. Je serais heureuse de vous présenter nos dispositifs d'accompagnement des commerçants.

Bien cordialement,
"""),
  name="Ludivine Caron", title="Chargée de mission Commerce et Artisanat", company="Mairie d'Armentières",
  address="Hôtel de Ville – Place du Général de Gaulle – BP 70137, 59427 Armentières Cedex",
  phones=[L("+33320441862")])

C("d021-fr-outlook-communaute-communes", "fr", "outlook", "FR",
  ("f.dumoulin@cc-coteaux-gascogne.fr", "Frédéric DUMOULIN"), RELAIS, """
Bonjour,

Suite à la commission économique d'hier soir, les élus ont retenu votre cabinet pour l'accompagnement des commerçants et artisans du centre-bourg (lot 2). Le courrier de notification partira en recommandé cette semaine.
Une réunion de lancement pourrait se tenir le mardi 19 janvier à 14h, au siège de la communauté de communes.

Bien cordialement,

§Frédéric Dumoulin
§Directeur du développement territorial
§Communauté de communes des Coteaux de Gascogne
§1 place de la Halle – 32160 Plaisance
§Tél. 05 62 69 40 15 / 06 75 38 92 04
§https://www.cc-coteaux-gascogne.fr
📅 Prendre rendez-vous avec moi : https://outlook.office.com/bookwithme/user/8f2c41d0a7e94b1c@cc-coteaux-gascogne.fr
""",
  Q("outlook_fr", D(2026, 12, 11, 16, 45), "Marché 2026-07 – lot 2 – réponse Relais PME Conseil", """
Monsieur le Directeur,

Je me permets de vous relancer concernant notre offre pour le lot 2 du marché d'accompagnement des entreprises du territoire, déposée le 20 novembre.

Je vous prie d'agréer mes salutations distinguées.
"""),
  name="Frédéric Dumoulin", title="Directeur du développement territorial",
  company="Communauté de communes des Coteaux de Gascogne",
  website="https://www.cc-coteaux-gascogne.fr",
  address="1 place de la Halle – 32160 Plaisance",
  phones=[L("+33562694015"), M("+33675389204")])

C("d022-fr-outlook-cci", "fr", "outlook", "FR",
  ("c.wurtz@alsace-eurometropole.cci.fr", "WURTZ Céline"), AUBRAC, """
Bonjour Madame Dufresne,

Merci pour votre message. Je transmets votre proposition d'atelier « Prospecter en Allemagne » à ma responsable, Mme Ott, qui gère le programme des matinales 2027. Elle reviendra vers vous directement.

Bien cordialement,

§Céline Wurtz
§Conseillère entreprises – Commerce international
§CCI Alsace Eurométropole
§10 place Gutenberg – CS 70012 – 67085 Strasbourg Cedex
§T. 03 88 75 24 61
§www.alsace-eurometropole.cci.fr
""",
  Q("outlook_fr", D(2026, 11, 23, 14, 5), "Proposition d'atelier – Prospecter en Allemagne", """
Bonjour Madame Wurtz,

Dans le cadre de vos matinales export, je vous propose d'animer un atelier de 2 heures sur la prospection commerciale en Allemagne, destiné aux PME alsaciennes.

Bien cordialement,
"""),
  name="Céline Wurtz", title="Conseillère entreprises – Commerce international", company="CCI Alsace Eurométropole",
  website="www.alsace-eurometropole.cci.fr",
  address="10 place Gutenberg – CS 70012 – 67085 Strasbourg Cedex",
  phones=[L("+33388752461")])

C("d023-fr-outlook-chambre-agriculture", "fr", "outlook", "FR",
  ("a.lalanne@gironde.chambagri.fr", "LALANNE Arnaud"), LESTRADE, """
Bonjour,

Je vous confirme la participation de la Chambre à la réunion d'information du 28 janvier sur la transmission des exploitations viticoles. Je serai accompagné de ma collègue juriste, Mme Bordes.
Merci de nous indiquer si un vidéoprojecteur est disponible sur place.

Cordialement.

§Arnaud Lalanne
§Conseiller installation – transmission
§Pôle Entreprises & Territoires
§Chambre d'agriculture de la Gironde
§17 cours Xavier Arnozan – CS 71305 – 33082 Bordeaux Cedex
§Tél. : 05 56 79 64 23 – Port. : 06 48 72 31 05
""",
  Q("outlook_fr", D(2026, 12, 8, 11, 20), "Réunion transmission viticole – 28 janvier", """
Bonjour Monsieur Lalanne,

Le cabinet organise le jeudi 28 janvier une réunion d'information sur la transmission des exploitations viticoles. Nous serions ravis que la Chambre puisse y présenter les dispositifs d'accompagnement.

Bien cordialement,
"""),
  name="Arnaud Lalanne", title="Conseiller installation – transmission",
  company="Chambre d'agriculture de la Gironde",
  address="17 cours Xavier Arnozan – CS 71305 – 33082 Bordeaux Cedex",
  phones=[L("+33556796423"), M("+33648723105")])

C("d024-fr-lotus-hopital", "fr", "other", "FR",
  ("evelyne.ducrocq@ch-valenciennes.fr", "DUCROCQ Evelyne"), MERIDIA, """
Bonjour Monsieur Vidal,

Nous accusons réception de votre offre pour la solution de traçabilité des flux logistiques. Nous vous rappelons que toute proposition doit être déposée sur la plateforme de dématérialisation dans le cadre de la consultation n° 2026-LOG-041, avant le 15 janvier 2027 à 12h00.
Aucune offre transmise par courriel ne pourra être retenue.

Cordialement,

§Mme Évelyne DUCROCQ
§Acheteuse – Filière Logistique et Transports
§Direction des Achats et de la Logistique
§Centre Hospitalier de Valenciennes
§Avenue Désandrouin – CS 50479 – 59322 Valenciennes Cedex
§Tél. 03 27 14 38 52 – Fax 03 27 14 38 09
""",
  Q("lotus_fr", D(2026, 12, 14, 9, 30), "Offre Meridia – traçabilité logistique hospitalière", """
Madame,

Je vous prie de trouver ci-joint notre offre pour la traçabilité des flux logistiques de votre établissement, suite à notre présentation du 30 novembre.

Bien cordialement,
"""),
  name="Évelyne DUCROCQ", title="Acheteuse – Filière Logistique et Transports",
  company="Centre Hospitalier de Valenciennes",
  address="Avenue Désandrouin – CS 50479 – 59322 Valenciennes Cedex",
  phones=[L("+33327143852"), F("+33327143809")])

C("d025-fr-outlook-universite", "fr", "outlook", "FR",
  ("yassine.el-amrani@univ-lille.fr", "Yassine El Amrani"), CAPENT, """
Bonjour Madame Perrin,

Je reviens vers vous concernant la convention de stage de vos deux étudiants de master. Les documents signés par le responsable pédagogique sont en pièce jointe ; il ne manque plus que la signature de votre gérant en page 4.

Bonne fin de journée,

§Yassine El Amrani
§Chargé de relations entreprises
§Service Partenariats & Insertion professionnelle
§Université de Lille
§Cité Scientifique – Bâtiment SH2 – 59655 Villeneuve-d'Ascq Cedex
§+33 (0)3 62 26 84 17

Je serai absent du 23 décembre au 4 janvier inclus. Pour toute demande urgente : partenariats-entreprises@univ-lille.fr
""",
  Q("outlook_fr", D(2026, 12, 15, 9, 5), "Conventions de stage – master Entrepreneuriat", """
Bonjour Monsieur El Amrani,

Où en sont les conventions de stage de nos deux futurs stagiaires (Lina Haddou et Tom Verstraete) ? Le stage doit débuter le 11 janvier.

Bien cordialement,
"""),
  name="Yassine El Amrani", title="Chargé de relations entreprises", company="Université de Lille",
  address="Cité Scientifique – Bâtiment SH2 – 59655 Villeneuve-d'Ascq Cedex",
  phones=[L("+33362268417")])

C("d026-fr-gmail-lycee", "fr", "gmail", "FR",
  ("ddfpt.jmdr@ac-nantes.fr", "DDFPT Lycée Jean-Moulin-des-Rives"), SILLAGE, """
Bonjour,

Le lycée serait intéressé pour accueillir une intervention de votre équipe auprès des BTS NDRC (négociation et digitalisation de la relation client) au printemps. Pouvez-vous m'appeler pour en discuter ? Je suis joignable le lundi et le jeudi.

Cordialement,

§M. Olivier Tessier
§DDFPT – Directeur délégué aux formations professionnelles et technologiques
§Lycée polyvalent Jean-Moulin-des-Rives
§1 rue des Rives de la Chézine, 44100 Nantes
§02 51 80 63 47 (ligne directe) – 02 51 80 63 00 (standard)
""",
  Q("gmail_fr", D(2026, 11, 26, 13, 12), "Intervention auprès de vos BTS", """
Bonjour,

Atelier Sillage est une agence nantaise de prospection B2B. Nous intervenons régulièrement auprès d'étudiants en BTS commerciaux pour présenter nos métiers (SDR, business developer).
Seriez-vous intéressé par une intervention au printemps ?

Bien cordialement,
"""),
  name="Olivier Tessier", title="DDFPT – Directeur délégué aux formations professionnelles et technologiques",
  company="Lycée polyvalent Jean-Moulin-des-Rives",
  address="1 rue des Rives de la Chézine, 44100 Nantes",
  phones=[L("+33251806347"), L("+33251806300")])

C("d027-fr-outlook-banque", "fr", "outlook", "FR",
  ("melanie.darrieux@banque-aquitaine-atlantique.fr", "DARRIEUX Mélanie"), LUMEN, """
Bonjour Madame Haddad,

J'ai bien reçu les éléments pour la demande de crédit documentaire (import Vietnam). Le dossier part en comité vendredi, je vous tiens informée dès que possible.
En mon absence, vous pouvez joindre mon collègue Antoine Sarraute au 05 56 00 41 37.

Bien cordialement,

§Mélanie Darrieux
§Conseillère clientèle professionnels
§Agence Bordeaux Chartrons
§Banque Aquitaine Atlantique
§62 quai des Chartrons – 33000 Bordeaux
§Tél. : 05 56 00 41 32
§melanie.darrieux@banque-aquitaine-atlantique.fr

Banque Aquitaine Atlantique – SA à directoire et conseil de surveillance au capital de 120 000 000 € – Siège social : 1 place de la Bourse, 33000 Bordeaux – RCS Bordeaux 456 789 123 – Intermédiaire en assurance ORIAS n° 07 023 418
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite.
""",
  Q("outlook_fr", D(2026, 12, 7, 15, 33), "Crédit documentaire – import Vietnam", """
Bonjour Madame Darrieux,

Vous trouverez ci-joint le contrat fournisseur, la facture pro forma et le connaissement prévisionnel pour notre demande de crédit documentaire.

Bien cordialement,
"""),
  name="Mélanie Darrieux", title="Conseillère clientèle professionnels", company="Banque Aquitaine Atlantique",
  email="melanie.darrieux@banque-aquitaine-atlantique.fr",
  address="62 quai des Chartrons – 33000 Bordeaux",
  phones=[L("+33556004132")])

C("d028-fr-outlook-assurance", "fr", "outlook", "FR",
  ("agence.nantes-erdre@mutuelle-atlantique.fr", "Bertrand Le Floch"), NOVA, """
Bonjour Julien,

Voici l'avenant pour le contrat multirisque de la SCI de vos clients M. et Mme Brossard. Il faut juste le retour signé avant le 31 pour éviter la reconduction tacite sur l'ancien tarif.
Bonne réception.

§Bertrand Le Floch
§Agent général
§Mutuelle Atlantique Assurances
§Agence Nantes Erdre
§4 rue Paul-Bellamy, 44000 Nantes
§02 40 20 58 71 – 06 16 84 22 97
N° ORIAS 07 012 345 – www.orias.fr
Agent général d'assurance, exclusif de Mutuelle Atlantique Assurances
""",
  Q("outlook_fr", D(2026, 12, 9, 17, 2), "SCI Brossard – multirisque", """
Bonjour Bertrand,

Mes clients M. et Mme Brossard souhaitent revoir les garanties de la multirisque de leur SCI (extension aux pertes de loyers). Peux-tu me préparer un avenant ?

Merci,
"""),
  name="Bertrand Le Floch", title="Agent général", company="Mutuelle Atlantique Assurances",
  address="4 rue Paul-Bellamy, 44000 Nantes",
  phones=[L("+33240205871"), M("+33616842297")])

C("d029-fr-applemail-family-office", "fr", "other", "FR",
  ("e.devaublanc@ardent-cie.fr", "Édouard de Vaublanc"), OSTREA, """
Thomas,

Nous avons étudié le mémorandum. La valorisation nous paraît élevée au regard de l'EBITDA normatif ; nous serions néanmoins prêts à rencontrer les dirigeants début février.
Mon assistante, Clémence, vous proposera des créneaux.

Bien à vous,
§Édouard de Vaublanc
§Directeur des investissements
§ARDENT & CIE Family Office
§24 rue du Faubourg Saint-Honoré, 75008 Paris
§+33 1 44 51 72 60

Ardent & Cie SAS au capital de 2 000 000 € – RCS Paris 834 112 907 – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-19000027
Les informations contenues dans ce message sont strictement confidentielles et réservées à l'usage de leurs destinataires.
""",
  Q("apple_mac_fr", D(2026, 12, 2, 8, 40), "Projet Cassiopée – mémorandum d'information", """
Édouard,

Comme évoqué, vous trouverez ci-joint le mémorandum d'information du projet Cassiopée (distribution B2B de matériel médical, CA 38 M€). Les premières marques d'intérêt sont attendues pour le 18 décembre.

Bien à vous,
"""),
  name="Édouard de Vaublanc", title="Directeur des investissements", company="ARDENT & CIE Family Office",
  address="24 rue du Faubourg Saint-Honoré, 75008 Paris",
  phones=[L("+33144517260")])

C("d030-fr-gmail-startup", "fr", "gmail", "FR",
  ("maxime@plantae.io", "Maxime Tournier"), SILLAGE, """
Hello Camille,

Top, merci pour les fichiers ! On regarde ça avec Inès et on te fait un retour d'ici mercredi.
Si c'est plus simple, prends directement un créneau dans mon agenda (lien ci-dessous).

A+

[Logo]
§Maxime Tournier
§CEO & co-founder
§+33 6 52 18 73 40
§plantae.io | linkedin.com/in/maximetournier
📅 Prendre RDV : https://calendly.com/maxime-plantae/30min
""",
  Q("gmail_fr", D(2026, 12, 14, 11, 58), "Fichiers de prospection – restauration collective", """
Hello Maxime,

Comme promis, voici les deux fichiers de prospection (restauration collective Île-de-France et Hauts-de-France), 1 240 contacts qualifiés au total.

Bonne journée,
"""),
  name="Maxime Tournier", title="CEO & co-founder", website="plantae.io",
  linkedin="linkedin.com/in/maximetournier",
  phones=[M("+33652187340")])

C("d031-fr-thunderbird-association", "fr", "other", "FR",
  ("terredentraide59@orange.fr", "Terre d'Entraide 59"), CAPENT, """
Bonjour Nathalie,

Je suis bénévole et je ne suis au local que le mardi et le vendredi, d'où mon retard, désolée !
Le conseil d'administration a validé le dépôt du dossier FDVA. Je vous envoie les statuts et le dernier PV d'AG dans un second mail (trop lourd).

Merci encore pour votre aide,

§Françoise Delannoy
§Présidente
§Association Terre d'Entraide 59
§Maison des Associations – 72 rue Royale – 59000 Lille
§06 71 08 33 49 (le soir de préférence)
§terredentraide59@orange.fr

Association loi 1901 – SIRET 512 634 987 00021
""",
  Q("thunderbird_fr", D(2026, 12, 4, 10, 0), "Dossier FDVA 2027", """
Bonjour Madame Delannoy,

Je me permets de vous relancer pour le dossier FDVA : la date limite est fixée au 8 janvier. Il nous manque la délibération du conseil d'administration, les statuts et le dernier PV d'assemblée générale.

Bien cordialement,
"""),
  name="Françoise Delannoy", title="Présidente", company="Association Terre d'Entraide 59",
  email="terredentraide59@orange.fr",
  address="Maison des Associations – 72 rue Royale – 59000 Lille",
  phones=[M("+33671083349")])

C("d032-fr-outlook-fondation", "fr", "outlook", "FR",
  ("h.lambert-riviere@fondation-mdelorme.org", "Hortense LAMBERT-RIVIÈRE"), AUBRAC, """
Chère Madame,

Je vous remercie de votre proposition de partenariat. Notre comité de sélection se réunit deux fois par an (mars et octobre) ; votre dossier pourra être examiné lors de la session de mars s'il nous parvient complet avant le 15 février.
Je me tiens à votre disposition pour toute précision sur la procédure.

Je vous prie d'agréer, chère Madame, l'expression de mes sentiments les meilleurs.

§Hortense Lambert-Rivière
§Responsable du mécénat et des partenariats
§Fondation Marguerite Delorme pour l'enfance
§Reconnue d'utilité publique
§8 rue de Lille, 75007 Paris
§Tél. 01 45 48 27 93
§www.fondation-mdelorme.org
""",
  Q("outlook_fr", D(2026, 11, 30, 15, 15), "Proposition de mécénat de compétences", """
Madame,

Aubrac Conseil souhaite s'engager auprès d'une fondation œuvrant pour l'enfance au travers d'un mécénat de compétences : nos consultants pourraient accompagner vos associations partenaires dans la recherche de financements privés.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.
"""),
  name="Hortense Lambert-Rivière", title="Responsable du mécénat et des partenariats",
  company="Fondation Marguerite Delorme pour l'enfance",
  website="www.fondation-mdelorme.org",
  address="8 rue de Lille, 75007 Paris",
  phones=[L("+33145482793")])

C("d033-fr-outlook-reunion-transit", "fr", "outlook", "FR",
  ("jy.payet@oif-services.re", "Jean-Yves PAYET"), LUMEN, """
Bonjour Sarah,

Bien reçu la confirmation de commande. Le conteneur partira du Havre le 9 janvier, arrivée estimée au Port Est le 3 février. Pour le dédouanement (octroi de mer), nous aurons besoin de la facture définitive avec le détail des positions tarifaires.

Cordialement,

§Jean-Yves PAYET
§Responsable transit & dédouanement
§Océan Indien Fret Services SARL
§ZI n°2 – 12 rue Jules Verne – 97420 Le Port – La Réunion
§Tél : 0262 42 15 78  |  GSM : 0692 45 12 36
§Fax : 0262 42 15 70
""",
  Q("outlook_fr", D(2026, 12, 16, 7, 45), "Commande CMD-2026-118 – expédition La Réunion", """
Bonjour Monsieur Payet,

Je vous confirme la commande CMD-2026-118 (18 palettes, vins et épicerie fine) à destination de notre client au Port. Pouvez-vous me donner le planning d'expédition ?

Bien cordialement,
"""),
  name="Jean-Yves PAYET", title="Responsable transit & dédouanement", company="Océan Indien Fret Services SARL",
  address="ZI n°2 – 12 rue Jules Verne – 97420 Le Port – La Réunion",
  phones=[L("+262262421578"), M("+262692451236"), F("+262262421570")])

C("d034-fr-iphone-martinique", "fr", "iphone", "FR",
  ("rodolphe.ms@caraibesfroid.com", "Rodolphe Marie-Sainte"), AUBRAC, """
Bonjour Mme Dufresne,
J'ai bien reçu le programme. On part sur la session en visio du 3 février pour nos 2 techniciens commerciaux. Je vous envoie le bon de commande lundi.
Bonne journée

§Rodolphe Marie-Sainte
§Gérant – Caraïbes Froid Services SARL
§Zone de Californie – 97232 Le Lamentin
§Mob 0696 28 45 17 / Bur 0596 61 30 42

Envoyé de mon iPhone
""",
  Q("apple_fr", D(2026, 12, 10, 14, 26), "Programme formation technico-commerciale", """
Bonjour Monsieur Marie-Sainte,

Comme convenu, voici le programme de la formation technico-commerciale à distance. Deux sessions sont possibles : 3 février ou 17 mars (horaires adaptés au fuseau des Antilles).

Bien à vous,
"""),
  name="Rodolphe Marie-Sainte", title="Gérant", company="Caraïbes Froid Services SARL",
  address="Zone de Californie – 97232 Le Lamentin",
  phones=[M("+596696284517"), L("+596596613042")])

C("d035-fr-gmail-guadeloupe", "fr", "gmail", "FR",
  ("macelestine@karukera-architectes.com", "Marc-Antoine Célestine"), RELAIS, """
Bonjour Hugo,

Merci pour le tableau comparatif des offres de crédit-bail. On préfère l'option 2 (sur 60 mois). Peux-tu lancer la demande ?
Je suis en rendez-vous de chantier tout l'après-midi, joignable sur WhatsApp.

§Marc-Antoine CÉLESTINE
§Architecte associé
§KARUKÉRA ARCHITECTES
§Immeuble Le Rond-Point, ZI de Jarry – 97122 Baie-Mahault
§Tél. 0590 26 78 13 – WhatsApp 0690 41 77 25
""",
  Q("gmail_fr", D(2026, 12, 15, 19, 10), "Crédit-bail – comparatif des offres", """
Bonjour Marc-Antoine,

Voici le comparatif des trois offres de crédit-bail pour le véhicule et le matériel de relevé. L'option 2 me paraît la plus équilibrée.

Bonne soirée,
"""),
  name="Marc-Antoine CÉLESTINE", title="Architecte associé", company="KARUKÉRA ARCHITECTES",
  address="Immeuble Le Rond-Point, ZI de Jarry – 97122 Baie-Mahault",
  phones=[L("+590590267813"), M("+590690417725")])

C("d036-fr-outlook-belgique-bruxelles", "fr", "outlook", "BE",
  ("g.vandermeulen@menuiserie-vdm.be", "Geoffrey Vandermeulen"), LAMBOTTE, """
Bonjour Amélie,

Suite à notre entretien de mardi, je vous confirme notre intérêt pour l'accompagnement à la digitalisation des devis. Pourriez-vous nous faire parvenir une offre chiffrée, idéalement avant le congé de Noël ?

Bien à vous,

§Geoffrey Vandermeulen
§Administrateur délégué
§Menuiserie Vandermeulen SRL
§Chaussée de Waterloo 1245
§1180 Uccle
§Tél. 02 374 56 18 – GSM 0475 12 34 56

TVA BE 0456.789.123 – IBAN BE68 5390 0754 7034
""",
  Q("outlook_fr", D(2026, 12, 11, 12, 0), "Digitalisation de vos devis – suite à notre entretien", """
Bonjour Monsieur Vandermeulen,

Merci pour votre accueil mardi à l'atelier. Comme évoqué, nous pouvons vous accompagner dans le choix et le déploiement d'un outil de devis en ligne.

Bien à vous,
"""),
  name="Geoffrey Vandermeulen", title="Administrateur délégué", company="Menuiserie Vandermeulen SRL",
  address="Chaussée de Waterloo 1245, 1180 Uccle",
  phones=[L("+3223745618"), M("+32475123456")])

C("d037-fr-gmail-belgique-liege", "fr", "gmail", "FR",
  ("nadia.bouhadi@coteauxdemeuse.be", "Nadia Bouhadi"), AUBRAC, """
Bonjour Madame Dufresne,

Je vous remercie pour votre proposition. Avant d'aller plus loin, pourriez-vous me préciser si la formation peut être prise en charge par les chèques-formation de la Région wallonne ?

Meilleures salutations,

§Nadia Bouhadi
§Responsable ressources humaines
§Brasserie Les Coteaux de Meuse SA
§Rue Saint-Gilles 58, 4000 Liège
§04 223 45 67 · 0476 12 34 56
""",
  Q("gmail_fr", D(2026, 11, 18, 10, 40), "Formation des équipes commerciales – Belgique", """
Bonjour Madame Bouhadi,

Suite à votre demande sur notre site, voici notre proposition de formation pour vos six commerciaux (négociation avec la grande distribution), en présentiel à Liège.

Bien cordialement,
"""),
  name="Nadia Bouhadi", title="Responsable ressources humaines", company="Brasserie Les Coteaux de Meuse SA",
  address="Rue Saint-Gilles 58, 4000 Liège",
  phones=[L("+3242234567"), M("+32476123456")])

C("d038-fr-outlook-suisse-geneve", "fr", "outlook", "FR",
  ("a.rochat@rochat-perrottet.ch", "Alexandre Rochat"), OSTREA, """
Bonjour Monsieur Bellec,

Nous avons bien reçu l'information memorandum. Notre client n'est pas intéressé par une prise de participation majoritaire, mais pourrait envisager un ticket minoritaire avec un siège au conseil d'administration.
Seriez-vous disponible pour un appel jeudi à 15h (heure de Genève) ?

Meilleures salutations

§Alexandre Rochat
§Associé gérant
§Rochat & Perrottet Gestion Privée Sàrl
§Rue du Rhône 84 | CH-1204 Genève
§T +41 22 731 56 78 | M +41 79 412 55 87
§www.rochat-perrottet.ch

Ce message est destiné uniquement à la personne ou à l'entité à qui il est adressé et peut contenir des informations confidentielles. Toute diffusion ou copie est strictement interdite.
""",
  Q("outlook_fr", D(2026, 12, 8, 16, 5), "Projet Cassiopée – information memorandum", """
Monsieur,

Comme convenu, je vous adresse l'information memorandum du projet Cassiopée, après signature de l'accord de confidentialité par votre client.

Meilleures salutations,
"""),
  name="Alexandre Rochat", title="Associé gérant", company="Rochat & Perrottet Gestion Privée Sàrl",
  website="www.rochat-perrottet.ch",
  address="Rue du Rhône 84 | CH-1204 Genève",
  phones=[L("+41227315678"), M("+41794125587")])

C("d039-fr-outlook-suisse-lausanne", "fr", "outlook", "FR",
  ("c.blanc@fiduciaire-blanc-monod.ch", "Corinne Blanc"), SILLAGE, """
Bonjour,
Merci pour votre relance. Nous ne sommes pas intéressés pour le moment.
Avec mes meilleures salutations

§Corinne Blanc
§Assistante de direction
§Fiduciaire Blanc & Monod SA
§Avenue de la Gare 12, 1003 Lausanne
§021 612 34 56
""",
  Q("outlook_fr", D(2026, 12, 3, 9, 25), "Prospection B2B en Suisse romande", """
Bonjour,

Je me permets de revenir vers vous suite à mon message du 19 novembre. Atelier Sillage accompagne des fiduciaires dans le développement de leur clientèle PME. Auriez-vous 15 minutes pour un échange ?

Belle journée,
"""),
  name="Corinne Blanc", title="Assistante de direction", company="Fiduciaire Blanc & Monod SA",
  address="Avenue de la Gare 12, 1003 Lausanne",
  phones=[L("+41216123456")])

C("d040-fr-outlook-luxembourg", "fr", "outlook", "FR",
  ("stephanie.weber@moselle-patrimoine.lu", "WEBER Stéphanie"), NOVA, """
Bonjour Julien,

Je vous confirme que notre client souhaite procéder à la souscription via la structure luxembourgeoise. Les documents KYC vous seront transmis par notre service conformité d'ici la fin de la semaine.

Bien cordialement / Mit freundlichen Grüßen

§Stéphanie Weber
§Senior Wealth Planner
§Moselle Patrimoine S.à r.l.
§12, rue Eugène Ruppert
§L-2453 Luxembourg
§Tél. : +352 27 99 40 12
§Mobile : +352 621 123 456

Ce message électronique et ses pièces jointes sont strictement confidentiels. / This e-mail and any attachments are strictly confidential. If you are not the intended recipient, please notify the sender and delete it.
""",
  Q("outlook_fr", D(2026, 12, 9, 11, 11), "Souscription SCPI – structure de détention", """
Bonjour Stéphanie,

Pour la souscription de votre client, pouvez-vous me confirmer s'il souhaite souscrire en direct ou via sa société luxembourgeoise ? Cela conditionne la liste des pièces KYC.

Bien cordialement,
"""),
  name="Stéphanie Weber", title="Senior Wealth Planner", company="Moselle Patrimoine S.à r.l.",
  address="12, rue Eugène Ruppert, L-2453 Luxembourg",
  phones=[L("+35227994012"), M("+352621123456")])

C("d041-fr-outlook-monaco", "fr", "outlook", "FR",
  ("s.gastaud@mcyachting.mc", "Sabrina GASTAUD"), OSTREA, """
Monsieur,

En réponse à votre courriel, je vous informe que Monsieur Castellini est en déplacement jusqu'au 12 janvier. Je ne manquerai pas de lui transmettre votre message à son retour.

Restant à votre disposition,

Bien cordialement,

§Sabrina Gastaud
§Assistante de Direction
§Monte-Carlo Yachting Services S.A.M.
§Le Victoria – 13, boulevard Princesse Charlotte
§98000 Monaco
§Tél. : +377 97 97 12 34
§Fax : +377 92 05 12 34
""",
  Q("outlook_fr", D(2026, 12, 17, 10, 50), "Rencontre – opportunités de croissance externe", """
Monsieur Castellini,

Ostrea Advisory accompagne des dirigeants du secteur nautique dans leurs projets de croissance externe. Je serai à Monaco mi-janvier et serais ravi de vous rencontrer.

Bien cordialement,
"""),
  name="Sabrina Gastaud", title="Assistante de Direction", company="Monte-Carlo Yachting Services S.A.M.",
  address="Le Victoria – 13, boulevard Princesse Charlotte, 98000 Monaco",
  phones=[L("+37797971234"), F("+37792051234")])

C("d042-fr-outlook-quebec-montreal", "fr", "outlook", "CA",
  ("jfbouchard@usinageprecis.ca", "Jean-François Bouchard"), BOREAL, """
Bonjour Marie-Ève,

Merci pour l'offre de service. Je l'ai présentée à notre conseil d'administration hier soir; on aimerait commencer le mandat en février, mais il faudrait revoir l'échéancier du volet 2 (on est en pleine période d'inventaire en mars).
On s'en reparle cette semaine?

Au plaisir,

§Jean-François Bouchard, ing.
§Président-directeur général
§Usinage Précis Laurentides inc.
§2250, rue Principale Est
§Saint-Jérôme (Québec) J7Y 4K3
§Tél. : 450 436-8812, poste 201
§Cell. : +1 (514) 918-2274
§www.usinageprecis.ca
""",
  Q("outlook_fr", D(2026, 12, 8, 13, 40), "Offre de service – plan de croissance 2027", """
Bonjour Jean-François,

Tel que convenu, voici notre offre de service pour l'accompagnement de votre plan de croissance 2027 (diagnostic, plan d'affaires et recherche de financement).

Au plaisir,
"""),
  name="Jean-François Bouchard", title="Président-directeur général", company="Usinage Précis Laurentides inc.",
  website="www.usinageprecis.ca",
  address="2250, rue Principale Est, Saint-Jérôme (Québec) J7Y 4K3",
  phones=[L("+14504368812"), M("+15149182274")])

C("d043-fr-gmail-quebec-ville", "fr", "gmail", "CA",
  ("g.thibodeau@boulangerievieuxquebec.ca", "Geneviève Thibodeau"), BOREAL, """
Bonjour Madame Gagnon,

Tel que discuté, vous trouverez ci-joint les états financiers 2025 ainsi que le budget de caisse. Pour la rencontre avec Investissement Québec, je suis disponible le 20 ou le 22 janvier en après-midi.

Merci et bonne journée!

§Geneviève Thibodeau | Directrice finances et administration
§Boulangerie Artisanale du Vieux-Québec ltée
§418 692-3357 | 418 955-0418 (cell.)
§1020, rue Saint-Jean, Québec (Québec) G1R 1R8
""",
  Q("gmail_fr", D(2026, 12, 15, 15, 55), "Documents pour Investissement Québec", """
Bonjour Madame Thibodeau,

Afin de préparer la demande auprès d'Investissement Québec, j'aurais besoin de vos états financiers 2025 et de votre budget de caisse sur 12 mois.

Bonne journée,
"""),
  name="Geneviève Thibodeau", title="Directrice finances et administration",
  company="Boulangerie Artisanale du Vieux-Québec ltée",
  address="1020, rue Saint-Jean, Québec (Québec) G1R 1R8",
  phones=[L("+14186923357"), M("+14189550418")])

C("d044-fr-outlook-assistante-direction", "fr", "outlook", "FR",
  ("a.chassagne@tessier-industries.fr", "CHASSAGNE Aurélie"), NOVA, """
Bonjour Monsieur Ferrand,

Je vous écris de la part de M. Bernard Tessier, actuellement en déplacement. Il a bien pris connaissance de votre proposition d'audit patrimonial et souhaiterait vous rencontrer à son retour, le jeudi 21 janvier à 10h, dans nos bureaux.
Merci de me confirmer si ce créneau vous convient.

Bien cordialement,

§Aurélie Chassagne
§Assistante de direction – Présidence
§TESSIER INDUSTRIES SAS
§Parc d'activités de la Sauvegarde – 11 rue Jacques Monod
§69009 Lyon
§Tél. : 04 72 53 18 40 – poste 102
""",
  Q("outlook_fr", D(2026, 12, 10, 18, 5), "Audit patrimonial du dirigeant – proposition", """
Monsieur le Président,

Suite à notre rencontre lors du dîner du club d'entreprises, je vous adresse notre proposition d'audit patrimonial du dirigeant, incluant l'analyse de la transmission de vos titres.

Je vous prie d'agréer mes salutations distinguées.
"""),
  name="Aurélie Chassagne", title="Assistante de direction – Présidence", company="TESSIER INDUSTRIES SAS",
  address="Parc d'activités de la Sauvegarde – 11 rue Jacques Monod, 69009 Lyon",
  phones=[L("+33472531840")])

C("d045-fr-outlook-adv-equipe", "fr", "outlook", "FR",
  ("adv@menuiseries-ouest.fr", "ADV Menuiseries de l'Ouest"), SILLAGE, """
Bonjour,

Nous accusons réception de votre bon de commande n° BC-2026-0412. La livraison des échantillons est prévue semaine 51.
Pour toute question, merci de rappeler la référence de commande.

Cordialement,

§Service Administration des Ventes
§Menuiseries de l'Ouest SAS
§Rue de l'Océan – ZA de Tournebride – 44118 La Chevrolière
§Tél. : 02-40-31-45-90 (du lundi au vendredi, 8h30-12h / 13h30-17h)
§adv@menuiseries-ouest.fr
""",
  Q("outlook_fr", D(2026, 12, 7, 10, 15), "Commande échantillons – salon Batimat", """
Bonjour,

Veuillez trouver ci-joint notre bon de commande pour les échantillons de menuiseries destinés au stand de notre client.

Cordialement,
"""),
  company="Menuiseries de l'Ouest SAS", email="adv@menuiseries-ouest.fr",
  address="Rue de l'Océan – ZA de Tournebride – 44118 La Chevrolière",
  phones=[L("+33240314590")])

C("d046-fr-gmail-transfert", "fr", "gmail", "FR",
  ("l.giraud@maison-brissac.fr", "Laure Giraud"), AUBRAC, """
Bonjour Claire,

Je vous transfère la réponse de notre directeur commercial, qui est d'accord sur le principe. Je vous laisse voir directement avec lui pour les dates.

Bonne journée,

§Laure Giraud
§Office manager - Maison Brissac Cognac
§05 45 82 16 37

---------- Forwarded message ---------
De : Philippe Auger <p.auger@maison-brissac.fr>
Date: mar. 8 déc. 2026 à 09:14
Subject: RE: Formation négociation – proposition Aubrac Conseil
To: Laure Giraud <l.giraud@maison-brissac.fr>


Laure,
OK pour moi sur le principe, mais pas avant Wine Paris (février) : je veux que toute l'équipe export y soit.
Tu peux répondre à Mme Dufresne.
Philippe

Philippe Auger
Directeur commercial
Maison Brissac Cognac
06 14 20 87 73
""",
  Q("outlook_fr", D(2026, 12, 4, 16, 0), "Formation négociation – proposition Aubrac Conseil", """
Bonjour Madame Giraud,

Suite à notre échange, voici notre proposition de formation à la négociation pour l'équipe export de la Maison Brissac. Pourriez-vous la transmettre à votre directeur commercial ?

Bien à vous,
"""),
  name="Laure Giraud", title="Office manager", company="Maison Brissac Cognac",
  phones=[L("+33545821637")])

C("d047-fr-thunderbird-reponse-dans-le-texte", "fr", "other", "FR",
  ("s.dupuis@metallerie-dupuis.fr", "Stéphane Dupuis"), CAPENT, """
Bonjour Nathalie,

Mes réponses dans le texte.

Le 07/12/2026 à 11:42, Nathalie Perrin a écrit :
> Bonjour Monsieur Dupuis,
>
> Afin de compléter le dossier de demande d'aide à l'investissement,
> pourriez-vous me préciser :
> - le montant total HT du projet ;

184 500 € HT, devis joints.

> - la date prévisionnelle de démarrage des travaux ;

Mars 2027, après l'accord de la Région (on ne commence rien avant, promis).

> - le nombre d'emplois créés ou maintenus.

2 créations (un soudeur, un apprenti), 11 maintenus.

> Je reste à votre disposition.
>
> Bien cordialement,
>
> Nathalie Perrin
> Chargée d'affaires – Financement & aides publiques
> Cap Entreprendre Conseil
> Immeuble Le Vauban – 33 boulevard Vauban, 59000 Lille
> 03 20 74 51 08 – 06 07 98 41 22

Cordialement,
-- 
§Stéphane Dupuis
§Gérant – Métallerie Dupuis SARL
§Rue de la Fonderie, ZA du Moulin – 62400 Béthune
§03 21 57 44 80 / 06 45 18 92 36
""", inline=True,
  name="Stéphane Dupuis", title="Gérant", company="Métallerie Dupuis SARL",
  address="Rue de la Fonderie, ZA du Moulin – 62400 Béthune",
  phones=[L("+33321574480"), M("+33645189236")])

C("d048-fr-outlook-menuiserie-ei", "fr", "outlook", "FR",
  ("menuiserie.legall@orange.fr", "menuiserie.legall@orange.fr"), LESTRADE, """
bonjour Mme Lestrade

je vous ai deposé les factures dans la boite aux lettres du cabinet ce matin ,il manque celle de Point P que j'attend toujours .
pour le rdv bilan je peux que le vendredi apres midi

cordialement

§LE GALL Yannick
§Menuiserie Charpente Le Gall EI
§12 route de Lesneven 29260 Ploudaniel   
§fixe  02 98 83 61 27      portable  06 87 32 14 50
""",
  Q("outlook_fr", D(2026, 12, 11, 9, 5), "Pièces manquantes et rendez-vous bilan", """
Bonjour Monsieur Le Gall,

Pour préparer votre bilan, il me manque les factures d'achat d'octobre et novembre. Pourriez-vous aussi me donner vos disponibilités pour le rendez-vous de bilan en janvier ?

Bien cordialement,
"""),
  name="LE GALL Yannick", company="Menuiserie Charpente Le Gall EI",
  address="12 route de Lesneven 29260 Ploudaniel",
  phones=[L("+33298836127"), M("+33687321450")])

C("d049-fr-iphone-initiales", "fr", "iphone", "FR",
  ("jf.bertrand-dumas@icloud.com", "Jean-François Bertrand-Dumas"), NOVA, """
Julien,
Ok pour moi, on signe jeudi. Apporte les originaux.
§JFB

Envoyé de mon iPhone
""",
  Q("apple_fr", D(2026, 12, 14, 20, 12), "Donation-partage – signature chez le notaire", """
Bonjour Jean-François,

Le notaire nous propose de signer l'acte de donation-partage jeudi 17 décembre à 11h. Est-ce que cela vous convient ?

Bien à vous,
"""),
  phones=[])

C("d050-fr-iphone-sans-signature", "fr", "iphone", "FR",
  ("sylvain.caumont@bistrot-des-quais.fr", "Sylvain Caumont"), LESTRADE, """
Bien reçu merci, je regarde ce soir.

Envoyé de mon iPhone
""",
  Q("apple_fr", D(2026, 12, 16, 15, 3), "Situation intermédiaire au 30/11", """
Bonjour Sylvain,

Vous trouverez ci-joint la situation intermédiaire au 30 novembre. La marge brute est en léger recul, je vous propose d'en parler lors de notre prochain point.

Bonne journée,
"""),
  phones=[])

C("d051-fr-outlook-sans-signature-mentions", "fr", "outlook", "FR",
  ("v.morand@groupe-feraud.fr", "MORAND Valérie"), AUBRAC, """
Bonjour,

Merci de bien vouloir adresser votre offre au service achats (achats@groupe-feraud.fr), je ne suis pas décisionnaire sur ce sujet.

Cordialement

[cid:image001.png@01DB5A10.3E2F8C40]

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Tout message électronique est susceptible d'altération. Le Groupe Féraud décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
P  Pensez à l'environnement avant d'imprimer ce message.
""",
  Q("outlook_fr", D(2026, 12, 1, 14, 30), "Formation management commercial – Groupe Féraud", """
Bonjour Madame Morand,

Je me permets de vous contacter au sujet du développement des compétences de vos managers commerciaux. Seriez-vous la bonne interlocutrice ?

Bien cordialement,
"""),
  phones=[])

C("d052-fr-android-surnom", "fr", "android", "FR",
  ("sebastien.morvan@breizh-leads.fr", "Sébastien Morvan"), SILLAGE, """
Salut Camille
nickel pour le fichier, je le charge dans le CRM demain matin. par contre il y a une cinquantaine de doublons sur les contacts Vendée je te les renvoie surlignés
++
§Seb
§06 33 58 20 14

Envoyé depuis mon smartphone Samsung Galaxy.
""",
  Q("samsung_fr", D(2026, 12, 16, 18, 22), "Fichier contacts Pays de la Loire", """
Salut Seb,

Voici le fichier des contacts Pays de la Loire mis à jour (1 860 lignes). Tu me dis si l'import passe bien ?

Camille
"""),
  name="Seb", phones=[M("+33633582014")])

C("d053-fr-android-formule-meme-ligne", "fr", "android", "FR",
  ("contact@lemaire-paysage.fr", "Lemaire Paysage"), CAPENT, """
Bonjour Madame,
Je vous remercie pour le dossier, je le transmets à notre cabinet comptable pour avis et je reviens vers vous.
§Cordialement, Pierre-Yves Lemaire
§Lemaire Paysage & Jardins SAS
§Route de Cassel – 59114 Steenvoorde
§03 28 42 67 13 – www.lemaire-paysage.fr
""",
  Q("samsung_fr", D(2026, 12, 3, 11, 48), "Aide régionale à l'investissement – votre éligibilité", """
Bonjour Monsieur Lemaire,

Après étude, votre projet d'acquisition de matériel (broyeur et mini-pelle électrique) est éligible à l'aide régionale. Vous trouverez ci-joint le dossier à compléter.

Bien cordialement,
"""),
  name="Pierre-Yves Lemaire", company="Lemaire Paysage & Jardins SAS",
  website="www.lemaire-paysage.fr",
  address="Route de Cassel – 59114 Steenvoorde",
  phones=[L("+33328426713")])

C("d054-fr-windows-mail-sci-sans-signature", "fr", "other", "FR",
  ("gerard.montagnon@wanadoo.fr", "Gérard Montagnon"), NOVA, """
Monsieur Ferrand,

Je vous adresse ci-joint les trois derniers avis de taxe foncière ainsi que les baux en cours pour les deux locaux commerciaux de la SCI (8 et 10 rue Mercière).
Je reste à votre disposition pour tout complément d'information.

Bien à vous,

Provenance : Courrier pour Windows
""",
  Q("windows_fr", D(2026, 12, 12, 10, 30), "SCI Les Terrasses de Fourvière – documents", """
Monsieur Montagnon,

Pour finaliser l'étude de la transmission de la SCI, pourriez-vous m'adresser les trois derniers avis de taxe foncière ainsi que les baux en cours ?

Bien à vous,
"""),
  phones=[])

C("d055-fr-gmail-chateau-adresse-dans-le-texte", "fr", "gmail", "FR",
  ("alix@lamothe-bernac.com", "Alix de Lamothe"), LUMEN, """
Bonjour Sarah,

Pour l'enlèvement des palettes, le transporteur peut passer au chai à partir de lundi : Château Lamothe-Bernac, 4 lieu-dit Les Graves, 33540 Saint-Martin-de-Lerm. Prévenez-moi la veille, ou appelez directement notre maître de chai, Thierry, au 06 81 55 23 07.

Merci,

§Alix de Lamothe
§Directrice commerciale & export
§SCEA Château Lamothe-Bernac
§Bureau de Bordeaux : 18 rue Esprit-des-Lois, 33000 Bordeaux
§+33 5 56 71 42 90
§www.lamothe-bernac.com

L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
""",
  Q("gmail_fr", D(2026, 12, 11, 17, 25), "Enlèvement commande Singapour", """
Bonjour Alix,

Notre transporteur peut enlever les 6 palettes pour Singapour la semaine prochaine. À quelle adresse doit-il se présenter, et qui prévenir ?

Merci,
"""),
  name="Alix de Lamothe", title="Directrice commerciale & export", company="SCEA Château Lamothe-Bernac",
  website="www.lamothe-bernac.com",
  address="18 rue Esprit-des-Lois, 33000 Bordeaux",
  phones=[L("+33556714290")])

C("d056-fr-outlook-nom-compose-majuscules", "fr", "outlook", "FR",
  ("al.legoff-morvan@laiterie-rance.coop", "LE GOFF-MORVAN Anne-Laure"), AUBRAC, """
Bonjour Madame Dufresne,

Nous avons le plaisir de vous informer que votre offre a été retenue pour le module « Négociation commerciale » de notre plan de développement des compétences 2027.
Vous trouverez en pièce jointe le bon de commande ainsi que la procédure de référencement fournisseur à compléter.

Cordialement,

§LE GOFF-MORVAN Anne-Laure
§Chargée de développement RH
§Direction des Ressources Humaines
§COOPÉRATIVE LAITIÈRE DU PAYS DE RANCE
§BP 40217 – 35802 DINARD CEDEX
§Tél : 02.99.16.48.73
""",
  Q("outlook_fr", D(2026, 11, 20, 9, 45), "Réponse à votre consultation – module Négociation commerciale", """
Madame,

Veuillez trouver ci-joint notre réponse à votre consultation pour le module « Négociation commerciale » de votre plan de développement des compétences.

Bien cordialement,
"""),
  name="LE GOFF-MORVAN Anne-Laure", title="Chargée de développement RH",
  company="COOPÉRATIVE LAITIÈRE DU PAYS DE RANCE",
  address="BP 40217 – 35802 DINARD CEDEX",
  phones=[L("+33299164873")])

C("d057-fr-gmail-titre-chez", "fr", "gmail", "FR",
  ("h.perret@caves-perret.fr", "Hugo Perret"), LUMEN, """
Bonjour,

Merci pour la grille tarifaire 2027. Les prix sur les bordeaux génériques sont au-dessus du marché ; si vous pouvez faire un effort de 4 % sur les volumes > 300 cartons, nous passerions commande dès janvier.

Cordialement

§Hugo Perret
§Responsable achats vins & spiritueux chez Caves Perret Frères
§ZA des Vignes – 7 rue des Tonneliers
§21200 Beaune
§03 80 24 61 95 / 07 55 10 20 30
""",
  Q("gmail_fr", D(2026, 12, 2, 14, 0), "Grille tarifaire 2027", """
Bonjour Monsieur Perret,

Vous trouverez ci-joint notre grille tarifaire 2027 pour les vins de Bordeaux et du Sud-Ouest, valable jusqu'au 30 juin.

Bien cordialement,
"""),
  name="Hugo Perret", title="Responsable achats vins & spiritueux", company="Caves Perret Frères",
  address="ZA des Vignes – 7 rue des Tonneliers, 21200 Beaune",
  phones=[L("+33380246195"), M("+33755102030")])

C("d058-fr-outlook-professeur-chu", "fr", "outlook", "FR",
  ("jean-michel.darras@chu-bordeaux.fr", "DARRAS Jean-Michel"), NOVA, """
Madame,

Je vous remercie pour votre message. Je ne suis malheureusement pas disponible pour intervenir lors de votre séminaire du 4 mars ; je vous suggère de contacter le Dr Hamel, qui coordonne notre programme d'éducation thérapeutique.

Bien cordialement,

§Pr Jean-Michel DARRAS
§PU-PH – Chef du service d'endocrinologie
§Centre Hospitalier Universitaire de Bordeaux
§Avenue de Magellan, 33604 Pessac Cedex
§Secrétariat : 05 57 65 61 84
""",
  Q("outlook_fr", D(2026, 12, 9, 8, 30), "Invitation – séminaire « Patrimoine des professions de santé »", """
Professeur,

Novaterre Patrimoine organise le jeudi 4 mars à Lyon un séminaire destiné aux médecins hospitaliers. Accepteriez-vous d'y intervenir sur les enjeux de la prévention du diabète au travail ?

Je vous prie d'agréer, Professeur, l'expression de mes salutations respectueuses.
"""),
  name="Jean-Michel DARRAS", title="PU-PH – Chef du service d'endocrinologie",
  company="Centre Hospitalier Universitaire de Bordeaux",
  address="Avenue de Magellan, 33604 Pessac Cedex",
  phones=[L("+33557656184")])

C("d059-fr-orange-terrassement", "fr", "other", "FR",
  ("roger.albert31@orange.fr", "roger.albert31@orange.fr"), RELAIS, """
Bonjour monsieur Marchal

Suite a votre appel je vous envoie les 2 devis pour le camion benne. Le garage me fait une reprise de l'ancien a 9000 euros.
Merci de me dire si c'est bon pour la banque

Salutations
§ALBERT Roger
§Terrassement Albert Roger
§1 chemin de la Bourdette 31340 Villemur-sur-Tarn
§0561093482 - 0670215844
""",
  Q("orange_fr", D(2026, 12, 15, 11, 40), "Financement camion benne", """
Bonjour Monsieur Albert,

Suite à notre appel, pourriez-vous m'envoyer les devis du camion benne et la proposition de reprise de l'ancien véhicule ?

Cordialement,
"""),
  name="ALBERT Roger", company="Terrassement Albert Roger",
  address="1 chemin de la Bourdette 31340 Villemur-sur-Tarn",
  phones=[L("+33561093482"), M("+33670215844")])

C("d060-fr-outlook-marque-groupe", "fr", "outlook", "FR",
  ("elodie.caradec@kerbellec.bzh", "Élodie Caradec"), SILLAGE, """
Bonjour Camille,

Merci pour la proposition de campagne. Nous serions prêts à lancer un test sur 3 mois, ciblage restauration collective, sur la Bretagne et les Pays de la Loire.
Pouvez-vous m'envoyer le contrat-cadre ? Il devra être validé par notre service juridique au siège du groupe.

Bien cordialement,

§Élodie Caradec
§Responsable marketing B2B
§Maison Kerbellec
§Groupe Armor Gourmand
§Zone de Kerbriant – 29900 Concarneau
§Tél. 02 98 97 18 44 | Mob. 06 21 73 58 90
§kerbellec.bzh
[Bannière : Maison Kerbellec – Biscuiterie bretonne depuis 1921 – Nouveau : la gamme Galettes Bio]

Maison Kerbellec est une marque de Biscuiterie Kerbellec SAS, filiale du groupe Armor Gourmand – SAS au capital de 1 200 000 € – RCS Quimper 387 654 321.
""",
  Q("outlook_fr", D(2026, 12, 10, 9, 20), "Proposition de campagne – restauration collective", """
Bonjour Élodie,

Suite à notre échange, voici notre proposition de campagne de prospection auprès de la restauration collective (Bretagne, Pays de la Loire), avec un objectif de 25 rendez-vous sur 3 mois.

Belle journée,
"""),
  name="Élodie Caradec", title="Responsable marketing B2B", company="Maison Kerbellec",
  website="kerbellec.bzh",
  address="Zone de Kerbriant – 29900 Concarneau",
  phones=[L("+33298971844"), M("+33621735890")])


# ==========================================================================
# ENGLISH-LANGUAGE CASES
# ==========================================================================

C("d061-en-outlook-uk-property", "en", "outlook", "GB",
  ("james.whitcombe@whitcombelowe.co.uk", "James Whitcombe"), HARTWELL, """
Hi Oliver,

Thanks for sending the heads of terms over. We're broadly comfortable, but the break clause at year 3 will need to go back to the landlord – they were clear it's a 5-year minimum. I'll come back to you with their comments by Friday.

Kind regards,

§James Whitcombe MRICS
§Director – Commercial Agency
§Whitcombe Lowe LLP
§3rd Floor, 22 Old Broad Street
§London EC2N 1HQ
§T: 020 7628 4410
§M: 07823 415096
§www.whitcombelowe.co.uk
LinkedIn: linkedin.com/company/whitcombe-lowe

Whitcombe Lowe LLP is a limited liability partnership registered in England and Wales (OC412876). Registered office as above. Regulated by RICS.
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.
""",
  Q("outlook_en", D(2026, 12, 9, 14, 32), "Unit 4, Cannon Court – heads of terms", """
James,

Please find attached the draft heads of terms for Unit 4. My client would like a tenant-only break at year 3; happy to discuss.

Best regards,
""", uk=True),
  name="James Whitcombe", title="Director – Commercial Agency", company="Whitcombe Lowe LLP",
  website="www.whitcombelowe.co.uk",
  address="3rd Floor, 22 Old Broad Street, London EC2N 1HQ",
  phones=[L("+442076284410"), M("+447823415096")])

C("d062-en-gmail-uk-manchester", "en", "gmail", "FR",
  ("danny.holroyd@penninefinefoods.co.uk", "Danny Holroyd"), LUMEN, """
Hi Sarah,

Apologies for the slow reply – we've had the auditors in all week.
We'd like to go ahead with the trial order (2 pallets, mixed SKUs as per your list). Could you send a proforma with Incoterms DAP Manchester? Our accounts team will need it before raising the PO.

Cheers,

§Danny Holroyd
§Purchasing Manager
§Pennine Fine Foods Ltd
§Unit 7, Trafford Park Business Centre, Manchester M17 1RN
§Tel: 0161 832 7714 | Mob: 07891 442310

Pennine Fine Foods Ltd. Registered in England & Wales, company no. 08451276. VAT GB 184 5512 73.
""",
  Q("gmail_en", D(2026, 12, 1, 10, 5), "Trial order – French deli range", """
Hi Danny,

Just checking in on the trial order we discussed at the Fine Food Show. I've attached the updated price list in GBP.

Best,
"""),
  name="Danny Holroyd", title="Purchasing Manager", company="Pennine Fine Foods Ltd",
  address="Unit 7, Trafford Park Business Centre, Manchester M17 1RN",
  phones=[L("+441618327714"), M("+447891442310")])

C("d063-en-iphone-edinburgh-nosig", "en", "iphone", "FR",
  ("fiona.macleod@glenarrin.com", "Fiona MacLeod"), OSTREA, """
Thomas,

Good to speak earlier. As discussed, the board would consider a sale of the bottling division but not the brand. Happy to sign the NDA on that basis – I'll send a marked-up version from the office tomorrow.

Best wishes

Get Outlook for iOS
""",
  Q("outlook_en", D(2026, 12, 10, 11, 0), "NDA – Project Heather", """
Fiona,

Further to our call, please find attached our standard NDA for Project Heather. Let me know if your lawyers have comments.

Kind regards,
""", uk=True),
  phones=[])

C("d064-en-outlook-dublin", "en", "outlook", "FR",
  ("conor.brennan@liffeydistribution.ie", "Conor Brennan"), MERIDIA, """
Hi Antoine,

Thanks for the demo on Tuesday – the team were impressed with the slotting module. Before we move to a proposal, our IT security lead (Ciara) will need your SOC 2 report and the DPA. Can you send those on?

Kind regards
§Conor Brennan
§Head of Warehouse Operations
§Liffey Distribution DAC
§Unit 4, Ballycoolin Business Park, Dublin 15, D15 XK2P
§T +353 1 678 9012 | M +353 87 123 4567

Liffey Distribution DAC, registered in Ireland no. 612457. Registered office: Unit 4, Ballycoolin Business Park, Dublin 15.
""",
  Q("outlook_en", D(2026, 12, 10, 17, 45), "Meridia WMS – demo follow-up", """
Hi Conor,

Thanks again for your time on Tuesday. As promised, I'm attaching the slides and a short summary of the slotting module.

Best regards,
""", uk=True),
  name="Conor Brennan", title="Head of Warehouse Operations", company="Liffey Distribution DAC",
  address="Unit 4, Ballycoolin Business Park, Dublin 15, D15 XK2P",
  phones=[L("+35316789012"), M("+353871234567")])

C("d065-en-iphone-cork-nosig", "en", "iphone", "FR",
  ("niamh.odriscoll@corkharbourfoods.ie", "Niamh O'Driscoll"), MERIDIA, """
Grand, talk Thursday so.

Sent from my iPhone
""",
  Q("apple_en", D(2026, 12, 15, 16, 30), "Call this week?", """
Hi Niamh,

Would Thursday at 3pm Irish time work for a quick call on the pilot scope?

Best,
"""),
  phones=[])

C("d066-en-outlook-us-newyork", "en", "outlook", "FR",
  ("rlindqvist@harborviewcp.com", "Rebecca Lindqvist"), OSTREA, """
Thomas,

Following up on our call: our client is interested in the Lyon target but wants to see the 2026 management accounts before committing to a site visit. Can you get us those by end of next week?

Also, please note my new direct line below.

Best regards,

§Rebecca Lindqvist
§Managing Director | Cross-Border M&A
§Harborview Capital Partners, LLC
§1345 Avenue of the Americas, 27th Floor
§New York, NY 10105
§(212) 481-6637
§Cell: (917) 663-2048
§rlindqvist@harborviewcp.com
""",
  Q("outlook_en", D(2026, 12, 7, 15, 10), "Project Cassiopée – teaser", """
Rebecca,

Please find attached the teaser for Project Cassiopée. Happy to set up a call with the management team once the NDA is signed.

Best regards,
"""),
  name="Rebecca Lindqvist", title="Managing Director", company="Harborview Capital Partners, LLC",
  email="rlindqvist@harborviewcp.com",
  address="1345 Avenue of the Americas, 27th Floor, New York, NY 10105",
  phones=[L("+12124816637"), M("+19176632048")])

C("d067-en-gmail-us-chicago-pronoms", "en", "gmail", "FR",
  ("jokafor-reyes@midwestcoldchain.com", "Jasmine Okafor-Reyes"), MERIDIA, """
Hi Antoine,

Looping in Marcus from our IT team. We're aiming to finalize vendor selection by Jan 29, so a revised quote for 3 DCs (Joliet, Columbus, Memphis) by the 15th would be ideal.

Thanks,

§Jasmine Okafor-Reyes (she/her)
§Sr. Procurement Manager – Indirect Spend
§Midwest Cold Chain Logistics, Inc.
§200 W Madison St, Suite 1700 | Chicago, IL 60606
§O: 312.867.4402 | M: 773.219.6648
§linkedin.com/in/jasmineokaforreyes
""",
  Q("gmail_en", D(2026, 12, 14, 9, 20), "Meridia WMS – pricing for 3 DCs", """
Hi Jasmine,

Following our call, I'm working on the revised pricing for the three distribution centers. Could you confirm the number of users per site?

Best regards,
""", us=True),
  name="Jasmine Okafor-Reyes", title="Sr. Procurement Manager – Indirect Spend",
  company="Midwest Cold Chain Logistics, Inc.",
  linkedin="linkedin.com/in/jasmineokaforreyes",
  address="200 W Madison St, Suite 1700 | Chicago, IL 60606",
  phones=[L("+13128674402"), M("+17732196648")])

C("d068-en-yahoo-us-vermont", "en", "iphone", "FR",
  ("peggyhaskell@yahoo.com", "Peggy Haskell"), LUMEN, """
Hello Sarah,

Yes please send 6 cases of the Côtes de Bordeaux and 4 of the Sauternes half bottles, same as last spring. Our importer in Boston handles the paperwork, I will forward your invoice to them.

Warm regards,
§Peggy Haskell
§Owner, The Village Larder
§48 Main Street, Woodstock, VT 05091
§(802) 457-3319

Sent from Yahoo Mail for iPhone
""",
  Q("yahoo_en", D(2026, 12, 3, 8, 15), "Spring order", """
Dear Peggy,

I hope you are well. Would you like to repeat last spring's order for the shop? Prices are unchanged for 2027.

Best regards,
"""),
  name="Peggy Haskell", title="Owner", company="The Village Larder",
  address="48 Main Street, Woodstock, VT 05091",
  phones=[L("+18024573319")])

C("d069-en-outlook-houston-nosig", "en", "outlook", "FR",
  ("tdelgado@gulfbasinequipment.com", "Delgado, Travis"), MERIDIA, """
Antoine,

Received, thank you. I'll review the SLA with our legal department and revert by Monday.

Regards

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
  Q("outlook_en", D(2026, 12, 11, 16, 40), "Meridia – SLA and support terms", """
Travis,

As requested, please find attached our standard SLA and support terms. Our support desk covers US Central hours.

Best regards,
""", sep="orig"),
  phones=[])

C("d070-en-outlook-toronto", "en", "outlook", "FR",
  ("priya.raghunathan@northlakepackaging.ca", "Priya Raghunathan"), AUBRAC, """
Hi Claire,

Our VP Sales is keen to run the negotiation workshop for our Montreal and Toronto teams in Q2. Could you confirm whether it can be delivered in English for Toronto and French for Montreal, and share a quote for two half-day sessions?

Best regards,

§Priya Raghunathan
§Director, Learning & Development
§Northlake Packaging Ltd.
§5090 Explorer Drive, Suite 300, Mississauga, ON L4W 4T9
§Tel: +1 416 977 8213
§Mobile: +1 647 882 3190
§northlakepackaging.ca
My Zoom room: https://northlake.zoom.us/my/priya.raghunathan
""",
  Q("outlook_en", D(2026, 12, 2, 10, 30), "Negotiation workshop – Canada", """
Dear Priya,

Thank you for your interest in our negotiation workshop. We regularly deliver it for teams in Canada, in English or French. Happy to set up a call.

Kind regards,
"""),
  name="Priya Raghunathan", title="Director, Learning & Development", company="Northlake Packaging Ltd.",
  website="northlakepackaging.ca",
  address="5090 Explorer Drive, Suite 300, Mississauga, ON L4W 4T9",
  phones=[L("+14169778213"), M("+16478823190")])

C("d071-en-gmail-vancouver", "en", "gmail", "CA",
  ("kchow@coastlineseafood.ca", "Kevin Chow"), BOREAL, """
Hi Marie-Ève,

Thanks for the follow-up. We've decided to hold off on the expansion study until after our fiscal year-end (March 31). Please check back with me in April.

All the best,
§Kevin Chow, CPA, CA
§VP Finance
§Coastline Seafood Processors Ltd.
§604-682-9930 ext. 12 | cell 778-321-4456
§1820 - 1055 West Georgia Street, Vancouver, BC V6E 3P3
""",
  Q("gmail_en", D(2026, 12, 9, 12, 15), "Expansion study – follow-up", """
Hi Kevin,

Just following up on our proposal for the Quebec expansion study. Let me know if you have any questions.

Best,
""", us=True),
  name="Kevin Chow", title="VP Finance", company="Coastline Seafood Processors Ltd.",
  address="1820 - 1055 West Georgia Street, Vancouver, BC V6E 3P3",
  phones=[L("+16046829930"), M("+17783214456")])

C("d072-en-outlook-milan", "en", "outlook", "FR",
  ("g.bernasconi@enotecamilanese.it", "Bernasconi Giulia"), LUMEN, """
Dear Sarah,

Thank you for your kind reply. I confirm we will visit your stand at Wine Paris on 10 February at 11:00 with our head buyer, Mr. Ferri.
In the meantime, could you please send the technical sheets for the three Pessac-Léognan references?

Best regards,

§Giulia Bernasconi
§Export & Purchasing Manager
§Enoteca Milanese Distribuzione S.p.A.
§Via Tortona 27 – 20144 Milano (MI) – Italy
§Tel. +39 02 8765 4321
§Mob. +39 347 123 4567
§www.enotecamilanese.it

Please note our offices will be closed from 24 December to 6 January.
Enoteca Milanese Distribuzione S.p.A. – Capitale sociale € 1.000.000 i.v. – P.IVA IT 09876543210
Questa e-mail e gli eventuali allegati contengono informazioni riservate. / This e-mail and any attachments contain confidential information.
""",
  Q("outlook_en", D(2026, 12, 4, 9, 55), "Wine Paris 2027 – meeting request", """
Dear Giulia,

We will be exhibiting at Wine Paris (Hall 5) from 8 to 10 February. Would you and your team like to schedule a tasting at our stand?

Best regards,
"""),
  name="Giulia Bernasconi", title="Export & Purchasing Manager", company="Enoteca Milanese Distribuzione S.p.A.",
  website="www.enotecamilanese.it",
  address="Via Tortona 27 – 20144 Milano (MI) – Italy",
  phones=[L("+390287654321"), M("+393471234567")])

C("d073-en-gmail-bologna", "en", "gmail", "FR",
  ("luca.marchetti@felsinalogistica.it", "Luca Marchetti"), MERIDIA, """
Hi Antoine,

We reviewed the offer. OK for the 12-month pilot on the Bologna hub. Please send the contract to our legal counsel, avv. Rinaldi (in cc).

Best,

§Luca Marchetti | Operations Director
§Felsina Logistica S.r.l.
§Via del Lavoro 14, 40127 Bologna BO
§+39 051 648 2210 · +39 335 702 8841
""",
  Q("gmail_en", D(2026, 12, 16, 14, 25), "Pilot proposal – Bologna hub", """
Hi Luca,

Please find attached our proposal for a 12-month pilot on your Bologna hub, as discussed.

Best regards,
"""),
  name="Luca Marchetti", title="Operations Director", company="Felsina Logistica S.r.l.",
  address="Via del Lavoro 14, 40127 Bologna BO",
  phones=[L("+390516482210"), M("+393357028841")])

C("d074-en-outlook-madrid", "en", "outlook", "FR",
  ("aruiz@ibericagourmet.es", "Álvaro Ruiz de Castilla"), LUMEN, """
Dear Ms Haddad,

Please find attached our purchase order no. PO-2026-3381 for the January shipment. Kindly confirm availability and the estimated departure date from Bordeaux.

Kind regards,

§Álvaro Ruiz de Castilla
§Category Manager – Wines & Spirits
§Delicatessen Ibérica Gourmet, S.L.
§Calle de Serrano 41, 4º
§28001 Madrid, Spain
§Tel.: +34 91 435 78 12
§Mobile: +34 612 34 56 78

AVISO LEGAL: Este mensaje y sus anexos son confidenciales. / LEGAL NOTICE: This message and its attachments are confidential.
""",
  Q("outlook_en", D(2026, 12, 8, 12, 5), "January shipment – availability", """
Dear Mr Ruiz de Castilla,

Our January shipment to Madrid will leave Bordeaux on the 12th. Please send your purchase order by 18 December to secure allocation.

Kind regards,
""", uk=True),
  name="Álvaro Ruiz de Castilla", title="Category Manager – Wines & Spirits",
  company="Delicatessen Ibérica Gourmet, S.L.",
  address="Calle de Serrano 41, 4º, 28001 Madrid, Spain",
  phones=[L("+34914357812"), M("+34612345678")])

C("d075-en-outlook-barcelona-whatsapp", "en", "outlook", "FR",
  ("marta.puig@fintekia.com", "Marta Puig i Soler"), SILLAGE, """
Hi Camille,

Yes, we'd love to have the Spanish-speaking SDR on the campaign. Let's discuss volumes on a call – WhatsApp is easiest for me this week.

Thanks!

§Marta Puig i Soler
§Head of Growth
§Fintekia Payments S.A.
§Passeig de Gràcia 88, 08008 Barcelona
§WhatsApp: +34 655 218 904
§fintekia.com · linkedin.com/in/martapuigsoler
""",
  Q("outlook_en", D(2026, 12, 15, 11, 10), "Outbound campaign France – next steps", """
Hi Marta,

Following our call, here is the proposal for the outbound campaign targeting French mid-market retailers. We can also add a Spanish-speaking SDR for the Iberian accounts.

Best,
"""),
  name="Marta Puig i Soler", title="Head of Growth", company="Fintekia Payments S.A.",
  website="fintekia.com", linkedin="linkedin.com/in/martapuigsoler",
  address="Passeig de Gràcia 88, 08008 Barcelona",
  phones=[M("+34655218904")])

C("d076-en-outlook-warsaw", "en", "outlook", "FR",
  ("t.wisniewski@vistulatrade.pl", "Tomasz Wiśniewski"), MERIDIA, """
Dear Antoine,

Thank you for the updated proposal. Our management board approved the budget yesterday. We would like to schedule the kick-off meeting in Warsaw in the week of 18 January.

Best regards,

§Tomasz Wiśniewski
§Logistics Director
§Vistula Trade Sp. z o.o.
§ul. Marszałkowska 10, 00-590 Warszawa
§tel. +48 22 628 11 44
§kom. +48 601 234 567

Vistula Trade Sp. z o.o., KRS 0000412876, NIP 5252512345, kapitał zakładowy 500 000 PLN
""",
  Q("outlook_en", D(2026, 12, 11, 8, 50), "Updated proposal – Vistula Trade", """
Dear Tomasz,

Please find attached our updated proposal, including the Polish-language training module you requested.

Best regards,
"""),
  name="Tomasz Wiśniewski", title="Logistics Director", company="Vistula Trade Sp. z o.o.",
  address="ul. Marszałkowska 10, 00-590 Warszawa",
  phones=[L("+48226281144"), M("+48601234567")])

C("d077-en-outlook-telaviv", "en", "outlook", "FR",
  ("noa@carmelridge.vc", "Noa Ben-Ami"), OSTREA, """
Hi Thomas,

Thanks – I've shared the teaser with our investment committee. We meet Sunday; I'll update you Monday morning Paris time.

Best,

§Noa Ben-Ami
§Principal
§Carmel Ridge Ventures Ltd.
§Rothschild Blvd 22, Tel Aviv 6688218, Israel
§Office: 03-691-2345 | Mobile: 054-678-1234
""",
  Q("outlook_en", D(2026, 12, 10, 13, 0), "Project Orion – teaser", """
Hi Noa,

As discussed, please find attached the teaser for Project Orion (French cybersecurity software, €14m ARR).

Best regards,
"""),
  name="Noa Ben-Ami", title="Principal", company="Carmel Ridge Ventures Ltd.",
  address="Rothschild Blvd 22, Tel Aviv 6688218, Israel",
  phones=[L("+97236912345"), M("+972546781234")])

C("d078-en-gmail-capetown", "en", "gmail", "FR",
  ("pieter@capecellars.co.za", "Pieter van der Merwe"), LUMEN, """
Hi Sarah,

Hope you're well. We'd like to place the 2027 allocation order for the Bordeaux Supérieur – same volumes as 2026. Could you also quote for 600 bottles of the Crémant?

Kind regards

§Pieter van der Merwe
§Wine Buyer
§Cape Cellars Distribution (Pty) Ltd
§Unit 5, The Foundry, Cardiff Street, Green Point, Cape Town, 8005
§Tel: 021 418 2233 | Cell: 082 881 4420
""",
  Q("gmail_en", D(2026, 12, 1, 9, 0), "2027 allocations", """
Hi Pieter,

Our 2027 allocations are now open. Let me know your volumes before the end of December so we can secure them.

Best regards,
"""),
  name="Pieter van der Merwe", title="Wine Buyer", company="Cape Cellars Distribution (Pty) Ltd",
  address="Unit 5, The Foundry, Cardiff Street, Green Point, Cape Town, 8005",
  phones=[L("+27214182233"), M("+27828814420")])

C("d079-en-gmail-johannesburg", "en", "gmail", "FR",
  ("lerato.mokoena@ubuntufreight.co.za", "Lerato Mokoena"), MERIDIA, """
Hi Antoine,

Please note I've moved to a new role – my colleague Sipho Dlamini now handles WMS procurement (sipho.dlamini@ubuntufreight.co.za, 011 783 5540). I've copied him here.

Regards,

§Lerato Mokoena
§Head of Strategy at Ubuntu Freight Solutions (Pty) Ltd
§Sandton, Johannesburg
§+27 82 555 1234
""",
  Q("gmail_en", D(2026, 12, 14, 7, 30), "WMS tender – clarification questions", """
Hi Lerato,

I hope you're well. We have a few clarification questions on the WMS tender – could we schedule a 30-minute call this week?

Best regards,
"""),
  name="Lerato Mokoena", title="Head of Strategy", company="Ubuntu Freight Solutions (Pty) Ltd",
  address="Sandton, Johannesburg",
  phones=[M("+27825551234")])

C("d080-en-android-nairobi", "en", "android", "FR",
  ("wkamau@savannahcrest.co.ke", "Wanjiru Kamau"), LUMEN, """
Dear Sarah,

Thank you for the samples, they arrived safely. Our sommelier team will do the tasting next week and we will revert with the order.

Best regards,

§Ms. Wanjiru Kamau
§Food & Beverage Manager
§Savannah Crest Hotels Ltd
§Westlands, Nairobi
§P.O. Box 14522-00800 Nairobi, Kenya
§Tel: +254 20 374 5512 | Mobile: 0722 123 456

Sent from my Galaxy
""",
  Q("samsung_en", D(2026, 12, 2, 11, 45), "Wine samples – shipment", """
Dear Wanjiru,

The samples left Bordeaux this morning by DHL (tracking in attachment). Please let me know when they arrive.

Best regards,
"""),
  name="Wanjiru Kamau", title="Food & Beverage Manager", company="Savannah Crest Hotels Ltd",
  address="Westlands, Nairobi, P.O. Box 14522-00800 Nairobi, Kenya",
  phones=[L("+254203745512"), M("+254722123456")])

C("d081-en-gmail-lagos", "en", "gmail", "FR",
  ("c.adeyemi@lekkigateway.com.ng", "Chukwuemeka Adeyemi"), MERIDIA, """
Good afternoon Antoine,

Trust you are doing well. Kindly find attached the signed NDA. We look forward to the demo scheduled for Wednesday.

Warm regards,

§Mr. Chukwuemeka Adeyemi
§Chief Operating Officer
§Lekki Gateway Logistics Ltd
§Plot 1415 Adetokunbo Ademola Street, Victoria Island, Lagos
§+234 803 456 7890 | 0201 295 3456
""",
  Q("gmail_en", D(2026, 12, 11, 15, 20), "NDA and demo – Meridia WMS", """
Dear Mr Adeyemi,

Ahead of next week's demo, could you please return the signed NDA? I've attached our standard version.

Best regards,
"""),
  name="Chukwuemeka Adeyemi", title="Chief Operating Officer", company="Lekki Gateway Logistics Ltd",
  address="Plot 1415 Adetokunbo Ademola Street, Victoria Island, Lagos",
  phones=[M("+2348034567890"), L("+2342012953456")])

C("d082-en-outlook-saopaulo", "en", "outlook", "FR",
  ("rafael.lima@vinhosdoatlantico.com.br", "Rafael Teixeira Lima"), LUMEN, """
Hi Sarah,

Following our meeting at ProWine São Paulo, I'm sending our import registration documents. Our customs broker will need the certificate of origin and the health certificate for each shipment.

Best regards,

§Rafael Teixeira Lima
§Import Manager
§Vinhos do Atlântico Importadora Ltda.
§Rua Oscar Freire 379, São Paulo - SP, 01426-001, Brazil
§Tel.: +55 11 3062-4455 | Cel.: +55 11 98765-4321
""",
  Q("outlook_en", D(2026, 12, 3, 18, 0), "Import documents – Brazil", """
Hi Rafael,

It was great meeting you at ProWine São Paulo. Could you send us the documents required to register as your supplier?

Best regards,
"""),
  name="Rafael Teixeira Lima", title="Import Manager", company="Vinhos do Atlântico Importadora Ltda.",
  address="Rua Oscar Freire 379, São Paulo - SP, 01426-001, Brazil",
  phones=[L("+551130624455"), M("+5511987654321")])

C("d083-en-outlook-mexico", "en", "outlook", "FR",
  ("avillasenor@distbajio.com.mx", "Alejandra Villaseñor"), MERIDIA, """
Dear Antoine,

Thank you for the proposal. We will need the pricing in USD and a reference from a customer in Latin America. Could we schedule a call next Tuesday at 9:00 CDMX time (16:00 Paris)?

Best regards,

§Ing. Alejandra Villaseñor
§Gerente de Logística / Logistics Manager
§Distribuidora del Bajío S.A. de C.V.
§Av. Paseo de la Reforma 505, Piso 12, Col. Cuauhtémoc, 06500 Ciudad de México
§Tel. +52 55 5280 1234
§Cel. +52 55 1234 5678
""",
  Q("outlook_en", D(2026, 12, 9, 17, 30), "Meridia WMS – proposal for Distribuidora del Bajío", """
Dear Alejandra,

Please find attached our proposal for the new distribution center in Querétaro.

Best regards,
"""),
  name="Alejandra Villaseñor", title="Gerente de Logística / Logistics Manager",
  company="Distribuidora del Bajío S.A. de C.V.",
  address="Av. Paseo de la Reforma 505, Piso 12, Col. Cuauhtémoc, 06500 Ciudad de México",
  phones=[L("+525552801234"), M("+525512345678")])

C("d084-en-outlook-solicitor-leeds", "en", "outlook", "GB",
  ("h.ashworth@ashworthkemp.co.uk", "Helen Ashworth"), HARTWELL, """
Dear Oliver,

We act for Mr and Mrs Patel in connection with the sale of their shareholding in Patel Precision Components Ltd. Please direct all further correspondence on this matter to the writer.

Yours sincerely,

§Helen Ashworth
§Partner
§for and on behalf of Ashworth Kemp Solicitors LLP
§Park Row House, 19 Park Row, Leeds LS1 5JF
§Tel: 0113 243 8890
§Email: h.ashworth@ashworthkemp.co.uk

Ashworth Kemp Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612345). A list of members is available at our registered office.
Beware of cyber fraud: we will never change our bank details by email.
""",
  Q("outlook_en", D(2026, 12, 8, 10, 0), "Patel Precision Components – proposed sale", """
Dear Ms Ashworth,

I understand from Mr Patel that you may be acting for him and Mrs Patel on the proposed sale. Could you confirm, so that I can share the indicative offer received from the buyer?

Kind regards,
""", uk=True, cc="Raj Patel <raj@patelprecision.co.uk>"),
  name="Helen Ashworth", title="Partner", company="Ashworth Kemp Solicitors LLP",
  email="h.ashworth@ashworthkemp.co.uk",
  address="Park Row House, 19 Park Row, Leeds LS1 5JF",
  phones=[L("+441132438890")])

C("d085-en-outlook-hotel-team", "en", "outlook", "FR",
  ("events@lakesidegrange.co.uk", "Lakeside Grange Events"), AUBRAC, """
Dear Claire,

Thank you for your enquiry. We are pleased to confirm availability for a day delegate package for 14 guests on Thursday 11 March 2027 in the Wordsworth Suite, at £68 per person.
Please note that the provisional hold will be released on 15 January unless we receive the signed contract.

Kind regards,

§Events & Reservations Team
§The Lakeside Grange Hotel
§Windermere, Cumbria LA23 1LP
§Tel: 015394 88210
§events@lakesidegrange.co.uk | www.lakesidegrange.co.uk

[Logo]
AA ★★★★ | VisitEngland Gold Award 2025
Follow us on Instagram @lakesidegrange
""",
  Q("outlook_en", D(2026, 12, 10, 15, 0), "Day meeting enquiry – March 2027", """
Dear Sir or Madam,

We are organising a one-day workshop for a client's UK sales team in March 2027 (14 participants). Could you let us know your availability and day delegate rates?

Kind regards,
"""),
  company="The Lakeside Grange Hotel",
  email="events@lakesidegrange.co.uk", website="www.lakesidegrange.co.uk",
  address="Windermere, Cumbria LA23 1LP",
  phones=[L("+441539488210")])

C("d086-en-outlook-executive-assistant", "en", "outlook", "FR",
  ("drusso@whitakerhospitality.com", "Danielle Russo"), OSTREA, """
Dear Thomas,

On behalf of Mr. Whitaker, thank you for the invitation. He would be glad to meet with you in Paris during his visit the week of February 8. Could you propose two or three times that work for you? Tuesday afternoon is currently open.

Best regards,

§Danielle Russo
§Executive Assistant to Richard Whitaker, Chairman & CEO
§Whitaker Hospitality Group
§One Financial Center, Boston, MA 02111
§+1 (617) 523 0198
""",
  Q("outlook_en", D(2026, 12, 12, 9, 15), "Meeting in Paris", """
Dear Mr. Whitaker,

I understand you will be in Paris in February. I would welcome the opportunity to present two hotel groups currently exploring a sale.

Kind regards,
"""),
  name="Danielle Russo", title="Executive Assistant to Richard Whitaker, Chairman & CEO",
  company="Whitaker Hospitality Group",
  address="One Financial Center, Boston, MA 02111",
  phones=[L("+16175230198")])

C("d087-en-gmail-forward", "en", "gmail", "FR",
  ("ben@brightwell-saas.com", "Ben Tallis"), SILLAGE, """
Camille – see below from our CFO. Looks like we'll need to push to Q2. I'll call you tomorrow.

§Ben

---------- Forwarded message ---------
From: Amanda Kerr <amanda.kerr@brightwell-saas.com>
Date: Mon, 14 Dec 2026 at 18:02
Subject: Re: Outbound campaign FR/BE – proposal
To: Ben Tallis <ben@brightwell-saas.com>


Ben, we're already over on Q1 marketing spend. Let's revisit in April.
A.

Amanda Kerr
CFO | Brightwell Software Ltd
+44 20 3695 1180
""",
  Q("gmail_en", D(2026, 12, 10, 16, 40), "Outbound campaign FR/BE – proposal", """
Hi Ben,

Please find attached our proposal for the outbound campaign in France and Belgium (Q1 2027).

Best,
"""),
  name="Ben", phones=[])

C("d088-en-gmail-inline", "en", "gmail", "FR",
  ("rachel.okoye@hartfieldretail.co.uk", "Rachel Okoye"), MERIDIA, """
Hi Antoine, answers inline below.

On Tue, 8 Dec 2026 at 10:15, Antoine Vidal <antoine.vidal@meridia-software.com> wrote:
> Hi Rachel,
>
> A few questions before we finalise the scoping:
> 1. How many warehouse users will need licences?

Around 140 named users, 60 concurrent at peak.

> 2. Do you need integration with your existing ERP?

Yes – SAP S/4HANA, on-prem. Our SAP partner is Corvell Consulting.

> 3. Target go-live?

September 2027, before peak season.

> Best regards,
> Antoine Vidal
> Head of International Sales
> Meridia Logistics Software
> +33 4 72 91 36 58 · +33 6 19 57 03 84
> meridia-software.com

--
§Rachel Okoye
§Director, Distribution Systems
§Hartfield Retail Group plc
§Hartfield House, 1 Canal Side, Milton Keynes MK9 1BE
§+44 20 7123 4567 | +44 7564 208813
""", inline=True,
  name="Rachel Okoye", title="Director, Distribution Systems", company="Hartfield Retail Group plc",
  address="Hartfield House, 1 Canal Side, Milton Keynes MK9 1BE",
  phones=[L("+442071234567"), M("+447564208813")])

C("d089-en-iphone-nosig", "en", "iphone", "FR",
  ("mark.devlin@devlinwines.ie", "Mark Devlin"), LUMEN, """
Thanks, received!

Sent from my iPhone
""",
  Q("apple_en", D(2026, 12, 15, 9, 5), "Invoice INV-2026-0982", """
Hi Mark,

Please find attached invoice INV-2026-0982 for the December delivery.

Best regards,
"""),
  phones=[])

C("d090-en-outlook-nosig-disclaimer", "en", "outlook", "FR",
  ("s.hargreaves@ridgewaycapital.com", "Hargreaves, Simon"), OSTREA, """
Noted, thanks. We'll revert after the IC.

**********************************************************************
This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this email. Ridgeway Capital LLP is authorised and regulated by the Financial Conduct Authority.
**********************************************************************
""",
  Q("outlook_en", D(2026, 12, 16, 8, 20), "Project Orion – process letter", """
Simon,

Please find attached the process letter for Project Orion. Non-binding offers are due on 22 January.

Best regards,
""", uk=True),
  phones=[])

C("d091-en-ipad-initials", "en", "iphone", "GB",
  ("dtaylor@taylorhomewares.co.uk", "David Taylor"), HARTWELL, """
Oliver – fine by me, go ahead and send the engagement letter.
§– DT

Sent from my iPad
""",
  Q("apple_en", D(2026, 12, 14, 19, 40), "Engagement letter", """
David,

Following our meeting, I'm ready to send the engagement letter for the sale process. Shall I go ahead?

Best,
"""),
  phones=[])

C("d092-en-iphone-nickname", "en", "iphone", "GB",
  ("bill@thorntonhaulage.co.uk", "William Thornton"), HARTWELL, """
Ollie,

Cheers for the intro to the Leeds lot – had a good chat with them Tuesday. Pint on me next time you're up north.

Cheers,
§Bill
§Thornton Haulage Ltd | 07412 556781

Sent from my iPhone
""",
  Q("apple_en", D(2026, 12, 7, 12, 10), "Intro – Calder Valley Logistics", """
Bill,

As promised, introducing you to the team at Calder Valley Logistics – they're looking for a subcontractor for their Yorkshire routes.

Best,
""", uk=True),
  name="Bill", company="Thornton Haulage Ltd",
  phones=[M("+447412556781")])

C("d093-en-outlook-welsh-university", "en", "outlook", "GB",
  ("spritchard@taffvalley.ac.uk", "Dr Siân Pritchard"), HARTWELL, """
Dear Mr Grant,

Thank you for your email. The University would be interested in discussing the spin-out advisory support. Please note that any engagement above £25,000 is subject to our procurement procedure.

Kind regards,

§Dr Siân Pritchard
§Knowledge Exchange Manager
§Research & Innovation Services
§Taff Valley University
§Heol y Coleg, Cardiff CF14 3XY
§Tel: 029 2048 7711
§Pronouns: she/her | Rhagenwau: hi/ei

Croesewir gohebiaeth yn Gymraeg. Correspondence in Welsh is welcomed.
""",
  Q("outlook_en", D(2026, 12, 4, 14, 45), "Spin-out advisory support", """
Dear Dr Pritchard,

Hartwell Pryce advises university spin-outs on fundraising and exit planning. I would welcome the chance to discuss how we might support your portfolio companies.

Kind regards,
""", uk=True),
  name="Siân Pritchard", title="Knowledge Exchange Manager", company="Taff Valley University",
  address="Heol y Coleg, Cardiff CF14 3XY",
  phones=[L("+442920487711")])

C("d094-en-outlook-nhs", "en", "outlook", "GB",
  ("mark.pennington@nhs.net", "PENNINGTON, Mark (NORTHBROOK HEALTHCARE NHS FOUNDATION TRUST)"), HARTWELL, """
Good morning,

Please be advised that we are unable to accept unsolicited proposals. All opportunities are advertised via Find a Tender and Contracts Finder.

Regards,

§Mark Pennington
§Senior Category Buyer – Estates & Facilities
§Procurement Department
§Northbrook Healthcare NHS Foundation Trust
§Leicester Road, Melton Mowbray LE13 0DB
§Tel: 01664 854210 ext 3312

Working together for healthier communities
********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
********************************************************************************************************************
""",
  Q("outlook_en", D(2026, 12, 2, 9, 30), "Estates advisory support", """
Dear Mr Pennington,

I'm writing to introduce Hartwell Pryce's advisory services for NHS estates disposals. Would you be open to a short call?

Kind regards,
""", uk=True),
  name="Mark Pennington", title="Senior Category Buyer – Estates & Facilities",
  company="Northbrook Healthcare NHS Foundation Trust",
  address="Leicester Road, Melton Mowbray LE13 0DB",
  phones=[L("+441664854210")])

C("d095-en-outlook-family-office-cfa", "en", "outlook", "FR",
  ("mforsberg@lakeshorefo.com", "Michael Forsberg"), OSTREA, """
Thomas,

Appreciate the follow-up. We passed on the last two deals for sector reasons (no exposure to hospitality). If you have anything in B2B software or healthcare services in the €20–50m EV range, we'd be interested.

Regards,

§Michael J. Forsberg, CFA, CAIA
§Managing Director, Direct Investments
§Lakeshore Family Office
§401 N Michigan Ave, Suite 1900, Chicago, IL 60611
§D (312) 644-2271
§M (847) 309-5518
""",
  Q("outlook_en", D(2026, 12, 9, 16, 0), "Project Azur – hotel group", """
Michael,

Following up on the Project Azur teaser sent last week. Let me know whether your team would like to receive the information memorandum.

Best regards,
"""),
  name="Michael J. Forsberg", title="Managing Director, Direct Investments", company="Lakeshore Family Office",
  address="401 N Michigan Ave, Suite 1900, Chicago, IL 60611",
  phones=[L("+13126442271"), M("+18473095518")])

C("d096-en-gmail-calgary", "en", "gmail", "CA",
  ("dkowalczyk@kbeng.ca", "Darren Kowalczyk"), BOREAL, """
Hi Marie-Ève,

Thanks for sending the proposal. I'll review it with our partners at Friday's meeting and get back to you early next week.

Cheers,

§Darren Kowalczyk, P.Eng., PMP
§Principal Engineer
§Kowalczyk Bernier Engineering Ltd.
§Suite 600, 808 4 Ave SW
§Calgary, AB T2P 3E8
§T 403.265.7789  C 587.893.2211
""",
  Q("gmail_en", D(2026, 12, 15, 13, 5), "Proposal – Quebec office opening", """
Hi Darren,

As discussed, here is our proposal to support the opening of your Montreal office (market study, recruiting plan and government incentives).

Best regards,
""", us=True),
  name="Darren Kowalczyk", title="Principal Engineer", company="Kowalczyk Bernier Engineering Ltd.",
  address="Suite 600, 808 4 Ave SW, Calgary, AB T2P 3E8",
  phones=[L("+14032657789"), M("+15878932211")])

C("d097-en-outlook-charity-edinburgh", "en", "outlook", "GB",
  ("morag.sinclair@firthforward.org.uk", "Morag Sinclair"), HARTWELL, """
Dear Oliver,

Many thanks for your generous offer of pro bono support. Our trustees meet on 19 January and I'll put it on the agenda.

With best wishes,

§Morag Sinclair
§Chief Executive
§Firth Forward Trust
§The Old Schoolhouse, 12 Mill Lane, Leith, Edinburgh EH6 6TJ
§0131 554 8820 · 07468 229331
§www.firthforward.org.uk

Firth Forward Trust is a registered Scottish charity, SC048123, and a company limited by guarantee, SC512876.
🎗️ Shortlisted – Scottish Charity Awards 2026
""",
  Q("outlook_en", D(2026, 12, 11, 10, 25), "Pro bono support", """
Dear Morag,

As part of our community programme, Hartwell Pryce would be glad to offer pro bono financial advisory support to the Trust in 2027.

Kind regards,
""", uk=True),
  name="Morag Sinclair", title="Chief Executive", company="Firth Forward Trust",
  website="www.firthforward.org.uk",
  address="The Old Schoolhouse, 12 Mill Lane, Leith, Edinburgh EH6 6TJ",
  phones=[L("+441315548820"), M("+447468229331")])

C("d098-en-outlook-bristol-cafe-emoji", "en", "outlook", "FR",
  ("hello@crumbandcardamom.co.uk", "Crumb & Cardamom"), LUMEN, """
Hi Sarah!

Lovely to meet you at the Speciality & Fine Food Fair. We'd love to stock your canelés and the salted butter caramels in both shops. Could you send us your wholesale price list and minimum order?

Thanks so much 😊

§Hannah Boateng
§Co-owner | Crumb & Cardamom
§📍 41 Gloucester Road, Bristol BS7 8AD
§📞 0117 942 6630
§📱 07712 384905
§🌐 crumbandcardamom.co.uk
Instagram: @crumbandcardamom
""",
  Q("outlook_en", D(2026, 12, 7, 18, 15), "Lovely to meet you!", """
Hi Hannah,

It was lovely to meet you at the fair. As promised, here is our catalogue of French patisserie and confectionery for retailers.

Best wishes,
""", uk=True),
  name="Hannah Boateng", title="Co-owner", company="Crumb & Cardamom",
  website="crumbandcardamom.co.uk",
  address="41 Gloucester Road, Bristol BS7 8AD",
  phones=[L("+441179426630"), M("+447712384905")])

C("d099-en-apple-mail-architect-berkeley", "en", "other", "FR",
  ("daniel@okonkwohale.com", "Daniel Okonkwo"), LUMEN, """
Sarah,

We're specifying the terracotta tiles for a residential project in Napa. Can you confirm lead time for 2,400 sq ft and whether you have a US distributor? Samples to the office address below, please.

Thanks,

§Daniel Okonkwo, AIA, LEED AP
§Principal
§Okonkwo Hale Architects
§2150 Shattuck Ave, Suite 800
§Berkeley, CA 94704
§510.843.2276
§okonkwohale.com
""",
  Q("apple_en", D(2026, 12, 8, 8, 0), "Handmade terracotta tiles – US projects", """
Dear Mr Okonkwo,

Following your enquiry on our website, please find attached the technical sheets for our handmade terracotta tiles from the Landes.

Best regards,
""", us=True),
  name="Daniel Okonkwo", title="Principal", company="Okonkwo Hale Architects",
  website="okonkwohale.com",
  address="2150 Shattuck Ave, Suite 800, Berkeley, CA 94704",
  phones=[L("+15108432276")])

C("d100-en-lotus-us-subsidiary", "en", "other", "FR",
  ("gary.whitfield@cpsparcel.com", "Gary Whitfield"), MERIDIA, """
Antoine,

Please see attached our supplier onboarding forms. Note that all invoices must reference a valid PO number or they will be rejected by our AP system.

Regards,

§Gary Whitfield
§Strategic Sourcing Lead – Logistics Technology
§Continental Parcel Systems, Inc.
§A Harlan Industries Company
§1 Parcel Way, Louisville, KY 40213
§Phone: 502-368-4410
§Fax: 502-368-4499
""",
  Q("lotus_en", D(2026, 12, 10, 14, 35), "Meridia – next steps after award", """
Gary,

Thank you for the award notification. Could you let us know the supplier onboarding steps on your side?

Best regards,
"""),
  name="Gary Whitfield", title="Strategic Sourcing Lead – Logistics Technology",
  company="Continental Parcel Systems, Inc.",
  address="1 Parcel Way, Louisville, KY 40213",
  phones=[L("+15023684410"), F("+15023684499")])


# ==========================================================================
# checks and output
# ==========================================================================
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]", "", s.lower())


NOT_SIG = re.compile(r"^\s*(\[cid:|\[logo|\[bann|envoy|sent from|get outlook|obtenir outlook|provenance|"
                     r"ce message|this e-?mail|n° orias|linkedin: linkedin\.com/company|suivez)", re.I)


def check(cases):
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    problems = []
    for c in cases:
        lines = c["body"].split("\n")
        f = c["fields"]
        assert c["lang"] in ("fr", "en") and c["client"] in ("outlook", "gmail", "iphone", "android", "other")
        assert re.fullmatch(r"[A-Z]{2}", c["region"])
        assert c["signature"] == sorted(set(c["signature"])), c["id"]
        for i in c["signature"]:
            assert 0 <= i < len(lines), (c["id"], i)
            l = lines[i]
            assert l.strip(), (c["id"], i, "blank")
            assert not l.lstrip().startswith(">"), (c["id"], i, "quoted")
            assert not NOT_SIG.match(l), (c["id"], i, l)
            if not c["_inline"]:
                assert i < c["_quote_start"], (c["id"], i, "after quote start")
        sigtext = "\n".join(lines[i] for i in c["signature"])
        nsig = norm(sigtext)
        for k, v in f.items():
            if k == "phones":
                continue
            assert v and v == v.strip(), (c["id"], k)
            if k == "address":
                assert norm(v) in nsig, (c["id"], k, v)
                for part in v.split(", "):
                    assert part.strip() and norm(part) in nsig, (c["id"], k, part)
            else:
                assert norm(v) in nsig, (c["id"], k, v)
        if not c["signature"]:
            assert f == {"phones": []}, c["id"]
        sig_digit_lines = [re.sub(r"\D", "", lines[i]) for i in c["signature"]]
        for ph in f["phones"]:
            assert ph["type"] in ("mobile", "landline", "fax"), c["id"]
            num = phonenumbers.parse(ph["value"], None)
            assert phonenumbers.is_valid_number(num), (c["id"], ph)
            assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == ph["value"], (c["id"], ph)
            nsn = phonenumbers.national_significant_number(num)
            assert any(nsn in d for d in sig_digit_lines), (c["id"], ph, "digits not in signature lines")
            t = phonenumbers.number_type(num)
            if ph["type"] == "mobile" and t not in (phonenumbers.PhoneNumberType.MOBILE,
                                                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                problems.append((c["id"], ph, "labelled mobile, library says %s" % t))
            if ph["type"] == "landline" and t == phonenumbers.PhoneNumberType.MOBILE:
                problems.append((c["id"], ph, "labelled landline, library says mobile"))
        vals = [p["value"] for p in f["phones"]]
        assert len(vals) == len(set(vals)), (c["id"], "duplicate phone")
        # numbers the library finds in the signature lines must all be labelled
        regions = {c["region"]} | {phonenumbers.region_code_for_number(phonenumbers.parse(v)) for v in vals}
        for i in c["signature"]:
            for reg in regions:
                for m in phonenumbers.PhoneNumberMatcher(lines[i], reg):
                    e = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                    if phonenumbers.is_valid_number(m.number) and e not in vals and reg == c["region"]:
                        problems.append((c["id"], i, "foreign national-format number that also reads as a valid "
                                         + reg + " number (intended trap; labelled in the sender's country)",
                                         m.raw_string, e))
    return problems


def main():
    check_only = "--check" in sys.argv
    problems = check(CASES)
    out = []
    for c in CASES:
        out.append({k: v for k, v in c.items() if not k.startswith("_")})
    data = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    if not check_only:
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    n = len(out)
    by = lambda k: {v: sum(1 for c in out if c[k] == v) for v in sorted({c[k] for c in out})}
    print(f"{n} cases -> {OUT}")
    print("lang:", by("lang"))
    print("client:", by("client"))
    print("region:", by("region"))
    print("no signature:", sum(1 for c in out if not c["signature"]))
    print("signature lines:", sum(len(c["signature"]) for c in out))
    print("phones:", sum(len(c["fields"]["phones"]) for c in out),
          {t: sum(1 for c in out for p in c["fields"]["phones"] if p["type"] == t) for t in ("landline", "mobile", "fax")})
    fields = {}
    for c in out:
        for k in c["fields"]:
            if k != "phones":
                fields[k] = fields.get(k, 0) + 1
    print("fields:", fields)
    for p in problems:
        print("NOTE", p)


if __name__ == "__main__":
    main()
