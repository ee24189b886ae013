#!/usr/bin/env python3
"""Blind signature set F: writes cases.json next to this file.

Deterministic (no clock, no randomness): the same bytes on every run.
Every case is written by hand. In a case's new text, each line of the sender's
own signature starts with the marker "§"; the build strips the marker and
records the line's index in body.split("\\n"). The quoted history is rendered
from a small spec (Q) in the layout of the sender's mail client and always
carries the mailbox user's own full signature.

Exits 1 (and writes nothing) when a self-check fails.

Run from /work/main:  .venv/bin/python eval/signatures_blind/set_f/build.py
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberType as PNT

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.json"
MARK = "§"

# --------------------------------------------------------------------------
# Mailbox users (the advisory / wealth-management / B2B firm's team).
# Their full signatures appear only in the quoted history.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    key: str
    name: str
    address: str
    region: str
    sig: tuple


USERS = {
    u.key: u
    for u in [
        User(
            "camille",
            "Camille Desrosiers",
            "c.desrosiers@valmorel-patrimoine.fr",
            "FR",
            (
                "Camille Desrosiers",
                "Conseillère en gestion de patrimoine",
                "Valmorel Patrimoine",
                "14 quai Jules Courmont – 69002 Lyon",
                "Tél. : 04 78 92 15 40 | Mobile : 06 71 28 44 19",
                "www.valmorel-patrimoine.fr",
                "Membre de la CNCGP – ORIAS n° 12 045 871",
            ),
        ),
        User(
            "thomas",
            "Thomas Lefebvre-Rio",
            "t.lefebvre-rio@arvene-conseil.fr",
            "FR",
            (
                "Thomas Lefebvre-Rio",
                "Associé – Transmission d'entreprises",
                "ARVÈNE CONSEIL",
                "27 rue de Courcelles, 75008 Paris",
                "T +33 1 99 00 12 34 – M +33 6 12 45 78 90",
                "linkedin.com/in/thomas-lefebvre-rio",
            ),
        ),
        User(
            "julien",
            "Julien Marchetti",
            "jmarchetti@orsane-fo.com",
            "FR",
            (
                "Julien Marchetti | Family Officer",
                "Maison Orsane – Family Office",
                "9 avenue Matignon, 75008 Paris",
                "+33 (0)1 99 00 48 71 · +33 (0)7 82 19 45 03",
                "orsane-fo.com",
            ),
        ),
        User(
            "nathalie",
            "Nathalie Verbeke",
            "nathalie.verbeke@lysandre.be",
            "BE",
            (
                "Nathalie Verbeke",
                "Conseillère patrimoniale senior",
                "Lysandre Private Advisory SRL",
                "Avenue de Tervueren 143, 1150 Bruxelles",
                "T. +32 2 643 21 10 – GSM +32 476 28 91 04",
                "www.lysandre.be",
            ),
        ),
        User(
            "laurent",
            "Laurent Bärtschi",
            "l.baertschi@rhone-arve.ch",
            "CH",
            (
                "Laurent Bärtschi",
                "Gérant de fortune",
                "Rhône & Arve Gestion SA",
                "Quai du Mont-Blanc 19 – 1201 Genève",
                "Tél. +41 22 318 44 70 | Mob. +41 79 412 33 18",
            ),
        ),
        User(
            "genevieve",
            "Geneviève Tremblay-Roy",
            "gtremblayroy@caprouge.ca",
            "CA",
            (
                "Geneviève Tremblay-Roy, Pl. Fin.",
                "Planificatrice financière",
                "Cap-Rouge Conseil inc.",
                "2875, boul. Laurier, bureau 900, Québec (Québec) G1V 2M2",
                "418 555-0176, poste 204",
            ),
        ),
        User(
            "oliver",
            "Oliver Pennington",
            "oliver.pennington@ashgrovewealth.co.uk",
            "GB",
            (
                "Oliver Pennington",
                "Senior Wealth Planner",
                "Ashgrove Wealth Partners",
                "4th Floor, 22 Bevis Marks, London EC3A 7JB",
                "T: +44 (0)20 7946 0123 | M: +44 (0)7712 345678",
                "ashgrovewealth.co.uk",
                "Ashgrove Wealth Partners Ltd is authorised and regulated by the Financial Conduct Authority (FRN 612345).",
            ),
        ),
        User(
            "priya",
            "Priya Raman",
            "priya.raman@harcourtlane.com",
            "GB",
            (
                "Priya Raman",
                "Client Director",
                "Harcourt Lane Advisory",
                "9 Charlotte Square, Edinburgh EH2 4DR",
                "+44 131 496 0732 | +44 7825 413906",
            ),
        ),
        User(
            "daniel",
            "Daniel Okafor",
            "dokafor@keelcompass.com",
            "US",
            (
                "Daniel Okafor",
                "Director, Business Development",
                "Keel & Compass Advisors",
                "100 Federal Street, 22nd Floor, Boston, MA 02110",
                "o: (617) 555-0143 | c: (617) 555-0198",
            ),
        ),
        User(
            "meilin",
            "Tan Mei Lin",
            "meilin.tan@straitsmeridian.sg",
            "SG",
            (
                "Tan Mei Lin",
                "Relationship Manager, Private Clients",
                "Straits Meridian Family Office",
                "8 Marina View, #27-01 Asia Square Tower 1, Singapore 018960",
                "+65 6221 4587 | +65 9123 4578",
            ),
        ),
        User(
            "aoife",
            "Aoife Brennan",
            "abrennan@liffeybridge.ie",
            "IE",
            (
                "Aoife Brennan QFA",
                "Financial Adviser",
                "Liffey Bridge Financial",
                "Grand Canal House, 1 Grand Canal Street Upper, Dublin 4, D04 Y7R5",
                "+353 1 663 4820 / +353 87 214 5563",
            ),
        ),
        User(
            "jack",
            "Jack Whitford",
            "jack.whitford@southbankadvisory.com.au",
            "AU",
            (
                "Jack Whitford | Partner",
                "Southbank Advisory Group",
                "Level 9, 120 Collins Street, Melbourne VIC 3000",
                "+61 3 7010 4471 | 0491 570 112",
            ),
        ),
    ]
}

# --------------------------------------------------------------------------
# Dates in each client's words
# --------------------------------------------------------------------------

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_MONTHS_AB = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _dt(t):
    return datetime.datetime(*t)


def _hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def _h12(d, seconds=False):
    h = d.hour % 12 or 12
    s = f":{(d.minute * 7) % 60:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def fmt_date(style, t, lang, us=False):
    d = _dt(t)
    wd = d.weekday()
    if style == "outlook":
        if lang == "fr":
            return f"{FR_DAYS[wd]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {_hm(d)}"
        if us:
            return f"{EN_DAYS[wd]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {_h12(d)}"
        return f"{EN_DAYS[wd]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {_hm(d)}"
    if style == "outlook_mobile":
        sec = f"{(d.minute * 7) % 60:02d}"
        if lang == "fr":
            return f"{FR_DAYS[wd]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {_hm(d)}:{sec}"
        return f"{EN_DAYS[wd]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {_h12(d, seconds=True)}"
    if style == "gmail":
        if lang == "fr":
            return f"{FR_DAYS_AB[wd]} {d.day} {FR_MONTHS_AB[d.month - 1]} {d.year} à {_hm(d)}"
        if us:
            return f"{EN_DAYS[wd][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {_h12(d)}"
        return f"{EN_DAYS[wd][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {_hm(d)}"
    if style == "apple":
        if lang == "fr":
            return f"{d.day} {FR_MONTHS_AB[d.month - 1]} {d.year} à {_hm(d)}"
        if us:
            return f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {_h12(d)}"
        return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {_hm(d)}"
    if style == "numeric":
        if us:
            return f"{d.month}/{d.day}/{d.year % 100} {_h12(d)}"
        return f"{d.day:02d}/{d.month:02d}/{d.year} {_hm(d)}"
    raise ValueError(style)


# --------------------------------------------------------------------------
# Quoted history
# --------------------------------------------------------------------------


@dataclass
class Q:
    """One quoted message, rendered in the layout of `kind`.

    kind: outlook (underscore bar), outlook_plain (no bar), outlook_old
    (-----Message d'origine----- and [mailto:]), outlook_mobile (Outlook for
    iOS/Android: bar, seconds in the date), owa (Outlook on the web), gmail,
    apple (attribution inside the quote), iphone (attribution above the
    quote), thunderbird, samsung, orange (Orange webmail).
    """

    kind: str
    dt: tuple
    subj: str
    msg: str
    frm: str = "user"  # "user" (the mailbox user wrote it) or "sender"
    us: bool = False
    cc: tuple = ()
    sig: tuple | None = None  # the author's signature when frm == "sender"
    deeper: Q | None = None
    tz: str = "(GMT+01:00)"
    lang: str | None = None  # the quoted message's language when not the case's


def _who(q, sender, user):
    if q.frm == "user":
        return (user.name, user.address), sender
    return sender, (user.name, user.address)


def prefix(lines, style="space"):
    out = []
    for ln in lines:
        if style == "tb":
            out.append(">" + ln if ln.startswith(">") else ("> " + ln if ln else ">"))
        else:
            out.append("> " + ln if ln else ">")
    return out


def message_lines(q, sender, user, lang):
    body = textwrap.dedent(q.msg).strip("\n").split("\n")
    sig = list(user.sig) if q.frm == "user" else list(q.sig or ())
    lines = body + ([""] + sig if sig else [])
    if q.deeper is not None:
        lines += render(q.deeper, sender, user, lang)
    return lines


def header(kind, lang, frm, to, t, subj, cc=(), us=False, tz="(GMT+01:00)"):
    fn, fa = frm
    tn, ta = to
    ccs = "; ".join(f"{n} <{a}>" for n, a in cc)
    if kind in ("outlook", "outlook_plain", "owa", "outlook_mobile"):
        style = "outlook_mobile" if kind == "outlook_mobile" else "outlook"
        bar = [] if kind == "outlook_plain" else ["_" * 32]
        if lang == "fr":
            h = [f"De : {fn} <{fa}>", f"Envoyé : {fmt_date(style, t, lang, us)}", f"À : {tn} <{ta}>"]
            h += [f"Cc : {ccs}"] if cc else []
            h += [f"Objet : {subj}"]
        else:
            h = [f"From: {fn} <{fa}>", f"Sent: {fmt_date(style, t, lang, us)}", f"To: {tn} <{ta}>"]
            h += [f"Cc: {ccs}"] if cc else []
            h += [f"Subject: {subj}"]
        return ["", *bar, *h, ""]
    if kind == "outlook_old":
        if lang == "fr":
            h = ["-----Message d'origine-----", f"De : {fn} [mailto:{fa}]"]
            h += [f"Envoyé : {fmt_date('outlook', t, lang, us)}", f"À : {tn}"]
            h += [f"Cc : {'; '.join(n for n, _ in cc)}"] if cc else []
            h += [f"Objet : {subj}"]
        else:
            h = ["-----Original Message-----", f"From: {fn} [mailto:{fa}]"]
            h += [f"Sent: {fmt_date('outlook', t, lang, us)}", f"To: {tn}"]
            h += [f"Cc: {'; '.join(n for n, _ in cc)}"] if cc else []
            h += [f"Subject: {subj}"]
        return ["", *h, ""]
    if kind == "samsung":
        if lang == "fr":
            h = ["-------- Message d'origine --------", f"De : {fn} <{fa}>"]
            h += [f"Date : {fmt_date('numeric', t, lang)} {tz}", f"À : {tn} <{ta}>"]
            h += [f"Cc : {ccs}"] if cc else []
            h += [f"Objet : {subj}"]
        else:
            h = ["-------- Original message --------", f"From: {fn} <{fa}>"]
            h += [f"Date: {fmt_date('numeric', t, lang, us)} {tz}", f"To: {tn} <{ta}>"]
            h += [f"Cc: {ccs}"] if cc else []
            h += [f"Subject: {subj}"]
        return ["", "", *h, ""]
    raise ValueError(kind)


def render(q, sender, user, lang):
    lang = q.lang or lang
    frm, to = _who(q, sender, user)
    lines = message_lines(q, sender, user, lang)
    k = q.kind
    if k in ("outlook", "outlook_plain", "owa", "outlook_mobile", "outlook_old", "samsung"):
        return header(k, lang, frm, to, q.dt, q.subj, q.cc, q.us, q.tz) + lines
    fn, fa = frm
    if k == "gmail":
        if lang == "fr":
            att = f"Le {fmt_date('gmail', q.dt, lang)}, {fn} <{fa}> a écrit :"
        else:
            sep = " " if q.us else ", "
            att = f"On {fmt_date('gmail', q.dt, lang, q.us)}{sep}{fn} <{fa}> wrote:"
        return ["", att, "", *prefix(lines)]
    if k in ("apple", "iphone"):
        if lang == "fr":
            att = f"Le {fmt_date('apple', q.dt, lang)}, {fn} <{fa}> a écrit :"
        else:
            att = f"On {fmt_date('apple', q.dt, lang, q.us)}, {fn} <{fa}> wrote:"
        if k == "apple":
            return ["", *prefix([att, "", *lines])]
        return ["", att, "", *prefix(lines)]
    if k == "thunderbird":
        d = _dt(q.dt)
        if lang == "fr":
            att = f"Le {d.day:02d}/{d.month:02d}/{d.year} à {_hm(d)}, {fn} a écrit :"
        else:
            att = f"On {fmt_date('numeric', q.dt, lang, q.us)}, {fn} wrote:"
        return ["", att, *prefix(lines, "tb")]
    if k == "orange":
        d = _dt(q.dt)
        tn, ta = to
        h = [
            f"Message du {d.day:02d}/{d.month:02d}/{d.year % 100:02d} {_hm(d)}",
            f'De : "{fn}" <{fa}>',
            f"A : {ta}",
            "Copie à : ",
            f"Objet : {q.subj}",
            "",
        ]
        return ["", *prefix(h + lines)]
    raise ValueError(k)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []
ALLOWED_CLIENTS = {"outlook", "owa", "gmail", "applemail", "iphone", "android", "thunderbird", "other"}


def P(value, kind):
    return {"value": value, "type": kind}


def case(
    slug,
    lang,
    client,
    sender,
    user,
    text,
    quote,
    fields,
    sreg,
    hard=False,
    matcher_ignore=(),
):
    """sender: (name, address). user: key in USERS. text: the new text with § marks.
    quote: a Q, a list of lines (hand-built history), or None (the text holds the
    whole body, e.g. an inline reply). sreg: the sender's country, used only by
    the self-check to read national-format numbers. matcher_ignore: numbers the
    PhoneNumberMatcher finds in labelled lines that are not phones."""
    CASES.append(
        dict(
            slug=slug,
            lang=lang,
            client=client,
            sender=sender,
            user=USERS[user],
            text=text,
            quote=quote,
            fields=fields,
            sreg=sreg,
            hard=hard,
            matcher_ignore=tuple(matcher_ignore),
        )
    )


def usig(key, style=None):
    """The user's signature as lines, optionally quoted."""
    lines = list(USERS[key].sig)
    return prefix(lines) if style == "quote" else lines


def dd(s):
    return textwrap.dedent(s).strip("\n").split("\n")


# ==========================================================================
# French-speaking replies
# ==========================================================================

case(
    "notaire-scp-cedex",
    "fr",
    "outlook",
    ("Hélène Vasseur", "h.vasseur@vasseur-delaunay.notaires.fr"),
    "camille",
    """
    Bonjour Madame Desrosiers,

    Je vous confirme la bonne réception de l'attestation de votre cliente ainsi que du relevé de compte. Il nous manque encore l'acte de donation de 2011 : pourriez-vous nous en adresser une copie ?

    Le projet de déclaration de succession devrait partir pour signature d'ici la fin du mois.

    Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

    §Maître Hélène VASSEUR
    §Notaire associée
    §SCP VASSEUR & DELAUNAY
    §Notaires associés
    §2, place de la République – BP 45
    §72002 LE MANS CEDEX 1
    §Standard : 02 61 91 44 07 – Ligne directe : 02 61 91 44 12
    §Fax : 02 61 91 44 99
    §h.vasseur@vasseur-delaunay.notaires.fr
    [cid:image001.png@01DC4A1E.5E2B7F40]

    Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.
    """,
    Q(
        "outlook",
        (2025, 11, 4, 9, 12),
        "Succession Ferrand – pièces complémentaires",
        """
        Maître,

        Comme convenu, je vous transmets ci-joint l'attestation de l'assureur concernant le contrat d'assurance-vie de Mme Ferrand ainsi que son dernier relevé de compte titres.

        Bien cordialement,
        """,
    ),
    dict(
        name="Hélène VASSEUR",
        title="Notaire associée",
        company="SCP VASSEUR & DELAUNAY",
        email="h.vasseur@vasseur-delaunay.notaires.fr",
        address="2, place de la République, BP 45, 72002 LE MANS CEDEX 1",
        phones=[
            P("+33261914407", "landline"),
            P("+33261914412", "landline"),
            P("+33261914499", "fax"),
        ],
    ),
    "FR",
)

case(
    "avocat-associe",
    "fr",
    "gmail",
    ("Antoine Ravel", "a.ravel@ravel-duchene-avocats.fr"),
    "thomas",
    """
    Cher Thomas,

    Merci pour votre appel. Je regarde le projet de protocole ce soir et vous fais un retour demain matin, au plus tard avant la réunion de 11h.

    Pour la garantie d'actif et de passif, je propose qu'on en parle de vive voix : le plafond proposé par l'acquéreur me semble bas au regard du risque social.

    Bien à vous,

    §Antoine Ravel
    §Avocat à la Cour | Associé
    §RAVEL DUCHÊNE AVOCATS
    §8, avenue Hoche – 75008 Paris
    §T. +33 (0)1 99 00 31 62 | M. +33 (0)6 12 45 70 18
    §www.ravel-duchene-avocats.fr
    """,
    Q(
        "gmail",
        (2025, 11, 5, 18, 41),
        "Projet Cèdre – protocole de cession",
        """
        Bonjour Antoine,

        Je vous envoie la dernière version du protocole reçue du conseil de l'acquéreur. Les points ouverts sont surlignés (GAP, non-concurrence, earn-out).

        Pouvez-vous me dire si vous avez un moment demain avant 11h ?

        Merci,
        """,
    ),
    dict(
        name="Antoine Ravel",
        title="Avocat à la Cour | Associé",
        company="RAVEL DUCHÊNE AVOCATS",
        website="www.ravel-duchene-avocats.fr",
        address="8, avenue Hoche, 75008 Paris",
        phones=[P("+33199003162", "landline"), P("+33612457018", "mobile")],
    ),
    "FR",
)

