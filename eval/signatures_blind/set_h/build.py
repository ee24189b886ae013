"""Blind signature set H: 100 replies to the advisers of Estuaire Patrimoine, an invented French CGP.

Writes cases.json next to this file. No clock and no randomness: the same bytes on every run. Every case is checked
before anything is written; on any failure the build prints the problems, exits 1 and writes nothing.

    PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python eval/signatures_blind/set_h/build.py
"""

import datetime
import hashlib
import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberType

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.json"
MODULES = ("cases_fr1", "cases_fr2", "cases_en1", "cases_en2")

# ---------------------------------------------------------------------------------------------------------------------
# The mailbox: Estuaire Patrimoine, an independent wealth-management firm (CGP) in Bordeaux and Nantes.
# Its advisers' signatures are in every quoted message and are never labelled.
# ---------------------------------------------------------------------------------------------------------------------

FOOTER_FR = (
    "Estuaire Patrimoine SAS au capital de 50 000 € – RCS Bordeaux 812 447 309 – Conseiller en investissements "
    "financiers adhérent de la CNCEF Patrimoine – Courtier en assurance – ORIAS n° 21 003 418. Ce message et ses "
    "pièces jointes sont confidentiels."
)

USERS = {
    "jm": {
        "name": "Julien Marchetti",
        "address": "j.marchetti@estuaire-patrimoine.example",
        "lang": "fr",
        "sig": [
            "Julien Marchetti",
            "Associé – Conseiller en gestion de patrimoine",
            "Estuaire Patrimoine – Bordeaux",
            "41 quai des Chartrons, 33000 Bordeaux",
            "Tél. 05 36 49 20 10 | Port. 06 71 48 22 90",
            "www.estuaire-patrimoine.example",
            "",
            FOOTER_FR,
        ],
    },
    "hc": {
        "name": "Hélène Carbonnel",
        "address": "h.carbonnel@estuaire-patrimoine.example",
        "lang": "fr",
        "sig": [
            "Hélène Carbonnel",
            "Conseillère en gestion de patrimoine",
            "Estuaire Patrimoine | Agence de Nantes",
            "8 quai François Mitterrand – 44200 Nantes",
            "02 61 91 40 20 – 07 81 25 64 30",
            "",
            FOOTER_FR,
        ],
    },
    "tl": {
        "name": "Thomas Le Bihan",
        "address": "t.lebihan@estuaire-patrimoine.example",
        "lang": "fr",
        "sig": [
            "Thomas Le Bihan",
            "Ingénieur patrimonial",
            "Estuaire Patrimoine",
            "Nantes – Bordeaux",
            "Ligne directe : 02 61 91 40 27",
            "",
            FOOTER_FR,
        ],
    },
    "sd": {
        "name": "Sophie Darrieux",
        "address": "s.darrieux@estuaire-patrimoine.example",
        "lang": "fr",
        "sig": [
            "Sophie Darrieux",
            "Assistante de gestion – Middle-office",
            "Estuaire Patrimoine",
            "Tél. 05 36 49 20 14",
        ],
    },
    "ma": {
        "name": "Marc Aubertin",
        "address": "m.aubertin@estuaire-patrimoine.example",
        "lang": "fr",
        "sig": [
            "Marc Aubertin",
            "Président",
            "Estuaire Patrimoine",
            "41 quai des Chartrons, 33000 Bordeaux",
            "05 36 49 20 10",
            "",
            FOOTER_FR,
        ],
    },
    "cw": {
        "name": "Claire Whitfield",
        "address": "c.whitfield@estuaire-patrimoine.example",
        "lang": "en",
        "sig": [
            "Claire Whitfield",
            "Wealth Adviser – International & English-speaking clients",
            "Estuaire Patrimoine, Bordeaux, France",
            "T +33 5 36 49 20 18 | M +33 6 80 15 27 43",
            "www.estuaire-patrimoine.example",
            "",
            "Estuaire Patrimoine SAS – CIF, member of CNCEF Patrimoine – ORIAS 21 003 418. "
            "This message is confidential.",
        ],
    },
}

