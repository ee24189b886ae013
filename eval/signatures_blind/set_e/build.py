#!/usr/bin/env python3
"""Blind evaluation set E for the e-mail signature reader.

Written blind: without reading the reader's code, its tests, benchmarks,
SQL, other evaluation sets or the project README.

Run from the repository root:
    /work/main/.venv/bin/python eval/signatures_blind/set_e/build.py
It writes cases.json next to this file and exits non-zero when a
self-check fails.  No clock, no randomness: same bytes on every run.

Authoring DSL
-------------
* Each case gives the NEW text of the reply as a string.  Every line of the
  sender's signature block starts with MARK ("§"); build.py strips the
  marker and records the index of the line.  Indexes are never typed.
* The quoted history is rendered by render_quote() in the layout of the
  sender's mail client and always contains the user's full signature.
  Special layouts (forwards, help-desk threads, Outlook inline answers) are
  given as ready lists of lines through `raw`.
* For inline replies the new text itself contains the interleaved "> "
  lines; the remaining quoted lines (with the user's signature) follow as
  style "tail".
"""
import datetime
import json
import os
import re
import sys

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from phonenumbers import PhoneNumberType as PNT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.json")
MARK = "\u00a7"  # §

# ---------------------------------------------------------------- dates

FR_DA = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MA = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
         "sept.", "oct.", "nov.", "déc."]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
EN_DA = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"]
EN_MA = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
         "Oct", "Nov", "Dec"]
EN_M = ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"]

# UTC offset shown by clients that print one, by sender country (winter).
TZ = {"FR": "+01:00", "BE": "+01:00", "CH": "+01:00", "LU": "+01:00",
      "MC": "+01:00", "AD": "+01:00", "NL": "+01:00", "SE": "+01:00",
      "DK": "+01:00", "FI": "+02:00", "CM": "+01:00", "TN": "+01:00",
      "SN": "+00:00", "CI": "+00:00", "GB": "+00:00", "IE": "+00:00",
      "RE": "+04:00", "GF": "-03:00", "NC": "+11:00", "CA": "-05:00",
      "US": "-05:00", "AU": "+10:00", "NZ": "+13:00", "IN": "+05:30",
      "SG": "+08:00", "HK": "+08:00", "AE": "+04:00"}


def _dt(when):
    return datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")


def _h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def _sec(dt):
    return (dt.day * 7 + dt.minute * 3) % 60


def qt(lines, p="> "):
    """Quote lines the way Gmail/Apple/Thunderbird do."""
    return [p.rstrip() if line == "" else p + line for line in lines]


def render_quote(style, fn, fa, tn, ta, when, subj, lines, loc, tz="+01:00"):
    """Return the quoted history (list of lines) in a client's layout.

    fn/fa: author of the quoted message (name, address); tn/ta: its
    recipient; lines: the quoted message, signature included.
    loc: "fr", "fr-ca", "gb", "us" or "nl" (locale of the replying client).
    """
    dt = _dt(when)
    wd, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = dt.strftime("%H:%M")
    h, ap = _h12(dt)
    mm = dt.strftime("%M")
    ss = "%02d" % _sec(dt)
    fr = loc.startswith("fr")

    if style in ("outlook", "outlook_nobar", "outlook_mailto", "outlook_orig",
                 "outlook_mobile"):
        out = []
        if style in ("outlook", "outlook_mobile"):
            out.append("_" * 32)
        if style == "outlook_orig":
            out.append("-----Message d'origine-----" if fr
                       else "-----Original Message-----")
        frm = (f"{fn} [mailto:{fa}]" if style == "outlook_mailto"
               else f"{fn} <{fa}>")
        secs = f":{ss}" if style == "outlook_mobile" else ""
        if fr:
            if loc == "fr-ca":
                sent = f"{d} {FR_M[m]} {y} {hm}{secs}"
            else:
                sent = f"{FR_D[wd]} {d} {FR_M[m]} {y} {hm}{secs}"
            out += [f"De : {frm}", f"Envoyé : {sent}", f"À : {tn} <{ta}>",
                    f"Objet : {subj}"]
        else:
            if loc == "us" or style == "outlook_mobile":
                sent = f"{EN_D[wd]}, {EN_M[m]} {d}, {y} {h}:{mm}{secs} {ap}"
            else:
                sent = f"{d} {EN_M[m]} {y} {hm}"
            out += [f"From: {frm}", f"Sent: {sent}", f"To: {tn} <{ta}>",
                    f"Subject: {subj}"]
        return out + [""] + lines

    if style in ("gmail", "gmail_wrap"):
        if loc == "fr":
            att = f"Le {FR_DA[wd]} {d} {FR_MA[m]} {y} à {hm}, {fn} <{fa}> a écrit :"
        elif loc == "fr-ca":
            att = (f"Le {FR_DA[wd]} {d} {FR_MA[m]} {y}, à {dt.hour:02d} h {mm}, "
                   f"{fn} <{fa}> a écrit :")
        elif loc == "us":
            att = f"On {EN_DA[wd]}, {EN_MA[m]} {d}, {y} at {h}:{mm} {ap} {fn} <{fa}> wrote:"
        else:
            att = f"On {EN_DA[wd]}, {d} {EN_MA[m]} {y} at {hm}, {fn} <{fa}> wrote:"
        if style == "gmail_wrap":
            # Gmail's text/plain part breaks long attribution lines after "<"
            cut = att.index("<") + 1
            head = [att[:cut], att[cut:]]
        else:
            head = [att]
        return head + [""] + qt(lines)

    if style in ("apple", "apple_in"):
        if fr:
            att = f"Le {d} {FR_MA[m]} {y} à {hm}, {fn} <{fa}> a écrit :"
        elif loc == "us":
            att = f"On {EN_MA[m]} {d}, {y}, at {h}:{mm} {ap}, {fn} <{fa}> wrote:"
        else:
            att = f"On {d} {EN_MA[m]} {y}, at {hm}, {fn} <{fa}> wrote:"
        if style == "apple":
            return [att, ""] + qt(lines)
        return qt([att, ""] + lines)

    if style == "samsung":
        num = dt.strftime("%d/%m/%Y %H:%M")
        if fr:
            head = ["-------- Message d'origine --------", f"De : {fn} <{fa}> ",
                    f"Date : {num} (GMT{tz}) ", f"À : {tn} <{ta}> ",
                    f"Objet : {subj} "]
        elif loc == "nl":
            head = ["-------- Oorspronkelijk bericht --------",
                    f"Van: {fn} <{fa}> ",
                    f"Datum: {dt.strftime('%d-%m-%Y %H:%M')} (GMT{tz}) ",
                    f"Aan: {tn} <{ta}> ", f"Onderwerp: {subj} "]
        else:
            head = ["-------- Original message --------", f"From: {fn} <{fa}> ",
                    f"Date: {num} (GMT{tz}) ", f"To: {tn} <{ta}> ",
                    f"Subject: {subj} "]
        return head + [""] + lines

    if style == "thunderbird":
        if fr:
            att = f"Le {dt.strftime('%d/%m/%Y')} à {hm}, {fn} a écrit :"
        elif loc == "us":
            att = f"On {dt.month}/{d}/{y} {h}:{mm} {ap}, {fn} wrote:"
        else:
            att = f"On {dt.strftime('%d/%m/%Y')} {hm}, {fn} wrote:"
        return [att] + qt(lines)

    if style == "notes":
        num = dt.strftime("%d/%m/%Y %H:%M")
        if fr:
            head = [f'-----"{fn}" <{fa}> a écrit : -----', "",
                    f'A : "{tn}" <{ta}>', f'De : "{fn}" <{fa}>',
                    f"Date : {num}", f"Objet : {subj}"]
        else:
            head = [f'-----"{fn}" <{fa}> wrote: -----', "",
                    f'To: "{tn}" <{ta}>', f'From: "{fn}" <{fa}>',
                    f"Date: {num}", f"Subject: {subj}"]
        return head + [""] + lines

    if style == "orange":
        head = [f"Message du {dt.strftime('%d/%m/%y %H:%M')}",
                f'De : "{fn}" <{fa}>', f'A : "{tn}" <{ta}>', "Copie à : ",
                f"Objet : {subj}", ""]
        return qt(head + lines)

    if style == "zimbra":
        if fr:
            head = ["----- Mail original -----", f'De: "{fn}" <{fa}>',
                    f'À: "{tn}" <{ta}>',
                    f"Envoyé: {FR_D[wd].capitalize()} {d} {FR_M[m].capitalize()} "
                    f"{y} {hm}:{ss}", f"Objet: {subj}"]
        else:
            head = ["----- Original Message -----", f'From: "{fn}" <{fa}>',
                    f'To: "{tn}" <{ta}>',
                    f"Sent: {EN_D[wd]}, {EN_M[m]} {d}, {y} {h}:{mm}:{ss} {ap}",
                    f"Subject: {subj}"]
        return head + [""] + lines

    if style == "roundcube":
        stamp = dt.strftime("%Y-%m-%d %H:%M")
        att = (f"Le {stamp}, {fn} a écrit :" if fr else f"On {stamp}, {fn} wrote:")
        return [att] + qt(lines)

    if style == "yahoo":
        if fr:
            att = (f"Le {FR_D[wd]} {d} {FR_M[m]} {y} à {hm}:{ss} UTC+1, "
                   f"{fn} <{fa}> a écrit :")
        else:
            att = (f"On {EN_D[wd]}, {d} {EN_M[m]} {y} at {hm}:{ss} GMT, "
                   f"{fn} <{fa}> wrote:")
        return [att, "", ""] + lines

    if style == "sfr":
        head = ["----- Message d'origine -----", f'De : "{fn}" <{fa}>',
                f"Date : {FR_DA[wd]} {d} {FR_MA[m]} {y} {hm}",
                f"À : {tn} <{ta}>", f"Objet : {subj}"]
        return head + [""] + lines

    if style == "superhuman":
        att = f"On {EN_DA[wd]}, {EN_MA[m]} {d}, {y} at {h}:{mm} {ap}, {fn} <{fa}> wrote:"
        return [att, ""] + qt(lines)

    if style == "front":
        att = f'On {EN_M[m]} {d}, {y} at {h}:{mm} {ap}, "{fn}" <{fa}> wrote:'
        return [att, ""] + qt(lines)

    if style == "tail":
        return qt(lines)

    raise ValueError(style)


# ---------------------------------------------------------------- users
# The "user": the adviser or salesperson of the mailbox team.  Their own
# full signature is always in the quoted history.

def _user(name, address, region, sig):
    return {"name": name, "address": address, "region": region,
            "sig": sig.strip("\n").split("\n")}


USERS = {
    "claire": _user("Claire Vasseur", "c.vasseur@arpege-patrimoine.fr", "FR", """
Claire Vasseur
Conseillère en gestion de patrimoine
ARPÈGE PATRIMOINE
12 rue de la République – 69002 Lyon
Tél. : 04 78 28 51 63 | Mob. : 06 71 22 48 90
c.vasseur@arpege-patrimoine.fr | www.arpege-patrimoine.fr
Membre de la CNCGP – ORIAS n° 13 004 512
"""),
    "thomas": _user("Thomas Lebreton", "thomas.lebreton@kalis-logiciels.fr", "FR", """
-- 
Thomas Lebreton
Ingénieur commercial – Grand Ouest
Kalis Logiciels SAS
3 rue Racine, 44000 Nantes
T +33 2 40 89 12 34 | M +33 6 48 20 17 55
linkedin.com/in/thomaslebreton
"""),
    "sarah": _user("Sarah Benali", "sarah.benali@courtage-atlantique.fr", "FR", """
Sarah BENALI
Chargée d'affaires Entreprises
COURTAGE ATLANTIQUE
45 cours de l'Intendance
33000 Bordeaux
Ligne directe : 05 56 44 20 18
Portable : 07 82 45 10 33
sarah.benali@courtage-atlantique.fr
ORIAS n° 07 025 881 – www.orias.fr
"""),
    "julien": _user("Julien Marchand", "j.marchand@hexaprint.fr", "FR", """
Julien Marchand
Responsable commercial Nord-Est
HEXAPRINT Solutions
210 avenue de la Marne – 59700 Marcq-en-Barœul
☎ 03 20 65 41 00 – 📱 06 30 52 18 47
www.hexaprint.fr
"""),
    "nadia": _user("Nadia Ferreira", "nadia.ferreira@oree-conseil.fr", "FR", """
Nadia Ferreira
Consultante senior | Recrutement & Talent
Orée Conseil
18 rue de Châteaudun, 75009 Paris
+33 1 42 85 63 10 / +33 6 25 90 14 72
Prenez rendez-vous : calendly.com/nadia-oree
"""),
    "antoine": _user("Antoine Rivière", "antoine.riviere@solveo-energie.fr", "FR", """
Antoine RIVIÈRE
Responsable grands comptes Occitanie
SOLVEO ÉNERGIE
8 allées Jean Jaurès - 31000 Toulouse
Tél. 05 61 22 90 40 - Port. 06 14 87 33 02
antoine.riviere@solveo-energie.fr
🌱 Ensemble, accélérons la transition énergétique.
"""),
    "hugo": _user("Hugo Delmas", "hugo.delmas@vinexis.com", "FR", """
Hugo Delmas
Export Sales Manager / Responsable export
VINEXIS SAS – Winery equipment
ZI des Poussots, 21200 Beaune, France
Tel. +33 3 80 24 61 90 | Mobile +33 6 82 41 07 36
www.vinexis.com
"""),
    "camille": _user("Camille Roux", "camille.roux@fluxo.io", "FR", """
Camille Roux
Business Developer, International
Fluxo
+33 7 81 64 22 09
fluxo.io | 42 rue du Faubourg Poissonnière, 75010 Paris
"""),
    "oliver": _user("Oliver Grant", "oliver.grant@northbridge-analytics.co.uk", "GB", """
Oliver Grant
Senior Account Executive
Northbridge Analytics Ltd
5th Floor, 20 Farringdon Road, London EC1M 3HE
T: +44 (0)20 3868 4410 | M: +44 (0)7911 234 567
northbridge-analytics.co.uk

Northbridge Analytics Ltd is registered in England and Wales, company no. 09876543.
"""),
    "priya": _user("Priya Raman", "p.raman@hartwellwealth.co.uk", "GB", """
Priya Raman CFA
Client Adviser
Hartwell Wealth LLP
27 Charlotte Square, Edinburgh EH2 4ET
Direct: 0131 226 4800
Mobile: 07846 210 339
www.hartwellwealth.co.uk
Hartwell Wealth LLP is authorised and regulated by the Financial Conduct Authority.
"""),
    "mathieu": _user("Mathieu Gagnon", "mgagnon@groupeboreal.ca", "CA", """
Mathieu Gagnon, CPA
Conseiller principal
Groupe Conseil Boréal inc.
1250, boul. René-Lévesque Ouest, bureau 2200
Montréal (Québec)  H3B 4W8
514 875-2210, poste 318
"""),
    "emily": _user("Emily Chen", "emily.chen@mapleridgesoftware.com", "CA", """
Emily Chen
Account Manager
Maple Ridge Software Inc.
1055 W Georgia St, Suite 1500, Vancouver, BC V6E 3P3
604-688-2400 ext. 112 | mapleridgesoftware.com
"""),
    "sophie": _user("Sophie Claes", "sophie.claes@lumen-assurances.be", "BE", """
Sophie Claes
Account Manager – Entreprises
Lumen Assurances SA
Avenue Louise 231, 1050 Bruxelles
T +32 2 640 18 27 – M +32 478 21 93 06
FSMA 0123.456.789
"""),
    "fabien": _user("Fabien Rochat", "f.rochat@rochat-partenaires.ch", "CH", """
Fabien Rochat
Conseiller clientèle privée
Rochat & Partenaires SA
Rue du Rhône 65, CH-1204 Genève
+41 22 818 40 50
"""),
}

# ---------------------------------------------------------------- cases

CASES = []
FIELD_ORDER = ["name", "title", "company", "email", "website", "linkedin",
               "address"]


def _text(s):
    """Strip the one leading/trailing newline of a triple-quoted string."""
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n")


def parse_new(text):
    lines, sig = [], []
    for raw in _text(text).split("\n"):
        if raw.startswith(MARK):
            sig.append(len(lines))
            lines.append(raw[len(MARK):])
        else:
            lines.append(raw)
    return lines, sig


def case(cid, lang, client, user, sender, cc, new, f, q=None, raw=None,
         loc=None, not_phones=()):
    """Register one case.

    cid: id; user: key of USERS; sender: (display name, address);
    cc: the sender's country (how national numbers in the block read);
    new: new text in the DSL; f: expected fields (phones as (E.164, type));
    q: dict(style, when, subj, msg[, extra, loc]) for render_quote;
    raw: callable(user) -> list of quoted lines, for special layouts.
    not_phones: strings libphonenumber's matcher wrongly reads as phone
    numbers in the labelled lines (e.g. a postcode); they are not phones.
    """
    u = USERS[user]
    if loc is None:
        loc = "fr" if lang == "fr" else ("us" if cc in ("US", "CA") else "gb")
    new_lines, sig = parse_new(new)
    if raw is not None:
        quote = raw(u)
        sep = [""]
    else:
        msg = _text(q["msg"]).split("\n")
        lines = msg + [""] + u["sig"] + q.get("extra", [])
        quote = render_quote(q["style"], u["name"], u["address"], sender[0],
                             sender[1], q["when"], q["subj"], lines,
                             q.get("loc", loc), TZ.get(cc, "+01:00"))
        sep = [""]
    body_lines = new_lines + sep + quote
    fields = {k: f[k] for k in FIELD_ORDER if k in f}
    fields["phones"] = [{"value": v, "type": t} for v, t in f.get("phones", [])]
    CASES.append({
        "id": cid, "lang": lang, "client": client, "region": u["region"],
        "sender": {"address": sender[1], "name": sender[0]},
        "user": {"address": u["address"], "name": u["name"]},
        "body": "\n".join(body_lines),
        "signature": sig,
        "fields": fields,
        # private, removed before writing
        "_qstart": len(new_lines) + len(sep), "_cc": cc, "_usig": u["sig"],
        "_fkeys": sorted(f), "_notph": list(not_phones),
    })