case(
    "expert-comptable-firm-first",
    "fr",
    "outlook",
    ("Sylvie Lambert", "s.lambert@auditex-conseil.fr"),
    "camille",
    """
    Bonjour Camille,

    Vous trouverez ci-joint la liasse fiscale 2024 de la SCI Les Gonthières ainsi que le tableau des amortissements demandé.

    Concernant la question du démembrement des parts, je préfère que nous en parlions avec Monsieur Ferrand avant de vous répondre par écrit.

    Cordialement,

    §AUDITEX CONSEIL
    §Sylvie LAMBERT
    §Expert-comptable – Commissaire aux comptes
    §Parc Technologique de la Porte des Alpes
    §5, allée du Levant – CS 70321
    §69673 BRON CEDEX
    §Tél. 04.65.71.22.18 (poste 214)
    §s.lambert@auditex-conseil.fr
    """,
    Q(
        "outlook_plain",
        (2025, 11, 3, 14, 2),
        "SCI Les Gonthières – documents",
        """
        Bonjour Sylvie,

        Pourriez-vous m'adresser la liasse 2024 de la SCI Les Gonthières et le tableau des amortissements ? Nous préparons avec M. Ferrand une donation de parts en nue-propriété.

        Merci d'avance,
        """,
    ),
    dict(
        name="Sylvie LAMBERT",
        title="Expert-comptable – Commissaire aux comptes",
        company="AUDITEX CONSEIL",
        email="s.lambert@auditex-conseil.fr",
        address="Parc Technologique de la Porte des Alpes, 5, allée du Levant, CS 70321, 69673 BRON CEDEX",
        phones=[P("+33465712218", "landline")],
    ),
    "FR",
)

case(
    "cgp-prenom-iphone",
    "fr",
    "iphone",
    ("Marc Delaunay", "marc.delaunay@delaunay-patrimoine.fr"),
    "julien",
    """
    Ok pour jeudi 15h, je serai là avec le dossier Arnoux complet.

    §Marc

    Envoyé de mon iPhone
    """,
    Q(
        "iphone",
        (2025, 11, 6, 18, 40),
        "Dossier Arnoux",
        """
        Marc,

        Pouvons-nous nous voir jeudi 15h à nos bureaux pour le dossier Arnoux ? Merci de venir avec les relevés des trois contrats.

        Bien à vous,
        """,
    ),
    dict(name="Marc"),
    "FR",
)

case(
    "particulier-orange",
    "fr",
    "other",
    ("Jean-Pierre GAUTHIER", "jp.gauthier58@orange.fr"),
    "camille",
    """
    Bonjour Madame,

    Je n'ai pas trouvé l'avis d'imposition 2023, je pense l'avoir laissé chez ma fille à Villeurbanne. Je vous l'envoie dès que possible.

    Bonne journée

    §Jean-Pierre Gauthier
    §06 82 14 37 95
    """,
    Q(
        "orange",
        (2025, 11, 7, 10, 15),
        "Bilan patrimonial - pièces manquantes",
        """
        Bonjour Monsieur Gauthier,

        Pour finaliser votre bilan patrimonial, il me manque vos avis d'imposition 2023 et 2024. Pourriez-vous me les transmettre ?

        Bien cordialement,
        """,
    ),
    dict(name="Jean-Pierre Gauthier", phones=[P("+33682143795", "mobile")]),
    "FR",
)

case(
    "banque-privee-standard-ligne-directe",
    "fr",
    "outlook",
    ("FABRE Nicolas", "nicolas.fabre@saint-olive-privee.fr"),
    "camille",
    """
    Madame,

    Suite à notre échange téléphonique, je vous confirme que le rachat partiel sur le contrat Horizon Vie de M. et Mme Roche pourra intervenir sous 8 jours ouvrés à réception du bulletin signé.

    Je reste à votre disposition pour tout complément.

    Cordialement

    §Nicolas Fabre
    §Chargé d'affaires Gestion Privée
    §Banque Saint-Olive Privée
    §Groupe Caisse Régionale Dauphiné-Vivarais
    §Agence Banque Privée Lyon Foch
    §32, avenue Maréchal Foch – 69006 Lyon
    §Standard : 04 65 71 30 00
    §Ligne directe : 04 65 71 30 27
    §Portable : 07 82 44 19 60
    §nicolas.fabre@saint-olive-privee.fr

    Pensez à l'environnement avant d'imprimer ce message.
    Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. L'intégrité de ce message n'étant pas assurée sur Internet, la banque ne peut être tenue responsable de son contenu.
    """,
    Q(
        "outlook",
        (2025, 11, 10, 11, 30),
        "Rachat partiel – M. et Mme Roche",
        """
        Bonjour Monsieur Fabre,

        Suite à notre conversation de ce matin, pourriez-vous me confirmer par écrit le délai de versement pour le rachat partiel de 40 000 € sur le contrat Horizon Vie de M. et Mme Roche ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Nicolas Fabre",
        title="Chargé d'affaires Gestion Privée",
        company="Banque Saint-Olive Privée",
        email="nicolas.fabre@saint-olive-privee.fr",
        address="32, avenue Maréchal Foch, 69006 Lyon",
        phones=[
            P("+33465713000", "landline"),
            P("+33465713027", "landline"),
            P("+33782441960", "mobile"),
        ],
    ),
    "FR",
)

case(
    "assureur-footer-siege-colle",
    "fr",
    "owa",
    ("Guillaume Perrin", "guillaume.perrin@map-prevoyance.fr"),
    "thomas",
    """
    Bonjour Monsieur Lefebvre-Rio,

    Je vous remercie pour votre sollicitation. Nous pouvons effectivement étudier une garantie homme clé pour les deux dirigeants de la société cible ; il me faudrait les questionnaires de santé et les statuts à jour.

    Je vous propose un point téléphonique mardi prochain à 10h.

    Bien cordialement,

    §Guillaume Perrin
    §Inspecteur Principal – Prévoyance Entreprises
    §Mutuelle Atlantique Prévoyance
    §Direction Régionale Île-de-France
    §14 boulevard Haussmann, 75009 Paris
    §Tél. : 01 99 00 57 23 / Mob. : 06 71 92 34 18
    Mutuelle Atlantique Prévoyance – Société d'assurance mutuelle à cotisations variables régie par le Code des assurances – Siège social : 3 rue du Port, 44000 Nantes – 784 512 336 RCS Nantes
    """,
    Q(
        "outlook",
        (2025, 11, 12, 16, 5),
        "Garantie homme clé – opération Cèdre",
        """
        Bonjour,

        Dans le cadre d'une reprise d'entreprise que nous accompagnons, l'acquéreur souhaite mettre en place une assurance homme clé sur les deux dirigeants. Pourriez-vous nous indiquer les pièces nécessaires à l'étude ?

        Cordialement,
        """,
    ),
    dict(
        name="Guillaume Perrin",
        title="Inspecteur Principal – Prévoyance Entreprises",
        company="Mutuelle Atlantique Prévoyance",
        address="14 boulevard Haussmann, 75009 Paris",
        phones=[P("+33199005723", "landline"), P("+33671923418", "mobile")],
    ),
    "FR",
    hard=True,
)

case(
    "architecte-dash-dash",
    "fr",
    "thunderbird",
    ("Hugo Pernet", "hugo@atelier-pernet-salles.fr"),
    "julien",
    """
    Bonjour Julien,

    Je vous transmets l'APS modifié suite à la visite de vendredi (suppression de la véranda, reprise de la toiture côté cour). Le chiffrage de l'entreprise de gros œuvre devrait nous parvenir la semaine prochaine.

    À bientôt,

    -- 
    §Hugo Pernet, architecte DPLG
    §Atelier Pernet & Sallès
    §17 rue des Trois-Frères
    §75018 Paris
    §01 99 00 86 15 / 06 25 48 71 33
    §atelier-pernet-salles.fr
    """,
    Q(
        "thunderbird",
        (2025, 11, 10, 9, 3),
        "Hôtel particulier rue de Lille – APS",
        """
        Bonjour Hugo,

        Suite à la visite de vendredi, la famille souhaite renoncer à la véranda. Pourriez-vous nous adresser un APS mis à jour ?

        Bien à vous,
        """,
    ),
    dict(
        name="Hugo Pernet",
        title="architecte DPLG",
        company="Atelier Pernet & Sallès",
        website="atelier-pernet-salles.fr",
        address="17 rue des Trois-Frères, 75018 Paris",
        phones=[P("+33199008615", "landline"), P("+33625487133", "mobile")],
    ),
    "FR",
)

case(
    "assistante-pour-notaire-samsung",
    "fr",
    "android",
    ("Office notarial Laffont – Bourdeau", "accueil@laffont-bourdeau.notaires.fr"),
    "camille",
    """
    Bonjour Madame Desrosiers,

    Maître Laffont est en rendez-vous extérieur toute la journée. Il a bien pris connaissance de votre message et vous rappellera demain matin au 04 78 92 15 40.

    Cordialement,

    §Sandrine COLIN
    §Assistante de Maître Bertrand Laffont
    §Office notarial Laffont – Bourdeau
    §04 65 71 48 20

    Envoyé depuis mon smartphone Samsung Galaxy.
    """,
    Q(
        "samsung",
        (2025, 11, 13, 8, 47),
        "Donation Roche – rendez-vous",
        """
        Bonjour Maître,

        M. et Mme Roche souhaiteraient signer la donation avant la fin de l'année. Pourriez-vous me rappeler pour caler une date ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Sandrine COLIN",
        title="Assistante de Maître Bertrand Laffont",
        company="Office notarial Laffont – Bourdeau",
        phones=[P("+33465714820", "landline")],
    ),
    "FR",
    hard=True,
)

case(
    "notaire-namur-tva",
    "fr",
    "outlook",
    ("Pierre-Yves Dumont", "pierre-yves.dumont@belnot.be"),
    "nathalie",
    """
    Madame Verbeke,

    Je vous remercie pour votre courriel. Le projet d'acte de donation sera prêt pour relecture le 4 décembre ; je vous propose une signature le 12 décembre à 10h en l'étude.

    Les frais et droits d'enregistrement sont repris dans l'état ci-joint (donation mobilière, Région wallonne).

    Veuillez agréer, Madame, l'expression de mes sentiments distingués.

    §Pierre-Yves Dumont
    §Notaire
    §Rue de Fer 45
    §5000 Namur
    §Tél. : 081/22.45.67
    §GSM : 0475/12.34.56
    §pierre-yves.dumont@belnot.be
    §www.notaire-dumont.be
    TVA BE 0812.345.678 – Le notaire est tenu au secret professionnel.
    """,
    Q(
        "outlook",
        (2025, 11, 20, 15, 22),
        "Donation Lambotte – projet d'acte",
        """
        Maître,

        Nos clients M. et Mme Lambotte confirment leur souhait de procéder à la donation mobilière dont nous avons parlé. Pourriez-vous nous faire parvenir un projet d'acte et une estimation des frais ?

        Bien à vous,
        """,
    ),
    dict(
        name="Pierre-Yves Dumont",
        title="Notaire",
        email="pierre-yves.dumont@belnot.be",
        website="www.notaire-dumont.be",
        address="Rue de Fer 45, 5000 Namur",
        phones=[P("+3281224567", "landline"), P("+32475123456", "mobile")],
    ),
    "BE",
)

case(
    "banquiere-geneve-bloc-anglais",
    "fr",
    "gmail",
    ("Stéphanie Roux-Aebi", "stephanie.roux-aebi@laroche-cie.ch"),
    "laurent",
    """
    Cher Laurent,

    Comme discuté, je t'envoie les conditions pour le crédit lombard de ton client : taux SARON + 1,15 %, avance à 60 % sur les obligations et 50 % sur les actions.

    On en reparle jeudi ?

    Meilleures salutations,

    §Stéphanie Roux-Aebi
    §Senior Relationship Manager
    §Private Banking
    §Banque Privée Laroche & Cie SA
    §Rue du Rhône 62 | Case postale 3120 | 1211 Genève 3
    §T +41 22 819 47 30 | M +41 78 622 14 90
    §stephanie.roux-aebi@laroche-cie.ch
    """,
    Q(
        "gmail",
        (2025, 11, 18, 17, 55),
        "Lombard – client K.",
        """
        Chère Stéphanie,

        Mon client souhaiterait un crédit lombard d'environ CHF 2 mio pour une acquisition immobilière. Pourrais-tu me faire une proposition de conditions ?

        Bien à toi,
        """,
    ),
    dict(
        name="Stéphanie Roux-Aebi",
        title="Senior Relationship Manager",
        company="Banque Privée Laroche & Cie SA",
        email="stephanie.roux-aebi@laroche-cie.ch",
        address="Rue du Rhône 62, Case postale 3120, 1211 Genève 3",
        phones=[P("+41228194730", "landline"), P("+41786221490", "mobile")],
    ),
    "CH",
)

case(
    "fiduciaire-luxembourg",
    "fr",
    "outlook",
    ("Marc Weber", "m.weber@fiduciaire-kirchberg.lu"),
    "nathalie",
    """
    Bonjour Madame Verbeke,

    Veuillez trouver en annexe les comptes annuels approuvés de la SOPARFI ainsi que le procès-verbal de l'assemblée générale ordinaire.

    Pour la domiciliation, le contrat actuel court jusqu'au 31 décembre ; nous vous adresserons l'avenant d'ici là.

    Avec nos meilleures salutations,

    §Marc Weber
    §Directeur adjoint
    §Fiduciaire Kirchberg S.à r.l.
    §2, rue de l'Eau
    §L-1449 Luxembourg
    §Tél. (+352) 26 48 12 30
    §Fax (+352) 26 48 12 31
    §www.fiduciaire-kirchberg.lu
    """,
    Q(
        "outlook",
        (2025, 11, 21, 9, 40),
        "SOPARFI Lambotte Invest – comptes 2024",
        """
        Bonjour Monsieur Weber,

        Pourriez-vous nous transmettre les comptes annuels 2024 approuvés de Lambotte Invest S.A. ainsi que le PV de l'AGO ?

        Merci d'avance et bonne journée,
        """,
    ),
    dict(
        name="Marc Weber",
        title="Directeur adjoint",
        company="Fiduciaire Kirchberg S.à r.l.",
        website="www.fiduciaire-kirchberg.lu",
        address="2, rue de l'Eau, L-1449 Luxembourg",
        phones=[P("+35226481230", "landline"), P("+35226481231", "fax")],
    ),
    "LU",
)

case(
    "notaire-montreal-poste",
    "fr",
    "gmail",
    ("Karine Bouchard", "kbouchard@bouchardlevesque.ca"),
    "genevieve",
    """
    Bonjour Geneviève,

    J'ai bien reçu le testament de M. Bélanger et la procuration. Je prépare la déclaration de transmission et je vous reviens d'ici vendredi avec la liste des documents à obtenir auprès des institutions financières.

    Bonne fin de journée,

    §Me Karine Bouchard, notaire
    §Bouchard Lévesque Notaires inc.
    §1250, boul. René-Lévesque Ouest, bureau 2200
    §Montréal (Québec) H3B 4W8
    §Tél. : 514 555-0142, poste 2231
    §Téléc. : 514 555-0199
    §kbouchard@bouchardlevesque.ca
    """,
    Q(
        "gmail",
        (2025, 11, 24, 13, 15),
        "Succession Bélanger",
        """
        Bonjour Me Bouchard,

        Tel que discuté, vous trouverez ci-joint le testament notarié de M. Bélanger ainsi que la procuration signée par sa fille, liquidatrice.

        Au plaisir,
        """,
    ),
    dict(
        name="Karine Bouchard",
        title="notaire",
        company="Bouchard Lévesque Notaires inc.",
        email="kbouchard@bouchardlevesque.ca",
        address="1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8",
        phones=[P("+15145550142", "landline"), P("+15145550199", "fax")],
    ),
    "CA",
)

case(
    "family-office-monaco",
    "fr",
    "outlook",
    ("Alessandra Ferrero-Bianchi", "a.ferrero@azurheritage.mc"),
    "julien",
    """
    Cher Julien,

    Merci pour la note sur la holding luxembourgeoise. Nos clients souhaitent en discuter avec vous lors de leur passage à Paris la semaine du 15 décembre.

    Pourriez-vous nous proposer deux créneaux ?

    Bien amicalement,

    §Alessandra Ferrero-Bianchi
    §Directrice
    §Azur Héritage Family Office S.A.M.
    §Le Victoria – 13, boulevard Princesse Charlotte
    §MC 98000 MONACO
    §T. +377 97 97 41 20
    §M. +33 6 78 44 12 90
    §a.ferrero@azurheritage.mc
    """,
    Q(
        "outlook",
        (2025, 11, 25, 19, 2),
        "Note – structuration holding",
        """
        Chère Alessandra,

        Vous trouverez ci-joint notre note sur la structuration de la holding (options Luxembourg et France). Je reste à votre disposition pour en parler.

        Bien à vous,
        """,
    ),
    dict(
        name="Alessandra Ferrero-Bianchi",
        title="Directrice",
        company="Azur Héritage Family Office S.A.M.",
        email="a.ferrero@azurheritage.mc",
        address="Le Victoria, 13, boulevard Princesse Charlotte, MC 98000 MONACO",
        phones=[P("+37797974120", "landline"), P("+33678441290", "mobile")],
    ),
    "MC",
)

case(
    "daf-casablanca",
    "fr",
    "gmail",
    ("Youssef El Amrani", "y.elamrani@atlas-emballages.ma"),
    "thomas",
    """
    Bonjour Thomas,

    Bien reçu la lettre d'intention. Notre conseil d'administration se réunit le 9 décembre ; je reviens vers vous juste après pour la suite du processus.

    D'ici là, la data room reste accessible à votre équipe.

    Cordialement,

    §Youssef El Amrani
    §Directeur Administratif et Financier
    §Atlas Emballages SA
    §Km 7, Route de Rabat, Aïn Sebaâ
    §20250 Casablanca – Maroc
    §Tél. : +212 5 22 47 81 30
    §GSM : +212 6 61 24 58 73
    """,
    Q(
        "gmail",
        (2025, 11, 27, 11, 8),
        "LOI – Atlas Emballages",
        """
        Bonjour Youssef,

        Vous trouverez ci-joint la lettre d'intention non engageante de notre client. Nous restons à votre disposition pour un appel avec votre conseil.

        Bien cordialement,
        """,
    ),
    dict(
        name="Youssef El Amrani",
        title="Directeur Administratif et Financier",
        company="Atlas Emballages SA",
        address="Km 7, Route de Rabat, Aïn Sebaâ, 20250 Casablanca, Maroc",
        phones=[P("+212522478130", "landline"), P("+212661245873", "mobile")],
    ),
    "MA",
)