CLOSING = {"fr": "Bien cordialement,", "en": "Kind regards,"}

# ---------------------------------------------------------------------------------------------------------------------
# Dates and quote shapes
# ---------------------------------------------------------------------------------------------------------------------

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = [
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
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
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


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def ampm(d, seconds=False):
    h = d.hour % 12 or 12
    sec = f":{d.second:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{sec} {'AM' if d.hour < 12 else 'PM'}"


def paris_offset(d):
    """Paris summer time in 2026: from 29 March to 25 October."""
    summer = datetime.datetime(2026, 3, 29, 2) <= d < datetime.datetime(2026, 10, 25, 3)
    return "GMT+02:00" if summer else "GMT+01:00"


def quoted(lines):
    return [f"> {line}" if line else ">" for line in lines]


def render_quote(style, d, subject, msg, user, sender):
    u, ua = user["name"], user["address"]
    s, sa = sender["name"], sender["address"]
    fr_long = f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {hm(d)}"
    dmy = f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "outlook_fr":
        return ["", f"De : {u} <{ua}>", f"Envoyé : {fr_long}", f"À : {s} <{sa}>", f"Objet : {subject}", "", *msg]
    if style == "outlook_old_fr":
        head = ["-----Message d'origine-----", f"De : {u} [mailto:{ua}]", f"Envoyé : {fr_long}", f"À : {s}"]
        return ["", *head, f"Objet : {subject}", "", *msg]
    if style == "owa_fr":
        bar = "________________________________"
        return ["", bar, f"De : {u} <{ua}>", f"Envoyé : {fr_long}", f"À : {s} <{sa}>", f"Objet : {subject}", "", *msg]
    if style == "android_fr":
        sent = f"{JOURS[d.weekday()]}, {MOIS[d.month - 1]} {d.day}, {d.year} {ampm(d, seconds=True)}"
        bar = "________________________________"
        return ["", bar, f"De : {u} <{ua}>", f"Envoyé : {sent}", f"À : {s} <{sa}>", f"Objet : {subject}", "", *msg]
    if style == "samsung_fr":
        head = [
            "-------- Message d'origine --------",
            f"De : {u} <{ua}> ",
            f"Date : {dmy} {hm(d)} ({paris_offset(d)}) ",
            f"À : {s} <{sa}> ",
            f"Objet : {subject} ",
        ]
        return ["", "", *head, "", *msg]
    if style == "gmail_fr":
        when = f"{JOURS_AB[d.weekday()]} {d.day} {MOIS_AB[d.month - 1]} {d.year} à {hm(d)}"
        return ["", f"Le {when}, {u} <{ua}> a écrit :", "", *quoted(msg)]
    if style == "iphone_fr":
        return ["", f"Le {d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}, {u} <{ua}> a écrit :", "", *quoted(msg)]
    if style == "applemail_fr":
        head = f"Le {d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}, {u} <{ua}> a écrit :"
        return ["", *quoted([head, "", *msg])]
    if style == "thunderbird_fr":
        return ["", f"Le {dmy} à {hm(d)}, {u} a écrit :", *quoted(msg)]
    if style == "orange_fr":
        head = [
            f"Message du {d.day:02d}/{d.month:02d}/{d.year % 100:02d} {hm(d)}",
            f'De : "{u}" <{ua}>',
            f"A : {sa}",
            "Copie à : ",
            f"Objet : {subject}",
            "",
        ]
        return ["", *quoted([*head, *msg])]
    if style == "zimbra_fr":
        sent = f"{JOURS[d.weekday()].capitalize()} {d.day} {MOIS[d.month - 1].capitalize()} {d.year} {hm(d)}:00"
        head = ["----- Mail original -----", f'De: "{u}" <{ua}>', f'À: "{s}" <{sa}>', f"Envoyé: {sent}"]
        return ["", *head, f"Objet: {subject}", "", *quoted(msg)]
    if style == "outlook_uk":
        sent = f"{d.day:02d} {MONTHS[d.month - 1]} {d.year} {hm(d)}"
        return ["", f"From: {u} <{ua}>", f"Sent: {sent}", f"To: {s} <{sa}>", f"Subject: {subject}", "", *msg]
    if style == "outlook_us":
        sent = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)}"
        return ["", f"From: {u} <{ua}>", f"Sent: {sent}", f"To: {s} <{sa}>", f"Subject: {subject}", "", *msg]
    if style == "android_en":
        sent = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, seconds=True)}"
        bar = "________________________________"
        return ["", bar, f"From: {u} <{ua}>", f"Sent: {sent}", f"To: {s} <{sa}>", f"Subject: {subject}", "", *msg]
    if style == "gmail_uk":
        when = f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} at {hm(d)}"
        return ["", f"On {when}, {u} <{ua}> wrote:", "", *quoted(msg)]
    if style == "gmail_us":
        when = f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {ampm(d)}"
        return ["", f"On {when}, {u} <{ua}> wrote:", "", *quoted(msg)]
    if style == "iphone_en":
        return ["", f"On {d.day} {MONTHS[d.month - 1][:3]} {d.year}, at {hm(d)}, {u} <{ua}> wrote:", "", *quoted(msg)]
    if style == "applemail_en":
        head = f"On {d.day} {MONTHS[d.month - 1][:3]} {d.year}, at {hm(d)}, {u} <{ua}> wrote:"
        return ["", *quoted([head, "", *msg])]
    if style == "thunderbird_en":
        return ["", f"On {dmy} {hm(d)}, {u} wrote:", *quoted(msg)]
    raise ValueError(f"unknown quote style {style}")