def nested(style, fn, fa, tn, ta, when, subj, text, sig, loc="fr",
           tz="+01:00"):
    """An older message (e.g. the sender's own earlier mail with their old
    signature) as it sits under the user's message."""
    lines = _text(text).split("\n") + [""] + _text(sig).split("\n")
    return [""] + render_quote(style, fn, fa, tn, ta, when, subj, lines, loc, tz)


# ================================================================ FRENCH

case("e001-fr-outlook-notaire", "fr", "outlook", "claire",
     ("Hélène Marchetti", "helene.marchetti@notaires.fr"), "FR", """
Bonjour Madame Vasseur,

Je vous confirme avoir bien reçu l'attestation de l'assureur. Il nous manque encore le relevé du compte-titres au jour du décès et l'avis d'imposition 2025 de Mme Bonnard.

Dès réception, nous pourrons établir la déclaration de succession et vous en adresser le projet.

Bien cordialement,

§Maître Hélène MARCHETTI
§Notaire associée
§SCP MARCHETTI & DUCRET – Notaires associés
§4 avenue de Chevêne – BP 210
§74004 ANNECY CEDEX
§Tél. : 04 50 45 12 38 – Fax : 04 50 51 76 02
§helene.marchetti@notaires.fr
§www.marchetti-ducret-annecy.notaires.fr

Conformément à la réglementation, les fonds ne peuvent être reçus que par virement. L'étude ne vous demandera jamais par courriel de modifier ses coordonnées bancaires : en cas de doute, appelez-nous.
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
""", dict(name="Hélène MARCHETTI", title="Notaire associée",
          company="SCP MARCHETTI & DUCRET", email="helene.marchetti@notaires.fr",
          website="www.marchetti-ducret-annecy.notaires.fr",
          address="4 avenue de Chevêne – BP 210, 74004 ANNECY CEDEX",
          phones=[("+33450451238", "landline"), ("+33450517602", "fax")]),
     q=dict(style="outlook", when="2026-11-27 16:48",
            subj="Succession Bonnard – attestation assureur", msg="""
Maître,

Je me permets de revenir vers vous concernant la succession de Mme Bonnard. L'assureur nous a transmis l'attestation de versement du contrat d'assurance-vie, que vous trouverez en pièce jointe.

Pouvez-vous me confirmer les pièces qui vous manquent encore ?

Bien cordialement,
"""))

case("e002-fr-gmail-huissier-dakar", "fr", "gmail", "thomas",
     ("Etude Me NDIAYE", "etude.ndiaye.huissier@gmail.com"), "SN", """
Bonjour M. Lebreton,

Merci pour la proposition. Avant d'aller plus loin, nous avons besoin de savoir si le module de signification fonctionne hors connexion : nos clercs se déplacent beaucoup à Rufisque et Thiès où le réseau est capricieux.

Pouvez-vous aussi nous indiquer le coût en francs CFA, hors taxes ?

Salutations distinguées

§Me Ousmane NDIAYE
§Huissier de Justice
§SCP NDIAYE & SARR
§Immeuble Fahd, 3e étage, Boulevard Djily Mbaye
§BP 11 452 Dakar – Sénégal
§Tél : (+221) 33 821 47 90 / Cel : (+221) 77 638 12 04
§etude.ndiaye.huissier@gmail.com
""", dict(name="Ousmane NDIAYE", title="Huissier de Justice",
          company="SCP NDIAYE & SARR", email="etude.ndiaye.huissier@gmail.com",
          address="Immeuble Fahd, 3e étage, Boulevard Djily Mbaye, BP 11 452 Dakar – Sénégal",
          phones=[("+221338214790", "landline"), ("+221776381204", "mobile")]),
     q=dict(style="gmail_wrap", when="2026-11-23 10:15",
            subj="Proposition Kalis – Étude Ndiaye", msg="""
Maître,

Comme convenu lors de notre échange téléphonique, vous trouverez ci-joint notre proposition pour l'équipement de votre étude (5 postes, module actes et significations).

Je reste à votre disposition pour une démonstration à distance.

Bien cordialement,
"""))

case("e003-fr-outlook-pharmacie-geneve", "fr", "outlook", "fabien",
     ("Nicolas Berthoud", "nicolas.berthoud@pharmacie-paquis.ch"), "CH", """
Bonjour Monsieur Rochat,

Suite à notre entretien de jeudi, je vous transmets en pièce jointe les comptes 2025 de la pharmacie ainsi que le contrat de bail.
Mon associée, Mme Favre, souhaiterait participer au prochain rendez-vous ; le mardi 15 décembre en fin de journée nous conviendrait.

Avec mes meilleures salutations,

§Nicolas Berthoud
§Pharmacien responsable
§Pharmacie des Pâquis SA
§Rue de Berne 28, CH-1201 Genève
§T +41 22 731 55 40 | F +41 22 731 55 41
§nicolas.berthoud@pharmacie-paquis.ch | pharmacie-paquis.ch

[cid:image001.png@01DB4F2A.6E3C1B90]

Horaires : lu–ve 8h–19h, sa 8h30–17h. Pharmacie de garde : 0900 111 222 (CHF 2.–/min)
""", dict(name="Nicolas Berthoud", title="Pharmacien responsable",
          company="Pharmacie des Pâquis SA",
          email="nicolas.berthoud@pharmacie-paquis.ch",
          website="pharmacie-paquis.ch",
          address="Rue de Berne 28, CH-1201 Genève",
          phones=[("+41227315540", "landline"), ("+41227315541", "fax")]),
     q=dict(style="outlook_nobar", when="2026-11-26 18:02",
            subj="Reprise des parts – documents", msg="""
Monsieur Berthoud,

Merci encore pour votre accueil jeudi. Comme évoqué, pourriez-vous me transmettre les comptes 2025 et le bail commercial afin que nous puissions préparer la simulation de reprise ?

Avec mes meilleures salutations,
"""))

case("e004-fr-iphone-chateau-saint-emilion", "fr", "iphone", "sarah",
     ("Amaury de Lestrange", "amaury@laborie-haute.fr"), "FR", """
Bonjour Sarah,

Oui pour jeudi 10h au château, mais passez par l'entrée des chais (route de Montagne, 2e portail après le lavoir), le portail principal est fermé pendant les travaux.

Bien à vous

§Amaury de Lestrange
§Château La Borie-Haute
§Saint-Émilion Grand Cru
§06 09 47 23 81

Envoyé de mon iPhone
""", dict(name="Amaury de Lestrange", company="Château La Borie-Haute",
          phones=[("+33609472381", "mobile")]),
     q=dict(style="apple_in", when="2026-11-30 08:41",
            subj="Visite de risque – chais", msg="""
Bonjour Monsieur de Lestrange,

Pour la visite de risque des nouveaux chais, seriez-vous disponible jeudi 3 décembre à 10h ?

Bien cordialement,
"""))

case("e005-fr-android-cooperative-velay", "fr", "android", "julien",
     ("Rémi Chabanel", "r.chabanel@terresduvelay.coop"), "FR", """
Bonjour,
Bien reçu le BAT, c'est bon pour nous sauf le logo AB qui doit passer en vert 100 %. Vous pouvez lancer 40 000 étiquettes.
Cdt

§Rémi Chabanel
§Responsable achats et approvisionnement
§Coopérative Terres du Velay
§ZA de Bleu – CS 40017 – 43700 Brives-Charensac Cedex
§Ligne directe 04 71 02 66 35 • Portable 06 88 14 70 29

Envoyé depuis mon smartphone Samsung Galaxy.
""", dict(name="Rémi Chabanel", title="Responsable achats et approvisionnement",
          company="Coopérative Terres du Velay",
          address="ZA de Bleu – CS 40017 – 43700 Brives-Charensac Cedex",
          phones=[("+33471026635", "landline"), ("+33688147029", "mobile")]),
     q=dict(style="samsung", when="2026-11-25 14:20",
            subj="BAT étiquettes lentilles vertes 500 g", msg="""
Bonjour Monsieur Chabanel,

Vous trouverez ci-joint le BAT des étiquettes lentilles vertes 500 g, version 3, avec les corrections demandées.

Merci de me le retourner validé pour lancement en production.

Cordialement,
"""))

case("e006-fr-other-orange-particulier", "fr", "other", "antoine",
     ("bernard.cavaille", "bernard.cavaille@orange.fr"), "FR", """
Bonjour Monsieur Rivière,

Je préfère qu'on s'appelle, je ne suis pas très à l'aise avec les mails. Vous pouvez me joindre au 06 81 45 32 90 après 18 h, ou au 05 63 59 12 07 le matin (c'est la maison).
Pour la visite technique le plus simple c'est chez ma fille, 14 impasse des Tilleuls à Gaillac, c'est là qu'est le hangar.

§Bernard
""", dict(name="Bernard", phones=[]),
     q=dict(style="orange", when="2026-11-24 11:37",
            subj="Votre projet photovoltaïque – hangar agricole", msg="""
Bonjour Monsieur Cavaillé,

Suite à votre demande sur notre site, je vous propose une visite technique de votre hangar afin de dimensionner l'installation.

Quelles seraient vos disponibilités la semaine prochaine ?

Bien cordialement,
"""))

case("e007-fr-outlook-transitaire-abidjan", "fr", "outlook", "sarah",
     ("KOUASSI Yao Didier", "yd.kouassi@sitram-logistics.ci"), "CI", """
Bonjour Madame Benali,

Veuillez trouver ci-joint la liste des conteneurs de novembre (14 EVP, dont 3 reefers) pour la mise à jour de la police facultés.
Le sinistre sur le conteneur MSKU 402718-3 a bien été constaté par l'expert au terminal de Vridi le 24/11 ; le rapport suit.

Cordialement,

§KOUASSI Yao Didier
§Chef de service Transit & Dédouanement
§SITRAM LOGISTICS CI SA
§Zone portuaire de Vridi, rue des Pétroliers
§01 BP 1544 Abidjan 01 – Côte d'Ivoire
§Tél. : +225 27 21 75 40 60 / Fax : +225 27 21 75 40 69
§Cel. / WhatsApp : +225 07 07 58 21 44
§www.sitram-logistics.ci

P Avant d'imprimer ce courriel, pensez à l'environnement.
""", dict(name="KOUASSI Yao Didier", title="Chef de service Transit & Dédouanement",
          company="SITRAM LOGISTICS CI SA", website="www.sitram-logistics.ci",
          address="Zone portuaire de Vridi, rue des Pétroliers, 01 BP 1544 Abidjan 01 – Côte d'Ivoire",
          phones=[("+2252721754060", "landline"), ("+2252721754069", "fax"),
                  ("+2250707582144", "mobile")]),
     q=dict(style="outlook", when="2026-11-26 09:05",
            subj="Police facultés – déclaration mensuelle novembre", msg="""
Bonjour Monsieur Kouassi,

Pourriez-vous me transmettre la déclaration des expéditions de novembre pour la police facultés, ainsi que le point sur le sinistre du conteneur MSKU ?

Bien cordialement,
"""))

case("e008-fr-gmail-clinique-tunis", "fr", "gmail", "nadia",
     ("Leïla Trabelsi-Mejri", "direction.medicale@clinique-lesoliviers.tn"), "TN", """
Bonjour Madame Ferreira,

Merci pour votre retour rapide. Le Dr Ben Salah est disponible pour un entretien visio le 9 décembre à 15h (heure de Tunis, soit 15h à Paris également).
Je vous laisse lui envoyer l'invitation directement : h.bensalah.med@gmail.com.

Bien cordialement,
§Dr Leïla Trabelsi-Mejri
§Directrice médicale
§Clinique Les Oliviers
§Avenue de l'Euro, Les Berges du Lac 1053 Tunis
§Tél. : (+216) 71 965 400 – GSM : (+216) 98 412 377
""", dict(name="Leïla Trabelsi-Mejri", title="Directrice médicale",
          company="Clinique Les Oliviers",
          address="Avenue de l'Euro, Les Berges du Lac 1053 Tunis",
          phones=[("+21671965400", "landline"), ("+21698412377", "mobile")]),
     q=dict(style="gmail", when="2026-11-27 12:30",
            subj="Recrutement chef de service anesthésie – short-list", msg="""
Bonjour Docteur,

Vous trouverez ci-joint la short-list pour le poste de chef de service anesthésie-réanimation. Le Dr Ben Salah nous semble le profil le plus adapté ; seriez-vous disponible pour un premier entretien la semaine du 7 décembre ?

Bien cordialement,
"""))

case("e009-fr-outlook-dentiste-ixelles", "fr", "outlook", "sophie",
     ("Julien Vanderstraeten", "dr.vanderstraeten@centredentaireflagey.be"), "BE", """
Bonjour Madame Claes,

Je vous renvoie le formulaire signé pour l'assurance RC professionnelle du cabinet. Concernant la couverture du nouveau cone beam, pouvez-vous me confirmer que la valeur à neuf est bien retenue ?

Bien à vous,

§Dr Julien Vanderstraeten
§Dentiste généraliste – Implantologie
§Centre Dentaire Flagey SRL
§Place Eugène Flagey 18 – 1050 Ixelles
§Tél. +32 (0)2 649 31 08
§GSM 0475 62 19 40
N° INAMI 3-12345-67-001
""", dict(name="Julien Vanderstraeten", title="Dentiste généraliste – Implantologie",
          company="Centre Dentaire Flagey SRL",
          address="Place Eugène Flagey 18 – 1050 Ixelles",
          phones=[("+3226493108", "landline"), ("+32475621940", "mobile")]),
     q=dict(style="outlook_mailto", when="2026-11-25 17:55",
            subj="RC professionnelle – formulaire à signer", msg="""
Docteur,

Comme convenu, je vous transmets le formulaire de proposition pour la RC professionnelle et l'assurance du matériel du cabinet. Merci de me le renvoyer signé.

Bien à vous,
"""))

case("e010-fr-outlook-architecte-luxembourg", "fr", "outlook", "claire",
     ("Paul Schmit", "p.schmit@atelier-schmit-weber.lu"), "LU", """
Madame Vasseur,

Ci-joint l'estimation actualisée du chantier de la rue de Hollerich : 1,42 M€ HT, hors honoraires. L'autorisation de bâtir devrait être délivrée fin janvier.

Cordialement,
§Paul Schmit | Architecte diplômé, associé gérant | Atelier Schmit & Weber s.à r.l. | 12, rue de Bonnevoie, L-1260 Luxembourg | +352 26 48 90 12 | +352 621 354 877
Autorisation d'établissement n° 10012345 – RCS Luxembourg B 123456
""", dict(name="Paul Schmit", title="Architecte diplômé, associé gérant",
          company="Atelier Schmit & Weber s.à r.l.",
          address="12, rue de Bonnevoie, L-1260 Luxembourg",
          phones=[("+35226489012", "landline"), ("+352621354877", "mobile")]),
     q=dict(style="outlook", when="2026-11-30 08:15",
            subj="Immeuble rue de Hollerich – budget travaux", msg="""
Monsieur Schmit,

Mes clients souhaiteraient disposer d'une estimation actualisée du coût des travaux avant de valider le financement. Pourriez-vous me la faire parvenir cette semaine ?

Cordialement,
"""))

case("e011-fr-gmail-mairie-titre-avant-nom", "fr", "gmail", "antoine",
     ("Mairie de Vieillevigne-sur-Agout", "mairie@vieillevigne-sur-agout.fr"), "FR", """
Monsieur,

Le conseil municipal a délibéré favorablement le 26 novembre sur le projet d'ombrières photovoltaïques du parking de la salle des fêtes. Vous trouverez la délibération en pièce jointe.
Merci de prendre contact avec notre secrétariat pour fixer la réunion de lancement.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

§Le Maire,
§Jean-Louis Peyrusse
§Mairie de Vieillevigne-sur-Agout
§1 place de la Mairie – 81470 Vieillevigne-sur-Agout
§05 63 75 21 40
§mairie@vieillevigne-sur-agout.fr
""", dict(name="Jean-Louis Peyrusse", title="Le Maire",
          company="Mairie de Vieillevigne-sur-Agout",
          email="mairie@vieillevigne-sur-agout.fr",
          address="1 place de la Mairie – 81470 Vieillevigne-sur-Agout",
          phones=[("+33563752140", "landline")]),
     q=dict(style="gmail", when="2026-11-12 15:02",
            subj="Ombrières photovoltaïques – parking salle des fêtes", msg="""
Monsieur le Maire,

Je vous adresse ci-joint notre proposition technique et financière pour les ombrières photovoltaïques du parking de la salle des fêtes, en vue du conseil municipal du 26 novembre.

Je vous prie d'agréer, Monsieur le Maire, l'expression de mes salutations respectueuses.
"""))

case("e012-fr-outlook-universite-montreal", "fr", "outlook", "mathieu",
     ("Isabelle Tremblay", "isabelle.tremblay.3@ucmontreal.ca"), "CA", """
Bonjour M. Gagnon,

Merci pour l'offre de service. Je dois la soumettre au comité de direction de la faculté le 14 décembre; je vous reviens ensuite. D'ici là, pourriez-vous préciser le nombre d'heures prévues pour la phase 2?

Au plaisir,

§Isabelle Tremblay, Ph. D.
§Vice-doyenne aux études supérieures
§Faculté des sciences de l'éducation
§Université Champlain de Montréal
§Pavillon Marie-Victorin, bureau D-512
§4750, av. Henri-Julien, Montréal (Québec) H2T 2C8
§Tél. : 514 528-7412, poste 42718
§isabelle.tremblay.3@ucmontreal.ca
""", dict(name="Isabelle Tremblay", title="Vice-doyenne aux études supérieures",
          company="Université Champlain de Montréal",
          email="isabelle.tremblay.3@ucmontreal.ca",
          address="Pavillon Marie-Victorin, bureau D-512, 4750, av. Henri-Julien, Montréal (Québec) H2T 2C8",
          phones=[("+15145287412", "landline")]),
     q=dict(style="outlook", when="2026-11-20 13:47", loc="fr-ca",
            subj="Offre de service – révision des processus d'admission", msg="""
Bonjour Mme Tremblay,

Tel que discuté, vous trouverez ci-joint notre offre de service pour la révision des processus d'admission aux cycles supérieurs.

N'hésitez pas si vous avez des questions.

Cordialement,
"""))