case(
    "avocate-tunis",
    "fr",
    "outlook",
    ("Leïla Ben Salah", "l.bensalah@bensalah-avocats.tn"),
    "thomas",
    """
    Cher Monsieur,

    Je fais suite à notre entretien. L'autorisation préalable de la Commission supérieure de l'investissement n'est pas requise pour cette opération, la participation étrangère restant inférieure au seuil.

    Je vous adresserai une note détaillée d'ici lundi.

    Bien cordialement,

    §Maître Leïla Ben Salah
    §Avocate à la Cour de cassation
    §Cabinet Ben Salah & Associés
    §Immeuble Les Berges du Lac, Bloc B, 3e étage
    §Rue du Lac Tanganyika, 1053 Tunis
    §Tél. : (+216) 71 842 115 – Fax : (+216) 71 842 116
    §Mobile : (+216) 98 412 337
    """,
    Q(
        "outlook",
        (2025, 11, 26, 10, 20),
        "Prise de participation – Tunisie",
        """
        Maître,

        Notre client envisage une prise de participation minoritaire dans une société industrielle à Sfax. Pourriez-vous nous confirmer si une autorisation préalable est nécessaire ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Leïla Ben Salah",
        title="Avocate à la Cour de cassation",
        company="Cabinet Ben Salah & Associés",
        address="Immeuble Les Berges du Lac, Bloc B, 3e étage, Rue du Lac Tanganyika, 1053 Tunis",
        phones=[
            P("+21671842115", "landline"),
            P("+21671842116", "fax"),
            P("+21698412337", "mobile"),
        ],
    ),
    "TN",
)

case(
    "assureur-dakar-bp",
    "fr",
    "gmail",
    ("Abdoulaye Ndiaye", "a.ndiaye@sahel-assurances.sn"),
    "thomas",
    """
    Bonjour Monsieur Lefebvre-Rio,

    Merci pour votre message. Je serai à Paris du 8 au 11 décembre et pourrai passer à votre cabinet le mercredi 10 en fin de matinée pour échanger sur le projet de rapprochement.

    Bien à vous,

    §Abdoulaye Ndiaye
    §Directeur Général Adjoint
    §Sahel Assurances Vie SA
    §Immeuble Kébé, 3e étage – Avenue Léopold Sédar Senghor
    §BP 11 482 Dakar – Sénégal
    §Tél. : +221 33 821 45 70 | Mobile : +221 77 412 33 80
    """,
    Q(
        "gmail",
        (2025, 11, 28, 8, 30),
        "Projet de rapprochement",
        """
        Monsieur le Directeur Général Adjoint,

        Suite à l'intérêt exprimé par votre conseil d'administration, je vous propose une première rencontre à Paris pour présenter les contours de l'opération.

        Bien cordialement,
        """,
    ),
    dict(
        name="Abdoulaye Ndiaye",
        title="Directeur Général Adjoint",
        company="Sahel Assurances Vie SA",
        address="Immeuble Kébé, 3e étage, Avenue Léopold Sédar Senghor, BP 11 482 Dakar, Sénégal",
        phones=[P("+221338214570", "landline"), P("+221774123380", "mobile")],
    ),
    "SN",
)

case(
    "cgp-la-reunion-sans-libelles",
    "fr",
    "iphone",
    ("Ludovic Payet", "ludovic@payet-patrimoine.re"),
    "camille",
    """
    Bonjour Camille,

    Oui je confirme pour le webinaire partenaires du 28. Je serai connecté depuis La Réunion, donc attention au décalage (+3h chez nous en cette saison).

    Bonne journée

    §Ludovic Payet
    §Conseil en gestion de patrimoine
    §Payet Patrimoine Océan Indien
    §12 rue de Paris, 97400 Saint-Denis
    §0262 41 22 87 – 0692 64 18 30

    Envoyé de mon iPhone
    """,
    Q(
        "iphone",
        (2025, 11, 17, 9, 5),
        "Webinaire partenaires – 28 novembre",
        """
        Bonjour à tous,

        Nous organisons un webinaire partenaires le 28 novembre à 11h (heure de Paris) sur la réforme du PER. Merci de me confirmer votre participation.

        Bien cordialement,
        """,
    ),
    dict(
        name="Ludovic Payet",
        title="Conseil en gestion de patrimoine",
        company="Payet Patrimoine Océan Indien",
        address="12 rue de Paris, 97400 Saint-Denis",
        phones=[P("+262262412287", "landline"), P("+262692641830", "mobile")],
    ),
    "RE",
    hard=True,
)

case(
    "expert-comptable-martinique",
    "fr",
    "outlook",
    ("Rose-Marie Joseph-Angélique", "rm.joseph-angelique@cabinet-ja.mq"),
    "camille",
    """
    Bonjour Madame,

    Je vous confirme que la SCI a bien opté pour l'impôt sur les sociétés en 2019 ; la copie de l'option est jointe. Le bilan 2024 suivra dès son approbation.

    Bien cordialement,

    §Cabinet Joseph-Angélique
    §Expertise comptable – Audit
    §Rose-Marie Joseph-Angélique
    §Expert-comptable associée
    §Immeuble Les Palmiers, 25 rue Victor Hugo
    §97200 Fort-de-France
    §Tél. 0596 71 40 22 – Port. 0696 28 15 70
    """,
    Q(
        "outlook",
        (2025, 11, 19, 15, 45),
        "SCI Caraïbes Horizons – régime fiscal",
        """
        Bonjour Madame Joseph-Angélique,

        Pour l'audit patrimonial de nos clients, pourriez-vous nous confirmer le régime fiscal de la SCI Caraïbes Horizons (IR ou IS) et nous adresser le dernier bilan ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Rose-Marie Joseph-Angélique",
        title="Expert-comptable associée",
        company="Cabinet Joseph-Angélique",
        address="Immeuble Les Palmiers, 25 rue Victor Hugo, 97200 Fort-de-France",
        phones=[P("+596596714022", "landline"), P("+596696281570", "mobile")],
    ),
    "MQ",
    hard=True,
)

case(
    "medecin-doctolib",
    "fr",
    "gmail",
    ("Dr Claire Ménard", "dr.menard.brotteaux@gmail.com"),
    "camille",
    """
    Madame,

    Je vous confirme avoir transmis sous pli confidentiel le questionnaire médical complété au médecin-conseil de l'assureur, comme il se doit. Je ne peux pas vous en communiquer le contenu.

    Bien cordialement,

    §Dr Claire Ménard
    §Médecin généraliste
    §Cabinet médical des Brotteaux
    §48 boulevard des Brotteaux, 69006 Lyon
    §Secrétariat : 04 65 71 55 02

    Prise de rendez-vous en ligne : www.doctolib.fr
    """,
    Q(
        "gmail",
        (2025, 11, 14, 12, 0),
        "Questionnaire médical – contrat de prévoyance",
        """
        Docteur,

        Votre patient M. Roche nous indique que vous avez accepté de compléter le questionnaire médical demandé par l'assureur. Pourriez-vous nous confirmer son envoi au médecin-conseil ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Claire Ménard",
        title="Médecin généraliste",
        company="Cabinet médical des Brotteaux",
        address="48 boulevard des Brotteaux, 69006 Lyon",
        phones=[P("+33465715502", "landline")],
    ),
    "FR",
)

case(
    "pharmacienne-telephone-dans-le-texte",
    "fr",
    "outlook",
    ("Laure Fontaine", "pharmacie.tilleuls@orange.fr"),
    "thomas",
    """
    Bonjour Monsieur Lefebvre-Rio,

    Je vous joins les trois derniers bilans de l'officine et le bail commercial. Mon expert-comptable, M. Delorme (cabinet Delorme Audit), peut vous transmettre le prévisionnel si besoin : 03 53 01 77 20 ou delorme@delorme-audit.fr.

    Je suis disponible le jeudi après 19h pour un échange.

    Cordialement,

    §Laure Fontaine
    §Pharmacien titulaire
    §Pharmacie des Tilleuls
    §3 place du Marché – 59800 Lille
    §Tél. 03 53 01 42 66 – Fax 03 53 01 42 67
    §www.pharmacie-des-tilleuls-lille.fr
    """,
    Q(
        "outlook",
        (2025, 11, 17, 18, 12),
        "Cession de l'officine – documents",
        """
        Madame Fontaine,

        Pour préparer le mémorandum de cession, pourriez-vous nous transmettre les trois derniers bilans, le bail commercial et, si possible, un prévisionnel ?

        Bien à vous,
        """,
    ),
    dict(
        name="Laure Fontaine",
        title="Pharmacien titulaire",
        company="Pharmacie des Tilleuls",
        website="www.pharmacie-des-tilleuls-lille.fr",
        address="3 place du Marché, 59800 Lille",
        phones=[P("+33353014266", "landline"), P("+33353014267", "fax")],
    ),
    "FR",
    hard=True,
)

case(
    "agent-immobilier-rsac",
    "fr",
    "gmail",
    ("Romain Chevalier", "romain.chevalier@maisons-demeures-ouest.fr"),
    "julien",
    """
    Bonjour Monsieur Marchetti,

    Suite à votre demande, je vous confirme que le propriétaire du manoir de Vertou accepte une visite le samedi 6 décembre à 14h30. Le diagnostic de performance énergétique et le dossier technique sont en pièce jointe.

    Au plaisir de vous rencontrer,

    §Romain Chevalier
    §Conseiller en immobilier de prestige
    §Maisons & Demeures de l'Ouest
    §Port. 06 71 03 58 24
    §romain.chevalier@maisons-demeures-ouest.fr
    Agent commercial indépendant immatriculé au RSAC de Nantes sous le n° 852 114 907
    """,
    Q(
        "gmail",
        (2025, 11, 24, 10, 10),
        "Manoir de Vertou – visite",
        """
        Bonjour,

        Un de nos clients est intéressé par le manoir de Vertou présenté sur votre site. Serait-il possible d'organiser une visite début décembre ?

        Cordialement,
        """,
    ),
    dict(
        name="Romain Chevalier",
        title="Conseiller en immobilier de prestige",
        company="Maisons & Demeures de l'Ouest",
        email="romain.chevalier@maisons-demeures-ouest.fr",
        phones=[P("+33671035824", "mobile")],
    ),
    "FR",
)

case(
    "drh-departement-points",
    "fr",
    "outlook",
    ("Émilie Rousseau", "emilie.rousseau@herault-industries.com"),
    "thomas",
    """
    Bonjour Thomas,

    Merci pour la présentation de mardi. Le comité de direction a validé le principe d'un accompagnement des cadres dirigeants sur leur épargne salariale et leur retraite ; je vous propose de caler un premier atelier en janvier.

    Pourriez-vous m'envoyer une proposition tarifaire ?

    Bien cordialement,

    §Émilie Rousseau
    §Responsable Ressources Humaines
    §Direction des Ressources Humaines
    §Groupe Hérault Industries
    §Zone industrielle de la Lauze – 34430 Saint-Jean-de-Védas
    §Tél. : 04.65.71.63.40 – Mobile : 07.82.51.26.44
    """,
    Q(
        "outlook",
        (2025, 11, 19, 7, 58),
        "Présentation – accompagnement des dirigeants",
        """
        Bonjour Émilie,

        Merci encore pour votre accueil. Vous trouverez ci-joint le support présenté mardi au comité de direction.

        Bonne journée,
        """,
    ),
    dict(
        name="Émilie Rousseau",
        title="Responsable Ressources Humaines",
        company="Groupe Hérault Industries",
        address="Zone industrielle de la Lauze, 34430 Saint-Jean-de-Védas",
        phones=[P("+33465716340", "landline"), P("+33782512644", "mobile")],
    ),
    "FR",
)

case(
    "acheteuse-groupe-filiale",
    "fr",
    "owa",
    ("MEUNIER Charlotte", "charlotte.meunier@velmont-energies.com"),
    "thomas",
    """
    Bonjour,

    Merci pour votre proposition. Pour être référencé, votre cabinet doit compléter le questionnaire fournisseur sur notre plateforme avant le 15 décembre. Sans ce référencement, aucune commande ne pourra être émise.

    https://achats.velmont-group.com/referencement

    Cordialement,

    §Charlotte Meunier
    §Acheteuse Prestations Intellectuelles
    §Direction des Achats Groupe
    §VELMONT ENERGIES
    §Filiale du groupe VELMONT
    §Tour Alto – 4 place des Saisons
    §92400 Courbevoie
    §+33 1 99 00 73 45

    🌿 Merci de n'imprimer ce courriel que si nécessaire.
    """,
    Q(
        "outlook",
        (2025, 11, 21, 17, 30),
        "Proposition d'accompagnement – cession de la branche maintenance",
        """
        Madame,

        Comme convenu avec M. Garnier, vous trouverez ci-joint notre proposition d'accompagnement pour la cession de la branche maintenance.

        Je reste à votre disposition,
        """,
    ),
    dict(
        name="Charlotte Meunier",
        title="Acheteuse Prestations Intellectuelles",
        company="VELMONT ENERGIES",
        address="Tour Alto, 4 place des Saisons, 92400 Courbevoie",
        phones=[P("+33199007345", "landline")],
    ),
    "FR",
)

case(
    "president-une-ligne-pipes",
    "fr",
    "gmail",
    ("Bertrand Koenig", "bertrand@novaterm.fr"),
    "thomas",
    """
    Thomas, ok pour le NDA version 3. Je signe via Docusign ce soir.

    §Bertrand

    §Bertrand Koenig | Président | Novaterm SAS | +33 6 82 47 19 33 | novaterm.fr
    """,
    Q(
        "gmail",
        (2025, 11, 25, 14, 3),
        "NDA – version 3",
        """
        Bertrand,

        Voici la version 3 du NDA, avec les remarques de votre avocat intégrées. Si cela vous convient, je lance la signature électronique.

        Bien à vous,
        """,
    ),
    dict(
        name="Bertrand Koenig",
        title="Président",
        company="Novaterm SAS",
        website="novaterm.fr",
        phones=[P("+33682471933", "mobile")],
    ),
    "FR",
)

case(
    "service-successions-sans-personne",
    "fr",
    "outlook",
    ("Office notarial des Quais – Successions", "successions@notaires-des-quais.fr"),
    "camille",
    """
    Madame,

    Nous accusons réception de votre courrier électronique ainsi que des pièces jointes. Votre demande a été transmise au collaborateur en charge du dossier Ferrand, qui reviendra vers vous dans les meilleurs délais.

    Cordialement,

    §Le Service Successions
    §Office notarial des Quais
    §7 quai des Chartrons, 33000 Bordeaux
    §Tél. 05 36 49 10 52
    §successions@notaires-des-quais.fr
    """,
    Q(
        "outlook",
        (2025, 11, 26, 16, 48),
        "Succession Ferrand – biens en Gironde",
        """
        Madame, Monsieur,

        Dans le cadre de la succession de Mme Ferrand, nous vous adressons les relevés des contrats de capitalisation détenus par la défunte.

        Bien cordialement,
        """,
    ),
    dict(
        company="Office notarial des Quais",
        email="successions@notaires-des-quais.fr",
        address="7 quai des Chartrons, 33000 Bordeaux",
        phones=[P("+33536491052", "landline")],
    ),
    "FR",
)

case(
    "sans-signature",
    "fr",
    "outlook",
    ("Vincent Arnaud", "v.arnaud@arnaud-freres.fr"),
    "thomas",
    """
    Bien reçu, merci. Je regarde et je reviens vers vous lundi.
    """,
    Q(
        "outlook",
        (2025, 11, 28, 17, 20),
        "Valorisation – première fourchette",
        """
        Vincent,

        Comme promis, voici notre première fourchette de valorisation, avec les hypothèses retenues. Nous pouvons en parler quand vous voulez.

        Bien à vous,
        """,
    ),
    {},
    "FR",
)

case(
    "iphone-seul",
    "fr",
    "iphone",
    ("Martine Roche", "martine.roche42@free.fr"),
    "camille",
    """
    Parfait, merci beaucoup ! À jeudi.

    Envoyé de mon iPhone
    """,
    Q(
        "apple",
        (2025, 12, 1, 9, 30),
        "Rendez-vous de jeudi",
        """
        Bonjour Madame Roche,

        Je vous confirme notre rendez-vous de jeudi 4 décembre à 14h à nos bureaux, quai Jules Courmont.

        Bien cordialement,
        """,
    ),
    {},
    "FR",
)

_GARNIER = ("Isabelle Garnier", "i.garnier@delcourt-industrie.fr")
_AUBRY = ("Bénédicte Aubry", "b.aubry@aubry-avocats.fr")
_DELCOURT = ("Jean-Marc Delcourt", "jm.delcourt@delcourt-industrie.fr")
_THOMAS = (USERS["thomas"].name, USERS["thomas"].address)

case(
    "transfert-note-et-avocate",
    "fr",
    "outlook",
    _GARNIER,
    "thomas",
    """
    Bonjour Thomas,

    Je vous transfère ci-dessous la réponse de Me Aubry concernant la clause de non-concurrence, à la demande de M. Delcourt qui est en déplacement jusqu'à jeudi.

    Bonne réception,

    §Isabelle Garnier
    §Assistante de Direction
    §Delcourt Industrie
    §03 53 01 88 10
    """,
    header(
        "outlook",
        "fr",
        _AUBRY,
        _GARNIER,
        (2025, 12, 1, 17, 46),
        "RE: TR: Cession – clause de non-concurrence",
        cc=(_DELCOURT,),
    )
    + dd(
        """
        Madame,

        La clause telle que rédigée par le conseil de l'acquéreur (cinq ans, territoire national, toutes activités) me paraît excessive et juridiquement fragile. Je recommande de la limiter à trois ans et aux seules activités effectivement exercées par la société.

        Je reste à la disposition de M. Delcourt pour en parler.

        Bien à vous,

        Bénédicte Aubry
        Avocat associé
        AUBRY AVOCATS
        41 rue Nationale, 59000 Lille
        Tél. : 03 53 01 64 90 – Fax : 03 53 01 64 91
        www.aubry-avocats.fr
        """
    )
    + header(
        "outlook",
        "fr",
        _GARNIER,
        _AUBRY,
        (2025, 12, 1, 10, 2),
        "TR: Cession – clause de non-concurrence",
        cc=(_DELCOURT,),
    )
    + dd(
        """
        Maître,

        À la demande de M. Delcourt, je vous transfère le message de M. Lefebvre-Rio ci-dessous.

        Cordialement,

        Isabelle Garnier
        Assistante de Direction
        Delcourt Industrie
        03 53 01 88 10
        """
    )
    + header(
        "outlook",
        "fr",
        _THOMAS,
        _DELCOURT,
        (2025, 11, 28, 18, 30),
        "Cession – clause de non-concurrence",
    )
    + dd(
        """
        Monsieur Delcourt,

        L'acquéreur a ajouté dans la dernière version du protocole une clause de non-concurrence très large. Je vous suggère de la faire revoir par votre avocate avant notre réunion.

        Bien à vous,
        """
    )
    + [""]
    + usig("thomas"),
    dict(
        name="Isabelle Garnier",
        title="Assistante de Direction",
        company="Delcourt Industrie",
        phones=[P("+33353018810", "landline")],
    ),
    "FR",
    hard=True,
)

case(
    "reponse-dans-le-texte",
    "fr",
    "gmail",
    ("Patrick Simon", "p.simon@simon-lacroix.fr"),
    "camille",
    dd(
        """
        Bonjour Camille,

        Réponses dans le texte ci-dessous.

        Le mar. 2 déc. 2025 à 10:05, Camille Desrosiers <c.desrosiers@valmorel-patrimoine.fr> a écrit :
        > Bonjour Patrick,
        >
        > Quelques questions pour le dossier de M. et Mme Roche :
        >
        > 1. Le déficit foncier 2024 a-t-il été imputé en totalité sur le revenu global ?

        Non : 10 700 € sur le revenu global, le solde (6 240 €) est reportable sur les revenus fonciers des dix années suivantes.

        > 2. Avez-vous reçu l'IFU 2024 de la banque ?

        Pas encore, je relance Mme Roche cette semaine.

        > 3. Pouvez-vous me confirmer le montant des revenus de la SCI ?

        18 400 € de loyers et 4 950 € de charges déductibles. Le détail est dans la 2072 jointe.

        Cordialement,

        §Patrick Simon
        §Cabinet Simon & Lacroix – Expertise comptable
        §04 65 71 77 31

        >
        > Merci d'avance,
        >
        """
    )
    + usig("camille", "quote"),
    None,
    dict(
        name="Patrick Simon",
        company="Cabinet Simon & Lacroix",
        phones=[P("+33465717731", "landline")],
    ),
    "FR",
    hard=True,
)

case(
    "ps-puis-signature",
    "fr",
    "gmail",
    ("Olivier Tessier", "olivier.tessier@tessier-mp.fr"),
    "julien",
    """
    Bonjour Julien,

    Merci pour la synthèse, très claire. Nous validons l'option 2 (apport-cession avec réinvestissement dans le fonds de capital-développement).

    À très vite,

    P.S. : je serai à Lyon du 3 au 5 décembre, si vous y êtes aussi nous pourrions déjeuner.

    §Olivier Tessier
    §Président – Tessier Mécanique de Précision
    §06 25 48 19 02
    """,
    Q(
        "gmail",
        (2025, 11, 27, 8, 15),
        "Synthèse – options de réinvestissement",
        """
        Bonjour Olivier,

        Vous trouverez ci-joint la synthèse des trois options de réinvestissement dont nous avons parlé, avec leurs conséquences fiscales.

        Bien à vous,
        """,
    ),
    dict(
        name="Olivier Tessier",
        title="Président",
        company="Tessier Mécanique de Précision",
        phones=[P("+33625481902", "mobile")],
    ),
    "FR",
)

case(
    "titre-au-dessus-du-nom",
    "fr",
    "outlook",
    ("Élodie Brisson", "elodie.brisson@credit-rhodanien.fr"),
    "camille",
    """
    Madame Desrosiers,

    Je vous confirme l'accord de principe pour le prêt relais de vos clients, sous réserve de l'estimation de leur bien actuel par un second agent immobilier.

    Nous restons à votre disposition.

    Cordialement,

    §La Directrice d'agence
    §Élodie Brisson
    §Crédit Rhodanien
    §Agence Lyon Saxe
    §117 avenue Maréchal de Saxe, 69003 Lyon
    §Tél. : 04 65 71 84 00
    """,
    Q(
        "outlook",
        (2025, 11, 26, 11, 0),
        "Prêt relais – M. et Mme Berthier",
        """
        Madame Brisson,

        Nos clients M. et Mme Berthier souhaitent acquérir une maison à Caluire avant la vente de leur appartement. Pourriez-vous étudier un prêt relais ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Élodie Brisson",
        title="La Directrice d'agence",
        company="Crédit Rhodanien",
        address="117 avenue Maréchal de Saxe, 69003 Lyon",
        phones=[P("+33465718400", "landline")],
    ),
    "FR",
)