STYLES_BY_CLIENT = {
    "outlook": {"outlook_fr", "outlook_old_fr", "outlook_uk", "outlook_us"},
    "owa": {"owa_fr"},
    "android": {"android_fr", "android_en", "samsung_fr"},
    "gmail": {"gmail_fr", "gmail_uk", "gmail_us"},
    "iphone": {"iphone_fr", "iphone_en"},
    "applemail": {"applemail_fr", "applemail_en"},
    "thunderbird": {"thunderbird_fr", "thunderbird_en"},
    "webmail": {"orange_fr", "zimbra_fr"},
}

LAYOUTS = {
    "block",
    "oneline",
    "caps",
    "lastname-first",
    "firm-first",
    "multi-office",
    "two-people",
    "couple",
    "assistant",
    "team",
    "mobile",
    "first-name",
    "closing-name",
    "dash-dash",
    "none",
}

KINDS = {
    "notary",
    "lawyer",
    "accountant",
    "health",
    "farm",
    "craft-shop",
    "insurer-bank",
    "public-assoc",
    "retiree",
    "client-pro",
    "expat-retiree",
    "uk-ie-pro",
    "be-ch-lu-mc",
}

# ---------------------------------------------------------------------------------------------------------------------
# Building one case
# ---------------------------------------------------------------------------------------------------------------------

FIELD_ORDER = ("name", "title", "company", "email", "website", "linkedin", "address")
CASE_KEYS = {"id", "lang", "client", "layout", "region", "sender", "user", "body", "signature", "fields"}
SPEC_KEYS = {
    "id",
    "lang",
    "kind",
    "client",
    "layout",
    "sreg",
    "sender",
    "user",
    "new",
    "quote",
    "f",
    "ph",
    "exc",
    "allow",
    "name_tokens",
    "ambiguous",
}


def adviser_message(user, text, lang):
    """The adviser's earlier message: the text, a closing in the case's language and the adviser's full signature."""
    return [*text.split("\n"), "", CLOSING[lang], "", *user["sig"]]