case("e013-fr-iphone-ong-yaounde", "fr", "iphone", "nadia",
     ("Christelle Mbarga", "c.mbarga@spt-cameroun.org"), "CM", """
Chère Nadia,

Bien reçu, merci. Je regarde le devis ce week-end et je vous reviens lundi au plus tard.

Amitiés,
§Christelle Mbarga Atangana
§Coordinatrice nationale
§ONG Santé Pour Tous Cameroun (SPT-Cam)
§BP 8210 Yaoundé – Cameroun
§+237 6 99 84 12 57 / +237 2 22 21 46 80

Envoyé de mon iPhone
""", dict(name="Christelle Mbarga Atangana", title="Coordinatrice nationale",
          company="ONG Santé Pour Tous Cameroun (SPT-Cam)",
          address="BP 8210 Yaoundé – Cameroun",
          phones=[("+237699841257", "mobile"), ("+237222214680", "landline")]),
     q=dict(style="apple", when="2026-11-27 10:22",
            subj="Devis – recrutement responsable administratif et financier", msg="""
Chère Christelle,

Comme promis, voici notre devis pour le recrutement du responsable administratif et financier de l'ONG, avec les deux options (approche directe ou annonce).

Belle journée,
"""))

case("e014-fr-other-zimbra-family-office-monaco", "fr", "other", "claire",
     ("Stéphane Orecchia", "s.orecchia@ligure-fo.mc"), "MC", """
Chère Madame,

Nous avons bien noté vos observations sur l'allocation. M. Bellando souhaite un point téléphonique avec vous et moi avant la fin de l'année ; je vous propose le 18 ou le 21 décembre à 11h.

Je vous prie d'agréer, Chère Madame, l'expression de mes sentiments les meilleurs.

-- 
§Stéphane Orecchia
§Directeur des investissements
§Ligure Family Office S.A.M.
§Le Continental, Place des Moulins
§MC 98000 Monaco
§T. +377 97 97 41 20 | M. +33 6 07 88 14 52
§s.orecchia@ligure-fo.mc

Ce message est strictement confidentiel et destiné à l'usage exclusif de son destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
""", dict(name="Stéphane Orecchia", title="Directeur des investissements",
          company="Ligure Family Office S.A.M.", email="s.orecchia@ligure-fo.mc",
          address="Le Continental, Place des Moulins, MC 98000 Monaco",
          phones=[("+37797974120", "landline"), ("+33607881452", "mobile")]),
     q=dict(style="zimbra", when="2026-11-25 19:10",
            subj="Famille Bellando – revue d'allocation 2027", msg="""
Cher Monsieur,

Vous trouverez ci-joint mes observations sur l'allocation proposée pour 2027, notamment sur la poche immobilière qui me paraît surpondérée.

Bien cordialement,
"""))

case("e015-fr-outlook-hotel-andorre", "fr", "outlook", "julien",
     ("Montserrat Puig", "comercial@hotelpicblanc.ad"), "AD", """
Bonjour Julien,

Nous validons le devis n° D-26-1187 pour les 2 500 brochures. Merci de livrer à l'hôtel et non au siège.
Pourriez-vous par contre nous faire un avoir pour les marque-pages, nous ne les avons finalement pas utilisés.

Salutacions / Salutations,

§Montserrat Puig i Casals
§Directora comercial / Directrice commerciale
§Hotel Pic Blanc & Spa
§Avinguda Meritxell 77, AD500 Andorra la Vella
§Tel. (+376) 872 500 · Mòbil (+376) 356 412
§www.hotelpicblanc.ad
""", dict(name="Montserrat Puig i Casals",
          title="Directora comercial / Directrice commerciale",
          company="Hotel Pic Blanc & Spa", website="www.hotelpicblanc.ad",
          address="Avinguda Meritxell 77, AD500 Andorra la Vella",
          phones=[("+376872500", "landline"), ("+376356412", "mobile")]),
     q=dict(style="outlook_nobar", when="2026-11-24 10:03",
            subj="Devis D-26-1187 – brochures saison hiver", msg="""
Bonjour Madame Puig,

Veuillez trouver ci-joint notre devis n° D-26-1187 pour les brochures de la saison d'hiver, ainsi que la facture des marque-pages livrés en octobre.

Cordialement,
"""))

case("e016-fr-gmail-startup-pronoms", "fr", "gmail", "nadia",
     ("Léa Guérin-Moreau", "lea@kordo.io"), "FR", """
Hello Nadia,

Top, merci ! On part sur le format atelier d'une demi-journée pour les 12 managers, idéalement en janvier.
Je te laisse caler un créneau directement dans mon agenda, c'est plus simple :)

À très vite,

§Léa Guérin-Moreau (elle)
§Head of People @ Kordo
§06 52 18 74 03
§linkedin.com/in/leaguerinmoreau
📅 Prendre RDV : calendly.com/lea-kordo/30min
🚀 Kordo recrute ! kordo.io/jobs
""", dict(name="Léa Guérin-Moreau", title="Head of People", company="Kordo",
          linkedin="linkedin.com/in/leaguerinmoreau",
          phones=[("+33652187403", "mobile")]),
     q=dict(style="gmail", when="2026-11-30 09:12",
            subj="Atelier feedback managers", msg="""
Bonjour Léa,

Suite à notre échange, je vous propose deux formats pour l'atelier feedback : une demi-journée en présentiel ou deux sessions de 2h à distance.

Dites-moi ce qui vous convient le mieux.

Belle journée,
"""))

case("e017-fr-android-club-reunion", "fr", "android", "sarah",
     ("Johan Payet", "esgrandbois974@gmail.com"), "RE", """
Bonjour Mme Benali
Je vous confirme les effectifs pour la licence assurance : 212 licenciés dont 148 mineurs. Le président signera la convention samedi au stade.
Sportivement,
§Johan Payet
§Trésorier
§Étoile Sportive de Grand-Bois
§Stade Michel-Volnay, 97410 Saint-Pierre
§0692 45 18 73

Envoyé depuis mon smartphone Samsung Galaxy.
""", dict(name="Johan Payet", title="Trésorier",
          company="Étoile Sportive de Grand-Bois",
          address="Stade Michel-Volnay, 97410 Saint-Pierre",
          phones=[("+262692451873", "mobile")]),
     q=dict(style="samsung", when="2026-11-28 07:50",
            subj="Assurance club saison 2026-2027", msg="""
Bonjour Monsieur Payet,

Afin de finaliser le contrat multirisque du club, pouvez-vous me confirmer le nombre de licenciés, dont les mineurs ?

Cordialement,
"""))

case("e018-fr-outlook-pme-ligne-pipes", "fr", "outlook", "antoine",
     ("Marc Olivier", "marc.olivier@groupe-tessier.fr"), "FR", """
Bonjour Antoine,

Retour de notre comité d'investissement : go pour l'audit énergétique du site de Saint-Chamond, pas pour Firminy à ce stade.
Je vous laisse revenir vers Mme Faure (achats) pour le bon de commande.

Bonne journée,

§Marc Olivier | Directeur financier | Groupe Tessier | +33 6 12 34 56 78

Groupe Tessier – Forge, usinage et traitement de surface depuis 1923
""", dict(name="Marc Olivier", title="Directeur financier", company="Groupe Tessier",
          phones=[("+33612345678", "mobile")]),
     q=dict(style="outlook", when="2026-11-19 11:26",
            subj="Audits énergétiques – sites de la Loire", msg="""
Bonjour Monsieur Olivier,

Je vous adresse nos propositions d'audit énergétique pour les sites de Saint-Chamond et de Firminy, en vue de votre comité d'investissement.

Restant à votre disposition,
"""))

case("e019-fr-outlook-maison-luxe-deux-colonnes", "fr", "outlook", "nadia",
     ("Albane de Courcel", "a.decourcel@maison-verane.com"), "FR", """
Chère Nadia,

Comme convenu, voici les trois profils retenus par la direction artistique. Nous souhaiterions rencontrer les candidats la semaine du 14 décembre, dans nos ateliers de Pantin.

Très belle journée,

§Albane de Courcel\t\tT. +33 1 53 43 92 10
§Directrice des Ressources Humaines\t\tM. +33 6 79 21 08 44
§Maison Vérane\t\t7, rue du Faubourg Saint-Honoré
§\t\t75008 Paris
[cid:image001.png@01DB4F5A.2C1E5D80]
Suivez-nous sur Instagram @maisonverane
Pensez à l'environnement avant d'imprimer ce message.

Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. This message and any attachments are confidential and intended solely for the addressees.
""", dict(name="Albane de Courcel", title="Directrice des Ressources Humaines",
          company="Maison Vérane",
          address="7, rue du Faubourg Saint-Honoré, 75008 Paris",
          phones=[("+33153439210", "landline"), ("+33679210844", "mobile")]),
     q=dict(style="outlook", when="2026-11-26 15:33",
            subj="Recrutement – maroquiniers confirmés", msg="""
Chère Albane,

Vous trouverez ci-joint les cinq profils de maroquiniers confirmés présélectionnés. Dites-moi lesquels vous souhaitez rencontrer.

Très belle journée,
"""))

case("e020-fr-iphone-ligne-appareil-seule", "fr", "iphone", "claire",
     ("Philippe Darmon", "philippe.darmon@icloud.com"), "FR", """
Ok pour 14h, merci.

Envoyé de mon iPhone
""", dict(phones=[]),
     q=dict(style="apple", when="2026-12-01 09:58",
            subj="Rendez-vous signature mardi", msg="""
Bonjour Monsieur Darmon,

Je vous propose de nous retrouver mardi à 14h à l'agence pour la signature des bulletins de souscription.

Bien cordialement,
"""))

case("e021-fr-gmail-reponse-inline-notaire", "fr", "gmail", "thomas",
     ("Frédérique Lambert-Aubry", "f.lambert-aubry@notaires.fr"), "FR", """
Bonjour Thomas,

Mes réponses dans le texte ci-dessous.

Le mar. 24 nov. 2026 à 17:40, Thomas Lebreton <thomas.lebreton@kalis-logiciels.fr> a écrit :

> Bonjour Maître,
>
> Pour préparer la démonstration, pourriez-vous me préciser :
> - le nombre de postes à équiper ;

7 postes (3 notaires, 4 clercs), plus l'accueil en lecture seule.

> - votre logiciel de rédaction actuel ;

Nous changeons de logiciel : licence actuelle jusqu'en juin 2027.

> - vos disponibilités la semaine du 7 décembre ?

Jeudi 10 après-midi uniquement. Venez à l'office, 5 rue de la Source à Pornic, pas à l'annexe.

§Me Frédérique Lambert-Aubry
§Notaire à Pornic (Loire-Atlantique)
§02 40 82 31 15

""", dict(name="Frédérique Lambert-Aubry", title="Notaire à Pornic (Loire-Atlantique)",
          phones=[("+33240823115", "landline")]),
     q=dict(style="tail", when="2026-11-24 17:40", subj="Démonstration", msg="""
Je reste à votre disposition.

Bien cordialement,
"""))

case("e022-fr-outlook-assistante-douala", "fr", "outlook", "antoine",
     ("Nathalie Ngo Bassong", "n.ngobassong@socaprof.cm"), "CM", """
Monsieur Rivière,

M. Essomba me charge de vous informer qu'il ne pourra pas honorer le rendez-vous du 3 décembre, étant en déplacement à Kribi. Il vous propose de décaler au mardi 8 décembre, 10h, heure de Douala.

Merci de me confirmer votre disponibilité.

Cordialement,

Pour M. Jean-Claude Essomba, Directeur Général,
§Nathalie Ngo Bassong
§Assistante de Direction
§SOCAPROF SA
§Zone industrielle de Bassa, BP 4172 Douala – Cameroun
§Tél. : +237 233 37 42 10 | Mobile : +237 677 15 29 83
§n.ngobassong@socaprof.cm
""", dict(name="Nathalie Ngo Bassong", title="Assistante de Direction",
          company="SOCAPROF SA", email="n.ngobassong@socaprof.cm",
          address="Zone industrielle de Bassa, BP 4172 Douala – Cameroun",
          phones=[("+237233374210", "landline"), ("+237677152983", "mobile")]),
     q=dict(style="outlook", when="2026-11-23 16:12",
            subj="Centrale solaire en toiture – rendez-vous du 3 décembre", msg="""
Monsieur le Directeur Général,

Je vous confirme notre rendez-vous du 3 décembre à 10h dans vos locaux de Bassa pour la présentation de l'étude de la centrale solaire en toiture.

Je vous prie d'agréer, Monsieur le Directeur Général, mes salutations distinguées.
"""))

case("e023-fr-other-lotus-notes-acheteur", "fr", "other", "julien",
     ("Gerard DUPUIS", "gerard.dupuis@lorraine-laminage.com"), "FR", """
Bonjour,

Je vous confirme la commande de 12 000 étiquettes résistantes huile (réf. HX-OIL-90) pour le site de Hayange. Le n° de commande SAP suivra par le circuit habituel.

Cordialement

§DUPUIS Gérard
§Acheteur Famille Emballages & Consommables
§Direction des Achats – Site de Hayange
§LORRAINE LAMINAGE SAS
§Tél : 03.82.57.41.22 - Fax : 03.82.57.40.99
§gerard.dupuis@lorraine-laminage.com

*****************************************************************
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.
*****************************************************************
""", dict(name="DUPUIS Gérard", title="Acheteur Famille Emballages & Consommables",
          company="LORRAINE LAMINAGE SAS", email="gerard.dupuis@lorraine-laminage.com",
          phones=[("+33382574122", "landline"), ("+33382574099", "fax")]),
     q=dict(style="notes", when="2026-11-20 08:34",
            subj="Offre étiquettes résistantes huile – HX-OIL-90", msg="""
Monsieur Dupuis,

Suite aux essais concluants sur la ligne de décapage, je vous confirme notre offre pour 12 000 étiquettes HX-OIL-90, livrables sous trois semaines.

Cordialement,
"""))

case("e024-fr-gmail-btp-guyane", "fr", "gmail", "antoine",
     ("Wendy Sabayo", "w.sabayo@batiguy.fr"), "GF", """
Bonjour,

Pour le chantier de Matoury : la toiture fait 640 m², bac acier, orientation plein sud. Nos horaires chantier sont 6h30-13h30 à cause de la chaleur, prévoyez la visite le matin.

Cordialement

§Wendy Sabayo
§Conductrice de travaux
§BATIGUY SARL
§ZI Collery Ouest, 97300 Cayenne
§0594 31 72 08 / 0694 42 16 57
""", dict(name="Wendy Sabayo", title="Conductrice de travaux", company="BATIGUY SARL",
          address="ZI Collery Ouest, 97300 Cayenne",
          phones=[("+594594317208", "landline"), ("+594694421657", "mobile")]),
     q=dict(style="gmail", when="2026-11-26 13:05",
            subj="Centrale PV – entrepôt de Matoury", msg="""
Bonjour Madame Sabayo,

Pour dimensionner la centrale de l'entrepôt de Matoury, pourriez-vous m'indiquer la surface et le type de couverture, ainsi que vos horaires de chantier pour organiser une visite ?

Bien cordialement,
"""))

case("e025-fr-other-roundcube-noumea", "fr", "other", "claire",
     ("Olivier Boewa", "o.boewa@hautsdekoutio.nc"), "NC", """
Bonjour Madame Vasseur,

Le dossier de défiscalisation du programme de Dumbéa est complet de notre côté. Attention au décalage horaire : nous avons 10 heures d'avance sur Lyon, je ne suis joignable qu'entre 7h et 9h heure de métropole.

Bien cordialement,

§Olivier Boewa
§Responsable des programmes
§SCI Les Hauts de Koutio
§Immeuble Le Centre, 15 rue de Sébastopol
§BP 2514 – 98846 Nouméa Cedex
§Nouvelle-Calédonie
§Tél. (687) 27 54 13 – Mob. (687) 78 92 40
""", dict(name="Olivier Boewa", title="Responsable des programmes",
          company="SCI Les Hauts de Koutio",
          address="Immeuble Le Centre, 15 rue de Sébastopol, BP 2514 – 98846 Nouméa Cedex, Nouvelle-Calédonie",
          phones=[("+687275413", "landline"), ("+687789240", "mobile")]),
     q=dict(style="roundcube", when="2026-11-24 21:40",
            subj="Programme Dumbéa – dossier investisseurs", msg="""
Bonjour Monsieur Boewa,

Pouvez-vous me confirmer que le dossier de mes deux clients pour le programme de Dumbéa est complet ? Ils souhaitent signer avant le 15 décembre.

Bien cordialement,
"""))

case("e026-fr-outlook-boite-service-clients", "fr", "outlook", "julien",
     ("Service Clients Papeteries du Rhin", "serviceclients@papeteries-du-rhin.fr"), "FR", """
Bonjour Monsieur Marchand,

Nous accusons réception de votre réclamation n° RC-26-04418. Le transporteur a été relancé ; une nouvelle livraison est programmée pour le 4 décembre entre 8h et 12h.

Nous restons à votre disposition.

Cordialement,

§Le Service Clients
§PAPETERIES DU RHIN SAS
§Standard : +33 (0)3 88 65 40 00 (du lundi au vendredi, 8h-17h)
§serviceclients@papeteries-du-rhin.fr

Merci de rappeler la référence RC-26-04418 dans toute correspondance.
""", dict(company="PAPETERIES DU RHIN SAS", email="serviceclients@papeteries-du-rhin.fr",
          phones=[("+33388654000", "landline")]),
     q=dict(style="outlook_nobar", when="2026-11-30 10:45",
            subj="Réclamation – palettes papier couché non livrées", msg="""
Bonjour,

Les 6 palettes de papier couché 135 g prévues le 27 novembre ne nous ont toujours pas été livrées. Merci de me donner une date ferme, notre production est à l'arrêt vendredi.

Cordialement,
"""))

case("e027-fr-gmail-signature-apres-ps", "fr", "gmail", "claire",
     ("Gilles Fournier-Dorval", "gfournierdorval@gmail.com"), "CH", """
Bonjour Claire,

Merci pour le tableau comparatif, c'est très clair. On part sur l'option 2 (assurance-vie luxembourgeoise), mais je voudrais qu'on revoie la clause bénéficiaire ensemble.

Bonne soirée,

P.S. : ma nouvelle adresse à partir du 1er janvier sera 8 chemin des Vignes, 1009 Pully (Suisse). Merci de mettre le dossier à jour.

§Gilles Fournier-Dorval
§+41 79 412 83 55
""", dict(name="Gilles Fournier-Dorval", phones=[("+41794128355", "mobile")]),
     q=dict(style="gmail", when="2026-11-29 18:20",
            subj="Comparatif contrats – expatriation", msg="""
Bonjour Monsieur Fournier-Dorval,

Comme convenu, vous trouverez ci-joint le comparatif des trois solutions pour votre épargne après votre installation en Suisse.

Je reste à votre disposition pour en parler.

Bien cordialement,
"""))