case(
    "signature-facon-vcard",
    "fr",
    "thunderbird",
    ("Karine Dubois", "karine.dubois@dubois-renaud.fr"),
    "camille",
    """
    Bonjour,

    Voici les statuts à jour de la SCI ainsi que le dernier procès-verbal d'assemblée. Mon frère vous enverra de son côté le tableau des emprunts.

    Cordialement

    §Nom : Karine Dubois
    §Fonction : Gérante
    §Société : SCI Patrimoine Dubois-Renaud
    §Adresse : 8 impasse des Lilas, 44300 Nantes
    §Tél. : 02 61 91 70 35
    §Courriel : karine.dubois@dubois-renaud.fr
    """,
    Q(
        "thunderbird",
        (2025, 11, 20, 14, 25),
        "SCI Patrimoine Dubois-Renaud",
        """
        Madame Dubois,

        Pour l'étude de la transmission de la SCI, pourriez-vous nous adresser les statuts à jour et le dernier procès-verbal d'assemblée ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Karine Dubois",
        title="Gérante",
        company="SCI Patrimoine Dubois-Renaud",
        email="karine.dubois@dubois-renaud.fr",
        address="8 impasse des Lilas, 44300 Nantes",
        phones=[P("+33261917035", "landline")],
    ),
    "FR",
)

case(
    "prefixe-00-33",
    "fr",
    "outlook",
    ("Olivier Garnier", "o.garnier@velours-savoie.com"),
    "thomas",
    """
    Bonjour Monsieur Lefebvre-Rio,

    Nous avons bien reçu votre mandat. Le conseil de surveillance l'a approuvé hier soir ; vous pouvez donc démarrer les approches auprès des acquéreurs industriels de la liste A.

    Je suis à Milan jusqu'à mercredi, joignable sur mon portable.

    Salutations,

    §Olivier Garnier – Directeur financier
    §Velours de Savoie SA
    §ZA des Marais, 73200 Albertville
    §Tél. : 00 33 (0)4 65 71 90 12 – Mobile : 00 33 (0)6 71 28 90 45
    """,
    Q(
        "outlook",
        (2025, 11, 18, 9, 50),
        "Mandat de cession – Velours de Savoie",
        """
        Monsieur Garnier,

        Vous trouverez ci-joint le mandat de cession signé de notre côté, ainsi que la liste des acquéreurs que nous proposons d'approcher.

        Bien cordialement,
        """,
    ),
    dict(
        name="Olivier Garnier",
        title="Directeur financier",
        company="Velours de Savoie SA",
        address="ZA des Marais, 73200 Albertville",
        phones=[P("+33465719012", "landline"), P("+33671289045", "mobile")],
    ),
    "FR",
)

case(
    "avocat-deux-bureaux",
    "fr",
    "outlook",
    ("Aurélien Castex", "a.castex@castex-morel.fr"),
    "camille",
    """
    Chère Madame,

    Le rescrit a été déposé ce jour auprès de la DGFiP ; l'administration dispose de trois mois pour répondre. Je vous adresse copie du dossier déposé.

    Bien à vous,

    §Me Aurélien Castex
    §Avocat fiscaliste – Associé
    §CASTEX & MOREL AVOCATS
    §Lyon (lundi – mercredi) : 51 rue de la République, 69002 Lyon
    §Grenoble (jeudi – vendredi) : 6 place Victor Hugo, 38000 Grenoble
    §Tél. 04 65 71 29 80 – Port. 06 12 45 33 71
    §a.castex@castex-morel.fr
    """,
    Q(
        "outlook",
        (2025, 11, 28, 12, 5),
        "Rescrit – pacte Dutreil Ferrand",
        """
        Maître,

        Pouvez-vous me confirmer la date de dépôt du rescrit pour le pacte Dutreil de la famille Ferrand ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Aurélien Castex",
        title="Avocat fiscaliste – Associé",
        company="CASTEX & MOREL AVOCATS",
        email="a.castex@castex-morel.fr",
        address="51 rue de la République, 69002 Lyon, 6 place Victor Hugo, 38000 Grenoble",
        phones=[P("+33465712980", "landline"), P("+33612453371", "mobile")],
    ),
    "FR",
)

case(
    "cabinet-membre-reseau-bp",
    "fr",
    "outlook",
    ("Nathan Ravier", "n.ravier@ravier-associes.fr"),
    "camille",
    """
    Bonjour Madame,

    Comme convenu, je vous adresse l'attestation de valeur des parts de la SARL au 31/12/2024 établie par le cabinet.

    Restant à votre disposition,

    §Nathan Ravier
    §Expert-comptable associé
    §Cabinet Ravier & Associés
    §Membre du réseau Fidelio France
    §12 avenue de la Libération – BP 20117
    §42003 Saint-Étienne Cedex 1
    §T. 04 65 71 05 40 | F. 04 65 71 05 49
    §www.ravier-associes.fr
    """,
    Q(
        "outlook",
        (2025, 11, 24, 16, 36),
        "Valorisation des parts – SARL Berthier Transports",
        """
        Bonjour Monsieur Ravier,

        Dans le cadre de la donation envisagée par M. Berthier, pourriez-vous nous adresser une attestation de valeur des parts de la SARL au 31/12/2024 ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Nathan Ravier",
        title="Expert-comptable associé",
        company="Cabinet Ravier & Associés",
        website="www.ravier-associes.fr",
        address="12 avenue de la Libération, BP 20117, 42003 Saint-Étienne Cedex 1",
        phones=[P("+33465710540", "landline"), P("+33465710549", "fax")],
    ),
    "FR",
)

case(
    "cgp-samsung-titre-tiret-societe",
    "fr",
    "android",
    ("Frédéric Lemoine", "f.lemoine@lemoine-patrimoine.fr"),
    "camille",
    """
    Ok je m'en occupe demain matin et je vous renvoie le bulletin signé par le client.
    Cordialement 
    §Frédéric Lemoine
    §CGP – Lemoine Patrimoine
    §06 82 33 17 45

    Envoyé depuis mon smartphone Samsung Galaxy.
    """,
    Q(
        "samsung",
        (2025, 12, 2, 19, 14),
        "Bulletin de souscription SCPI",
        """
        Bonjour Frédéric,

        Le bulletin de souscription de M. Perrot est incomplet (page 3 non signée). Pouvez-vous le faire compléter ?

        Merci,
        """,
    ),
    dict(
        name="Frédéric Lemoine",
        title="CGP",
        company="Lemoine Patrimoine",
        phones=[P("+33682331745", "mobile")],
    ),
    "FR",
)

case(
    "fintech-reseaux-sociaux",
    "fr",
    "outlook",
    ("Inès Haddad", "ines.haddad@kalyx.io"),
    "camille",
    """
    Bonjour Camille,

    Ravie d'avoir échangé au salon ! Comme promis, je vous envoie la présentation de Kalyx pour les cabinets de CGP ainsi que la grille de rémunération partenaires.

    Je vous propose une démo de 30 minutes la semaine prochaine, dites-moi ce qui vous arrange.

    Belle journée,

    §Inès Haddad
    §Head of Partnerships France
    §Kalyx – la plateforme d'épargne des indépendants
    §+33 7 82 64 11 58
    §ines.haddad@kalyx.io
    §LinkedIn : linkedin.com/in/ineshaddad
    §X : @ines_hdd
    """,
    Q(
        "outlook",
        (2025, 11, 14, 18, 2),
        "Suite à notre rencontre au salon",
        """
        Bonjour Inès,

        Merci pour l'échange sur votre stand. Pourriez-vous m'envoyer votre présentation pour les cabinets indépendants ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Inès Haddad",
        title="Head of Partnerships France",
        company="Kalyx",
        email="ines.haddad@kalyx.io",
        linkedin="linkedin.com/in/ineshaddad",
        phones=[P("+33782641158", "mobile")],
    ),
    "FR",
)

case(
    "cabinet-anglo-saxon-paris",
    "fr",
    "outlook",
    ("Claire Dumas-Whitfield", "claire.dumas-whitfield@hartwellmarsh.com"),
    "thomas",
    """
    Bonjour Thomas,

    Nous avons terminé la revue du BFR normatif. L'ajustement de dette nette proposé par l'acquéreur est surévalué d'environ 1,2 M€ ; je vous envoie notre note demain.

    Bonne soirée,

    §Claire Dumas-Whitfield
    §Director, Transaction Services
    §Hartwell Marsh Advisory
    §38 avenue de l'Opéra, 75002 Paris
    §Direct: +33 1 99 00 62 18 | Mobile: +33 6 71 55 02 39
    §hartwellmarsh.com
    """,
    Q(
        "outlook",
        (2025, 12, 2, 9, 20),
        "Projet Cèdre – dette nette",
        """
        Claire,

        Avez-vous pu avancer sur la revue du BFR normatif ? L'acquéreur attend notre position pour jeudi.

        Merci,
        """,
    ),
    dict(
        name="Claire Dumas-Whitfield",
        title="Director, Transaction Services",
        company="Hartwell Marsh Advisory",
        website="hartwellmarsh.com",
        address="38 avenue de l'Opéra, 75002 Paris",
        phones=[P("+33199006218", "landline"), P("+33671550239", "mobile")],
    ),
    "FR",
)

case(
    "single-family-office-mme",
    "fr",
    "gmail",
    ("Hortense de Villèle", "hdevillele@bureau-castaing.fr"),
    "julien",
    """
    Cher Monsieur,

    La famille Castaing a bien reçu votre invitation au petit-déjeuner du 11 décembre et vous en remercie. M. Castaing y assistera, accompagné de son fils.

    Je vous prie de croire, cher Monsieur, à l'assurance de mes sentiments les meilleurs.

    §Mme Hortense de Villèle
    §Chargée de mission
    §Bureau Castaing
    §6 rue de Téhéran, 75008 Paris
    §01 99 00 27 64
    """,
    Q(
        "gmail",
        (2025, 11, 21, 10, 0),
        "Invitation – petit-déjeuner des familles",
        """
        Madame,

        Maison Orsane organise le 11 décembre un petit-déjeuner réservé aux familles sur le thème de la gouvernance familiale. Nous serions heureux d'y accueillir M. Castaing.

        Bien respectueusement,
        """,
    ),
    dict(
        name="Hortense de Villèle",
        title="Chargée de mission",
        company="Bureau Castaing",
        address="6 rue de Téhéran, 75008 Paris",
        phones=[P("+33199002764", "landline")],
    ),
    "FR",
)

case(
    "historique-profond-prenom-seul",
    "fr",
    "outlook",
    ("Florence Millet", "f.millet@picard-moreau.notaires.fr"),
    "camille",
    """
    Bonjour Camille,

    C'est noté, je décale le rendez-vous de signature au mardi 16 décembre à 10h. J'en informe Maître Picard-Moreau et je renvoie les convocations aux clients.

    Bonne journée,
    §Florence
    """,
    Q(
        "outlook",
        (2025, 12, 3, 9, 2),
        "RE: Donation Berthier – date de signature",
        """
        Bonjour Florence,

        Les clients ne sont finalement pas disponibles le 9 décembre. Serait-il possible de décaler la signature à la semaine suivante, idéalement le mardi matin ?

        Merci beaucoup,
        """,
        deeper=Q(
            "outlook",
            (2025, 12, 1, 15, 40),
            "Donation Berthier – date de signature",
            """
            Madame,

            Je vous informe que l'acte de donation de M. et Mme Berthier est prêt. Nous vous proposons une signature le mardi 9 décembre à 10h en l'étude.

            Cordialement,
            """,
            frm="sender",
            sig=(
                "Florence Millet",
                "Clerc de notaire – Formaliste",
                "Office notarial Picard-Moreau",
                "11 avenue de la Gare – BP 60214 – 74004 Annecy Cedex",
                "Tél. 04 65 71 36 52",
            ),
        ),
    ),
    dict(name="Florence"),
    "FR",
    hard=True,
)

case(
    "formule-et-nom-sur-une-ligne",
    "fr",
    "gmail",
    ("Stéphane Morel", "stephane@morel-courtage.fr"),
    "camille",
    """
    Bonjour Madame,

    Je vous remercie pour ces précisions. Je transmets le dossier complet à la compagnie dès réception de l'attestation de l'ancien assureur.

    §Bien cordialement, Stéphane Morel
    §Morel Courtage Assurances – 05 36 49 88 02
    """,
    Q(
        "gmail",
        (2025, 11, 27, 16, 40),
        "Assurance emprunteur – M. Perrot",
        """
        Bonjour Monsieur Morel,

        Pour la délégation d'assurance emprunteur de M. Perrot, la banque demande l'attestation de résiliation de l'ancien contrat. Elle vous sera envoyée par le client directement.

        Bien cordialement,
        """,
    ),
    dict(
        name="Stéphane Morel",
        company="Morel Courtage Assurances",
        phones=[P("+33536498802", "landline")],
    ),
    "FR",
)