def build_case(spec):
    user = USERS[spec["user"]]
    sender = {"address": spec["sender"][1], "name": spec["sender"][0]}
    new_lines, sig = [], []
    for i, line in enumerate(spec["new"].strip("\n").split("\n")):
        if line.startswith("§"):
            line = line[1:]
            sig.append(i)
        new_lines.append(line)
    style, when, subject, text = spec["quote"]
    d = datetime.datetime(*when)
    quote = render_quote(style, d, subject, adviser_message(user, text, spec["lang"]), user, sender)
    body = "\n".join(new_lines + quote)
    fields = {k: spec["f"][k] for k in FIELD_ORDER if k in spec["f"]}
    phones = [{"value": e164(p, spec["sreg"]), "type": p[1]} for p in spec.get("ph", [])]
    if phones:
        fields["phones"] = phones
    case = {
        "id": spec["id"],
        "lang": spec["lang"],
        "client": spec["client"],
        "layout": spec["layout"],
        "region": "FR",
        "sender": sender,
        "user": {"address": user["address"], "name": user["name"]},
        "body": body,
        "signature": sig,
        "fields": fields,
    }
    return case, len(new_lines)


def phone_region(p, sreg):
    return p[2] if len(p) > 2 else sreg


def e164(p, sreg):
    num = phonenumbers.parse(p[0], phone_region(p, sreg))
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


# ---------------------------------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------------------------------


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", s).split())


def bare_url(s):
    return re.sub(r"^(https?://)?(www\.)?", "", s.lower()).rstrip("/")


TITLE_OF_ADDRESS = re.compile(
    r"^(ma[iî]tre|me|dr\.?|docteur|pr\.?|prof\.?|m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|miss)\s", re.I
)
POST_NOMINAL = re.compile(r"\b(ACA|FCA|CTA|CA|DipPFS|CFA|PhD|Esq)\b|[()]")
CLOSINGS = {
    norm(c)
    for c in [
        "Cordialement",
        "Bien cordialement",
        "Très cordialement",
        "Bien à vous",
        "Bien amicalement",
        "Amitiés",
        "Salutations",
        "Salutations distinguées",
        "Meilleures salutations",
        "Bonne journée",
        "Bonne soirée",
        "Merci",
        "Merci d'avance",
        "Merci beaucoup",
        "A+",
        "À+",
        "Kind regards",
        "Best regards",
        "Regards",
        "Best",
        "Best wishes",
        "Many thanks",
        "Thanks",
        "Yours sincerely",
        "Yours faithfully",
        "All the best",
        "Warm regards",
        "With best wishes",
        "Greetings",
    ]
}
DEVICE = re.compile(r"^(Envoyé (de|depuis)|Sent from|Get Outlook|Obtenir Outlook)", re.I)
LEGAL = re.compile(
    r"\b(RCS|SIRET|SIREN|ORIAS|RPPS|ADELI|BCE|RSAC|APE|TVA|capital|FRN|SRA|regulated|registered|authorised|"
    r"confidenti\w*|disclaimer)\b",
    re.I,
)
FOOTER = re.compile(
    r"(doctolib|calendly|instagram|suivez-nous|horaires|\bouvert\b|pensez à|check-in|service gratuit|"
    r"reconnue d'utilité)",
    re.I,
)
PLACEHOLDER = re.compile(r"^\[(cid:|image|logo)", re.I)
ALLOWED_TYPES = {"landline", "mobile", "fax"}