def _raw_e028(u):
    acct = render_quote(
        "outlook_orig", u["name"], u["address"], "Hervé Quéméner",
        "h.quemener@audit-cornouaille.fr", "2026-11-25 11:02",
        "Garantie homme-clé – Le Goff Marée", _text("""
Bonjour Monsieur Quéméner,

Dans le cadre de la garantie homme-clé souscrite par Le Goff Marée, pourriez-vous me confirmer le traitement comptable et fiscal des primes (charge déductible ou non) ?

M. Le Goff est en copie.

Bien cordialement,
""").split("\n") + [""] + u["sig"], "fr")
    return [
        "-------- Message transféré --------",
        "Sujet : \tRE: Garantie homme-clé – Le Goff Marée",
        "Date : \tMon, 30 Nov 2026 16:05:41 +0100",
        "De : \tHervé Quéméner <h.quemener@audit-cornouaille.fr>",
        "Pour : \tYannick Le Goff <yannick@legoffmaree.fr>",
        "",
        "Bonjour Yannick,",
        "",
        "Les primes sont déductibles si la société est bénéficiaire du contrat et que l'indemnité est imposable. Je préfère en parler avec Mme Benali avant votre décision.",
        "",
        "Bien à vous,",
        "",
        "Hervé Quéméner",
        "Expert-comptable associé",
        "Audit Cornouaille",
        "12 quai de l'Odet, 29000 Quimper",
        "Tél. 02 98 55 41 70",
        "",
    ] + acct


case("e028-fr-other-transfert-signature-au-milieu", "fr", "other", "sarah",
     ("Yannick Le Goff", "yannick@legoffmaree.fr"), "FR", """
Bonjour Sarah,

Je vous transfère la réponse de notre expert-comptable au sujet de la garantie homme-clé.

Bien à vous,
§Yannick Le Goff
§Gérant
§Le Goff Marée SARL
§Criée de Lorient, Bâtiment B, 3e étage
§56100 Lorient
§02 97 37 55 18 — 06 62 40 91 37

Il attend votre appel avant vendredi, il part ensuite en congés.
""", dict(name="Yannick Le Goff", title="Gérant", company="Le Goff Marée SARL",
          address="Criée de Lorient, Bâtiment B, 3e étage, 56100 Lorient",
          phones=[("+33297375518", "landline"), ("+33662409137", "mobile")]),
     raw=_raw_e028)

case("e029-fr-outlook-cordialement-et-nom", "fr", "outlook", "sophie",
     ("Pierre-Yves Lemaire", "info@menuiserie-lemaire.be"), "BE", """
Madame Claes,

Je vous confirme que nous souhaitons résilier l'ancienne police au 31/12. Le courrier recommandé part aujourd'hui.

§Cordialement, Pierre-Yves Lemaire
§Menuiserie Lemaire SRL – Rue de la Station 14, 5030 Gembloux – 081 61 22 47
""", dict(name="Pierre-Yves Lemaire", company="Menuiserie Lemaire SRL",
          address="Rue de la Station 14, 5030 Gembloux",
          phones=[("+3281612247", "landline")]),
     q=dict(style="outlook", when="2026-11-26 09:30",
            subj="Reprise de vos contrats – résiliation", msg="""
Monsieur Lemaire,

Pour que la nouvelle police prenne effet au 1er janvier, il faut résilier l'ancienne au 31 décembre par courrier recommandé. Je vous joins un modèle de lettre.

Bien à vous,
"""))

case("e030-fr-iphone-initiales", "fr", "iphone", "fabien",
     ("Jean-Marc Vuilleumier", "jm.vuilleumier@bluewin.ch"), "CH", """
Parfait, on signe jeudi.
§JM

Envoyé de mon iPhone
""", dict(phones=[]),
     q=dict(style="apple_in", when="2026-11-30 17:15",
            subj="Mandat de gestion – signature", msg="""
Cher Monsieur,

Le mandat de gestion est prêt. Je vous propose de le signer jeudi à 10h à nos bureaux.

Avec mes meilleures salutations,
"""))

case("e031-fr-outlook-commissaires-de-justice", "fr", "outlook", "thomas",
     ("Arnaud PELLEGRIN", "a.pellegrin@pra-commissaires.fr"), "FR", """
Bonjour Monsieur,

Suite à la démonstration, mes associés souhaitent un devis pour 11 postes, avec la reprise des données de notre ancien logiciel (environ 18 000 dossiers actifs).

Bien cordialement,

§Maître Arnaud PELLEGRIN
§Commissaire de justice associé
§SELARL PELLEGRIN – ROUX – ABADIE
§Commissaires de justice associés
§Le Méridien – 12 boulevard Gambetta – CS 40112
§30010 NÎMES CEDEX 4
§Tél : 04.66.21.48.70 – Fax : 04.66.67.22.15
§contact@pra-commissaires.fr

Étude habilitée à recevoir les paiements par carte bancaire : www.pra-commissaires.fr/paiement
""", dict(name="Arnaud PELLEGRIN", title="Commissaire de justice associé",
          company="SELARL PELLEGRIN – ROUX – ABADIE", email="contact@pra-commissaires.fr",
          address="Le Méridien – 12 boulevard Gambetta – CS 40112, 30010 NÎMES CEDEX 4",
          phones=[("+33466214870", "landline"), ("+33466672215", "fax")]),
     q=dict(style="outlook_mailto", when="2026-11-18 14:22",
            subj="Démonstration Kalis – suite", msg="""
Maître,

Merci pour votre accueil lors de la démonstration. Je reste à votre disposition pour établir un devis dès que vous aurez consulté vos associés.

Bien cordialement,
"""))

case("e032-fr-gmail-vigneron-valais-numeros-nationaux", "fr", "gmail", "hugo",
     ("Jean-Daniel Roduit", "jd@caveroduit.ch"), "CH", """
Bonjour M. Delmas,

Pour le pressoir pneumatique, nous partons sur le modèle 50 hl. Livraison impérative avant le 15 août, sinon ça ne sert à rien pour nous. Merci de vérifier le passage de la porte de la cave : 2,10 m de large.

Salutations valaisannes,

§Jean-Daniel Roduit
§Cave Roduit & Fils
§Rue du Scex 12
§1950 Sion (VS)
§027 322 48 15  /  079 604 21 88
§caveroduit.ch
""", dict(name="Jean-Daniel Roduit", company="Cave Roduit & Fils",
          website="caveroduit.ch", address="Rue du Scex 12, 1950 Sion (VS)",
          phones=[("+41273224815", "landline"), ("+41796042188", "mobile")]),
     q=dict(style="gmail", when="2026-11-27 08:55",
            subj="Pressoirs pneumatiques – offre 2027", msg="""
Bonjour Monsieur Roduit,

Suite à votre visite au salon, voici notre offre pour les pressoirs pneumatiques de 32 hl et 50 hl, livrables pour les vendanges 2027.

Bien cordialement,
"""))

case("e033-fr-outlook-cooperative-quebec", "fr", "outlook", "mathieu",
     ("Geneviève Bouchard", "gbouchard@acerico-bellechasse.coop"), "CA", """
Bonjour Mathieu,

Le CA a approuvé le mandat de planification stratégique hier soir. Je t'envoie la résolution signée d'ici vendredi.
Peux-tu me revenir avec un échéancier révisé tenant compte des sucres (on est débordés de mars à avril)?

Merci!

§Geneviève Bouchard
§Directrice générale
§Coopérative des Producteurs Acéricoles de Bellechasse
§155, rue Principale, Saint-Léon-de-Standon (Québec)  G0R 4L0
§T 418 642-3310, poste 204  |  Sans frais 1 877 642-3310
§C 418 953-7741
§www.acerico-bellechasse.coop
""", dict(name="Geneviève Bouchard", title="Directrice générale",
          company="Coopérative des Producteurs Acéricoles de Bellechasse",
          website="www.acerico-bellechasse.coop",
          address="155, rue Principale, Saint-Léon-de-Standon (Québec)  G0R 4L0",
          phones=[("+14186423310", "landline"), ("+18776423310", "landline"),
                  ("+14189537741", "mobile")]),
     q=dict(style="outlook", when="2026-11-24 15:18", loc="fr-ca",
            subj="Mandat de planification stratégique 2027-2030", msg="""
Bonjour Geneviève,

Voici notre proposition de mandat pour la planification stratégique 2027-2030, à soumettre à ton conseil d'administration.

Bonne journée,
"""))

case("e034-fr-android-pharmacie-nom-et-officine", "fr", "android", "claire",
     ("Christophe Amselle", "pharmaciedelahalle.sarlat@gmail.com"), "FR", """
Bonjour Claire,

Je suis à l'officine toute la journée, rappelez-moi entre 13h et 14h si possible. Pour le prêt, la banque a enfin donné son accord de principe.

§Pharmacie de la Halle – Christophe Amselle
§Docteur en pharmacie
§2 place de la Halle, 24200 Sarlat-la-Canéda
§05.53.59.02.14

Envoyé depuis mon appareil Galaxy
""", dict(name="Christophe Amselle", title="Docteur en pharmacie",
          company="Pharmacie de la Halle",
          address="2 place de la Halle, 24200 Sarlat-la-Canéda",
          phones=[("+33553590214", "landline")]),
     q=dict(style="samsung", when="2026-12-01 08:10",
            subj="Financement des murs de l'officine", msg="""
Bonjour Christophe,

Avez-vous eu un retour de la banque pour le financement des murs ? Je peux vous appeler aujourd'hui si vous avez un moment.

Bien cordialement,
"""))

case("e035-fr-outlook-ios-hotel-saly", "fr", "outlook", "nadia",
     ("Ibrahima Sarr", "i.sarr@lesfilaos-saly.sn"), "SN", """
Bonjour Nadia,

Je suis en déplacement, je regarde les CV ce soir. Pour la directrice d'hébergement, le profil de Mme Faye me paraît le plus solide.

Bien à vous,
§Ibrahima Sarr
§Directeur général
§Hôtel Les Filaos de Saly
§+221 77 450 18 92

Obtenir Outlook pour iOS<https://aka.ms/o0ukef>
""", dict(name="Ibrahima Sarr", title="Directeur général",
          company="Hôtel Les Filaos de Saly", phones=[("+221774501892", "mobile")]),
     q=dict(style="outlook_mobile", when="2026-11-29 11:20",
            subj="Directrice d'hébergement – candidatures", msg="""
Bonjour Monsieur Sarr,

Voici les trois candidatures retenues pour le poste de directrice d'hébergement. Je vous propose d'organiser les entretiens la semaine prochaine.

Bien à vous,
"""))

case("e036-fr-gmail-ancienne-signature-dans-historique", "fr", "gmail", "antoine",
     ("Patrick Roussel", "p.roussel@clinique-des-coteaux.fr"), "FR", """
Antoine,

Je viens de relire l'offre : le tarif de l'option stockage a changé par rapport à ce qu'on s'était dit (cf. mon mail plus bas). Peux-tu vérifier ?

Merci,
§Patrick Roussel
§Responsable services techniques
§Clinique des Coteaux
§06 74 21 95 60
""", dict(name="Patrick Roussel", title="Responsable services techniques",
          company="Clinique des Coteaux", phones=[("+33674219560", "mobile")]),
     q=dict(style="gmail", when="2026-11-27 17:02",
            subj="Re: Autoconsommation – offre définitive", msg="""
Bonjour Patrick,

Voici l'offre définitive pour la centrale en autoconsommation, avec l'option stockage.

Bien cordialement,
""", extra=nested("gmail", "Patrick Roussel", "p.roussel@clinique-des-coteaux.fr",
                  "Antoine Rivière", "antoine.riviere@solveo-energie.fr",
                  "2026-11-19 11:02", "Autoconsommation – offre définitive", """
Antoine,

Ok sur le principe. Pour l'option stockage on reste bien sur 38 000 € HT comme convenu au téléphone ?

Cordialement,
""", """
Patrick ROUSSEL
Responsable des services techniques et de la sécurité
Clinique des Coteaux – Groupe Santéa
145 route de Narbonne, 31400 Toulouse
Standard : 05 61 14 30 00 – Poste 4217
Portable : 06 74 21 95 60
""")))

case("e037-fr-other-yahoo-domaine-viticole", "fr", "other", "sarah",
     ("Jacqueline Brossard", "domaine.gaudiniere@yahoo.fr"), "FR", """
Bonsoir Madame,
Pièces envoyées par la poste ce matin. Pour l'expertise de la cave, mon fils sera présent, son numéro : 07 68 21 44 90.
Cordialement
§Mme Jacqueline Brossard
§Domaine de la Gaudinière
§Vignerons depuis 1872
§49380 Faye-d'Anjou
§Tél./fax : 02 41 54 30 77

Envoyé depuis Yahoo Mail pour Android
""", dict(name="Jacqueline Brossard", company="Domaine de la Gaudinière",
          address="49380 Faye-d'Anjou", phones=[("+33241543077", "landline")]),
     q=dict(style="yahoo", when="2026-11-25 16:40",
            subj="Sinistre grêle – pièces à fournir", msg="""
Bonjour Madame Brossard,

Pour l'instruction du sinistre grêle, l'assureur demande les déclarations de récolte 2024 et 2025 ainsi que les factures des cuves endommagées.

Cordialement,
"""))

case("e038-fr-outlook-horlogerie-cid-prix", "fr", "outlook", "fabien",
     ("Valérie Chappuis-Perret", "valerie.chappuis@ducommun-horlogerie.ch"), "CH", """
Cher Monsieur Rochat,

Je vous remercie pour la documentation. Avant toute décision, notre comité souhaiterait comprendre la structure de frais du mandat discrétionnaire (TER, rétrocessions éventuelles).

Meilleures salutations

[cid:image003.png@01DB50A1.9F2B3C40]
§Valérie Chappuis-Perret
§Chief Financial Officer
§Manufacture Horlogère Ducommun SA
§Route de Saint-Julien 184A | CH-1228 Plan-les-Ouates
§T +41 22 884 72 00 | D +41 22 884 72 16 | M +41 78 615 40 93
§www.ducommun-horlogerie.ch

[cid:image004.png@01DB50A1.9F2B3C40]
Lauréat du Prix de l'Innovation horlogère 2025 – Catégorie Complication
""", dict(name="Valérie Chappuis-Perret", title="Chief Financial Officer",
          company="Manufacture Horlogère Ducommun SA",
          website="www.ducommun-horlogerie.ch",
          address="Route de Saint-Julien 184A | CH-1228 Plan-les-Ouates",
          phones=[("+41228847200", "landline"), ("+41228847216", "landline"),
                  ("+41786154093", "mobile")]),
     q=dict(style="outlook", when="2026-11-23 14:00",
            subj="Gestion de trésorerie – documentation", msg="""
Chère Madame,

Suite à notre rencontre, je vous adresse la documentation relative à notre mandat de gestion discrétionnaire pour la trésorerie d'entreprise.

Avec mes meilleures salutations,
"""))

case("e039-fr-outlook-notaire-namur", "fr", "outlook", "claire",
     ("Catherine Dewez", "catherine.dewez@notaire-hanse.be"), "BE", """
Madame,

Suite à votre appel, je vous confirme que l'acte de donation pourra être passé en notre étude le 17 décembre à 10 heures. Les frais sont estimés à 2.850 EUR (provision à verser sur le compte de tiers de l'étude).

Veuillez agréer, Madame, l'assurance de ma considération distinguée.

Pour l'étude,
§Catherine Dewez
§Collaboratrice – Département immobilier
§Étude du Notaire Olivier Hanse
§Rue de Fer 42 – 5000 Namur (Belgique)
§Tél. 081/22.45.67 – Fax 081/23.18.90
""", dict(name="Catherine Dewez", title="Collaboratrice – Département immobilier",
          company="Étude du Notaire Olivier Hanse",
          address="Rue de Fer 42 – 5000 Namur (Belgique)",
          phones=[("+3281224567", "landline"), ("+3281231890", "fax")]),
     q=dict(style="outlook_nobar", when="2026-11-30 11:05",
            subj="Donation Lambert – date de l'acte", msg="""
Madame,

Comme convenu par téléphone, je vous confirme que mes clients, M. et Mme Lambert, souhaitent signer l'acte de donation avant la fin de l'année. Pourriez-vous me proposer une date ?

Bien cordialement,
"""))

case("e040-fr-other-roundcube-bureau-architectes", "fr", "other", "thomas",
     ("Monnier & Jaccard", "info@monnier-jaccard.ch"), "CH", """
Bonjour,

Nous avons bien reçu vos identifiants de test. Premiers retours : l'import des plans DWG plante au-delà de 50 Mo. Est-ce une limite connue ?

Meilleures salutations
-- 
§Bureau d'architectes Monnier & Jaccard Sàrl
§Chemin de Mornex 3, 1003 Lausanne
§+41 21 312 56 70
§info@monnier-jaccard.ch
""", dict(company="Bureau d'architectes Monnier & Jaccard Sàrl",
          email="info@monnier-jaccard.ch", address="Chemin de Mornex 3, 1003 Lausanne",
          phones=[("+41213125670", "landline")]),
     q=dict(style="roundcube", when="2026-11-26 10:10",
            subj="Accès à l'environnement de test", msg="""
Bonjour,

Vous trouverez ci-dessous vos identifiants pour l'environnement de test, valables 30 jours. N'hésitez pas à me faire part de vos retours.

Bien cordialement,
"""))