case(
    "societe-de-gestion-banniere-salon",
    "fr",
    "outlook",
    ("Alexandre Giraud", "a.giraud@ostrea-am.fr"),
    "camille",
    """
    Bonjour Camille,

    Suite à notre déjeuner, je vous confirme que la part I du fonds Ostrea Rendement 2030 est accessible à vos clients à partir de 10 000 €, sans droits d'entrée via la plateforme.

    Je passe à Lyon le 11 décembre, pourquoi pas un café ?

    Bien à vous,

    §Alexandre Giraud
    §Directeur du développement des partenariats CGP
    §Ostrea Asset Management
    §12 rue de la Paix – 75002 Paris
    §Ligne directe : +33 1 99 00 45 17
    §Mobile : +33 6 82 71 40 26
    §www.ostrea-am.fr | LinkedIn : www.linkedin.com/in/alexandre-giraud-ostrea

    Retrouvez-nous au salon Patrimonia, les 24 et 25 septembre 2026 – Stand C42
    Ostrea Asset Management – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-09000032
    """,
    Q(
        "outlook",
        (2025, 11, 26, 14, 50),
        "Ostrea Rendement 2030 – conditions",
        """
        Bonjour Alexandre,

        Merci pour le déjeuner. Pouvez-vous me confirmer le ticket d'entrée et les frais de la part I pour nos clients ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Alexandre Giraud",
        title="Directeur du développement des partenariats CGP",
        company="Ostrea Asset Management",
        website="www.ostrea-am.fr",
        linkedin="www.linkedin.com/in/alexandre-giraud-ostrea",
        address="12 rue de la Paix, 75002 Paris",
        phones=[P("+33199004517", "landline"), P("+33682714026", "mobile")],
    ),
    "FR",
)

case(
    "banquier-prive-bruxelles-bte",
    "fr",
    "outlook",
    ("Kevin Vandenbroucke", "kevin.vandenbroucke@meuse-escaut.be"),
    "nathalie",
    """
    Bonjour Nathalie,

    Je vous confirme l'ouverture du compte-titres au nom de la SRL Lambotte Invest. Les codes d'accès seront envoyés séparément au gérant.

    Bien à vous,

    §Kevin Vandenbroucke
    §Private Banker
    §Banque Meuse & Escaut
    §Avenue Louise 326 bte 12
    §1050 Bruxelles
    §T +32 2 643 88 21
    §M +32 476 33 41 87
    """,
    Q(
        "outlook",
        (2025, 11, 28, 10, 45),
        "Ouverture compte-titres – Lambotte Invest",
        """
        Bonjour Kevin,

        Pouvez-vous me confirmer l'ouverture du compte-titres de Lambotte Invest SRL ? Le gérant souhaite effectuer un premier versement la semaine prochaine.

        Merci,
        """,
    ),
    dict(
        name="Kevin Vandenbroucke",
        title="Private Banker",
        company="Banque Meuse & Escaut",
        address="Avenue Louise 326 bte 12, 1050 Bruxelles",
        phones=[P("+3226438821", "landline"), P("+32476334187", "mobile")],
    ),
    "BE",
)

case(
    "fiduciaire-lausanne-numeros-nationaux",
    "fr",
    "owa",
    ("Christophe Dubuis", "christophe.dubuis@leman-conseils.ch"),
    "camille",
    """
    Chère Madame,

    Je vous confirme que M. Perrot est bien assujetti à l'impôt à la source dans le canton de Vaud depuis le 1er janvier 2024. L'attestation de résidence fiscale suivra par courrier.

    Avec mes meilleures salutations,

    §Christophe Dubuis
    §Expert-comptable diplômé
    §Fiduciaire Léman Conseils SA
    §Avenue de la Gare 10
    §Case postale 1243
    §1001 Lausanne
    §Tél. 021 644 18 20
    §Natel 079 218 47 63
    """,
    Q(
        "outlook",
        (2025, 11, 25, 11, 11),
        "M. Perrot – résidence fiscale",
        """
        Monsieur,

        Notre client commun M. Perrot s'est installé à Lausanne l'an dernier. Pourriez-vous nous confirmer son régime d'imposition et nous adresser une attestation de résidence fiscale ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Christophe Dubuis",
        title="Expert-comptable diplômé",
        company="Fiduciaire Léman Conseils SA",
        address="Avenue de la Gare 10, Case postale 1243, 1001 Lausanne",
        phones=[P("+41216441820", "landline"), P("+41792184763", "mobile")],
    ),
    "CH",
    hard=True,
)

case(
    "commissaire-de-justice-selarl",
    "fr",
    "outlook",
    ("Yannick Le Goff", "y.legoff@acta-justice.fr"),
    "thomas",
    """
    Monsieur,

    Le procès-verbal de constat relatif à l'état des locaux de la société cible a été dressé ce matin. Vous le trouverez en pièce jointe, accompagné des photographies.

    Veuillez agréer, Monsieur, mes salutations distinguées.

    §SELARL ACTA JUSTICE
    §Commissaires de justice associés
    §Maître Yannick Le Goff
    §Commissaire de justice
    §8 rue de Strasbourg – CS 12045
    §35020 RENNES CEDEX 2
    §Tél. 02 61 91 58 30
    §www.acta-justice.fr
    """,
    Q(
        "outlook",
        (2025, 11, 24, 17, 0),
        "Constat – locaux Breizh Composites",
        """
        Maître,

        Comme convenu, pourriez-vous dresser un constat de l'état des locaux de Breizh Composites avant la signature du protocole ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Yannick Le Goff",
        title="Commissaire de justice",
        company="SELARL ACTA JUSTICE",
        website="www.acta-justice.fr",
        address="8 rue de Strasbourg, CS 12045, 35020 RENNES CEDEX 2",
        phones=[P("+33261915830", "landline")],
    ),
    "FR",
)

case(
    "pour-le-cabinet",
    "fr",
    "outlook",
    ("Anne Rivière", "a.riviere@benard-expertise.fr"),
    "camille",
    """
    Bonjour,

    Nous vous prions de trouver ci-joint la déclaration 2044 de M. et Mme Berthier, ainsi que le détail des travaux déductibles.

    Pour le cabinet,
    §Anne Rivière
    §Collaboratrice comptable
    §Cabinet Bénard Expertise
    §05 36 49 22 70
    """,
    Q(
        "outlook",
        (2025, 11, 19, 9, 25),
        "Revenus fonciers – M. et Mme Berthier",
        """
        Bonjour,

        Pourriez-vous nous transmettre la déclaration 2044 de M. et Mme Berthier pour 2024 ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Anne Rivière",
        title="Collaboratrice comptable",
        company="Cabinet Bénard Expertise",
        phones=[P("+33536492270", "landline")],
    ),
    "FR",
)

case(
    "initiale-nom-outlook-ios",
    "fr",
    "outlook",
    ("Laurent Mercier", "laurent.mercier@mercier-transports.fr"),
    "thomas",
    """
    Vu. On en parle demain au téléphone, je suis sur la route toute la journée.

    §L. Mercier
    §06 71 42 77 10

    Obtenir Outlook pour iOS
    """,
    Q(
        "outlook_mobile",
        (2025, 12, 2, 7, 45),
        "Offre indicative – Groupe Vernay",
        """
        Bonjour Laurent,

        Nous avons reçu ce matin l'offre indicative du Groupe Vernay. Elle est en pièce jointe ; les principaux points sont résumés en première page.

        Bien à vous,
        """,
    ),
    dict(name="L. Mercier", phones=[P("+33671427710", "mobile")]),
    "FR",
)