def valid_elsewhere(raw, region, value):
    """Whether `raw`, read in `region`, is a valid number other than `value`."""
    try:
        alt = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    alt_value = phonenumbers.format_number(alt, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.is_valid_number(alt) and alt_value != value


def check_case(spec, case, n_new, errors):
    cid = spec["id"]

    def err(msg):
        errors.append(f"{cid}: {msg}")

    if set(spec) - SPEC_KEYS:
        err(f"unknown spec keys {sorted(set(spec) - SPEC_KEYS)}")
    if set(case) != CASE_KEYS:
        err("case keys")
    if case["lang"] not in ("fr", "en"):
        err("lang")
    if case["layout"] not in LAYOUTS:
        err(f"layout {case['layout']}")
    if spec["kind"] not in KINDS:
        err(f"kind {spec['kind']}")
    if spec["quote"][0] not in STYLES_BY_CLIENT.get(case["client"], ()):
        err(f"quote style {spec['quote'][0]} does not fit client {case['client']}")
    for who in ("sender", "user"):
        if not case[who]["address"].endswith(".example"):
            err(f"{who} address not .example")
    body = case["body"]
    if "§" in body:
        err("leftover §")
    lines = body.split("\n")
    sig = case["signature"]
    fields = case["fields"]
    allow = spec.get("allow", [])

    # The adviser's own signature is in the quoted history, never labelled.
    user = USERS[spec["user"]]
    for line in user["sig"]:
        if line and not any(line in b for b in lines[n_new:]):
            err(f"adviser signature line missing: {line[:40]}")

    # Signature lines.
    if sig != sorted(set(sig)):
        err("signature indexes not sorted and unique")
    for i in sig:
        if not 0 <= i < n_new:
            err(f"index {i} outside the new text")
            continue
        line = lines[i]
        allowed = any(a in line for a in allow)
        if not line.strip():
            err(f"blank line {i} labelled")
        if line.startswith(">") or PLACEHOLDER.match(line.strip()):
            err(f"quoted or placeholder line {i} labelled")
        if line.strip() in ("--", "-- ") or line.strip().startswith("--"):
            err(f"separator {i} labelled")
        if DEVICE.match(line.strip()):
            err(f"device line {i} labelled")
        if (norm(line) in CLOSINGS or line.rstrip().endswith(",")) and not allowed:
            err(f"closing {i} labelled: {line!r}")
        if LEGAL.search(line) and not allowed:
            err(f"legal line {i} labelled: {line!r}")
        if FOOTER.search(line):
            err(f"footer line {i} labelled: {line!r}")
    # The labelled lines form one span: between the first and the last, only blanks are left out.
    if sig:
        for i in range(sig[0], sig[-1] + 1):
            if i not in sig and lines[i].strip() and lines[i].strip() not in ("--", "-- "):
                err(f"unlabelled line {i} inside the signature span: {lines[i]!r}")
    # The line under the last labelled one (skipping blanks) must not look like more of the block.
    sig_text = [lines[i] for i in sig]
    sig_norm = " | ".join(norm(x) for x in sig_text)
    sig_bare = " ".join(bare_url(x) for x in sig_text)

    # Fields.
    if bool(sig) != bool(fields):
        err("fields exactly when signature lines")
    known = {*FIELD_ORDER, "phones"}
    if set(fields) - known or set(spec["f"]) - set(FIELD_ORDER):
        err(f"unknown field keys {sorted((set(fields) - known) | (set(spec['f']) - set(FIELD_ORDER)))}")
    for k in ("name", "title", "company", "email"):
        if k not in fields:
            continue
        v = fields[k]
        if not isinstance(v, str) or v != v.strip() or not v:
            err(f"{k} not a clean string")
            continue
        if k == "name" and spec.get("name_tokens"):
            if not all(any(tok in norm(line).split() for line in sig_text) for tok in norm(v).split()):
                err(f"name tokens of {v!r} not in a labelled line")
            if not any(norm(v).split()[0] in norm(line).split() for line in sig_text):
                err("name first token")
        elif not any(norm(v) in norm(line) for line in sig_text):
            err(f"{k} {v!r} not in a labelled line")
    if "name" in fields:
        if TITLE_OF_ADDRESS.match(fields["name"]):
            err(f"name starts with a title of address: {fields['name']!r}")
        if POST_NOMINAL.search(fields["name"]):
            err(f"name carries a post-nominal or bracket: {fields['name']!r}")
    if "email" in fields and not fields["email"].endswith(".example"):
        err("email not .example")
    if "website" in fields:
        w = bare_url(fields["website"])
        if w not in sig_bare or ".example" not in w:
            err(f"website {w} not in a labelled line or not .example")
    if "linkedin" in fields:
        w = bare_url(fields["linkedin"])
        if not w.startswith("linkedin.com/") or w not in sig_bare:
            err(f"linkedin {w}")
    if "address" in fields:
        for part in fields["address"].split(", "):
            if norm(part) not in sig_norm or not norm(part):
                err(f"address part {part!r} not in a labelled line")

    # Phones.
    labelled = set()
    want_regions = {spec["sreg"]}
    user_numbers = {
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for line in user["sig"]
        for m in phonenumbers.PhoneNumberMatcher(line, "FR")
    }
    for p in spec.get("ph", []):
        raw, typ = p[0], p[1]
        reg = phone_region(p, spec["sreg"])
        want_regions.add(reg)
        if not any(raw in line for line in sig_text):
            err(f"phone {raw!r} not written in a labelled line")
        try:
            num = phonenumbers.parse(raw, reg)
        except phonenumbers.NumberParseException as exc:
            err(f"phone {raw!r} does not parse: {exc}")
            continue
        value = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if not phonenumbers.is_valid_number(num):
            err(f"phone {raw!r} invalid in {reg}")
        if phonenumbers.region_code_for_number(num) != reg:
            err(f"phone {raw!r} is in {phonenumbers.region_code_for_number(num)}, not {reg}")
        if typ not in ALLOWED_TYPES:
            err(f"phone type {typ}")
        nt = phonenumbers.number_type(num)
        if nt == PhoneNumberType.MOBILE and typ != "mobile":
            err(f"{raw!r} is a mobile number labelled {typ}")
        elif nt == PhoneNumberType.FIXED_LINE and typ == "mobile":
            err(f"{raw!r} is a fixed-line number labelled mobile")
        elif nt == PhoneNumberType.VOIP and not (reg == "FR" and raw.startswith("09") and typ == "landline"):
            err(f"{raw!r} is a VoIP number outside the documented French 09 home lines")
        elif nt not in (
            PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE,
            PhoneNumberType.VOIP,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            err(f"{raw!r} has number type {nt}")
        # A number written in national format that is also valid, as another number, in France (the team's
        # country) or in the sender's country must be declared in `ambiguous` with the country it is read in.
        others = {"FR", spec["sreg"]} - {reg}
        required = any(valid_elsewhere(raw, other, value) for other in others)
        declared = spec.get("ambiguous", {}).get(raw)
        if required and declared != reg:
            err(f"{raw!r} is also valid in {sorted(others)}: declare it read in {reg}")
        if declared and (declared != reg or not required):
            err(f"{raw!r} is declared ambiguous in {declared}, but it is read in {reg} (required: {required})")
        if value in labelled:
            err(f"phone {value} given twice")
        if value in user_numbers:
            err(f"phone {value} is the adviser's")
        labelled.add(value)
    values = [p["value"] for p in fields.get("phones", [])]
    if set(values) != labelled or len(values) != len(labelled):
        err("phones field does not match the spec")

    # Completeness: what the matcher finds in the labelled lines, read in the sender's country and, for the numbers
    # written in another country's national format, in that country, is exactly the labelled phones, less the
    # documented exceptions (strings that the matcher takes for numbers and that are not phones).
    found = {}
    for reg in [spec["sreg"], *sorted(want_regions - {spec["sreg"]})]:
        for line in sig_text:
            for m in phonenumbers.PhoneNumberMatcher(line, reg, leniency=phonenumbers.Leniency.VALID):
                v = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                if reg == spec["sreg"] or v in labelled:
                    found[m.raw_string] = v
    for x in spec.get("exc", []):
        if x not in found:
            err(f"documented exception {x!r} is not found by the matcher")
        found.pop(x, None)
    if set(found.values()) != labelled:
        err(f"matcher finds {sorted(found.items())}, labelled {sorted(labelled)}")


def check_set(specs, cases, errors):
    ids = [s["id"] for s in specs]
    if ids != [f"h{i:03d}" for i in range(1, 101)]:
        errors.append("ids are not h001..h100 in order")
    n_fr = sum(1 for c in cases if c["lang"] == "fr")
    if len(cases) != 100 or not 55 <= n_fr <= 65:
        errors.append(f"{len(cases)} cases, {n_fr} French")


def main():
    specs = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).CASES)
    errors, cases = [], []
    for spec in specs:
        case, n_new = build_case(spec)
        check_case(spec, case, n_new, errors)
        cases.append(case)
    check_set(specs, cases, errors)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problems; nothing written.")
        return 1
    data = (json.dumps(cases, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    print(f"{len(cases)} cases written to {OUT.name}, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