case("e041-fr-outlook-universite-thies", "fr", "outlook", "nadia",
     ("Pr Mamadou Lamine DIOP", "ml.diop@uit.edu.sn"), "SN", """
Madame Ferreira,

Nous avons bien reçu votre proposition de formation des cadres administratifs. Le dossier sera examiné lors du prochain conseil de direction, le 16 décembre.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

§Pr Mamadou Lamine DIOP
§Directeur de l'École supérieure de gestion
§Université Internationale de Thiès
§BP 967 Thiès – Sénégal
§Tél. : +221 33 951 24 60
§Fax : +221 33 951 24 61
""", dict(name="Mamadou Lamine DIOP", title="Directeur de l'École supérieure de gestion",
          company="Université Internationale de Thiès", address="BP 967 Thiès – Sénégal",
          phones=[("+221339512460", "landline"), ("+221339512461", "fax")]),
     q=dict(style="outlook", when="2026-11-20 10:30",
            subj="Proposition – formation des cadres administratifs", msg="""
Monsieur le Directeur,

J'ai l'honneur de vous adresser notre proposition de programme de formation pour les cadres administratifs de l'Université.

Je vous prie d'agréer, Monsieur le Directeur, l'expression de ma haute considération.
"""))

case("e042-fr-iphone-ligne-points-medians", "fr", "iphone", "fabien",
     ("Sylvie Aubert-Nicolet", "sylvie@atelier-nicolet.ch"), "CH", """
Bonjour Fabien,
Je valide. Merci de faire le virement depuis le compte de l'atelier et non depuis mon compte privé.
Bien à vous
§Sylvie Aubert-Nicolet · Atelier Nicolet Sàrl · +41 79 233 18 47

Envoyé de mon iPhone
""", dict(name="Sylvie Aubert-Nicolet", company="Atelier Nicolet Sàrl",
          phones=[("+41792331847", "mobile")]),
     q=dict(style="apple", when="2026-12-01 12:05",
            subj="Versement 3e pilier – confirmation", msg="""
Chère Madame,

Pour le versement 3e pilier de cette année, merci de me confirmer le compte de débit. Le montant maximal est de CHF 7'258.–.

Avec mes meilleures salutations,
"""))

case("e043-fr-outlook-industriel-sousse", "fr", "outlook", "julien",
     ("Mohamed Ali BEN AMOR", "ma.benamor@sotupack.com.tn"), "TN", """
Bonjour Julien,

Nous avons reçu les échantillons. Le collage sur les pots en PP est correct à +4°C mais décolle à -18°C : il nous faut l'adhésif congélation.
Merci de nous envoyer une proforma en euros, incoterm DAP Sousse.

Cordialement.

§Mohamed Ali BEN AMOR
§Responsable Qualité & Méthodes
§SOTUPACK – Société Tunisienne d'Emballages Plastiques S.A.
§Zone Industrielle Sidi Abdelhamid, 4061 Sousse – Tunisie
§Tél : +216 73 323 410   Fax : +216 73 323 419   GSM : +216 22 548 713
§Site web : www.sotupack.com.tn
""", dict(name="Mohamed Ali BEN AMOR", title="Responsable Qualité & Méthodes",
          company="SOTUPACK – Société Tunisienne d'Emballages Plastiques S.A.",
          website="www.sotupack.com.tn",
          address="Zone Industrielle Sidi Abdelhamid, 4061 Sousse – Tunisie",
          phones=[("+21673323410", "landline"), ("+21673323419", "fax"),
                  ("+21622548713", "mobile")]),
     q=dict(style="outlook_nobar", when="2026-11-17 09:40",
            subj="Échantillons étiquettes IML – pots PP", msg="""
Bonjour Monsieur Ben Amor,

Les échantillons d'étiquettes pour vos pots PP sont partis hier par DHL. Merci de me faire un retour après vos essais de collage.

Cordialement,
"""))

case("e044-fr-gmail-startup-quebec-citation", "fr", "gmail", "mathieu",
     ("Maxime Lévesque-Ouellet", "maxime@nordika.ca"), "CA", """
Salut Mathieu,

Super rencontre hier. Je t'envoie nos états financiers intermédiaires d'ici lundi. Pour la subvention, on vise le dépôt en février.

À+

§Maxime Lévesque-Ouellet
§Cofondateur et chef de la direction | Biotech Nordika inc.
§514-880-3142
§nordika.ca

« La créativité, c'est l'intelligence qui s'amuse. »
""", dict(name="Maxime Lévesque-Ouellet", title="Cofondateur et chef de la direction",
          company="Biotech Nordika inc.", website="nordika.ca",
          phones=[("+15148803142", "landline")]),
     q=dict(style="gmail", when="2026-11-26 20:14", loc="fr-ca",
            subj="Suivi – financement de démarrage", msg="""
Bonjour Maxime,

Merci pour la rencontre d'hier. Comme convenu, pourrais-tu m'envoyer vos états financiers intermédiaires pour que je prépare le dossier de subvention?

Bonne soirée,
"""))


def _raw_e045(u):
    msg = _text("""
Bonjour,

Notre facture FA-2026-1187 du 30 octobre (brochures et cartes de chambre) reste impayée à ce jour. Pourriez-vous m'indiquer la date de règlement prévue ?

Cordialement,
""").split("\n")
    return (["Julien Marchand", "", "30 nov. 2026, 09:12 CET", ""] + msg + [""]
            + u["sig"] + ["", "--------------------------------", "",
                          "Ce message électronique a été envoyé par Support Fournisseurs Ar Mor.",
                          "[7QK2R9-LX4D1]"])


case("e045-fr-other-zendesk-comptabilite", "fr", "other", "julien",
     ("Support Fournisseurs Ar Mor", "support-fournisseurs@armor-hotels.zendesk.com"), "FR", """
##- Veuillez écrire votre réponse au-dessus de cette ligne -##

Votre demande (48213) a été mise à jour. Pour ajouter des commentaires, répondez à cet e-mail.

--------------------------------

Maëlle K. (Support Fournisseurs Ar Mor)

2 déc. 2026, 10:47 CET

Bonjour Monsieur Marchand,

La facture FA-2026-1187 a été rapprochée du bon de commande et sera réglée à l'échéance du 31 décembre.

Cordialement,

§Maëlle Kerbrat
§Comptabilité fournisseurs
§Groupe Hôtelier Ar Mor
§02 98 44 71 30

--------------------------------
""", dict(name="Maëlle Kerbrat", company="Groupe Hôtelier Ar Mor",
          phones=[("+33298447130", "landline")]),
     raw=_raw_e045)

case("e046-fr-android-huissier-quebec", "fr", "android", "mathieu",
     ("Louis-Philippe Hébert", "lphebert@hebertdube.ca"), "CA", """
Bonjour M. Gagnon,

Je vous confirme la signification du jugement au défendeur ce matin à 9 h 40, à son domicile de Lévis. Le procès-verbal suivra par courriel d'ici demain.

§Me Louis-Philippe Hébert, huissier de justice
§Hébert Dubé, huissiers de justice s.e.n.c.r.l.
§2600, boul. Laurier, bureau 450, Québec (Québec)  G1V 4T3
§Tél. : 418 651-2290 | Téléc. : 418 651-2291

Envoyé depuis mon téléphone Samsung Galaxy
""", dict(name="Louis-Philippe Hébert", title="huissier de justice",
          company="Hébert Dubé, huissiers de justice s.e.n.c.r.l.",
          address="2600, boul. Laurier, bureau 450, Québec (Québec)  G1V 4T3",
          phones=[("+14186512290", "landline"), ("+14186512291", "fax")]),
     q=dict(style="samsung", when="2026-11-30 14:25",
            subj="Signification – dossier Transport Lachance", msg="""
Bonjour Me Hébert,

Pouvez-vous me confirmer que la signification du jugement au défendeur dans le dossier Transport Lachance a pu être faite?

Merci,
"""))

case("e047-fr-gmail-fiduciaire-luxembourg", "fr", "gmail", "claire",
     ("Anne-Marie Kieffer", "am.kieffer@kieffer-hoss.lu"), "LU", """
Bonjour Madame Vasseur,

Comme évoqué, la société de gestion de patrimoine familial (SPF) de vos clients pourrait être domiciliée chez nous. Nos honoraires de domiciliation sont de 4.500 EUR HTVA par an.

Bien à vous,

§Anne-Marie Kieffer
§Senior Manager – Corporate Services
§Fiduciaire Kieffer & Hoss S.à r.l.
§25A, boulevard Royal, L-2449 Luxembourg
§Grand-Duché de Luxembourg
§T. 26 27 84 10 | M. 691 204 587
""", dict(name="Anne-Marie Kieffer", title="Senior Manager – Corporate Services",
          company="Fiduciaire Kieffer & Hoss S.à r.l.",
          address="25A, boulevard Royal, L-2449 Luxembourg, Grand-Duché de Luxembourg",
          phones=[("+35226278410", "landline"), ("+352691204587", "mobile")]),
     not_phones=("+3522449",),  # the postcode "L-2449" read as a number
     q=dict(style="gmail", when="2026-11-25 10:48",
            subj="SPF – domiciliation", msg="""
Bonjour Madame Kieffer,

Mes clients envisagent la création d'une SPF au Luxembourg. Pourriez-vous m'indiquer vos conditions de domiciliation et de tenue comptable ?

Bien cordialement,
"""))

case("e048-fr-other-sfr-retraites", "fr", "other", "claire",
     ("lucien.garnier", "lucien.garnier@sfr.fr"), "FR", """
Bonjour Madame Vasseur,

Je vous retourne le questionnaire de connaissance client rempli et signé. Mon épouse passera déposer les justificatifs de domicile à votre bureau mardi.

Bien cordialement.

§M. et Mme Lucien GARNIER
§3 allée des Acacias
§69130 Écully
§04 78 33 12 84
""", dict(name="Lucien GARNIER", address="3 allée des Acacias, 69130 Écully",
          phones=[("+33478331284", "landline")]),
     q=dict(style="sfr", when="2026-11-24 14:30",
            subj="Questionnaire connaissance client", msg="""
Bonjour Monsieur et Madame Garnier,

Comme évoqué, je vous adresse le questionnaire de connaissance client à compléter, ainsi que la liste des justificatifs à fournir.

Bien cordialement,
"""))

case("e049-fr-gmail-agent-maritime-monaco", "fr", "gmail", "sarah",
     ("Federico Rinaldi", "ops@rivierayachtagency.mc"), "MC", """
Bonjour Sarah,

Le M/Y Aldebaran quitte le port le 6 décembre pour Antibes (hivernage). Merci d'émettre l'avenant de navigation en conséquence.

Best regards / Bien à vous,

§Federico Rinaldi
§Operations Manager
§Riviera Yacht Agency SAM
§7 rue du Gabian, MC 98000 Monaco
§Office +377 92 05 61 30 | Mobile/WhatsApp +33 6 40 82 71 15
§ops@rivierayachtagency.mc
""", dict(name="Federico Rinaldi", title="Operations Manager",
          company="Riviera Yacht Agency SAM", email="ops@rivierayachtagency.mc",
          address="7 rue du Gabian, MC 98000 Monaco",
          phones=[("+37792056130", "landline"), ("+33640827115", "mobile")]),
     q=dict(style="gmail", when="2026-11-30 16:40",
            subj="M/Y Aldebaran – zone de navigation hiver", msg="""
Bonjour Federico,

Pourriez-vous me confirmer les dates et le port d'hivernage du M/Y Aldebaran, afin que je fasse émettre l'avenant ?

Bien cordialement,
"""))

case("e050-fr-outlook-android-mairie-initiale", "fr", "outlook", "antoine",
     ("MARTY Sébastien", "s.marty@saint-felix-des-coteaux.fr"), "FR", """
Ok pour la mise en service lundi 7. Je préviens le gardien du gymnase.

§S. Marty
§Services techniques
§Mairie de Saint-Félix-des-Coteaux
§06 30 18 92 45

Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>
""", dict(name="S. Marty", company="Mairie de Saint-Félix-des-Coteaux",
          phones=[("+33630189245", "mobile")]),
     q=dict(style="outlook_mobile", when="2026-12-01 07:55",
            subj="Mise en service – centrale du gymnase", msg="""
Bonjour Monsieur Marty,

Le raccordement Enedis est validé. Je vous propose la mise en service de la centrale du gymnase lundi 7 décembre à 9h.

Bien cordialement,
"""))

case("e051-fr-outlook-notaire-fribourg-po", "fr", "outlook", "fabien",
     ("Etude Bulliard", "etude@bulliard-notaire.ch"), "CH", """
Monsieur,

L'acte de constitution de la SA peut être instrumenté le 11 décembre à 14h en notre étude. Merci de nous faire parvenir l'attestation de consignation du capital au plus tard le 9.

Veuillez recevoir, Monsieur, nos salutations distinguées.

§p.o. Laurence Repond, secrétaire
§Étude de Me Christophe Bulliard, notaire
§Rue de Romont 30 | Case postale 612 | 1701 Fribourg
§Tél. 026 347 19 60 | Fax 026 347 19 69
§etude@bulliard-notaire.ch
""", dict(name="Laurence Repond", title="secrétaire",
          company="Étude de Me Christophe Bulliard, notaire",
          email="etude@bulliard-notaire.ch",
          address="Rue de Romont 30 | Case postale 612 | 1701 Fribourg",
          phones=[("+41263471960", "landline"), ("+41263471969", "fax")]),
     q=dict(style="outlook_nobar", when="2026-11-27 15:50",
            subj="Constitution Helvetic Vending SA – date de l'acte", msg="""
Maître,

Mon client souhaite constituer sa société anonyme avant la fin de l'année. Pourriez-vous me proposer une date pour l'acte constitutif ?

Avec mes meilleures salutations,
"""))

case("e052-fr-gmail-fintech-abidjan", "fr", "gmail", "nadia",
     ("Aïcha Konaté Diabaté", "aicha@yeleenpay.com"), "CI", """
Hello Nadia,

Merci pour la shortlist. On aimerait voir Koffi et Awa en priorité. Est-ce qu'on peut faire les entretiens à distance, je suis à Lagos jusqu'au 10 ?

Merci !

§Aïcha Konaté Diabaté
§COO | Co-founder
§Yeleen Pay
§Cocody Riviera 3, Abidjan
§+225 07 48 92 16 30
§yeleenpay.com | linkedin.com/in/aicha-konate-diabate
""", dict(name="Aïcha Konaté Diabaté", title="COO | Co-founder", company="Yeleen Pay",
          website="yeleenpay.com", linkedin="linkedin.com/in/aicha-konate-diabate",
          address="Cocody Riviera 3, Abidjan",
          phones=[("+2250748921630", "mobile")]),
     q=dict(style="gmail", when="2026-12-01 15:22",
            subj="Shortlist – Head of Engineering", msg="""
Bonjour Aïcha,

Voici la shortlist pour le poste de Head of Engineering : quatre profils, dont deux basés à Abidjan.

Belle journée,
"""))

case("e053-fr-outlook-groupe-et-filiale", "fr", "outlook", "julien",
     ("Sandrine Ollivier", "s.ollivier@briand-conserverie.fr"), "FR", """
Bonjour Monsieur Marchand,

Nous aurions besoin d'un devis pour les étuis de la collection de Noël 2027 (5 références, 8 000 ex. chacune), dorure à chaud comprise.
Les fichiers vous seront transmis par notre agence début janvier.

Bien cordialement,

§Sandrine Ollivier
§Responsable Marketing Opérationnel
§GROUPE BRIAND
§Briand Conserverie SAS
§Zone du Moros – 29900 Concarneau
§Tél. +33 (0)2 98 50 34 20
§s.ollivier@briand-conserverie.fr
""", dict(name="Sandrine Ollivier", title="Responsable Marketing Opérationnel",
          company="Briand Conserverie SAS", email="s.ollivier@briand-conserverie.fr",
          address="Zone du Moros – 29900 Concarneau",
          phones=[("+33298503420", "landline")]),
     q=dict(style="outlook", when="2026-11-23 11:11",
            subj="Étuis cadeaux – collection Noël", msg="""
Bonjour Madame Ollivier,

Je me permets de vous recontacter au sujet de vos étuis cadeaux pour la prochaine collection de Noël. Avez-vous déjà des volumes prévisionnels ?

Bien cordialement,
"""))

case("e054-fr-iphone-club-basket-email-dans-texte", "fr", "iphone", "sophie",
     ("Kevin Lambotte", "kevin.lambotte@skynet.be"), "BE", """
Bonjour Sophie,

Ok pour l'avenant. Tu peux l'envoyer à notre secrétaire (secretariat@rbc-ensival.be), je ne suis pas souvent devant un ordinateur.

Merci,
§Kevin Lambotte
§Président
§Royal Basket Club Ensival
§0496 21 84 07

Envoyé de mon iPhone
""", dict(name="Kevin Lambotte", title="Président", company="Royal Basket Club Ensival",
          phones=[("+32496218407", "mobile")]),
     q=dict(style="apple_in", when="2026-11-28 10:02",
            subj="Avenant RC – tournoi de Noël", msg="""
Bonjour Kevin,

Pour le tournoi de Noël, il faut un avenant à la RC du club pour couvrir les 300 spectateurs. Je te l'envoie pour signature ?

Bien à toi,
"""))

case("e055-fr-other-thunderbird-architecte-reunion", "fr", "other", "claire",
     ("Thierry Hoarau", "contact@atelier-hoarau.re"), "RE", """
Bonjour,

Voici le planning prévisionnel de l'opération de Sainte-Clotilde. Livraison des 14 logements prévue au 3e trimestre 2027, sous réserve de la saison cyclonique.

Bien cordialement,

-- 
§Thierry Hoarau
§Architecte DPLG
§Atelier Hoarau Architectures
§42 rue Juliette Dodu – 97400 Saint-Denis – La Réunion
§Tél : 0262 41 22 75 – Port : 0692 86 04 31
§atelier-hoarau.re
""", dict(name="Thierry Hoarau", title="Architecte DPLG",
          company="Atelier Hoarau Architectures", website="atelier-hoarau.re",
          address="42 rue Juliette Dodu – 97400 Saint-Denis – La Réunion",
          phones=[("+262262412275", "landline"), ("+262692860431", "mobile")]),
     q=dict(style="thunderbird", when="2026-11-26 06:30",
            subj="Opération Sainte-Clotilde – planning", msg="""
Bonjour Monsieur Hoarau,

Mes clients investisseurs souhaiteraient connaître le planning prévisionnel de livraison de l'opération de Sainte-Clotilde.

Bien cordialement,
"""))