case(
    "avertissement-colle-sous-signature",
    "fr",
    "outlook",
    ("Mathilde Caron", "mathilde.caron@vieplus-partenaires.fr"),
    "camille",
    """
    Bonjour Camille,

    Après étude, nous pouvons accepter l'arbitrage vers le support immobilier dans la limite de 30 % de l'encours du contrat. Au-delà, un avenant sera nécessaire.

    Bien cordialement,

    §Mathilde Caron
    §Ingénieure patrimoniale
    §Vie Plus Partenaires
    §Tél : 01 99 00 93 14
    AVERTISSEMENT : Ce message et ses pièces jointes sont strictement confidentiels et destinés à l'usage exclusif de leurs destinataires. Vie Plus Partenaires décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
    """,
    Q(
        "outlook",
        (2025, 11, 20, 10, 30),
        "Arbitrage – contrat n° 40 118 227",
        """
        Bonjour Mathilde,

        Notre client souhaite arbitrer 45 % de son contrat vers le support immobilier. Est-ce possible sans avenant ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Mathilde Caron",
        title="Ingénieure patrimoniale",
        company="Vie Plus Partenaires",
        phones=[P("+33199009314", "landline")],
    ),
    "FR",
)

case(
    "notaire-me-poste",
    "fr",
    "outlook",
    ("Laure-Anne Picard-Moreau", "la.picard-moreau@picard-moreau.notaires.fr"),
    "julien",
    """
    Cher Monsieur,

    Je vous remercie pour la note sur la société civile de la famille Arnoux. Les statuts proposés me conviennent ; deux ajustements sont à prévoir sur la clause d'agrément et sur la gérance, que je vous détaille dans le document joint.

    Je vous prie de croire, cher Monsieur, en l'expression de mes sentiments dévoués.

    §Me Laure-Anne PICARD-MOREAU
    §Notaire
    §Office notarial Picard-Moreau
    §11 avenue de la Gare
    §BP 60214
    §74004 ANNECY CEDEX
    §04 65 71 36 50, poste 12
    """,
    Q(
        "outlook_old",
        (2025, 11, 27, 11, 35),
        "Société civile Arnoux – projet de statuts",
        """
        Maître,

        Vous trouverez ci-joint le projet de statuts de la société civile de la famille Arnoux, avec la note de présentation.

        Bien à vous,
        """,
    ),
    dict(
        name="Laure-Anne PICARD-MOREAU",
        title="Notaire",
        company="Office notarial Picard-Moreau",
        address="11 avenue de la Gare, BP 60214, 74004 ANNECY CEDEX",
        phones=[P("+33465713650", "landline")],
    ),
    "FR",
)

case(
    "particulier-adresse-domicile",
    "fr",
    "thunderbird",
    ("Henri Bertin", "henri.bertin@laposte.net"),
    "camille",
    """
    Madame,

    Je vous retourne ci-joint le questionnaire de connaissance client complété et signé, ainsi que la copie de ma pièce d'identité.

    Veuillez agréer, Madame, mes salutations respectueuses.

    §M. Henri Bertin
    §14 chemin des Vignes
    §84000 Avignon
    §04 65 71 12 84
    """,
    Q(
        "thunderbird",
        (2025, 11, 18, 15, 15),
        "Questionnaire client",
        """
        Monsieur Bertin,

        Pour l'ouverture de votre contrat, merci de me retourner le questionnaire de connaissance client ci-joint, complété et signé, ainsi qu'une copie de votre pièce d'identité.

        Bien cordialement,
        """,
    ),
    dict(
        name="Henri Bertin",
        address="14 chemin des Vignes, 84000 Avignon",
        phones=[P("+33465711284", "landline")],
    ),
    "FR",
)

case(
    "assurances-guadeloupe",
    "fr",
    "gmail",
    ("Maryse Lubin", "m.lubin@antilles-conseil-assurances.gp"),
    "camille",
    """
    Bonjour Madame Desrosiers,

    Je vous transmets l'avis d'échéance du contrat multirisque de la SCI Caraïbes Horizons, ainsi que l'attestation demandée par la banque.

    Cordialement,

    §Maryse Lubin
    §Responsable d'agence
    §Antilles Conseil Assurances
    §Immeuble Le Karukera, boulevard de la Marne
    §97110 Pointe-à-Pitre
    §Tél. 0590 82 14 55 | Mob. 0690 47 22 31
    """,
    Q(
        "gmail",
        (2025, 11, 21, 13, 30),
        "SCI Caraïbes Horizons – attestation d'assurance",
        """
        Bonjour Madame Lubin,

        La banque de nos clients demande une attestation d'assurance pour le bien de Pointe-à-Pitre. Pourriez-vous nous la transmettre ?

        Bien cordialement,
        """,
    ),
    dict(
        name="Maryse Lubin",
        title="Responsable d'agence",
        company="Antilles Conseil Assurances",
        address="Immeuble Le Karukera, boulevard de la Marne, 97110 Pointe-à-Pitre",
        phones=[P("+590590821455", "landline"), P("+590690472231", "mobile")],
    ),
    "GP",
)

case(
    "cpa-quebec",
    "fr",
    "gmail",
    ("Marie-Ève Gagnon", "megagnon@gagnonpelletier.ca"),
    "genevieve",
    """
    Bonjour Geneviève,

    Le gel successoral de la société de gestion a été complété le 28 novembre. Vous trouverez ci-joint le sommaire des actions émises et la nouvelle valeur de rachat.

    Au plaisir,

    §Marie-Ève Gagnon, CPA
    §Associée, Fiscalité
    §Gagnon Pelletier CPA inc.
    §500, Grande Allée Est, bureau 310
    §Québec (Québec) G1R 2J6
    §Tél. 418 555-0148 | Cell. 418 555-0133
    """,
    Q(
        "gmail",
        (2025, 11, 26, 9, 0),
        "Gel successoral – Gestion Bélanger inc.",
        """
        Bonjour Marie-Ève,

        Pouvez-vous me confirmer que le gel successoral de Gestion Bélanger inc. a bien été complété ? J'en ai besoin pour la mise à jour du plan financier.

        Merci,
        """,
    ),
    dict(
        name="Marie-Ève Gagnon",
        title="Associée, Fiscalité",
        company="Gagnon Pelletier CPA inc.",
        address="500, Grande Allée Est, bureau 310, Québec (Québec) G1R 2J6",
        phones=[P("+14185550148", "landline"), P("+14185550133", "mobile")],
    ),
    "CA",
)

case(
    "chateau-zero-entre-parentheses",
    "fr",
    "applemail",
    ("Bénédicte Sauvat", "b.sauvat@chateau-lamarque-sauvat.com"),
    "julien",
    """
    Cher Julien,

    Merci pour votre visite au château. Mon frère et moi avons relu la proposition de pacte familial : nous sommes d'accord sur le principe, mais souhaitons revoir la clause de sortie.

    Bien amicalement,

    §Château Lamarque-Sauvat
    §Bénédicte Sauvat
    §Gérante
    §33460 Margaux
    §+33 (0)5 56 44 21 90
    §+33 (0)6 71 42 09 88
    §chateau-lamarque-sauvat.com
    """,
    Q(
        "apple",
        (2025, 11, 29, 18, 20),
        "Pacte familial – proposition",
        """
        Chère Bénédicte,

        Comme évoqué lors de ma visite, vous trouverez ci-joint une première proposition de pacte familial pour le groupement foncier viticole.

        Bien à vous,
        """,
    ),
    dict(
        name="Bénédicte Sauvat",
        title="Gérante",
        company="Château Lamarque-Sauvat",
        website="chateau-lamarque-sauvat.com",
        address="33460 Margaux",
        phones=[P("+33556442190", "landline"), P("+33671420988", "mobile")],
    ),
    "FR",
)

case(
    "tableau-deux-colonnes",
    "fr",
    "outlook",
    ("Sébastien Morin", "s.morin@morin-faure.fr"),
    "camille",
    """
    Bonjour Camille,

    Je vous confirme notre participation au co-investissement dans la SCPI aux côtés de vos clients, pour un montant de 150 000 €. Le bulletin suivra par courrier.

    Cordialement,

    §Sébastien Morin\tCabinet Morin & Faure
    §Conseiller en investissements financiers\t9 rue Sainte-Catherine
    §Tél. 05 36 49 71 12\t33000 Bordeaux
    §s.morin@morin-faure.fr\twww.morin-faure.fr
    [cid:image002.png@01DC5B2F.9A1C0E30]
    """,
    Q(
        "outlook",
        (2025, 12, 1, 11, 50),
        "Co-investissement SCPI",
        """
        Bonjour Sébastien,

        Vos clients confirment-ils leur participation au co-investissement dans la SCPI ? Nous clôturons la liste vendredi.

        Bien cordialement,
        """,
    ),
    dict(
        name="Sébastien Morin",
        title="Conseiller en investissements financiers",
        company="Cabinet Morin & Faure",
        email="s.morin@morin-faure.fr",
        website="www.morin-faure.fr",
        address="9 rue Sainte-Catherine, 33000 Bordeaux",
        phones=[P("+33536497112", "landline")],
    ),
    "FR",
    hard=True,
)


# ==========================================================================
# English-speaking replies
# ==========================================================================

case(
    "solicitor-llp-sra-footer",
    "en",
    "outlook",
    ("Rebecca Hollis", "rebecca.hollis@harlowfinch.co.uk"),
    "oliver",
    """
    Dear Oliver,

    Thank you for your email. I can confirm that the Deed of Variation has been signed by all three beneficiaries and will be submitted to HMRC well within the two-year window.

    I will send you a copy of the completed IHT400 once the grant has been issued.

    Kind regards

    §Rebecca Hollis
    §Partner, Private Client
    §Harlow & Finch LLP
    §3rd Floor, 12 Queen Street, London EC4N 1SP
    §DDI: +44 (0)20 7946 0958 | M: +44 (0)7712 904 315
    §www.harlowfinch.co.uk

    Harlow & Finch LLP is a limited liability partnership registered in England and Wales (OC412345) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). A list of members is available at our registered office.
    """,
    Q(
        "outlook",
        (2025, 11, 11, 16, 20),
        "Estate of the late Margaret Ashby – Deed of Variation",
        """
        Dear Rebecca,

        Could you confirm whether the Deed of Variation has now been signed by all beneficiaries? We would like to reflect it in the family's revised investment plan.

        Best regards,
        """,
    ),
    dict(
        name="Rebecca Hollis",
        title="Partner, Private Client",
        company="Harlow & Finch LLP",
        website="www.harlowfinch.co.uk",
        address="3rd Floor, 12 Queen Street, London EC4N 1SP",
        phones=[P("+442079460958", "landline"), P("+447712904315", "mobile")],
    ),
    "GB",
)

case(
    "us-advisor-cfp-ext",
    "en",
    "gmail",
    ("Jennifer Moreno", "jmoreno@harborviewfg.com"),
    "daniel",
    """
    Hi Daniel,

    Great speaking with you yesterday. As discussed, I'd be glad to co-host the estate planning seminar in February. Our compliance team will need to review the slides two weeks ahead.

    Talk soon,

    §Jennifer L. Moreno, CFP®, CPWA®
    §Senior Vice President, Wealth Management
    §Harborview Financial Group
    §200 Clarendon Street, Suite 400
    §Boston, MA 02116
    §o: 617-555-0172 ext. 22 | c: 617-555-0149
    §jmoreno@harborviewfg.com

    Securities and advisory services offered through Harborview Securities, LLC, member FINRA/SIPC. This message is intended only for the named recipient.
    """,
    Q(
        "gmail",
        (2025, 11, 13, 17, 42),
        "Joint seminar in February",
        """
        Hi Jennifer,

        Thanks again for the call. Would you be open to co-hosting an estate planning seminar with us in February?

        Best,
        """,
        us=True,
    ),
    dict(
        name="Jennifer L. Moreno",
        title="Senior Vice President, Wealth Management",
        company="Harborview Financial Group",
        email="jmoreno@harborviewfg.com",
        address="200 Clarendon Street, Suite 400, Boston, MA 02116",
        phones=[P("+16175550172", "landline"), P("+16175550149", "mobile")],
    ),
    "US",
)

case(
    "dublin-tax-partner-eircode",
    "en",
    "outlook",
    ("Ciarán Ó Murchú", "ciaran.omurchu@murphydevane.ie"),
    "aoife",
    """
    Hi Aoife,

    Thanks for the note. Yes, the CAT threshold for the transfer to the daughter is Group A, so €400,000 lifetime. I've attached our calculation; there is no liability on the current figures.

    Regards,

    §Ciarán Ó Murchú FCA
    §Tax Partner
    §Murphy Devane Chartered Accountants
    §Block B, Clonskeagh Business Park, Dublin 14, D14 K2X6
    §T: +353 1 663 5710 | M: +353 86 412 7730
    """,
    Q(
        "outlook",
        (2025, 11, 18, 10, 5),
        "Gift to daughter – CAT position",
        """
        Hi Ciarán,

        Could you confirm the CAT position on the proposed gift from Mr Kavanagh to his daughter before we finalise the pension drawdown plan?

        Many thanks,
        """,
    ),
    dict(
        name="Ciarán Ó Murchú",
        title="Tax Partner",
        company="Murphy Devane Chartered Accountants",
        address="Block B, Clonskeagh Business Park, Dublin 14, D14 K2X6",
        phones=[P("+35316635710", "landline"), P("+353864127730", "mobile")],
    ),
    "IE",
)

case(
    "cheers-first-name-iphone",
    "en",
    "iphone",
    ("Tom Ridley", "tom.ridley@ridleyfarms.co.uk"),
    "oliver",
    """
    Morning Oliver, all signed and in the post. Speak next week.

    Cheers
    §Tom

    Sent from my iPhone
    """,
    Q(
        "iphone",
        (2025, 11, 20, 8, 10),
        "Trust deed – signature pages",
        """
        Hi Tom,

        Please find attached the signature pages for the trust deed. Could you sign where marked and return the originals by post?

        Best wishes,
        """,
    ),
    dict(name="Tom"),
    "GB",
)

case(
    "singapore-trustee-did-hp",
    "en",
    "gmail",
    ("Rajesh Kumar Pillai", "rajesh.pillai@liongatetrustees.com.sg"),
    "meilin",
    """
    Dear Mei Lin,

    Thank you for the updated letter of wishes. We will table it at the trustee meeting on 9 December and revert with any questions.

    Kind regards,

    §Rajesh Kumar Pillai
    §Director, Trust Services
    §Lion Gate Trustees Pte. Ltd.
    §10 Anson Road, #23-08 International Plaza, Singapore 079903
    §DID: +65 6221 9034 | HP: +65 9123 8821
    """,
    Q(
        "gmail",
        (2025, 11, 24, 14, 0),
        "Tan Family Trust – updated letter of wishes",
        """
        Dear Rajesh,

        Attached is the updated letter of wishes signed by the settlor. Please let us know if the trustee requires anything further.

        Warm regards,
        """,
    ),
    dict(
        name="Rajesh Kumar Pillai",
        title="Director, Trust Services",
        company="Lion Gate Trustees Pte. Ltd.",
        address="10 Anson Road, #23-08 International Plaza, Singapore 079903",
        phones=[P("+6562219034", "landline"), P("+6591238821", "mobile")],
    ),
    "SG",
)

case(
    "hong-kong-trust-floor-room",
    "en",
    "outlook",
    ("Karen Wong", "karen.wong@harbourfronttrust.com.hk"),
    "meilin",
    """
    Dear Mei Lin,

    Further to our call, I attach the KYC checklist for the new underlying company. Certified copies can be provided by any of our Singapore correspondents.

    Best regards,

    §Karen Wong Ka-yan
    §Vice President, Family Office Services
    §Harbourfront Trust Company Limited
    §Room 1203, 12/F, Alexandra House
    §18 Chater Road, Central, Hong Kong
    §Tel: +852 2521 7733 | Fax: +852 2521 7700
    §Mobile: +852 9123 4567
    """,
    Q(
        "outlook",
        (2025, 11, 25, 9, 30),
        "New BVI holding – KYC",
        """
        Dear Karen,

        Could you send us the KYC checklist for the new BVI holding company? The family would like to complete it before year end.

        Many thanks,
        """,
    ),
    dict(
        name="Karen Wong Ka-yan",
        title="Vice President, Family Office Services",
        company="Harbourfront Trust Company Limited",
        address="Room 1203, 12/F, Alexandra House, 18 Chater Road, Central, Hong Kong",
        phones=[
            P("+85225217733", "landline"),
            P("+85225217700", "fax"),
            P("+85291234567", "mobile"),
        ],
    ),
    "HK",
)

case(
    "mumbai-private-wealth",
    "en",
    "gmail",
    ("Anand Venkataraman", "anand.v@sundaramheritage.in"),
    "meilin",
    """
    Dear Ms Tan,

    Many thanks for the introduction to the family. We would be happy to host them at our Mumbai office during their visit in January and to walk them through the GIFT City structure.

    Warm regards,

    §Anand Venkataraman
    §Head - Private Wealth
    §Sundaram Heritage Advisors LLP
    §7th Floor, Maker Chambers IV, Nariman Point, Mumbai 400 021
    §Tel: +91 22 2284 1156 | Mob: +91 98201 44732
    """,
    Q(
        "gmail",
        (2025, 11, 26, 12, 15),
        "Introduction – the Lim family",
        """
        Dear Mr Venkataraman,

        As discussed, I would like to introduce you to the Lim family, who are considering investments in India. They will be in Mumbai in January.

        Kind regards,
        """,
    ),
    dict(
        name="Anand Venkataraman",
        title="Head - Private Wealth",
        company="Sundaram Heritage Advisors LLP",
        address="7th Floor, Maker Chambers IV, Nariman Point, Mumbai 400 021",
        phones=[P("+912222841156", "landline"), P("+919820144732", "mobile")],
    ),
    "IN",
)

case(
    "johannesburg-street-and-po-box",
    "en",
    "outlook",
    ("Thabo Mokoena", "thabo@khanyisafiduciary.co.za"),
    "oliver",
    """
    Hi Oliver,

    The executor's account has been lodged with the Master of the High Court. We expect it to lie for inspection for 21 days from next Monday, after which we can distribute the offshore assets.

    Kind regards

    §Thabo Mokoena CA(SA)
    §Director: Fiduciary Services
    §Khanyisa Fiduciary (Pty) Ltd
    §2nd Floor, The Zone, 4 Rivonia Road, Sandton, 2196
    §PO Box 78123, Sandton, 2146
    §Tel: +27 11 783 4412
    §Cell: +27 82 447 1290
    """,
    Q(
        "outlook",
        (2025, 11, 27, 15, 10),
        "Estate late J. Naidoo – timing",
        """
        Hi Thabo,

        Do you have a view on when the offshore assets of the Naidoo estate can be released? The beneficiaries in London are asking.

        Best regards,
        """,
    ),
    dict(
        name="Thabo Mokoena",
        title="Director: Fiduciary Services",
        company="Khanyisa Fiduciary (Pty) Ltd",
        address="2nd Floor, The Zone, 4 Rivonia Road, Sandton, 2196, PO Box 78123, Sandton, 2146",
        phones=[P("+27117834412", "landline"), P("+27824471290", "mobile")],
    ),
    "ZA",
)

case(
    "melbourne-national-numbers-abn",
    "en",
    "outlook",
    ("Sarah McAllister", "sarah.mcallister@southerncrosspw.com.au"),
    "oliver",
    """
    Hi Oliver,

    Thanks for the referral. I spoke with Mr and Mrs Hale this morning; they will move their super to an SMSF after settling in Melbourne. I'll keep you posted on the UK pension transfer side.

    Kind regards,

    §Sarah McAllister | Senior Adviser
    §Southern Cross Private Wealth
    §Level 14, 333 Collins Street
    §Melbourne VIC 3000
    §T 03 7010 4488 | M 0491 570 156
    ABN 12 345 678 901 | AFSL 234567
    """,
    Q(
        "outlook",
        (2025, 11, 25, 7, 5),
        "Referral – Mr and Mrs Hale",
        """
        Hi Sarah,

        As discussed, Mr and Mrs Hale are relocating to Melbourne in the new year. They would welcome local advice on their superannuation.

        Best regards,
        """,
    ),
    dict(
        name="Sarah McAllister",
        title="Senior Adviser",
        company="Southern Cross Private Wealth",
        address="Level 14, 333 Collins Street, Melbourne VIC 3000",
        phones=[P("+61370104488", "landline"), P("+61491570156", "mobile")],
    ),
    "AU",
    hard=True,
)

case(
    "auckland-adviser",
    "en",
    "gmail",
    ("Hamish Tane", "hamish@kowhaifinancial.co.nz"),
    "jack",
    """
    Kia ora Jack,

    Happy to pick up the New Zealand side of the Wilsons' affairs. I'll need a signed authority before I can speak to their KiwiSaver provider.

    Ngā mihi,

    §Hamish Tane
    §Principal Adviser
    §Kōwhai Financial Advice Ltd
    §Level 2, 48 Shortland Street, Auckland 1010
    §P: 09 302 4417  M: 021 456 7781
    """,
    Q(
        "gmail",
        (2025, 11, 28, 13, 0),
        "The Wilsons – NZ assets",
        """
        Hi Hamish,

        Our clients the Wilsons still hold a KiwiSaver account and a rental property in Auckland. Would you be able to advise them on the NZ side?

        Cheers,
        """,
    ),
    dict(
        name="Hamish Tane",
        title="Principal Adviser",
        company="Kōwhai Financial Advice Ltd",
        address="Level 2, 48 Shortland Street, Auckland 1010",
        phones=[P("+6493024417", "landline"), P("+64214567781", "mobile")],
    ),
    "NZ",
)

case(
    "frankfurt-gmbh-legal-line",
    "en",
    "outlook",
    ("Katrin Behrendt", "k.behrendt@behrendt-vogel.de"),
    "oliver",
    """
    Dear Mr Pennington,

    Thank you for your message. We can confirm that our client holds the German property portfolio through the GmbH & Co. KG mentioned in your memo; the partnership agreement is attached.

    Kind regards

    §Dr. Katrin Behrendt
    §Geschäftsführerin / Managing Director
    §Behrendt & Vogel Vermögensverwaltung GmbH
    §Bockenheimer Landstraße 51
    §60325 Frankfurt am Main, Germany
    §Tel. +49 (0)69 9720 4415
    §Mobil +49 (0)171 442 7789
    Sitz der Gesellschaft: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 98765 | Geschäftsführer: Dr. Katrin Behrendt, Jan Vogel
    """,
    Q(
        "outlook",
        (2025, 11, 19, 11, 45),
        "German property holding – structure",
        """
        Dear Dr Behrendt,

        We are reviewing our client's cross-border estate plan. Could you confirm how the German property portfolio is held?

        Yours sincerely,
        """,
    ),
    dict(
        name="Katrin Behrendt",
        title="Geschäftsführerin / Managing Director",
        company="Behrendt & Vogel Vermögensverwaltung GmbH",
        address="Bockenheimer Landstraße 51, 60325 Frankfurt am Main, Germany",
        phones=[P("+496997204415", "landline"), P("+491714427789", "mobile")],
    ),
    "DE",
)

case(
    "amsterdam-procurement-kvk",
    "en",
    "outlook",
    ("Sanne de Vries", "sanne.devries@noordkade.nl"),
    "priya",
    """
    Dear Priya,

    Thank you for your proposal. Before we can issue a purchase order, please register Harcourt Lane Advisory in our supplier portal and upload your ISO 27001 certificate or equivalent.

    Kind regards,

    §Sanne de Vries
    §Procurement Lead, Professional Services
    §Noordkade Holding B.V.
    §Herengracht 450, 1017 CA Amsterdam
    §T +31 (0)20 530 4418 | M +31 (0)6 4123 8877
    KvK 12345678 | VAT NL001234567B01
    """,
    Q(
        "outlook",
        (2025, 11, 20, 16, 0),
        "Proposal – executive pension review",
        """
        Dear Sanne,

        Please find attached our proposal for the executive pension review, as requested by your CFO.

        Kind regards,
        """,
    ),
    dict(
        name="Sanne de Vries",
        title="Procurement Lead, Professional Services",
        company="Noordkade Holding B.V.",
        address="Herengracht 450, 1017 CA Amsterdam",
        phones=[P("+31205304418", "landline"), P("+31641238877", "mobile")],
    ),
    "NL",
)

case(
    "stockholm-cfo-dash-dash",
    "en",
    "thunderbird",
    ("Erik Lindqvist", "erik.lindqvist@norrskenlogistik.se"),
    "priya",
    """
    Hi Priya,

    Thanks, the draft looks fine from our side. One question: does the UK scheme allow the transfer of the Swedish occupational pension, or only the private one?

    Best regards,
    §Erik

    -- 
    §Erik Lindqvist
    §CFO
    §Norrsken Logistik AB
    §Sveavägen 44, SE-111 34 Stockholm
    §+46 8 545 012 40 / +46 70 412 33 87
    """,
    Q(
        "thunderbird",
        (2025, 11, 21, 9, 15),
        "Draft pension transfer memo",
        """
        Hi Erik,

        Attached is the draft memo on the pension transfer for your UK-based managers. Comments welcome by Friday.

        Kind regards,
        """,
    ),
    dict(
        name="Erik Lindqvist",
        title="CFO",
        company="Norrsken Logistik AB",
        address="Sveavägen 44, SE-111 34 Stockholm",
        phones=[P("+46854501240", "landline"), P("+46704123387", "mobile")],
    ),
    "SE",
)

case(
    "copenhagen-hr-labels",
    "en",
    "applemail",
    ("Mette Kjær Andersen", "mka@fjordlys.dk"),
    "oliver",
    """
    Dear Oliver,

    Thank you for the overview. We would like to offer the financial planning sessions to our UK-based officers first, starting in February. Could you send a fixed-fee proposal for 12 sessions?

    Best regards

    §Mette Kjær Andersen
    §Head of HR
    §Fjordlys Shipping A/S
    §Amaliegade 22, DK-1256 Copenhagen K
    §Direct: +45 33 14 27 80
    §Mobile: +45 20 45 71 33
    """,
    Q(
        "apple",
        (2025, 11, 24, 13, 20),
        "Financial planning for your UK officers",
        """
        Dear Mette,

        Following our call, please find attached an overview of our financial planning sessions for internationally mobile employees.

        Kind regards,
        """,
    ),
    dict(
        name="Mette Kjær Andersen",
        title="Head of HR",
        company="Fjordlys Shipping A/S",
        address="Amaliegade 22, DK-1256 Copenhagen K",
        phones=[P("+4533142780", "landline"), P("+4520457133", "mobile")],
    ),
    "DK",
)

case(
    "chicago-procurement-owa",
    "en",
    "owa",
    ("Rachel Kim", "rachel.kim@meridianhp.com"),
    "daniel",
    """
    Daniel,

    We have reviewed the SOW. Legal requires a mutual limitation of liability capped at fees paid, and net 60 payment terms. If you can accept both, we can move to signature this month.

    Thanks,

    §Rachel Kim
    §Procurement Manager, Indirect Spend
    §Meridian Health Partners
    §Office: (312) 555-0187
    §Mobile: (312) 555-0164
    §rachel.kim@meridianhp.com
    """,
    Q(
        "outlook",
        (2025, 11, 20, 10, 30),
        "SOW – retirement plan advisory",
        """
        Hi Rachel,

        Attached is the statement of work for the retirement plan advisory engagement. Happy to walk your legal team through it.

        Best regards,
        """,
        us=True,
    ),
    dict(
        name="Rachel Kim",
        title="Procurement Manager, Indirect Spend",
        company="Meridian Health Partners",
        email="rachel.kim@meridianhp.com",
        phones=[P("+13125550187", "landline"), P("+13125550164", "mobile")],
    ),
    "US",
)

case(
    "executive-assistant-to-ceo",
    "en",
    "outlook",
    ("Megan Doyle", "mdoyle@stonebridgeih.com"),
    "daniel",
    """
    Hi Daniel,

    Richard has asked me to find a time for the three of you next week. He is available Tuesday 2–4 pm ET or Thursday morning before 11. Please let me know what works and I will send an invite.

    Best regards,

    §Megan Doyle
    §Executive Assistant to Richard Hale, Chief Executive Officer
    §Stonebridge Industrial Holdings
    §T: (212) 555-0136
    """,
    Q(
        "outlook",
        (2025, 11, 21, 15, 55),
        "Follow-up – deferred compensation plan",
        """
        Hi Richard,

        Thank you for your time on Tuesday. I'd welcome a follow-up with you and your CFO to go through the deferred compensation options.

        Best,
        """,
        us=True,
    ),
    dict(
        name="Megan Doyle",
        title="Executive Assistant to Richard Hale, Chief Executive Officer",
        company="Stonebridge Industrial Holdings",
        phones=[P("+12125550136", "landline")],
    ),
    "US",
    hard=True,
)

case(
    "gmail-name-and-mobile",
    "en",
    "gmail",
    ("Graham Lowe", "grahamlowe1957@gmail.com"),
    "oliver",
    """
    Oliver

    Margaret and I are happy with the proposal. Can you ring me tomorrow afternoon to go through the forms?

    §Graham Lowe
    §07825 611 904
    """,
    Q(
        "gmail",
        (2025, 11, 24, 18, 0),
        "Your retirement income proposal",
        """
        Dear Graham and Margaret,

        Please find attached our retirement income proposal, as discussed at our meeting last week.

        Kind regards,
        """,
    ),
    dict(name="Graham Lowe", phones=[P("+447825611904", "mobile")]),
    "GB",
)

case(
    "no-signature-short",
    "en",
    "outlook",
    ("Andrew Sinclair", "andrew.sinclair@sinclairmaltings.co.uk"),
    "priya",
    """
    Thanks Priya, that's fine. Please go ahead and book the valuation for the 15th.
    """,
    Q(
        "outlook",
        (2025, 12, 1, 14, 40),
        "Business valuation – next steps",
        """
        Dear Andrew,

        Following our meeting, we propose to instruct an independent valuer for the maltings business. The earliest available date is 15 December. Are you happy for us to proceed?

        Kind regards,
        """,
    ),
    {},
    "GB",
)

_FIONA = ("Fiona Gallagher", "fiona.gallagher@gmail.com")
_ELLISON = ("Mark Ellison", "mark@ellisonpartners.co.uk")
_OLIVER = (USERS["oliver"].name, USERS["oliver"].address)

case(
    "forward-with-accountant-signature",
    "en",
    "gmail",
    _FIONA,
    "oliver",
    dd(
        """
        Oliver – see below from Mark. Can we discuss it on Thursday's call?

        §Fiona Gallagher

        ---------- Forwarded message ---------
        From: Mark Ellison <mark@ellisonpartners.co.uk>
        Date: Mon, 1 Dec 2025 at 16:20
        Subject: RE: Trust distribution – tax
        To: Fiona Gallagher <fiona.gallagher@gmail.com>


        Hi Fiona,

        I've looked at Oliver's proposal. Distributing the capital this tax year would trigger a CGT charge of roughly £18,000 for the trustees; I'd suggest splitting the distribution across two tax years.

        Best wishes,

        Mark Ellison FCA
        Partner
        Ellison & Partners Chartered Accountants
        7 Market Place, Guildford GU1 3AA
        01483 460 210
        mark@ellisonpartners.co.uk
        """
    )
    + header(
        "outlook_plain",
        "en",
        _OLIVER,
        _FIONA,
        (2025, 11, 28, 11, 2),
        "Trust distribution – tax",
        cc=(_ELLISON,),
    )
    + dd(
        """
        Dear Fiona,

        As discussed, we propose that the trustees distribute £250,000 of capital to you and your brother before the end of the tax year. I have copied Mark so that he can comment on the tax position.

        Kind regards,
        """
    )
    + [""]
    + usig("oliver"),
    None,
    dict(name="Fiona Gallagher"),
    "GB",
    hard=True,
)

case(
    "investor-relations-team",
    "en",
    "outlook",
    ("Halden Capital – Investor Relations", "ir@haldencapital.com"),
    "daniel",
    """
    Dear Daniel,

    Thank you for your request. The Q3 investor letter and the updated capital account statements for your clients have been uploaded to the investor portal.

    Please let us know if you have any difficulty accessing them.

    Best regards,

    §Investor Relations
    §Halden Capital Management
    §ir@haldencapital.com | T +1 (646) 555-0120
    """,
    Q(
        "outlook",
        (2025, 11, 18, 9, 10),
        "Q3 statements – Okafor clients",
        """
        Hello,

        Could you send us the Q3 capital account statements for our three client accounts in Fund IV?

        Thank you,
        """,
        us=True,
    ),
    dict(
        company="Halden Capital Management",
        email="ir@haldencapital.com",
        phones=[P("+16465550120", "landline")],
    ),
    "US",
)

case(
    "consultant-cardiologist",
    "en",
    "gmail",
    ("Amelia Wright", "secretary@harleyheartclinic.co.uk"),
    "oliver",
    """
    Dear Mr Pennington,

    With your client's written consent, I am happy to provide the medical report requested by the insurer. My fee for the report is £350 and it will be sent directly to the insurer's chief medical officer.

    Yours sincerely,

    §Dr Amelia Wright MBBS FRCP
    §Consultant Cardiologist
    §The Harley Heart Clinic
    §88 Harley Street, London W1G 7HP
    §Secretary: 020 7946 0411
    §Fax: 020 7946 0412
    """,
    Q(
        "gmail",
        (2025, 11, 26, 10, 0),
        "Medical report – life cover application",
        """
        Dear Dr Wright,

        Our client Mr Hale has applied for life cover and the insurer has asked for a report from his cardiologist. His signed consent is attached.

        Yours sincerely,
        """,
    ),
    dict(
        name="Amelia Wright",
        title="Consultant Cardiologist",
        company="The Harley Heart Clinic",
        address="88 Harley Street, London W1G 7HP",
        phones=[P("+442079460411", "landline"), P("+442079460412", "fax")],
    ),
    "GB",
)

case(
    "toronto-portfolio-manager-cfa",
    "en",
    "outlook",
    ("Priyanka Sharma", "psharma@mapleridgeic.ca"),
    "daniel",
    """
    Hi Daniel,

    Thanks for the introduction to the Adeyemi family. We can manage the Canadian portion of their portfolio; I've attached our investment policy statement template and fee schedule.

    Regards,

    §Priyanka Sharma, CFA
    §Portfolio Manager
    §Maple Ridge Investment Counsel
    §181 Bay Street, Suite 2810
    §Toronto, ON M5J 2T3
    §T 416-555-0131 | C 647-555-0119
    """,
    Q(
        "outlook",
        (2025, 11, 27, 16, 25),
        "Introduction – Adeyemi family",
        """
        Hi Priyanka,

        I'd like to introduce you to the Adeyemi family, who are moving part of their assets to Canada. Would you be able to manage the Canadian portfolio?

        Best,
        """,
        us=True,
    ),
    dict(
        name="Priyanka Sharma",
        title="Portfolio Manager",
        company="Maple Ridge Investment Counsel",
        address="181 Bay Street, Suite 2810, Toronto, ON M5J 2T3",
        phones=[P("+14165550131", "landline"), P("+16475550119", "mobile")],
    ),
    "CA",
)

case(
    "architect-riba-instagram",
    "en",
    "gmail",
    ("Tom Ashworth", "tom@ashworthkemp.co.uk"),
    "oliver",
    """
    Hi Oliver,

    The planning application for the barn conversion went in on Friday. The council's target date is mid-February, so I'd hold off on the bridging loan until then.

    All the best,

    §Tom Ashworth RIBA
    §Director
    §Ashworth Kemp Architects
    §Unit 4, 12 Vyner Street, London E2 9DG
    §020 7946 0377 / 07825 990 214
    §ashworthkemp.co.uk

    Follow our work on Instagram @ashworthkemp
    """,
    Q(
        "gmail",
        (2025, 11, 24, 12, 30),
        "Barn conversion – planning timing",
        """
        Hi Tom,

        Could you let me know when the planning application for the Hales' barn conversion will be submitted? We are timing a bridging loan around it.

        Many thanks,
        """,
    ),
    dict(
        name="Tom Ashworth",
        title="Director",
        company="Ashworth Kemp Architects",
        website="ashworthkemp.co.uk",
        address="Unit 4, 12 Vyner Street, London E2 9DG",
        phones=[P("+442079460377", "landline"), P("+447825990214", "mobile")],
    ),
    "GB",
)

case(
    "edinburgh-estate-agent",
    "en",
    "gmail",
    ("Callum Fraser", "callum@fraserlindsay.co.uk"),
    "priya",
    """
    Hi Priya,

    We've had a second offer on the Stockbridge flat, £15k over the home report value, with no chain. I'll need your clients' decision by noon on Wednesday.

    Thanks,

    §Callum Fraser
    §Sales & Lettings Director
    §Fraser Lindsay Property
    §14 Dundas Street, Edinburgh EH3 6HZ
    §0131 496 0815 | 07400 512 733
    §fraserlindsay.co.uk
    """,
    Q(
        "gmail",
        (2025, 11, 28, 15, 0),
        "Stockbridge flat – offers",
        """
        Hi Callum,

        Could you keep me posted on any further offers on the Stockbridge flat? My clients are considering their options.

        Kind regards,
        """,
    ),
    dict(
        name="Callum Fraser",
        title="Sales & Lettings Director",
        company="Fraser Lindsay Property",
        website="fraserlindsay.co.uk",
        address="14 Dundas Street, Edinburgh EH3 6HZ",
        phones=[P("+441314960815", "landline"), P("+447400512733", "mobile")],
    ),
    "GB",
)

case(
    "glasgow-people-partner-pronouns",
    "en",
    "outlook",
    ("Jordan Ellis", "jordan.ellis@thistlecrown.co.uk"),
    "priya",
    """
    Hi Priya,

    Thanks for running the pension session yesterday – the feedback was excellent. Could we book two more for the Aberdeen and Inverness teams in January?

    Best wishes,

    §Jordan Ellis (they/them)
    §People Partner
    §Thistle & Crown Insurance Services
    §Tel: 0141 496 0273
    """,
    Q(
        "outlook",
        (2025, 11, 26, 17, 15),
        "Pension session – thank you",
        """
        Hi Jordan,

        Thank you for hosting us yesterday. I have attached the slides for circulation to the attendees.

        Best wishes,
        """,
    ),
    dict(
        name="Jordan Ellis",
        title="People Partner",
        company="Thistle & Crown Insurance Services",
        phones=[P("+441414960273", "landline")],
    ),
    "GB",
)

case(
    "one-line-middle-dots",
    "en",
    "outlook",
    ("James Calder", "james@fernbrooklogistics.com"),
    "oliver",
    """
    Oliver, agreed on all points. Let's sign the engagement letter on Monday.

    §James Calder · CEO · Fernbrook Logistics · +44 7712 338 406

    Get Outlook for iOS
    """,
    Q(
        "outlook_mobile",
        (2025, 11, 28, 19, 0),
        "Engagement letter – exit planning",
        """
        James,

        Attached is our engagement letter for the exit planning work, reflecting the changes we discussed on fees and scope.

        Best regards,
        """,
    ),
    dict(
        name="James Calder",
        title="CEO",
        company="Fernbrook Logistics",
        phones=[P("+447712338406", "mobile")],
    ),
    "GB",
)

case(
    "bdm-calendly-footer",
    "en",
    "outlook",
    ("Natalie Brooks", "natalie.brooks@ledgerline.io"),
    "oliver",
    """
    Hi Oliver,

    Great to meet you at the PIMFA conference. As promised, here is a short overview of how Ledgerline automates suitability reports for wealth planners. Happy to run a 30-minute demo for your team.

    Best,

    §Natalie Brooks
    §Business Development Manager
    §Ledgerline Software Ltd
    §+44 20 7946 0644 | +44 7400 228 915
    §ledgerline.io
    §https://www.linkedin.com/in/natalie-brooks-ldn/

    Book a meeting: calendly.com/natalie-ledgerline/30min
    """,
    Q(
        "outlook",
        (2025, 11, 14, 9, 45),
        "Suitability reports – overview",
        """
        Hi Natalie,

        Nice to meet you yesterday. Could you send me some information on your suitability report tool?

        Best,
        """,
    ),
    dict(
        name="Natalie Brooks",
        title="Business Development Manager",
        company="Ledgerline Software Ltd",
        website="ledgerline.io",
        linkedin="https://www.linkedin.com/in/natalie-brooks-ldn/",
        phones=[P("+442079460644", "landline"), P("+447400228915", "mobile")],
    ),
    "GB",
)

case(
    "managing-director-offices-line",
    "en",
    "outlook",
    ("David Chen", "david.chen@pinecrestpartners.com"),
    "daniel",
    """
    Daniel,

    We'd be interested in co-advising on the Adeyemi family's liquidity event. Our New York team can cover the capital markets side. Are you free for a call on Tuesday at 10 ET?

    Regards,

    §David Chen
    §Managing Director
    §Pinecrest Partners
    §London | New York | Singapore
    §T +1 212 555 0100 | M +1 917 555 0162
    §david.chen@pinecrestpartners.com
    """,
    Q(
        "outlook",
        (2025, 11, 25, 8, 30),
        "Adeyemi family – liquidity event",
        """
        David,

        The Adeyemi family is preparing the sale of a stake in their logistics business. Would Pinecrest be interested in co-advising?

        Best regards,
        """,
        us=True,
    ),
    dict(
        name="David Chen",
        title="Managing Director",
        company="Pinecrest Partners",
        email="david.chen@pinecrestpartners.com",
        phones=[P("+12125550100", "landline"), P("+19175550162", "mobile")],
    ),
    "US",
)

case(
    "hong-kong-associate-bracketed-code",
    "en",
    "owa",
    ("Terence Chan", "terence.chan@lotuspeak.com.hk"),
    "meilin",
    """
    Dear Mei Lin,

    Noted with thanks. We will arrange for the board resolution to be signed by both directors in Hong Kong and couriered to your office by Friday.

    Best regards,

    §Terence Chan
    §Associate, Family Office
    §Lotus Peak Capital Limited
    §Suite 3501, 35/F, Two Exchange Square
    §8 Connaught Place, Central, Hong Kong
    §T: (852) 3758 1200 | D: (852) 3758 1216
    """,
    Q(
        "owa",
        (2025, 11, 26, 15, 40),
        "Board resolution – account opening",
        """
        Dear Terence,

        The bank requires a board resolution signed by both directors to open the Singapore account. The template is attached.

        Kind regards,
        """,
    ),
    dict(
        name="Terence Chan",
        title="Associate, Family Office",
        company="Lotus Peak Capital Limited",
        address="Suite 3501, 35/F, Two Exchange Square, 8 Connaught Place, Central, Hong Kong",
        phones=[P("+85237581200", "landline"), P("+85237581216", "landline")],
    ),
    "HK",
)

case(
    "attorney-esq-pc",
    "en",
    "gmail",
    ("Michael Brennan", "mbrennan@brennanshaw.com"),
    "daniel",
    """
    Daniel,

    I've reviewed the draft trust amendment. Section 4.2 needs to be conformed to the new distribution standard, and the trustee succession clause should name a corporate trustee as the last resort. Redline attached.

    Best,

    §Michael T. Brennan, Esq.
    §Brennan & Shaw, P.C.
    §One Financial Center, 15th Floor
    §Boston, MA 02111
    §Tel. (617) 555-0125
    §Fax (617) 555-0126

    CONFIDENTIALITY NOTICE: This e-mail may contain privileged attorney-client communications. If you are not the intended recipient, please notify the sender and delete it.
    """,
    Q(
        "gmail",
        (2025, 11, 20, 11, 0),
        "Okonkwo trust – amendment",
        """
        Hi Michael,

        Please find attached the draft amendment to the Okonkwo family trust. Could you review it before our meeting with the family?

        Thanks,
        """,
        us=True,
    ),
    dict(
        name="Michael T. Brennan",
        company="Brennan & Shaw, P.C.",
        address="One Financial Center, 15th Floor, Boston, MA 02111",
        phones=[P("+16175550125", "landline"), P("+16175550126", "fax")],
    ),
    "US",
)

case(
    "brisbane-po-box",
    "en",
    "android",
    ("Lachlan O'Brien", "lachlan@coralcoastwealth.com.au"),
    "jack",
    """
    G'day Jack,

    All good on our end. The rollover request was lodged this morning; the fund says 3 business days. I'll confirm once the money lands.

    Cheers,

    §Lachlan O'Brien
    §Senior Financial Planner
    §Coral Coast Wealth
    §PO Box 1234, Brisbane QLD 4001
    §Ph: 07 5550 2240 | Mob: 0491 570 134

    Sent from my Galaxy
    """,
    Q(
        "samsung",
        (2025, 12, 1, 10, 20),
        "Rollover – Mr Nguyen",
        """
        Hi Lachlan,

        Just checking the status of Mr Nguyen's super rollover. He is keen to have it completed before Christmas.

        Thanks,
        """,
        tz="(GMT+10:00)",
    ),
    dict(
        name="Lachlan O'Brien",
        title="Senior Financial Planner",
        company="Coral Coast Wealth",
        address="PO Box 1234, Brisbane QLD 4001",
        phones=[P("+61755502240", "landline"), P("+61491570134", "mobile")],
    ),
    "AU",
)

case(
    "montreal-english-body-french-block",
    "en",
    "outlook",
    ("Mathieu Lavoie", "mathieu.lavoie@gfsl.ca"),
    "daniel",
    """
    Hi Daniel,

    Thanks for the intro to your team. Happy to set up a call with our family clients next week; Wednesday afternoon works best on our side.

    Best,

    §Mathieu Lavoie
    §Conseiller principal, Gestion de patrimoine
    §Groupe Financier Saint-Laurent
    §1000, rue De La Gauchetière Ouest, bureau 2400
    §Montréal (Québec) H3B 4W5
    §Tél. : 514 555-0167 | Cell. : 514 555-0188
    """,
    Q(
        "outlook",
        (2025, 11, 27, 14, 0),
        "Cross-border families – intro",
        """
        Hi Mathieu,

        It was good to meet you in Toronto. I'd like to introduce you to my team, who look after our cross-border families.

        Best,
        """,
        us=True,
    ),
    dict(
        name="Mathieu Lavoie",
        title="Conseiller principal, Gestion de patrimoine",
        company="Groupe Financier Saint-Laurent",
        address="1000, rue De La Gauchetière Ouest, bureau 2400, Montréal (Québec) H3B 4W5",
        phones=[P("+15145550167", "landline"), P("+15145550188", "mobile")],
    ),
    "CA",
    hard=True,
)

case(
    "insurer-registered-office-footer",
    "en",
    "outlook",
    ("Helen Marsh", "helen.marsh@thornburymutual.co.uk"),
    "priya",
    """
    Dear Priya,

    Thank you for the proposal form. We can offer cover on standard terms for the main residence; the holiday let will need a separate policy. Quote attached, valid for 30 days.

    Kind regards,

    §Helen Marsh
    §Senior Underwriter, Private Client
    §Thornbury Mutual Insurance
    §2 Canal Wharf, Leeds LS11 5PS
    §T 0113 496 0521
    Thornbury Mutual Insurance Ltd. Registered in England No. 01234567. Registered office: 40 Leadenhall Street, London EC3A 2BJ. Authorised by the Prudential Regulation Authority.
    """,
    Q(
        "outlook",
        (2025, 11, 25, 12, 10),
        "Proposal – Sinclair household cover",
        """
        Dear Helen,

        Please find attached the proposal form for the Sinclair household, covering the main residence and the holiday let in the Borders.

        Kind regards,
        """,
    ),
    dict(
        name="Helen Marsh",
        title="Senior Underwriter, Private Client",
        company="Thornbury Mutual Insurance",
        address="2 Canal Wharf, Leeds LS11 5PS",
        phones=[P("+441134960521", "landline")],
    ),
    "GB",
    hard=True,
)

case(
    "ipad-only-no-signature",
    "en",
    "iphone",
    ("Richard Hale", "richard.hale@stonebridgeih.com"),
    "daniel",
    """
    Yes, Thursday at 3 works.

    Sent from my iPad
    """,
    Q(
        "iphone",
        (2025, 12, 2, 20, 5),
        "Thursday?",
        """
        Richard,

        Would Thursday at 3 pm work for a call with your CFO?

        Best,
        """,
        us=True,
    ),
    {},
    "US",
)

case(
    "ps-before-signature-new-mobile",
    "en",
    "gmail",
    ("Declan Byrne", "declan.byrne@eircom.net"),
    "aoife",
    """
    Hi Aoife,

    Thanks for sending the pension transfer forms. I've signed both and posted them this morning.

    Regards,

    P.S. My new mobile number is below – the old one will be disconnected at the end of the month.

    §Declan Byrne
    §087 214 9903
    """,
    Q(
        "gmail",
        (2025, 11, 27, 9, 40),
        "Pension transfer forms",
        """
        Hi Declan,

        Please find attached the two forms for the pension transfer. Could you sign where marked and post them back to us?

        Kind regards,
        """,
    ),
    dict(name="Declan Byrne", phones=[P("+353872149903", "mobile")]),
    "IE",
)

case(
    "singapore-blk-startup",
    "en",
    "gmail",
    ("Nicholas Lim", "nick@tessellate.sg"),
    "meilin",
    """
    Hi Mei Lin,

    Thanks for the term sheet. We're fine with the 1x non-participating preference; the board seat for your family office is also OK. Let's aim to sign before the 19th.

    Best,

    §Nicholas Lim
    §Founder & CEO
    §Tessellate Analytics Pte Ltd
    §Blk 71 Ayer Rajah Crescent, #02-18
    §Singapore 139951
    §M: +65 8123 4406
    §LinkedIn: linkedin.com/in/nicholaslim-tessellate
    """,
    Q(
        "gmail",
        (2025, 12, 1, 18, 0),
        "Term sheet – Series A",
        """
        Hi Nicholas,

        Attached is our term sheet for the Series A. Happy to discuss any of the terms.

        Regards,
        """,
    ),
    dict(
        name="Nicholas Lim",
        title="Founder & CEO",
        company="Tessellate Analytics Pte Ltd",
        linkedin="linkedin.com/in/nicholaslim-tessellate",
        address="Blk 71 Ayer Rajah Crescent, #02-18, Singapore 139951",
        phones=[P("+6581234406", "mobile")],
    ),
    "SG",
)

case(
    "deep-history-first-name-only",
    "en",
    "outlook",
    ("Robert Ainsley", "robert.ainsley@ainsleyhomes.co.uk"),
    "oliver",
    """
    Oliver,

    Fine by me – go with option B. I'll tell Sue tonight.

    §Rob
    """,
    Q(
        "outlook",
        (2025, 12, 2, 16, 0),
        "RE: Share sale proceeds – options",
        """
        Hi Rob,

        Following your note below, I've modelled both options. Option B (pension contribution plus EIS) saves about £41,000 in tax this year. Shall we proceed?

        Best regards,
        """,
        deeper=Q(
            "outlook",
            (2025, 12, 1, 9, 15),
            "Share sale proceeds – options",
            """
            Hi Oliver,

            Now the sale has completed, Sue and I would like to look at what to do with the proceeds. Could you model a couple of options?

            Regards,
            """,
            frm="sender",
            sig=(
                "Robert Ainsley",
                "Managing Director",
                "Ainsley Homes Ltd",
                "Ainsley House, 3 Mill Lane, Harrogate HG1 2RT",
                "Tel: 0113 496 0577 | Mob: 07400 118 442",
                "www.ainsleyhomes.co.uk",
            ),
        ),
    ),
    dict(name="Rob"),
    "GB",
    hard=True,
)

case(
    "answers-inside-history-first-name",
    "en",
    "owa",
    ("Samuel Okoro", "samuel.okoro@okoro-engineering.co.uk"),
    "priya",
    """
    Hi Priya – answers below in blue.

    Thanks,
    §Sam
    """,
    Q(
        "owa",
        (2025, 12, 1, 13, 5),
        "Financial plan – a few questions",
        """
        Hi Sam,

        A few questions before we finalise the plan:

        1. Do you still hold the stocks and shares ISA with your old platform? [SO] Yes, about £120k.
        2. Is Grace's pension in drawdown yet? [SO] Not yet – she turns 57 in March.
        3. Any gifts made in the last seven years? [SO] £20k to our son in 2021, nothing else.

        Kind regards,
        """,
    ),
    dict(name="Sam"),
    "GB",
)

case(
    "superintendent-pharmacist",
    "en",
    "outlook",
    ("Aisha Patel", "aisha.patel@greenwaypharmacy.co.uk"),
    "oliver",
    """
    Dear Oliver,

    Thank you for the heads of terms. My brother and I are comfortable with the price; our only concern is the six-month handover period, which we'd like to reduce to three.

    Kind regards,

    §Aisha Patel MRPharmS
    §Superintendent Pharmacist
    §Greenway Pharmacy Group
    §41 High Street, Harpenden AL5 2SD
    §01582 460 051
    """,
    Q(
        "outlook",
        (2025, 11, 28, 10, 10),
        "Heads of terms – Greenway Pharmacy Group",
        """
        Dear Aisha,

        Please find attached the heads of terms received from the buyer this morning, with our comments in the margin.

        Kind regards,
        """,
    ),
    dict(
        name="Aisha Patel",
        title="Superintendent Pharmacist",
        company="Greenway Pharmacy Group",
        address="41 High Street, Harpenden AL5 2SD",
        phones=[P("+441582460051", "landline")],
    ),
    "GB",
)

case(
    "helsinki-cfo-pipes",
    "en",
    "thunderbird",
    ("Mikko Virtanen", "mikko.virtanen@revontuli.fi"),
    "priya",
    """
    Hi Priya,

    Board approved the plan yesterday. Please send the engagement letter to me and copy our HR director.

    BR,

    §Mikko Virtanen | CFO | Revontuli Oy
    §Mannerheimintie 12 B, 00100 Helsinki, Finland
    §+358 40 712 3344
    """,
    Q(
        "thunderbird",
        (2025, 11, 27, 8, 20),
        "Executive pensions – next steps",
        """
        Hi Mikko,

        Following our presentation, could you let us know whether the board is happy to proceed with the executive pension review?

        Kind regards,
        """,
    ),
    dict(
        name="Mikko Virtanen",
        title="CFO",
        company="Revontuli Oy",
        address="Mannerheimintie 12 B, 00100 Helsinki, Finland",
        phones=[P("+358407123344", "mobile")],
    ),
    "FI",
)

case(
    "firm-first-caps-dotted-us",
    "en",
    "outlook",
    ("Lisa Grant", "lgrant@northstarrps.com"),
    "daniel",
    """
    Hi Daniel,

    Attached is the plan's Form 5500 and the latest fee disclosure, as requested. Let me know if your team needs the participant census as well.

    Thank you,

    §NORTHSTAR RETIREMENT PLAN SERVICES
    §Lisa Grant | Relationship Manager
    §1200 Market Street, Suite 1500, Philadelphia, PA 19107
    §Direct 215.555.0139 | Cell 215.555.0178
    §lgrant@northstarrps.com
    """,
    Q(
        "outlook",
        (2025, 11, 21, 11, 30),
        "Stonebridge 401(k) – documents",
        """
        Hi Lisa,

        Could you send us the latest Form 5500 and the fee disclosure for the Stonebridge 401(k) plan? We are preparing the annual review.

        Thanks,
        """,
        us=True,
    ),
    dict(
        name="Lisa Grant",
        title="Relationship Manager",
        company="NORTHSTAR RETIREMENT PLAN SERVICES",
        email="lgrant@northstarrps.com",
        address="1200 Market Street, Suite 1500, Philadelphia, PA 19107",
        phones=[P("+12155550139", "landline"), P("+12155550178", "mobile")],
    ),
    "US",
)

case(
    "title-above-name-estate",
    "en",
    "outlook",
    ("Margaret O'Connell", "moconnell@bramleyhall.co.uk"),
    "priya",
    """
    Dear Ms Raman,

    Thank you for your letter. The trustees will consider the proposal for the woodland sale at their meeting on 16 December. I shall write to you with their decision.

    Yours sincerely,

    §Chief Operating Officer
    §Margaret O'Connell
    §Bramley Hall Estates
    §Estate Office, Bramley Hall, Guildford GU5 0AA
    §01483 460 288
    """,
    Q(
        "outlook",
        (2025, 11, 24, 9, 0),
        "Proposed woodland sale",
        """
        Dear Mrs O'Connell,

        Further to our meeting, I enclose our proposal for the sale of the north woodland and the reinvestment of the proceeds.

        Yours sincerely,
        """,
    ),
    dict(
        name="Margaret O'Connell",
        title="Chief Operating Officer",
        company="Bramley Hall Estates",
        address="Estate Office, Bramley Hall, Guildford GU5 0AA",
        phones=[P("+441483460288", "landline")],
    ),
    "GB",
)

case(
    "manchester-hr-zero-and-extension",
    "en",
    "outlook",
    ("Gemma Whitworth", "gemma.whitworth@pennineprecision.co.uk"),
    "oliver",
    """
    Hi Oliver,

    We'd like to go ahead with the salary sacrifice briefing for the senior team. Could you do 22 January in Manchester? I'll book the boardroom.

    Many thanks

    §Gemma Whitworth
    §HR Business Partner – Reward
    §Pennine Precision Engineering Ltd
    §Trafford Park Road, Manchester M17 1HH
    §Tel: +44 (0)161 496 0755 ext. 2207
    §Mob: +44 (0)7400 336 218
    """,
    Q(
        "outlook",
        (2025, 11, 27, 13, 45),
        "Salary sacrifice briefing",
        """
        Hi Gemma,

        Following our call, would your senior team like a briefing on pension salary sacrifice before the new tax year?

        Best regards,
        """,
    ),
    dict(
        name="Gemma Whitworth",
        title="HR Business Partner – Reward",
        company="Pennine Precision Engineering Ltd",
        address="Trafford Park Road, Manchester M17 1HH",
        phones=[P("+441614960755", "landline"), P("+447400336218", "mobile")],
    ),
    "GB",
)

case(
    "closing-and-name-one-line",
    "en",
    "gmail",
    ("Ravi Menon", "ravi.menon.sg@gmail.com"),
    "meilin",
    """
    Dear Mei Lin,

    Received with thanks. I will go through the investment proposal with my wife this weekend and revert on Monday.

    §Many thanks, Ravi Menon
    """,
    Q(
        "gmail",
        (2025, 12, 4, 17, 30),
        "Investment proposal",
        """
        Dear Mr Menon,

        Please find attached the investment proposal we discussed on Tuesday.

        Warm regards,
        """,
    ),
    dict(name="Ravi Menon"),
    "SG",
)

case(
    "colleague-contact-in-body",
    "en",
    "outlook",
    ("Mark Davies", "mark.davies@kestrelcompliance.co.uk"),
    "oliver",
    """
    Dear Oliver,

    I'm on leave from tomorrow until 5 January. In my absence, please contact my colleague Sophie Turner on 020 7946 0199 or sophie.turner@kestrelcompliance.co.uk, who has the full file.

    The revised Consumer Duty assessment will be with you by Friday.

    Kind regards,

    §Mark Davies
    §Head of Compliance Consulting
    §Kestrel Compliance Ltd
    §T: 020 7946 0155
    §kestrelcompliance.co.uk
    """,
    Q(
        "outlook",
        (2025, 12, 3, 15, 20),
        "Consumer Duty assessment",
        """
        Dear Mark,

        Could you let me know when we can expect the revised Consumer Duty assessment?

        Kind regards,
        """,
    ),
    dict(
        name="Mark Davies",
        title="Head of Compliance Consulting",
        company="Kestrel Compliance Ltd",
        website="kestrelcompliance.co.uk",
        phones=[P("+442079460155", "landline")],
    ),
    "GB",
    hard=True,
)


# ==========================================================================
# Build and self-check
# ==========================================================================

FIELD_ORDER = ("name", "title", "company", "email", "website", "linkedin", "address", "phones")
TYPES = {"landline", "mobile", "fax"}
CLIENT_KINDS = {
    "outlook": {"outlook", "outlook_plain", "outlook_old", "outlook_mobile"},
    "owa": {"owa", "outlook"},
    "gmail": {"gmail"},
    "applemail": {"apple"},
    "iphone": {"iphone", "apple"},
    "android": {"samsung", "gmail"},
    "thunderbird": {"thunderbird"},
    "other": {"orange"},
}
CLOSINGS = {
    "cordialement",
    "bien cordialement",
    "bien a vous",
    "salutations",
    "kind regards",
    "best regards",
    "regards",
    "best",
    "thanks",
    "many thanks",
    "cheers",
    "pour le cabinet",
}
HONORIFICS = {"me", "maitre", "mme", "m", "mr", "mrs", "ms", "dr", "pr", "madame", "monsieur"}
POSTNOMINALS = {"cfa", "cpa", "fca", "riba", "mrpharms", "frcp", "mbbs", "esq", "cfp", "qfa", "dplg"}


def norm(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "", s)


def norm_url(s):
    s = re.sub(r"^[a-z]+://", "", s.strip().casefold())
    s = re.sub(r"^www\.", "", s)
    return norm(s)


def closing_key(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z ]+", "", s).strip()


def strip_quote(line):
    return re.sub(r"^[>\s]+", "", line).strip()


def build_case(n, c):
    text = c["text"]
    new_lines = dd(text) if isinstance(text, str) else list(text)
    lines, sig = [], []
    for ln in new_lines:
        if ln.startswith(MARK):
            sig.append(len(lines))
            lines.append(ln[len(MARK) :])
        else:
            lines.append(ln)
    q = c["quote"]
    if isinstance(q, Q):
        lines += render(q, c["sender"], c["user"], c["lang"])
    elif isinstance(q, list):
        lines += q
    else:
        assert q is None
    fields = {k: c["fields"][k] for k in FIELD_ORDER if k in c["fields"]}
    user = c["user"]
    return {
        "id": f"f{n:03d}-{c['lang']}-{c['client']}-{c['slug']}",
        "lang": c["lang"],
        "client": c["client"],
        "region": user.region,
        "sender": {"address": c["sender"][1], "name": c["sender"][0]},
        "user": {"address": user.address, "name": user.name},
        "body": "\n".join(lines),
        "signature": sig,
        "fields": fields,
    }


def check_case(c, out, errors):
    cid = out["id"]

    def err(msg):
        errors.append(f"{cid}: {msg}")

    lines = out["body"].split("\n")
    sig = out["signature"]
    fields = out["fields"]

    if out["client"] not in ALLOWED_CLIENTS:
        err(f"unknown client {out['client']}")
    if isinstance(c["quote"], Q) and c["quote"].kind not in CLIENT_KINDS[out["client"]]:
        err(f"quote layout {c['quote'].kind} does not fit client {out['client']}")
    if MARK in out["body"]:
        err("marker left in body")
    if "\r" in out["body"] or "\t\n" in out["body"]:
        err("stray CR or trailing tab")
    unknown = set(c["fields"]) - set(FIELD_ORDER)
    if unknown:
        err(f"unknown field keys {unknown}")

    # signature lines
    if sig != sorted(set(sig)):
        err("signature indexes not sorted/unique")
    for i in sig:
        ln = lines[i]
        s = ln.strip()
        if not s:
            err(f"blank line labelled at {i}")
        elif s.startswith(">"):
            err(f"quoted line labelled at {i}")
        elif s.startswith("[cid:") or s.startswith("[image"):
            err(f"image placeholder labelled at {i}")
        elif s == "--":
            err(f"separator labelled at {i}")
        elif closing_key(s) in CLOSINGS:
            err(f"bare closing labelled at {i}: {s!r}")
        elif re.match(r"^(envoy|sent from|get outlook|obtenir outlook)", s, re.I):
            err(f"device line labelled at {i}")
    if not sig and fields:
        err("fields without signature lines")
    if sig and not fields:
        err("signature lines without any field")

    sig_lines = [lines[i] for i in sig]
    sig_norm = norm(" ".join(sig_lines))

    for key in ("name", "title", "company", "email"):
        if key in fields:
            v = fields[key]
            if not isinstance(v, str) or not v.strip():
                err(f"{key} empty")
            elif norm(v) not in sig_norm:
                err(f"{key} {v!r} not in signature lines")
    for key in ("website", "linkedin"):
        if key in fields:
            v = fields[key]
            if norm_url(v) not in sig_norm:
                err(f"{key} {v!r} not in signature lines")
    if "linkedin" in fields and "linkedin.com/" not in fields["linkedin"]:
        err("linkedin is not a LinkedIn URL")
    if "email" in fields and "@" not in fields["email"]:
        err("email without @")
    if "address" in fields:
        for part in fields["address"].split(", "):
            if norm(part) not in sig_norm:
                err(f"address part {part!r} not in signature lines")
    if "name" in fields:
        toks = fields["name"].split()
        first = toks[0].strip(".").casefold()
        if first in HONORIFICS or first == "maître":
            err(f"name starts with an honorific: {fields['name']!r}")
        if norm(toks[-1]) in POSTNOMINALS or "," in fields["name"]:
            err(f"name carries a designation: {fields['name']!r}")

    # phones
    labelled = []
    for p in fields.get("phones", []):
        v, t = p.get("value"), p.get("type")
        if set(p) != {"value", "type"}:
            err(f"phone entry keys {set(p)}")
        if t not in TYPES:
            err(f"phone {v} bad type {t}")
        try:
            num = phonenumbers.parse(v, None)
        except phonenumbers.NumberParseException as e:
            err(f"phone {v} does not parse: {e}")
            continue
        if not phonenumbers.is_valid_number(num):
            err(f"phone {v} not valid")
        if phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) != v:
            err(f"phone {v} not in E.164")
        nt = phonenumbers.number_type(num)
        if t == "mobile" and nt == PNT.FIXED_LINE:
            err(f"phone {v} labelled mobile but is a fixed-line number")
        if t in ("landline", "fax") and nt == PNT.MOBILE:
            err(f"phone {v} labelled {t} but is a mobile number")
        nsn = phonenumbers.national_significant_number(num)
        if not any(nsn in re.sub(r"\D", "", ln) for ln in sig_lines):
            err(f"phone {v}: digits {nsn} not in any signature line")
        labelled.append(v)
    if len(labelled) != len(set(labelled)):
        err("duplicate phone")

    # completeness: the matcher over the labelled lines finds exactly the labelled phones
    found = set()
    for ln in sig_lines:
        for m in phonenumbers.PhoneNumberMatcher(ln, c["sreg"], leniency=phonenumbers.Leniency.VALID):
            found.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
    found -= set(c["matcher_ignore"])
    if found != set(labelled):
        err(f"matcher found {sorted(found)} but labelled {sorted(labelled)}")

    # the user's own signature is in the quoted history, never labelled
    stripped = [strip_quote(ln) for ln in lines]
    user = c["user"]
    for ul in user.sig:
        hits = [i for i, s in enumerate(stripped) if s == ul.strip()]
        if not hits:
            err(f"user signature line missing from history: {ul!r}")
        elif any(i in sig for i in hits):
            err(f"user signature line labelled: {ul!r}")
    if "name" in fields and norm(fields["name"]) == norm(user.name):
        err("sender name equals user name")


def main():
    outs, errors = [], []
    for n, c in enumerate(CASES, 1):
        out = build_case(n, c)
        check_case(c, out, errors)
        outs.append(out)

    ids = [o["id"] for o in outs]
    if len(ids) != len(set(ids)):
        errors.append("ids not unique")
    if len(outs) != 100:
        errors.append(f"{len(outs)} cases, expected 100")
    n_fr = sum(o["lang"] == "fr" for o in outs)
    n_en = sum(o["lang"] == "en" for o in outs)
    if (n_fr, n_en) != (55, 45):
        errors.append(f"languages fr={n_fr} en={n_en}, expected 55/45")
    n_hard = sum(c["hard"] for c in CASES)
    if not 12 <= n_hard <= 20:
        errors.append(f"{n_hard} cases marked hard, expected about 15")

    data = json.dumps(outs, indent=2, ensure_ascii=False) + "\n"
    if data != json.dumps(json.loads(data), indent=2, ensure_ascii=False) + "\n":
        errors.append("JSON does not round-trip")

    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errors)} self-check failure(s); cases.json not written", file=sys.stderr)
        return 1
    OUT.write_bytes(data.encode("utf-8"))
    print(f"wrote {OUT.name}: {len(outs)} cases (fr {n_fr}, en {n_en}, hard {n_hard})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