case("e056-fr-iphone-ipad-directrice-soins", "fr", "iphone", "nadia",
     ("LE BIHAN-CORRE Christine", "c.lebihancorre@hp-rivesdarmor.fr"), "FR", """
Madame,

Nous donnons suite à votre proposition d'accompagnement pour le recrutement de 6 IDE de bloc. Pouvez-vous nous communiquer vos conditions tarifaires pour un forfait global ?

Cordialement,

§Christine LE BIHAN-CORRE
§Directrice des Soins
§Hôpital Privé des Rives d'Armor
§Standard : 02 96 60 70 00 – Secrétariat : 02 96 60 71 12

Envoyé de mon iPad
""", dict(name="Christine LE BIHAN-CORRE", title="Directrice des Soins",
          company="Hôpital Privé des Rives d'Armor",
          phones=[("+33296607000", "landline"), ("+33296607112", "landline")]),
     q=dict(style="apple", when="2026-11-24 18:45",
            subj="Recrutement IDE de bloc opératoire", msg="""
Madame la Directrice,

Suite à notre échange, je vous propose notre accompagnement pour le recrutement des infirmiers de bloc opératoire, à l'unité ou au forfait.

Bien cordialement,
"""))


def _raw_e057(u):
    mg = render_quote(
        "outlook", u["name"], u["address"], "Martine Côté",
        "martine.cote@caissedesmoulins.ca", "2026-11-25 14:03",
        "Financement – Usinage Thibodeau inc.", _text("""
Bonjour Mme Côté,

Tel que convenu, vous trouverez ci-joint le plan de financement et les prévisions 2027 de Usinage Thibodeau inc. pour l'achat du centre d'usinage 5 axes.

Cordialement,
""").split("\n") + [""] + u["sig"], "fr-ca")
    return [
        "---------- Forwarded message ---------",
        "De : Martine Côté <martine.cote@caissedesmoulins.ca>",
        "Date: ven. 27 nov. 2026 à 16:22",
        "Subject: RE: Financement – Usinage Thibodeau inc.",
        "To: Réal Thibodeau <real@usinagethibodeau.ca>",
        "",
        "",
        "Bonjour M. Thibodeau,",
        "",
        "Le comité de crédit accepte le financement du centre d'usinage, sous réserve d'une mise de fonds de 20 % et du cautionnement personnel des actionnaires.",
        "",
        "Cordialement,",
        "",
        "Martine Côté",
        "Directrice de comptes, Entreprises",
        "Caisse populaire des Moulins",
        "T. 450 961-2180, poste 7242",
        "",
    ] + mg


case("e057-fr-gmail-transfert-signature-tiers", "fr", "gmail", "mathieu",
     ("Réal Thibodeau", "real@usinagethibodeau.ca"), "CA", """
Mathieu,

Voir ci-dessous la réponse de la caisse. On en jase demain?

§Réal
""", dict(name="Réal", phones=[]), raw=_raw_e057)

case("e058-fr-android-vignobles-ligne-unique", "fr", "android", "sarah",
     ("Édouard Fabre-Lasserre", "edouard@vignobles-fabre-lasserre.com"), "FR", """
Bonjour Madame Benali, je suis dans les vignes toute la semaine. Envoyez-moi le projet de contrat flotte par mail, je le lirai ce soir.

§Édouard Fabre-Lasserre – Vignobles Fabre-Lasserre
§06 11 72 48 93
""", dict(name="Édouard Fabre-Lasserre", company="Vignobles Fabre-Lasserre",
          phones=[("+33611724893", "mobile")]),
     q=dict(style="samsung", when="2026-11-30 12:15",
            subj="Contrat flotte automobile", msg="""
Bonjour Monsieur Fabre-Lasserre,

Je souhaiterais vous présenter notre proposition pour l'assurance de votre flotte (9 véhicules et 4 tracteurs enjambeurs). Quand seriez-vous disponible ?

Bien cordialement,
"""))

case("e059-fr-other-free-sans-signature", "fr", "other", "thomas",
     ("Etude Rivoalen", "etude.rivoalen@free.fr"), "FR", """
Bonjour,

Merci, c'est noté. Nous reviendrons vers vous en janvier après l'assemblée des associés.
""", dict(phones=[]),
     q=dict(style="zimbra", when="2026-11-27 09:20",
            subj="Proposition d'équipement – relance", msg="""
Bonjour,

Je me permets de revenir vers vous au sujet de notre proposition d'équipement envoyée le 6 novembre. Avez-vous pu en prendre connaissance ?

Bien cordialement,
"""))

case("e060-fr-outlook-cooperative-soubre", "fr", "outlook", "sarah",
     ("CAPS SCOOPS Direction", "direction@caps-soubre.ci"), "CI", """
Madame,

Nous accusons réception de votre offre d'assurance récolte pour la campagne 2026-2027. Celle-ci sera présentée au Conseil d'Administration du 12 décembre.

Veuillez agréer, Madame, nos salutations distinguées.

§Le Directeur Général,
§Adama TRAORÉ
§COOPÉRATIVE AGRICOLE DES PLANTEURS DE SOUBRÉ (CAPS) – SCOOPS
§BP 412 Soubré – Côte d'Ivoire
§Tél. : (225) 27 34 72 10 58 – Cel. : (225) 05 06 48 21 97
""", dict(name="Adama TRAORÉ", title="Le Directeur Général",
          company="COOPÉRATIVE AGRICOLE DES PLANTEURS DE SOUBRÉ (CAPS) – SCOOPS",
          address="BP 412 Soubré – Côte d'Ivoire",
          phones=[("+2252734721058", "landline"), ("+2250506482197", "mobile")]),
     q=dict(style="outlook", when="2026-11-21 10:00",
            subj="Assurance récolte – campagne 2026-2027", msg="""
Monsieur le Directeur Général,

Veuillez trouver ci-joint notre proposition d'assurance récolte pour la campagne 2026-2027, couvrant les risques de sécheresse et d'incendie des plantations.

Veuillez agréer, Monsieur le Directeur Général, mes salutations distinguées.
"""))


# ================================================================ ENGLISH

case("e061-en-outlook-uk-llp-disclaimer", "en", "outlook", "oliver",
     ("James Whitfield", "james.whitfield@harcourtbell.com"), "GB", """
Hi Oliver,

Thanks for sending the revised order form. Procurement have asked for the data processing addendum to reference the UK IDTA rather than the EU SCCs. Once that's done we can sign.

Kind regards,

§James Whitfield
§Head of Knowledge & Innovation
§Harcourt Bell LLP
§1 Bartholomew Close, London EC1A 7BL
§DDI: +44 (0)20 7246 8193 | Mob: +44 (0)7825 114 306
§www.harcourtbell.com

Harcourt Bell LLP is a limited liability partnership registered in England and Wales with registered number OC312456. It is authorised and regulated by the Solicitors Regulation Authority (SRA No. 512345). A list of members is available at our registered office.
This email is confidential and may be privileged. If you have received it in error, please notify the sender and delete it.
""", dict(name="James Whitfield", title="Head of Knowledge & Innovation",
          company="Harcourt Bell LLP", website="www.harcourtbell.com",
          address="1 Bartholomew Close, London EC1A 7BL",
          phones=[("+442072468193", "landline"), ("+447825114306", "mobile")]),
     q=dict(style="outlook", when="2026-11-26 16:20",
            subj="Northbridge – revised order form", msg="""
Hi James,

Please find attached the revised order form reflecting the three-year term and the reduced seat count we discussed.

Best regards,
"""))

case("e062-en-gmail-us-suite-zip4-pronouns", "en", "gmail", "camille",
     ("Dana Whitaker", "dana.whitaker@halvorsenhealth.com"), "US", """
Hi Camille,

Following up on our call — we'd like to run the pilot with two teams (Boston and Austin) starting Jan 11. Can you send over the MSA and your security questionnaire?

Best,
§Dana Whitaker (she/her)
§VP, Revenue Operations
§Halvorsen Health, Inc.
§200 Clarendon St, Ste 400, Boston, MA 02116-5021
§o: (617) 482-3390 | c: (857) 294-1187
§halvorsenhealth.com
""", dict(name="Dana Whitaker", title="VP, Revenue Operations",
          company="Halvorsen Health, Inc.", website="halvorsenhealth.com",
          address="200 Clarendon St, Ste 400, Boston, MA 02116-5021",
          phones=[("+16174823390", "landline"), ("+18572941187", "mobile")]),
     q=dict(style="gmail", when="2026-11-24 10:05",
            subj="Fluxo x Halvorsen – pilot scope", msg="""
Hi Dana,

Great speaking with you today. As discussed, here's a one-pager on the pilot scope and timeline. Let me know which teams you'd like to start with.

Best,
"""))

case("e063-en-iphone-australia-national-mobile", "en", "iphone", "hugo",
     ("Tom Kowalczyk", "tom@ridgebackwines.com.au"), "AU", """
Hugo - yes to the 2 x 80hL tanks, but we need the cooling jackets rated for continuous use through vintage. Can you get the freight quote to Tanunda before Christmas?

Cheers,
§Tom Kowalczyk
§Winemaker | Ridgeback Wines
§Seppeltsfield Rd, Marananga SA 5355
§M 0412 884 203

Sent from my iPhone
""", dict(name="Tom Kowalczyk", title="Winemaker", company="Ridgeback Wines",
          address="Seppeltsfield Rd, Marananga SA 5355",
          phones=[("+61412884203", "mobile")]),
     q=dict(style="apple", when="2026-11-28 19:30",
            subj="Stainless fermenters – quote VX-2611", msg="""
Hi Tom,

Please find attached our quote VX-2611 for the two 80 hL fermenters with cooling jackets, ex works Beaune.

Kind regards,
"""))

case("e064-en-outlook-ireland-eircode", "en", "outlook", "priya",
     ("Siobhán Ní Bhriain", "sni.bhriain@glenmorefo.ie"), "IE", """
Dear Priya,

Thank you for the proposal. The trustees meet on 15 December and I will table it then. One question in the meantime: would the discretionary mandate be booked through your Edinburgh or your Dublin entity?

Kind regards

§Siobhán Ní Bhriain ACA
§Chief Operating Officer
§Glenmore Family Office DAC
§Riverside Two, Sir John Rogerson's Quay, Dublin 2, D02 KV60
§T: +353 1 663 8210
§M: +353 87 294 5106

Glenmore Family Office DAC is registered in Ireland, Company No. 612345. Registered office as above.
""", dict(name="Siobhán Ní Bhriain", title="Chief Operating Officer",
          company="Glenmore Family Office DAC",
          address="Riverside Two, Sir John Rogerson's Quay, Dublin 2, D02 KV60",
          phones=[("+35316638210", "landline"), ("+353872945106", "mobile")]),
     q=dict(style="outlook", when="2026-11-27 11:40",
            subj="Discretionary mandate – proposal", msg="""
Dear Siobhán,

Further to our meeting in Dublin, please find attached our proposal for a discretionary mandate for the family's liquid portfolio.

Kind regards,
"""))

case("e065-en-gmail-india-pin", "en", "gmail", "camille",
     ("Rohit Venkataraman", "rohit.v@sundaramtextiles.in"), "IN", """
Hi Camille,

Thanks for the demo. Our CFO wants pricing in INR and to know whether you can invoice through an Indian entity (GST). Please revert by Friday.

Regards,
§Rohit Venkataraman
§Senior Manager - Finance Transformation
§Sundaram Textiles Pvt. Ltd.
§No. 14, 3rd Floor, Brigade Towers, Residency Road, Bengaluru - 560025
§Mob: +91 98450 21736 | Tel: +91 80 4112 6600 Extn. 214
""", dict(name="Rohit Venkataraman", title="Senior Manager - Finance Transformation",
          company="Sundaram Textiles Pvt. Ltd.",
          address="No. 14, 3rd Floor, Brigade Towers, Residency Road, Bengaluru - 560025",
          phones=[("+919845021736", "mobile"), ("+918041126600", "landline")]),
     q=dict(style="gmail", when="2026-11-25 13:42",
            subj="Fluxo demo – follow-up", msg="""
Hi Rohit,

Thank you for your time today. I've attached the slides and our standard pricing grid in EUR.

Best,
"""))

case("e066-en-outlook-singapore-department-pipe", "en", "outlook", "oliver",
     ("Cheryl Tan", "cheryl.tan@straitsmaritime.com.sg"), "SG", """
Hi Oliver,

Apologies for the slow reply – quarter-end. We've decided to extend the evaluation to end January; our regional CIO wants to see the APAC data residency option first.

Regards,
§Cheryl Tan Wei Ling
§Director, Data & Analytics | Group Technology
§Straits Maritime Holdings Pte. Ltd.
§80 Robinson Road, #17-02, Singapore 068898
§DID +65 6221 4870 | HP +65 9178 2265
""", dict(name="Cheryl Tan Wei Ling", title="Director, Data & Analytics",
          company="Straits Maritime Holdings Pte. Ltd.",
          address="80 Robinson Road, #17-02, Singapore 068898",
          phones=[("+6562214870", "landline"), ("+6591782265", "mobile")]),
     q=dict(style="outlook", when="2026-11-18 09:00",
            subj="Evaluation next steps", msg="""
Hi Cheryl,

Just checking in on the evaluation. Are you still on track for a decision before the end of the year?

Best regards,
"""))

case("e067-en-android-hong-kong-national", "en", "android", "priya",
     ("Kenneth Lau", "kennethlau.lbt@netvigator.com"), "HK", """
Dear Priya,
Noted with thanks. Will revert after I speak to my brother.
Rgds
§Kenneth Lau
§Lau Brothers Trading Co. Ltd.
§Rm 1203, 12/F, Kwong Fat Commercial Bldg, 88 Bonham Strand, Sheung Wan, Hong Kong
§Tel: 2523 8816  Mobile: 9436 2071

Sent from my Samsung Galaxy smartphone.
""", dict(name="Kenneth Lau", company="Lau Brothers Trading Co. Ltd.",
          address="Rm 1203, 12/F, Kwong Fat Commercial Bldg, 88 Bonham Strand, Sheung Wan, Hong Kong",
          phones=[("+85225238816", "landline"), ("+85294362071", "mobile")]),
     q=dict(style="samsung", when="2026-11-26 03:15",
            subj="Trust restructuring – options", msg="""
Dear Kenneth,

As promised, I attach a short note on the two options for restructuring the family trust holdings. Happy to discuss when convenient.

Kind regards,
"""))

case("e068-en-outlook-uae-po-box-award", "en", "outlook", "oliver",
     ("Faisal Al Marzouqi", "f.almarzouqi@alwaslhealthcare.ae"), "AE", """
Dear Mr. Grant,

Please find attached the signed NDA. Kindly arrange a meeting with our IT team before the year-end if possible.

Best Regards,

§Faisal Al Marzouqi
§Head of Procurement
§Al Wasl Healthcare Group L.L.C.
§P.O. Box 52341, Dubai, United Arab Emirates
§Tel: +971 4 339 2210 | Fax: +971 4 339 2211 | Mobile: +971 50 618 4427
§www.alwaslhealthcare.ae

Proud winner – Best Private Hospital Group, Gulf Healthcare Awards 2025
""", dict(name="Faisal Al Marzouqi", title="Head of Procurement",
          company="Al Wasl Healthcare Group L.L.C.", website="www.alwaslhealthcare.ae",
          address="P.O. Box 52341, Dubai, United Arab Emirates",
          phones=[("+97143392210", "landline"), ("+97143392211", "fax"),
                  ("+971506184427", "mobile")]),
     q=dict(style="outlook", when="2026-11-23 08:30",
            subj="NDA – Northbridge / Al Wasl", msg="""
Dear Mr. Al Marzouqi,

Please find attached our mutual NDA for review and signature, ahead of the technical workshop.

Best regards,
"""))

case("e069-en-gmail-new-zealand-national", "en", "gmail", "emily",
     ("Aroha Te Whata", "aroha@kowhaifreight.co.nz"), "NZ", """
Kia ora Emily,

Appreciate the quick turnaround. We're happy with the revised SOW. I'll get our GM to sign it on Monday (NZ time, so your Sunday evening).

Ngā mihi,
§Aroha Te Whata
§Operations Lead
§Kōwhai Freight Ltd
§Level 3, 12 Customs Street East, Auckland 1010
§P: 09 379 4410 | M: 021 884 512
""", dict(name="Aroha Te Whata", title="Operations Lead", company="Kōwhai Freight Ltd",
          address="Level 3, 12 Customs Street East, Auckland 1010",
          phones=[("+6493794410", "landline"), ("+6421884512", "mobile")]),
     q=dict(style="gmail", when="2026-11-26 17:45",
            subj="Revised SOW – dispatch module", msg="""
Hi Aroha,

Attached is the revised SOW with the dispatch module moved to phase 1, as requested.

Thanks,
"""))

case("e070-en-iphone-device-line-only", "en", "iphone", "oliver",
     ("Rachel Dunmore", "rachel.dunmore@me.com"), "GB", """
Yes that works. Speak then.

Sent from my iPhone
""", dict(phones=[]),
     q=dict(style="apple", when="2026-12-01 08:05",
            subj="Quick call Thursday?", msg="""
Hi Rachel,

Would a quick call on Thursday at 10:00 work to go through the renewal?

Thanks,
"""))

case("e071-en-outlook-dutch-ing", "en", "outlook", "sophie",
     ("Linden, Pieter van der", "p.vanderlinden@vandoornlogistics.nl"), "NL", """
Dear Sophie,

Thank you for the quotation. We would like to add our warehouse in Venlo to the policy as of 1 January. The insured value is EUR 4.2 million; I will send the fire inspection report separately.

Met vriendelijke groet / Kind regards,

§Ing. Pieter van der Linden
§Facility Manager
§Van Doorn Logistics B.V.
§Celsiusweg 24 | 5928 PR Venlo | The Netherlands
§T +31 (0)77 355 82 40 | M +31 (0)6 51 29 73 08
§www.vandoornlogistics.nl

Van Doorn Logistics B.V. | KvK 12345678 | BTW NL001234567B01
""", dict(name="Pieter van der Linden", title="Facility Manager",
          company="Van Doorn Logistics B.V.", website="www.vandoornlogistics.nl",
          address="Celsiusweg 24 | 5928 PR Venlo | The Netherlands",
          phones=[("+31773558240", "landline"), ("+31651297308", "mobile")]),
     q=dict(style="outlook", when="2026-11-25 15:10",
            subj="Quotation – property insurance 2027", msg="""
Dear Mr van der Linden,

Please find attached our quotation for the property insurance of your Belgian sites for 2027.

Kind regards,
"""))

case("e072-en-gmail-inline-answers", "en", "gmail", "emily",
     ("Marcus Delgado", "mdelgado@ridgelinehvac.com"), "US", """
Hi Emily, answers inline below.

On Tue, Nov 24, 2026 at 3:05 PM Emily Chen <emily.chen@mapleridgesoftware.com> wrote:

> Hi Marcus,
>
> A few questions before we finalize the renewal:
> 1. How many seats will you need for 2027?

85, up from 60.

> 2. Do you still need the Salesforce connector?

Yes, and we'll add HubSpot for the Denver office.

> 3. Who should receive the invoice?

ap@ridgelinehvac.com, cc me. Mail copies to 4890 Ironton St, Denver, CO 80239.

§Marcus Delgado
§IT Manager, Ridgeline HVAC Services
§(720) 319-4462
""", dict(name="Marcus Delgado", title="IT Manager", company="Ridgeline HVAC Services",
          phones=[("+17203194462", "landline")]),
     q=dict(style="tail", when="2026-11-24 15:05", subj="Renewal", msg="""
Thanks in advance,
"""))

case("e073-en-other-superhuman-title-comma", "en", "other", "camille",
     ("Priyanka Shah", "priyanka@lumenfold.ai"), "US", """
Camille — love it. Let's do the 3-year deal if you can hold the Q4 price.

Cc'ing Jonah from legal to get paper going.

§Priyanka Shah
§CEO, Lumenfold
§lumenfold.ai | +1 415 903 2271

Sent via Superhuman
""", dict(name="Priyanka Shah", title="CEO", company="Lumenfold",
          website="lumenfold.ai", phones=[("+14159032271", "landline")]),
     q=dict(style="superhuman", when="2026-11-30 18:22",
            subj="Multi-year pricing", msg="""
Hi Priyanka,

Following our call, here are the one-year and three-year pricing options. The Q4 price holds until December 18.

Best,
"""))

case("e074-en-outlook-canada-university-pronouns", "en", "outlook", "emily",
     ("Anika Sharma", "anika.sharma@lakeshorepoly.ca"), "CA", """
Hi Emily,

Thanks for the quote. Our research office needs it addressed to the Faculty rather than to me personally, with our PO number (PO-2026-118842). Could you reissue it?

Best regards,

§Dr. Anika Sharma, P.Eng.
§Associate Dean, Research
§Faculty of Applied Science & Engineering
§Lakeshore Polytechnic University
§35 St. George Street, Room 1024, Toronto, ON M5S 1A4
§Tel: 416-978-4420 | Cell: 647-381-2209
§she/her
""", dict(name="Anika Sharma", title="Associate Dean, Research",
          company="Lakeshore Polytechnic University",
          address="35 St. George Street, Room 1024, Toronto, ON M5S 1A4",
          phones=[("+14169784420", "landline"), ("+16473812209", "mobile")]),
     q=dict(style="outlook", when="2026-11-23 12:10",
            subj="Quote – lab scheduling licences", msg="""
Hi Dr. Sharma,

As requested, please find attached our quote for 40 lab scheduling licences.

Best regards,
"""))

case("e075-en-android-ireland-dentist-national", "en", "android", "priya",
     ("Cian O'Sullivan", "cian@blackrockdentalcare.ie"), "IE", """
Hi Priya,
Grand, I'll drop the documents into your Dublin office on Thursday.
Thanks
§Dr Cian O'Sullivan BDS
§Principal Dentist
§Blackrock Dental Care
§8 Main Street, Blackrock, Co. Dublin, A94 X2F3
§Mob 087 619 4402

Sent from my Galaxy
""", dict(name="Cian O'Sullivan", title="Principal Dentist",
          company="Blackrock Dental Care",
          address="8 Main Street, Blackrock, Co. Dublin, A94 X2F3",
          phones=[("+353876194402", "mobile")]),
     q=dict(style="samsung", when="2026-11-29 20:30",
            subj="Pension transfer – documents", msg="""
Hi Cian,

To complete the pension transfer we need your last two P60s and a copy of your passport.

Kind regards,
"""))

case("e076-en-outlook-sweden-booking-link", "en", "outlook", "sophie",
     ("Erik Lindqvist", "erik.lindqvist@nordvikshipping.se"), "SE", """
Hi Sophie,

Thanks, we have reviewed the draft. Our legal department has two comments on the liability cap, see attached. Could we have a short call on Wednesday?

Best regards / Med vänliga hälsningar

§Erik Lindqvist
§Head of Group Insurance
§Nordvik Shipping AB
§Järntorget 4, SE-413 04 Göteborg, Sweden
§Phone: +46 31 701 22 80
§Mobile: +46 70 518 34 67
§erik.lindqvist@nordvikshipping.se

Book a meeting with me: https://outlook.office.com/bookwithme/user/4f1c2a9e@nordvikshipping.se
""", dict(name="Erik Lindqvist", title="Head of Group Insurance",
          company="Nordvik Shipping AB", email="erik.lindqvist@nordvikshipping.se",
          address="Järntorget 4, SE-413 04 Göteborg, Sweden",
          phones=[("+46317012280", "landline"), ("+46705183467", "mobile")]),
     q=dict(style="outlook", when="2026-11-24 14:55",
            subj="Draft policy wording – Antwerp terminal", msg="""
Dear Erik,

Please find attached the draft policy wording for the Antwerp terminal. We would appreciate your comments by the end of the month.

Kind regards,
"""))

case("e077-en-gmail-uk-pharmacy-typed-name", "en", "gmail", "priya",
     ("Rajesh Patel", "raj@patelspharmacy.co.uk"), "GB", """
Hi Priya,

Sorry for the delay - it's been manic with flu jabs. I've attached last year's accounts. Can we do a call next week? I'm free Tuesday after 2.

Thanks,
§Raj

§Rajesh Patel MRPharmS
§Superintendent Pharmacist & Director
§Patel's Pharmacy (Leicester) Ltd
§214 Belgrave Road, Leicester LE4 5AS
§0116 266 3019
""", dict(name="Rajesh Patel", title="Superintendent Pharmacist & Director",
          company="Patel's Pharmacy (Leicester) Ltd",
          address="214 Belgrave Road, Leicester LE4 5AS",
          phones=[("+441162663019", "landline")]),
     q=dict(style="gmail", when="2026-11-20 09:30",
            subj="Business sale planning", msg="""
Hi Raj,

Following our chat, could you send me the last set of accounts so I can model the sale proceeds and the pension options?

Kind regards,
"""))

case("e078-en-other-front-shared-inbox", "en", "other", "camille",
     ("Tidewater Partnerships", "partners@tidewateroutdoor.com"), "US", """
Hi Camille,

Thanks for reaching out! I've passed your partnership proposal to our BD lead, who will get back to you within 5 business days.

Best,
§Sofia
§Partnerships Team | Tidewater Outdoor Co.
§partners@tidewateroutdoor.com
""", dict(name="Sofia", company="Tidewater Outdoor Co.",
          email="partners@tidewateroutdoor.com", phones=[]),
     q=dict(style="front", when="2026-11-30 03:12",
            subj="Partnership proposal – Fluxo", msg="""
Hello Tidewater team,

I'm reaching out to explore a partnership between Fluxo and Tidewater Outdoor for your retail operations. Would you be open to a short call?

Best,
"""))

case("e079-en-outlook-us-two-columns", "en", "outlook", "camille",
     ("Michael Brennan", "mbrennan@brennanhale.com"), "US", """
Camille,

We reviewed the proposal internally. We'd like to start with the Chicago studio only (32 users) and revisit Milwaukee in Q3.

Regards,

§Michael J. Brennan, AIA, LEED AP\t\tT  312.846.2210
§Principal\t\tM  773.491.0562
§Brennan Hale Architects\t\t55 W Monroe St, Suite 1900
§\t\tChicago, IL 60603
[cid:image001.jpg@01DB51C3.A1B2C3D0]
""", dict(name="Michael J. Brennan", title="Principal",
          company="Brennan Hale Architects",
          address="55 W Monroe St, Suite 1900, Chicago, IL 60603",
          phones=[("+13128462210", "landline"), ("+17734910562", "mobile")]),
     q=dict(style="outlook", when="2026-11-25 09:40",
            subj="Fluxo proposal – Brennan Hale", msg="""
Hi Michael,

Please find attached our proposal for both studios, with the volume discount applied.

Best,
"""))

case("e080-en-gmail-uk-wine-estate-mixed-formats", "en", "gmail", "hugo",
     ("Harriet Ashdown-Cole", "harriet@wealdenhollow.co.uk"), "GB", """
Hugo,

Bottling line quote received, thank you. We'd need installation completed before the 2027 harvest (September). Could your engineer visit the winery in January?

All best,
§Harriet Ashdown-Cole
§Managing Director
§Wealden Hollow Wine Estate Ltd
§Pett Lane, Charing, Ashford, Kent TN27 0DR
§+44 (0)1233 712 640  |  07768 230 514
§wealdenhollow.co.uk
""", dict(name="Harriet Ashdown-Cole", title="Managing Director",
          company="Wealden Hollow Wine Estate Ltd", website="wealdenhollow.co.uk",
          address="Pett Lane, Charing, Ashford, Kent TN27 0DR",
          phones=[("+441233712640", "landline"), ("+447768230514", "mobile")]),
     q=dict(style="gmail", when="2026-11-24 11:15",
            subj="Bottling line – quote VX-2598", msg="""
Dear Harriet,

Thank you for your visit to our stand. Please find attached our quote VX-2598 for the sparkling wine bottling line.

Kind regards,
"""))

case("e081-en-iphone-hong-kong-hotel", "en", "iphone", "hugo",
     ("Vivian Cheung", "vivian.cheung@harbourlinehotel.com"), "HK", """
Dear Hugo,

We are interested in the 8-bottle preservation units for our wine bar. Please send spec sheets and lead time to Hong Kong.

Warm regards,
§Vivian Cheung
§Director of Food & Beverage
§The Harbourline Hotel
§88 Gloucester Road, Wan Chai, Hong Kong
§T (852) 2861 7730 | M (852) 6198 4402
§E vivian.cheung@harbourlinehotel.com

Sent from my iPhone
""", dict(name="Vivian Cheung", title="Director of Food & Beverage",
          company="The Harbourline Hotel", email="vivian.cheung@harbourlinehotel.com",
          address="88 Gloucester Road, Wan Chai, Hong Kong",
          phones=[("+85228617730", "landline"), ("+85261984402", "mobile")]),
     q=dict(style="apple", when="2026-11-27 02:40",
            subj="Wine preservation systems – catalogue", msg="""
Dear Ms Cheung,

Following our meeting at the fair, please find our catalogue of wine preservation and dispensing systems.

Kind regards,
"""))

case("e082-en-android-india-name-initial", "en", "android", "oliver",
     ("Suresh Kumar", "suresh.kumar@vridhiinfotech.in"), "IN", """
Hi Oliver,
Will discuss with my team and revert by EOD tomorrow.
Regards,
§Suresh K.

Sent from my Galaxy
""", dict(name="Suresh K.", phones=[]),
     q=dict(style="samsung", when="2026-12-01 06:45",
            subj="Pricing for the analytics add-on", msg="""
Hi Suresh,

Following your request, here is the pricing for the analytics add-on for your 120 users.

Best regards,
"""))

case("e083-en-outlook-uk-council-mailto", "en", "outlook", "oliver",
     ("Gareth Price-Jones", "gareth.price-jones@caerwen.gov.uk"), "GB", """
Dear Oliver,

Thank you for your email. Please note the council's procurement rules require a formal quotation via our e-tendering portal for any contract above £25,000. I have copied our procurement officer.

Yours sincerely

§Gareth Price-Jones
§Service Manager – Data & Insight
§Resources Directorate
§Caerwen County Borough Council
§Civic Centre, Heol y Gamlas, Caerwen CF47 8AN
§Tel: 01685 725 318
§gareth.price-jones@caerwen.gov.uk<mailto:gareth.price-jones@caerwen.gov.uk>
§www.caerwen.gov.uk<http://www.caerwen.gov.uk/>

This email and any attachments are intended solely for the addressee and may contain confidential information. Mae croeso i chi ohebu gyda ni yn Gymraeg.
""", dict(name="Gareth Price-Jones", title="Service Manager – Data & Insight",
          company="Caerwen County Borough Council",
          email="gareth.price-jones@caerwen.gov.uk", website="www.caerwen.gov.uk",
          address="Civic Centre, Heol y Gamlas, Caerwen CF47 8AN",
          phones=[("+441685725318", "landline")]),
     q=dict(style="outlook", when="2026-11-19 14:35",
            subj="Data platform for social care reporting", msg="""
Dear Gareth,

Further to our conversation at the conference, I'd like to propose a short discovery workshop on your social care reporting needs.

Best regards,
"""))

case("e084-en-gmail-closing-and-name-same-line", "en", "gmail", "emily",
     ("Jordan Mackenzie", "jordan@mackenzieroy.ca"), "CA", """
Sounds good, thanks Emily. We'll sign the renewal this week.

§Best, Jordan Mackenzie
§Mackenzie & Roy Chartered Professional Accountants LLP | 604.736.2281 x 105
""", dict(name="Jordan Mackenzie",
          company="Mackenzie & Roy Chartered Professional Accountants LLP",
          phones=[("+16047362281", "landline")]),
     q=dict(style="gmail", when="2026-11-30 10:20",
            subj="Renewal 2027", msg="""
Hi Jordan,

Your subscription renews on January 1. Attached is the renewal quote with the same pricing as this year.

Best,
"""))

case("e085-en-iphone-uk-ps-after-signature", "en", "iphone", "priya",
     ("Charles Fenwick", "charles@fenwickestates.co.uk"), "GB", """
Priya,

Thanks for this. Happy to go ahead with the switch into the global equity fund.

Best wishes,
§Charles Fenwick FRICS
§Fenwick Estates Ltd
§07973 441 208

PS. Could you post the paperwork rather than email it? My printer has died. 14 Moray Place, Edinburgh EH3 6DT as before.

Sent from my iPad
""", dict(name="Charles Fenwick", company="Fenwick Estates Ltd",
          phones=[("+447973441208", "mobile")]),
     q=dict(style="apple", when="2026-11-28 18:05",
            subj="Fund switch recommendation", msg="""
Dear Charles,

Following our review, I recommend switching the UK equity holding into the global equity fund. Details attached.

Kind regards,
"""))

case("e086-en-other-zimbra-us-nonprofit", "en", "other", "camille",
     ("Marguerite Okafor-Reyes", "mokafor@harborlightsf.org"), "US", """
Hi Camille,

Our board approved the nonprofit discount you mentioned. Please send the order form to our grants office (Teresa is copied).

Thank you,

§Marguerite Okafor-Reyes, MPA
§Executive Director
§Harbor Light Community Partners
§1450 Mission Street, Suite 310 | San Francisco, CA 94103
§Office: 415.621.8840 ext. 12 | Cell: 415.902.3318
§harborlightsf.org

Harbor Light Community Partners is a 501(c)(3) nonprofit organization. EIN 94-1234567.
Donate today: harborlightsf.org/give
""", dict(name="Marguerite Okafor-Reyes", title="Executive Director",
          company="Harbor Light Community Partners", website="harborlightsf.org",
          address="1450 Mission Street, Suite 310 | San Francisco, CA 94103",
          phones=[("+14156218840", "landline"), ("+14159023318", "mobile")]),
     q=dict(style="zimbra", when="2026-11-24 12:00",
            subj="Nonprofit pricing", msg="""
Hi Marguerite,

As discussed, we offer a 40% discount for registered nonprofits. Let me know if your board approves and I'll send the order form.

Best,
"""))

case("e087-en-other-thunderbird-finland", "en", "other", "sophie",
     ("Mikko Kuusela", "mikko.kuusela@kuuselametalli.fi"), "FI", """
Hi Sophie,

We received the policy documents, thanks. One correction: our company name is Kuusela Metalli Oy, not "Kuusela Metal Ltd". Please also update the address to our new plant.

Best regards,
§Mikko Kuusela
§CEO
§Kuusela Metalli Oy
§Teollisuustie 8, FI-33330 Tampere, Finland
§+358 40 712 3348
""", dict(name="Mikko Kuusela", title="CEO", company="Kuusela Metalli Oy",
          address="Teollisuustie 8, FI-33330 Tampere, Finland",
          phones=[("+358407123348", "mobile")]),
     q=dict(style="thunderbird", when="2026-11-26 08:20",
            subj="Policy documents – product liability", msg="""
Dear Mr Kuusela,

Please find attached the policy documents for your product liability cover with our Belgian carrier.

Kind regards,
"""))

case("e088-en-gmail-first-name-old-signature-below", "en", "gmail", "hugo",
     ("Sam Whitcombe", "sam@tussockridge.co.nz"), "NZ", """
Perfect, thanks Hugo. PO to follow on Monday.

§Sam
""", dict(name="Sam", phones=[]),
     q=dict(style="gmail", when="2026-11-26 21:10",
            subj="Re: Crossflow filter – spare parts", msg="""
Hi Sam,

Yes, the membranes are in stock. I can ship them on Friday by air freight to Blenheim.

Best regards,
""", extra=nested("gmail", "Sam Whitcombe", "sam@tussockridge.co.nz",
                  "Hugo Delmas", "hugo.delmas@vinexis.com", "2026-11-25 09:48",
                  "Crossflow filter – spare parts", """
Hi Hugo,

Do you have two replacement membranes for our crossflow filter in stock? We need them before vintage.

Cheers,
""", """
Sam Whitcombe
Assistant Winemaker
Tussock Ridge Wines
412 Rapaura Road, Blenheim 7273, Marlborough
P: 03 572 8810 | M: 027 455 9031
""", loc="gb", tz="+13:00")))

case("e089-en-outlook-uk-shipping-agent", "en", "outlook", "oliver",
     ("Neil Hargreaves", "neil.hargreaves@solentmaritime.co.uk"), "GB", """
Oliver,

We can do a call on Friday at 11:00. I'll bring our ops supervisor; most of the port call data sits in her spreadsheets.

Regards,

§Neil Hargreaves
§Port Agency Manager
§Solent Maritime Services Ltd
§Ocean Gate, Atlantic Way, Southampton SO14 3JN
§T: +44 (0) 23 8033 4410 | F: +44 (0) 23 8033 4411 | 24h Ops: +44 (0) 7825 660 190
Registered in England No. 04567123 | VAT GB 812 3456 78
""", dict(name="Neil Hargreaves", title="Port Agency Manager",
          company="Solent Maritime Services Ltd",
          address="Ocean Gate, Atlantic Way, Southampton SO14 3JN",
          phones=[("+442380334410", "landline"), ("+442380334411", "fax"),
                  ("+447825660190", "mobile")]),
     q=dict(style="outlook", when="2026-11-25 16:00",
            subj="Port call analytics – intro call", msg="""
Hi Neil,

Would you have 30 minutes this week to discuss how you currently report port call performance to your principals?

Best regards,
"""))

case("e090-en-iphone-initials-dash", "en", "iphone", "emily",
     ("Rebecca Boyd", "rboyd@boydmarine.com"), "US", """
Approved. Go ahead.
§- RB

Sent from my iPhone
""", dict(phones=[]),
     q=dict(style="apple", when="2026-12-01 16:30",
            subj="Change order #3 – approval needed", msg="""
Hi Rebecca,

Please approve change order #3 (additional inventory module, 12 hours) so we can schedule the work.

Thanks,
"""))

case("e091-en-gmail-uk-startup-calendly-pronouns", "en", "gmail", "oliver",
     ("Tom Adeyemi-Clarke", "tom@plinth.app"), "GB", """
Hey Oliver,

Thanks for the deck. Honestly the pricing's a bit steep for where we are (just closed our Series A). Happy to chat though – grab a slot below.

Cheers,
§Tom Adeyemi-Clarke
§Co-founder & CTO · Plinth
§he/him
📅 calendly.com/tom-plinth/intro
§linkedin.com/in/tomadeyemiclarke
""", dict(name="Tom Adeyemi-Clarke", title="Co-founder & CTO", company="Plinth",
          linkedin="linkedin.com/in/tomadeyemiclarke", phones=[]),
     q=dict(style="gmail", when="2026-11-27 14:05",
            subj="Northbridge for Plinth", msg="""
Hi Tom,

Great to meet you at the meetup. As promised, here's our deck with startup pricing.

Best,
"""))

case("e092-en-outlook-australia-council", "en", "outlook", "emily",
     ("Kylie Nguyen", "kylie.nguyen@blackwater.qld.gov.au"), "AU", """
Hi Emily,

Council endorsed the pilot at last night's meeting. I'll need the contract in our template, which I've attached, and a certificate of currency for your insurances.

Kind regards,

§Kylie Nguyen
§Coordinator Economic Development
§City of Blackwater
§PO Box 44, Blackwater QLD 4717
§P 07 4982 5510 | M 0428 716 092
§blackwater.qld.gov.au

ABN 12 345 678 901
The City of Blackwater acknowledges the Traditional Custodians of the land on which we work and live.
""", dict(name="Kylie Nguyen", title="Coordinator Economic Development",
          company="City of Blackwater", website="blackwater.qld.gov.au",
          address="PO Box 44, Blackwater QLD 4717",
          phones=[("+61749825510", "landline"), ("+61428716092", "mobile")]),
     q=dict(style="outlook", when="2026-11-24 19:20", loc="gb",
            subj="Business permit portal pilot", msg="""
Hi Kylie,

Following up on the demo, here is the pilot proposal for the business permit portal ahead of your council meeting.

Best regards,
"""))

case("e093-en-android-dutch-device", "en", "android", "fabien",
     ("Joost Verhoeven", "joost.verhoeven@ziggo.nl"), "NL", """
Hi Fabien,
Fine by me, please proceed with the transfer.
Groet,
§Joost

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""", dict(name="Joost", phones=[]),
     q=dict(style="samsung", when="2026-11-29 13:10", loc="nl",
            subj="Transfer of vested benefits", msg="""
Dear Mr Verhoeven,

To complete the transfer of your vested benefits, I need your confirmation by return email.

Best regards,
"""))

case("e094-en-other-lotus-notes-uk-foundry", "en", "other", "oliver",
     ("Steve Barraclough", "steve.barraclough@caldervalleycastings.co.uk"), "GB", """
Oliver

Please see attached the signed PO 4500218877.

Regards

§Steve Barraclough
§Purchasing Manager
§Calder Valley Castings Ltd
§Mytholm Works, Halifax Road, Hebden Bridge, West Yorkshire HX7 8AD
§Tel 01422 843 210   Fax 01422 843 211
Registered in England No. 00847123
""", dict(name="Steve Barraclough", title="Purchasing Manager",
          company="Calder Valley Castings Ltd",
          address="Mytholm Works, Halifax Road, Hebden Bridge, West Yorkshire HX7 8AD",
          phones=[("+441422843210", "landline"), ("+441422843211", "fax")]),
     q=dict(style="notes", when="2026-11-27 10:30",
            subj="Order form – production analytics", msg="""
Steve,

Attached is the order form for the production analytics licence. Could you raise a PO?

Thanks,
"""))

case("e095-en-gmail-colleague-phone-in-body", "en", "gmail", "emily",
     ("Daniel Okoro", "daniel.okoro@northlightvfx.com"), "CA", """
Hi Emily,

I'm travelling until Dec 7 with patchy email. For anything urgent on the render-farm licences, please call my colleague Priya Nair at (604) 872-1190 or email priya.nair@northlightvfx.com.

Best,
§Daniel Okoro
§Head of Pipeline | Northlight VFX
""", dict(name="Daniel Okoro", title="Head of Pipeline", company="Northlight VFX",
          phones=[]),
     q=dict(style="gmail", when="2026-11-30 12:45",
            subj="Render farm licences", msg="""
Hi Daniel,

Quick reminder that your render-farm licences expire on December 15. Shall I send the renewal quote?

Best,
"""))

case("e096-en-outlook-ios-one-line-pipes", "en", "outlook", "priya",
     ("Alasdair Munro", "a.munro@munrocairns.co.uk"), "GB", """
Priya – can we push to Thursday? Stuck in Frankfurt.

§Alasdair Munro | Partner | Munro & Cairns LLP
§07831 556 402

Get Outlook for iOS<https://aka.ms/o0ukef>
""", dict(name="Alasdair Munro", title="Partner", company="Munro & Cairns LLP",
          phones=[("+447831556402", "mobile")]),
     q=dict(style="outlook_mobile", when="2026-12-01 07:30",
            subj="Annual review – Wednesday", msg="""
Dear Alasdair,

A reminder of our annual review on Wednesday at 10:00 at our Charlotte Square office.

Kind regards,
"""))


def _raw_e097(u):
    msg = _text("""
Hello,

Our onboarding emails to your staff are bouncing with "550 rejected by policy". Could your IT team check whether fluxo.io is blocked?

Thanks,
""").split("\n")
    return (["Camille Roux", "", "Nov 30, 2026, 09:12 GMT", ""] + msg + [""]
            + u["sig"] + ["", "----------------------------------------------", "",
                          "This email is a service from Tessellate Support.",
                          "[8XNQ2L-P05KM]"])


case("e097-en-other-zendesk-it-desk", "en", "other", "camille",
     ("Tessellate Support", "support@tessellate.zendesk.com"), "IE", """
##- Please type your reply above this line -##

Your request (90217) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Aoife Brennan (Tessellate Support)

Dec 1, 2026, 14:32 GMT

Hi Camille,

Thanks for flagging — our security team has allow-listed your sending domain. You should now be able to deliver the onboarding emails to our staff.

Kind regards,
§Aoife Brennan
§IT Service Desk Analyst
§Tessellate Group plc
§+353 1 906 4100

----------------------------------------------
""", dict(name="Aoife Brennan", title="IT Service Desk Analyst",
          company="Tessellate Group plc", phones=[("+35319064100", "landline")]),
     raw=_raw_e097)


def _raw_e098(u):
    older = render_quote(
        "gmail", u["name"], u["address"], "Hannah Robertson",
        "hannah.robertson@taysidehomes.org.uk", "2026-11-27 10:05",
        "Northbridge proposal", _text("""
Hi Hannah,

Please find attached our proposal for the tenancy analytics platform, with three pricing tiers.

Best regards,
""").split("\n") + [""] + u["sig"], "gb")
    return [
        "---------- Forwarded message ---------",
        "From: Graham Lennox <graham.lennox@taysidehomes.org.uk>",
        "Date: Mon, 30 Nov 2026 at 15:40",
        "Subject: Re: Northbridge proposal",
        "To: Hannah Robertson <hannah.robertson@taysidehomes.org.uk>",
        "",
        "",
        "Hannah,",
        "",
        "Before I sign off on this I need to understand what sits in tier 2 vs tier 3, and whether the price is fixed for the full term.",
        "",
        "Graham",
        "",
        "Graham Lennox CPFA",
        "Director of Finance",
        "Tayside Homes Housing Association Ltd",
        "T: 01382 204 551",
        "",
    ] + older


case("e098-en-gmail-forward-signature-mid-note", "en", "gmail", "oliver",
     ("Hannah Robertson", "hannah.robertson@taysidehomes.org.uk"), "GB", """
Oliver,

See below from our Director of Finance – he has some questions on the pricing tiers before we can move forward.

§Hannah Robertson
§Head of Operations
§Tayside Homes Housing Association Ltd
§Seabraes House, 18 Greenmarket, Dundee DD1 4QB
§01382 204 530 | 07712 408 263

Could you answer him directly and keep me in copy? Thanks.
""", dict(name="Hannah Robertson", title="Head of Operations",
          company="Tayside Homes Housing Association Ltd",
          address="Seabraes House, 18 Greenmarket, Dundee DD1 4QB",
          phones=[("+441382204530", "landline"), ("+447712408263", "mobile")]),
     raw=_raw_e098)

case("e099-en-outlook-swiss-private-address-in-body", "en", "outlook", "fabien",
     ("Lars Brunner", "lars.brunner@helvion.ch"), "CH", """
Dear Mr Rochat,

Thank you for the meeting last week. I discussed the pillar 3a proposal with my wife and we would like to proceed. Could you send the forms to our new home address: Seefeldstrasse 112, 8008 Zürich?

Best regards,
§Dr. Lars Brunner
§Head of Clinical Operations
§Helvion Therapeutics AG
§Wagistrasse 27a, 8952 Schlieren, Switzerland
§Direct +41 44 508 62 31 · Mobile +41 79 318 55 02
""", dict(name="Lars Brunner", title="Head of Clinical Operations",
          company="Helvion Therapeutics AG",
          address="Wagistrasse 27a, 8952 Schlieren, Switzerland",
          phones=[("+41445086231", "landline"), ("+41793185502", "mobile")]),
     q=dict(style="outlook", when="2026-11-23 17:45", loc="gb",
            subj="Pillar 3a – proposal", msg="""
Dear Dr Brunner,

As discussed, please find attached our proposal for your pillar 3a savings, with the two investment profiles.

Kind regards,
"""))


def _raw_e100(u):
    return [
        "From: Emily Chen <emily.chen@mapleridgesoftware.com>",
        "Sent: Tuesday, November 24, 2026 3:05 PM",
        "To: Mette Kjærgaard <mkj@nordlyswind.dk>",
        "Subject: Renewal questions",
        "",
        "Hi Mette,",
        "",
        "A few questions before we prepare the renewal:",
        "",
        "  1.  How many seats will you need for 2027? [MK] 40, same as this year.",
        "  2.  Should the invoice go to your AP team? [MK] Yes – invoice@nordlyswind.dk, always with our PO number.",
        "  3.  Do you want to keep the Aarhus sandbox? [MK] No, please remove it.",
        "",
        "Thanks in advance,",
        "",
    ] + u["sig"]


case("e100-en-outlook-answers-inside-history", "en", "outlook", "emily",
     ("Mette Kjærgaard", "mkj@nordlyswind.dk"), "DK", """
Hi Emily,

Please see my answers below in blue.

Best regards
§Mette Kjærgaard
§Procurement Specialist
§Nordlys Wind A/S
§Kalvebod Brygge 39, 1560 København V, Denmark
§Tel. +45 33 18 62 40 · Mobile +45 28 91 47 03
""", dict(name="Mette Kjærgaard", title="Procurement Specialist",
          company="Nordlys Wind A/S",
          address="Kalvebod Brygge 39, 1560 København V, Denmark",
          phones=[("+4533186240", "landline"), ("+4528914703", "mobile")]),
     raw=_raw_e100)


# ================================================================ checks

HONORIFIC = re.compile(
    r"^(M\.|MM\.|Mme|Mlle|Me|Maître|Dr\.?|Pr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|"
    r"Ing\.?|p\.o\.)\s", re.I)
DEVICE = re.compile(
    r"(Envoyé de mon|Envoyé depuis|Envoyé à partir|Sent from my|Sent via|"
    r"Get Outlook|Obtenir Outlook|Télécharger Outlook|Verzonden vanaf)", re.I)
ALLOWED_TYPES = {
    "mobile": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
    "landline": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE, PNT.TOLL_FREE,
                 PNT.VOIP, PNT.UAN},
    "fax": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE, PNT.VOIP},
}
E164 = phonenumbers.PhoneNumberFormat.E164


def check(cases):
    errs = []
    ids = set()
    for c in cases:
        cid = c["id"]

        def err(msg, cid=cid):
            errs.append(f"{cid}: {msg}")

        if cid in ids:
            err("duplicate id")
        ids.add(cid)
        m = re.match(r"^e(\d{3})-(fr|en)-(outlook|gmail|iphone|android|other)-[a-z0-9-]+$", cid)
        if not m or m.group(2) != c["lang"] or m.group(3) != c["client"]:
            err("id does not match lang/client")
        if c["region"] not in ("FR", "GB", "CA", "BE", "CH"):
            err("bad region")
        if set(c["_fkeys"]) - set(FIELD_ORDER) - {"phones"}:
            err(f"unknown field keys {c['_fkeys']}")
        body = c["body"]
        if MARK in body:
            err("marker left in body")
        lines = body.split("\n")
        qs = c["_qstart"]
        if not (0 < qs < len(lines)):
            err("no quoted history")
        sig = c["signature"]
        if sig != sorted(set(sig)):
            err("signature indexes not sorted/unique")
        for i in sig:
            if not 0 <= i < len(lines):
                err(f"index {i} out of range")
                continue
            line = lines[i]
            if i >= qs:
                err(f"index {i} is in the quoted history")
            if not line.strip():
                err(f"index {i} is blank")
            if line.lstrip().startswith(">"):
                err(f"index {i} is a quoted line")
            if line.strip() == "--":
                err(f"index {i} is the separator")
            if DEVICE.search(line):
                err(f"index {i} is a device line")
            if line.strip().startswith("[cid:"):
                err(f"index {i} is an image placeholder")
        # the user's full signature must sit in the quoted history
        qtext = "\n".join(re.sub(r"^(> ?)+", "", l) for l in lines[qs:])
        for sl in c["_usig"]:
            if sl.strip() and sl.strip() not in qtext:
                err(f"user signature line missing from history: {sl!r}")
        if c["user"]["name"] not in qtext:
            err("user name missing from history")
        # fields
        f = c["fields"]
        siglines = [lines[i] for i in sig if 0 <= i < len(lines)]
        sigtext = "\n".join(siglines).lower()
        for k in FIELD_ORDER:
            if k not in f:
                continue
            v = f[k]
            if not isinstance(v, str) or not v or v != v.strip():
                err(f"field {k} empty or padded")
                continue
            parts = v.split(", ") if k == "address" else [v]
            for part in parts:
                if part.lower() not in sigtext:
                    err(f"field {k} part {part!r} not in labelled lines")
        if "name" in f and HONORIFIC.match(f["name"]):
            err("name keeps an honorific")
        if "linkedin" in f and "linkedin.com/in/" not in f["linkedin"]:
            err("linkedin is not a personal URL")
        if not sig and f != {"phones": []}:
            err("no signature but fields given")
        if "phones" not in f:
            err("phones missing")
        seen = set()
        for ph in f.get("phones", []):
            v, t = ph["value"], ph["type"]
            if v in seen:
                err(f"duplicate phone {v}")
            seen.add(v)
            try:
                n = phonenumbers.parse(v, None)
            except phonenumbers.NumberParseException as e:
                err(f"phone {v} does not parse: {e}")
                continue
            if not phonenumbers.is_valid_number(n):
                err(f"phone {v} is not valid")
            if phonenumbers.format_number(n, E164) != v:
                err(f"phone {v} is not in E.164")
            if t not in ALLOWED_TYPES:
                err(f"phone {v} bad type {t}")
            elif phonenumbers.number_type(n) not in ALLOWED_TYPES[t]:
                err(f"phone {v} typed {t} but numbering plan says "
                    f"{phonenumbers.number_type(n)}")
            nsn = phonenumbers.national_significant_number(n)
            if not any(nsn in re.sub(r"\D", "", l) for l in siglines):
                err(f"phone {v} digits not found in labelled lines")
        # completeness: every number libphonenumber finds in the labelled
        # lines (read in the sender's country) is labelled, and only those
        found = set()
        for l in siglines:
            for mt in PhoneNumberMatcher(l, c["_cc"], leniency=Leniency.VALID):
                found.add(phonenumbers.format_number(mt.number, E164))
        for fp in c["_notph"]:
            if fp not in found:
                err(f"declared false positive {fp} not found by matcher")
            found.discard(fp)
        if found != seen:
            err(f"matcher found {sorted(found)} but labelled {sorted(seen)}")
    langs = [c["lang"] for c in cases]
    if len(cases) != 100 or langs.count("fr") != 60 or langs.count("en") != 40:
        errs.append(f"counts: {len(cases)} cases, {langs.count('fr')} fr, "
                    f"{langs.count('en')} en")
    nums = [int(c["id"][1:4]) for c in cases]
    if nums != list(range(1, len(cases) + 1)):
        errs.append("ids are not numbered e001.. in order")
    return errs


def public(c):
    return {k: v for k, v in c.items() if not k.startswith("_")}


def main():
    errs = check(CASES)
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errs)} check(s) failed; cases.json not written",
              file=sys.stderr)
        return 1
    text = json.dumps([public(c) for c in CASES], ensure_ascii=False,
                      indent=2) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    by = {}
    for c in CASES:
        by[(c["lang"], c["client"])] = by.get((c["lang"], c["client"]), 0) + 1
    print(f"wrote {OUT}: {len(CASES)} cases")
    for k in sorted(by):
        print(f"  {k[0]} {k[1]:8s} {by[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
