"""Blind signature set G: writes cases.json next to this file, after checking every case.

Run with the project's interpreter (it needs `phonenumbers`):

    /work/main/.venv/bin/python eval/signatures_blind/set_g/build.py

The cases live in cases_fr1.py, cases_fr2.py, cases_en1.py and cases_en2.py as plain data. In a case's
`new` text (what the sender typed above the quoted history), a line that starts with "§" is a line of the
sender's signature: the mark is removed and the line's index recorded, so no index is typed by hand.
The quoted history (the adviser's own earlier message, always with the adviser's signature) is rendered here
from the case's `quote` spec in the shape of the sender's mail client.

No clock and no randomness: the same bytes on every run. Exit status 1, and nothing written, when a check fails.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberType

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.json"
MODULES = ("cases_fr1", "cases_fr2", "cases_en1", "cases_en2")
MARK = "§"

# --------------------------------------------------------------------------------------------------------------
# The mailbox users: advisers of Verdalle Partners (Paris and Lyon). Their signature is in every quoted history.
# --------------------------------------------------------------------------------------------------------------

USERS = {
    "cm": {
        "name": "Claire Mercadier",
        "address": "c.mercadier@verdalle-partners.example",
        "sig": [
            "Claire Mercadier",
            "Associée – Gestion de fortune",
            "Verdalle Partners",
            "14 rue Clément-Marot – 75008 Paris",
            "Tél. : +33 1 99 00 41 27 | Mobile : +33 6 47 82 19 53",
            "www.verdalle-partners.example",
            "",
            "Verdalle Partners SAS – Conseiller en investissements financiers enregistré à l'ORIAS sous le n° 21 004 318"
            " – Membre de la CNCGP",
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
        ],
    },
    "jfh": {
        "name": "Julien Ferrand-Huet",
        "address": "j.ferrand-huet@verdalle-partners.example",
        "sig": [
            "Julien Ferrand-Huet",
            "Directeur – Corporate Finance",
            "Verdalle Partners | Bureau de Lyon",
            "27 quai Jules-Courmont, 69002 Lyon",
            "Ligne directe : 04 65 71 28 06",
            "Portable : 07 81 46 29 30",
            "[cid:image001.png@01DC4A1E.7B3F2C90]",
        ],
    },
    "sa": {
        "name": "Sophie Arnoult",
        "address": "s.arnoult@verdalle-partners.example",
        "sig": [
            "Bien cordialement,",
            "",
            "Sophie Arnoult",
            "Conseillère en gestion de patrimoine",
            "Verdalle Partners – 14 rue Clément-Marot, 75008 Paris",
            "T. 01 99 00 41 35 – P. 06 58 31 74 20",
            "Pensez à l'environnement avant d'imprimer ce message.",
        ],
    },
    "tl": {
        "name": "Thomas Lesueur",
        "address": "t.lesueur@verdalle-partners.example",
        "sig": [
            "--",
            "Thomas Lesueur",
            "Chargé d'affaires – Transmission d'entreprise",
            "Verdalle Partners (Lyon)",
            "+33 4 65 71 28 19 / +33 6 24 90 17 38",
        ],
    },
    "eg": {
        "name": "Émilie Garnier",
        "address": "e.garnier@verdalle-partners.example",
        "sig": [
            "Kind regards,",
            "",
            "Émilie Garnier",
            "Senior Adviser, International Private Clients",
            "Verdalle Partners – Paris | Lyon",
            "14 rue Clément-Marot, 75008 Paris, France",
            "T +33 1 99 00 41 52 | M +33 6 31 58 07 94",
            "verdalle-partners.example",
            "",
            "This e-mail and any attachment are confidential. Verdalle Partners SAS is registered with ORIAS"
            " (no. 21 004 318) as a financial investment adviser (CIF).",
        ],
    },
    "hb": {
        "name": "Hugo Bastide",
        "address": "h.bastide@verdalle-partners.example",
        "sig": [
            "Best,",
            "Hugo",
            "",
            "Hugo Bastide | Analyst, Corporate Finance | Verdalle Partners",
            "27 quai Jules-Courmont, 69002 Lyon, France | +33 4 65 71 28 14",
        ],
    },
}

# --------------------------------------------------------------------------------------------------------------
# Quoted history, in the shape of each client.
# --------------------------------------------------------------------------------------------------------------

FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FR_MONTHS = (
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
)
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
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
)

# Which quote styles each client may show.
STYLES = {
    "outlook": {"outlook_fr", "outlook_us", "outlook_uk", "oldoutlook_fr", "oldoutlook_en"},
    "owa": {"owa_fr", "owa_en"},
    "gmail": {"gmail_fr", "gmail_uk", "gmail_us"},
    "applemail": {"apple_fr", "apple_en"},
    "iphone": {"iphone_fr", "iphone_en", "outlookmobile_fr", "outlookmobile_en"},
    "android": {"outlookmobile_fr", "outlookmobile_en", "samsung_fr", "samsung_en"},
    "thunderbird": {"thunderbird_fr", "thunderbird_en"},
    "other": {"webmail_fr"},
}


def _dt(when):
    y, m, d, h, mi = when
    return datetime.date(y, m, d), h, mi


def _utc_offset(day):
    """Paris offset on that day: +02:00 from the last Sunday of March to the last Sunday of October."""

    def last_sunday(month):
        d = datetime.date(day.year, month, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)

    return "+02:00" if last_sunday(3) <= day < last_sunday(10) else "+01:00"


def _h12(h, mi):
    suffix = "AM" if h < 12 else "PM"
    return f"{(h - 1) % 12 + 1}:{mi:02d} {suffix}"


def attribution(style, when, who, addr, to_name, to_addr, subject, cc):
    """The header lines of one quoted message, as the client writes them."""
    day, h, mi = _dt(when)
    wd = day.weekday()
    fr_long = f"{FR_DAYS[wd]} {day.day} {FR_MONTHS[day.month - 1]} {day.year} {h:02d}:{mi:02d}"
    en_us = f"{EN_DAYS[wd]}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year} {_h12(h, mi)}"
    if style in ("outlook_fr", "owa_fr", "oldoutlook_fr", "outlookmobile_fr"):
        head = []
        if style == "owa_fr" or style == "outlookmobile_fr":
            head.append("________________________________")
        if style == "oldoutlook_fr":
            head.append("-----Message d'origine-----")
            head.append(f"De : {who} [mailto:{addr}] ")
        else:
            head.append(f"De : {who} <{addr}>")
        if style == "outlookmobile_fr":
            sec = (mi * 7 + h) % 60
            head.append(
                f"Envoyé : {FR_DAYS[wd]}, {FR_MONTHS[day.month - 1]} {day.day}, {day.year} {_h12(h, mi)[:-3]}:{sec:02d}"
                f" {_h12(h, mi)[-2:]}"
            )
        else:
            head.append(f"Envoyé : {fr_long}")
        head.append(f"À : {to_name} <{to_addr}>" if style != "oldoutlook_fr" else f"À : '{to_name}'")
        if cc:
            head.append(f"Cc : {cc}")
        head.append(f"Objet : {subject}")
        return head, False
    if style in ("outlook_us", "owa_en", "oldoutlook_en", "outlookmobile_en", "outlook_uk"):
        head = []
        if style in ("owa_en", "outlookmobile_en"):
            head.append("________________________________")
        if style == "oldoutlook_en":
            head.append("-----Original Message-----")
            head.append(f"From: {who} [mailto:{addr}] ")
        else:
            head.append(f"From: {who} <{addr}>")
        if style == "outlook_uk":
            head.append(f"Sent: {day.day:02d} {EN_MONTHS[day.month - 1]} {day.year} {h:02d}:{mi:02d}")
        elif style == "outlookmobile_en":
            sec = (mi * 7 + h) % 60
            head.append(f"Sent: {en_us[:-3]}:{sec:02d} {en_us[-2:]}")
        else:
            head.append(f"Sent: {en_us}")
        head.append(f"To: {to_name} <{to_addr}>" if style != "oldoutlook_en" else f"To: '{to_name}'")
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subject}")
        return head, False
    if style == "gmail_fr":
        abbr = FR_DAYS[wd][:3] + "."
        line = f"Le {abbr} {day.day} {FR_MONTHS[day.month - 1]} {day.year} à {h:02d}:{mi:02d}, {who} <{addr}> a écrit :"
        return [line], True
    if style == "gmail_uk":
        line = f"On {EN_DAYS[wd][:3]}, {day.day} {EN_MONTHS[day.month - 1][:3]} {day.year} at {h:02d}:{mi:02d}, {who} <{addr}> wrote:"
        return [line], True
    if style == "gmail_us":
        line = f"On {EN_DAYS[wd][:3]}, {EN_MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {_h12(h, mi)} {who} <{addr}> wrote:"
        return [line], True
    if style in ("apple_fr", "iphone_fr"):
        return [
            f"Le {day.day} {FR_MONTHS[day.month - 1]} {day.year} à {h:02d}:{mi:02d}, {who} <{addr}> a écrit :"
        ], True
    if style in ("apple_en", "iphone_en"):
        return [
            f"On {day.day} {EN_MONTHS[day.month - 1][:3]} {day.year}, at {h:02d}:{mi:02d}, {who} <{addr}> wrote:"
        ], True
    if style == "samsung_fr":
        return [
            "-------- Message d'origine --------",
            f"De : {who} <{addr}> ",
            f"Date : {day.day:02d}/{day.month:02d}/{day.year} {h:02d}:{mi:02d} (GMT{_utc_offset(day)}) ",
            f"À : {to_name} <{to_addr}> ",
            f"Objet : {subject} ",
        ], False
    if style == "samsung_en":
        return [
            "-------- Original message --------",
            f"From: {who} <{addr}> ",
            f"Date: {day.day:02d}/{day.month:02d}/{day.year} {h:02d}:{mi:02d} (GMT{_utc_offset(day)}) ",
            f"To: {to_name} <{to_addr}> ",
            f"Subject: {subject} ",
        ], False
    if style == "thunderbird_fr":
        return [f"Le {day.day:02d}/{day.month:02d}/{day.year} à {h:02d}:{mi:02d}, {who} a écrit :"], True
    if style == "thunderbird_en":
        return [f"On {day.day:02d}/{day.month:02d}/{day.year} {h:02d}:{mi:02d}, {who} wrote:"], True
    if style == "webmail_fr":
        return [
            "",
            "> Message du " + f"{day.day:02d}/{day.month:02d}/{day.year} {h:02d}:{mi:02d}",
            f"> De : {addr}",
            f"> A : {to_addr}",
            f"> Copie à : {cc or ''}".rstrip(),
            f"> Objet : {subject}",
        ], True
    raise ValueError(f"unknown quote style {style}")


def quote_lines(style, lines):
    """Quote a message body with '>' the way the client does (a bare '>' on blank lines)."""
    return [(">" if not ln else "> " + ln) for ln in lines]


def render_quote(case):
    q = case["quote"]
    user = USERS[case["user"]]
    s_name, s_addr = case["sender"]
    style = q["style"]
    head, quoted = attribution(
        style, q["when"], user["name"], user["address"], s_name, s_addr, q["subject"], q.get("cc")
    )
    msg = [*_text_lines(q["text"]), "", *user["sig"]]
    deeper = []
    if "deeper" in q:
        dq = q["deeper"]
        dhead, dquoted = attribution(
            style, dq["when"], s_name, s_addr, user["name"], user["address"], dq["subject"], dq.get("cc")
        )
        dmsg = _text_lines(dq["text"])
        if dquoted and style.startswith("gmail"):
            deeper = ["", *dhead, "", *quote_lines(style, dmsg)]
        elif dquoted:
            deeper = ["", *dhead, *quote_lines(style, dmsg)]
        else:
            deeper = ["", *dhead, "", *dmsg]
    out = []
    if style == "webmail_fr":
        out = [*head, ">", *quote_lines(style, msg + deeper)]
    elif quoted:
        if style.startswith("apple"):
            out = ["", *quote_lines(style, [*head, "", *msg, *deeper])]
        elif style.startswith("thunderbird"):
            out = ["", *head, *quote_lines(style, msg + deeper)]
        else:
            out = ["", *head, "", *quote_lines(style, msg + deeper)]
    else:
        out = ["", *head, "", *msg, *deeper]
    return out


def _text_lines(text):
    text = text.strip("\n")
    return text.split("\n") if text else []


# --------------------------------------------------------------------------------------------------------------
# Building one case
# --------------------------------------------------------------------------------------------------------------


def build_case(spec):
    new_lines = []
    sig = []
    for i, raw in enumerate(_text_lines(spec["new"])):
        if raw.startswith(MARK):
            sig.append(i)
            raw = raw[len(MARK) :]
        new_lines.append(raw)
    body_lines = new_lines + render_quote(spec)
    user = USERS[spec["user"]]
    fields = {}
    for key in ("name", "title", "company", "email", "website", "linkedin", "address"):
        if spec["fields"].get(key):
            fields[key] = spec["fields"][key]
    if spec["fields"].get("phones"):
        fields["phones"] = [{"value": v, "type": t} for v, t in spec["fields"]["phones"]]
    case = {
        "id": spec["id"],
        "lang": spec["lang"],
        "client": spec["client"],
        "layout": spec["layout"],
        "region": "FR",
        "sender": {"address": spec["sender"][1], "name": spec["sender"][0]},
        "user": {"address": user["address"], "name": user["name"]},
        "body": "\n".join(body_lines),
        "signature": sig,
        "fields": fields,
    }
    meta = {"sreg": spec["sreg"], "new_len": len(new_lines), "style": spec["quote"]["style"], "user": spec["user"]}
    meta["hard"] = bool(spec.get("hard"))
    # numbers the phone matcher reads in a labelled line that are not phones (a postcode, say), with the reason
    meta["not_phones"] = dict(spec.get("not_phones", {}))
    return case, meta


def load_specs():
    sys.dont_write_bytecode = True
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    specs = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).CASES)
    return specs


def build():
    return [build_case(spec) for spec in load_specs()]


# --------------------------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------------------------

LANGS = {"fr", "en"}
LAYOUTS = {
    "block",
    "table-tabs",
    "table-pipes",
    "table-cells",
    "oneline",
    "caps",
    "lastname-first",
    "mobile",
    "first-name",
    "closing-name",
    "none",
    "assistant",
    "team",
    "two-firms",
    "dash-dash",
}
FIELD_KEYS = {"name", "title", "company", "email", "website", "linkedin", "address", "phones"}
PHONE_TYPES = {"landline", "mobile", "fax"}
HONORIFICS = {
    "m",
    "mme",
    "mlle",
    "me",
    "maitre",
    "dr",
    "docteur",
    "pr",
    "prof",
    "professeur",
    "mr",
    "mrs",
    "ms",
    "miss",
    "adv",
    "capt",
    "rev",
    "sir",
    "dame",
    "ca",
    "cpa",
    "hon",
}
POSTNOMINALS = {
    "cfa",
    "cpa",
    "fca",
    "aca",
    "acca",
    "ca",
    "cta",
    "tep",
    "md",
    "phd",
    "mba",
    "esq",
    "fmh",
    "cfp",
    "fcpa",
    "llb",
    "llm",
    "frics",
    "mrics",
    "riba",
    "facc",
    "cisi",
    "chfc",
    "cdwm",
    "ma",
    "bsc",
    "oxon",
    "cantab",
    "fcii",
    "dip",
    "pfs",
    "cfe",
    "fcis",
    "aia",
    "cip",
    "casa",
}
PRONOUN = re.compile(r"\b(she|her|he|him|they|them|il|elle|lui|iel)\s*/", re.IGNORECASE)
DEVICE = re.compile(
    r"^(envoyé (de|depuis)|sent from|get outlook|obtenir outlook|télécharger outlook|envoyé à partir)", re.IGNORECASE
)
CLOSING = re.compile(
    r"^((bien |très |tres )?(cordialement|amicalement)|à (bientôt|très vite)|au plaisir|merci( beaucoup| encore)?|"
    r"bonne (journée|soirée|réception)|(sincères|meilleures|mes meilleures) salutations|salutations( distinguées)?|"
    r"avec (mes|nos) meilleures salutations|amitiés|bien à (vous|toi)|respectueusement|bav|bàv|"
    r"(veuillez agréer|je vous prie d'agréer|je vous prie de croire|nous restons à votre disposition).*|"
    r"best( regards| wishes)?|with (best wishes|thanks|kind regards)|(kind|warm|many|warmest|best) (regards|thanks|wishes)|"
    r"regards|thanks( again)?|thank you|cheers|sincerely|yours (sincerely|faithfully|truly)|very truly yours|"
    r"all the best|respectfully|ngā mihi|pour l'étude|pour le cabinet)[ ,.!]*$",
    re.IGNORECASE,
)
# legal, regulatory, banner and booking lines: footers, never signature lines
FOOTER = re.compile(
    r"\b(RCS|R\.C\.S\.|ORIAS|SIREN|SIRET|TVA|BCE|RPM|ABN|FRN|CSSF|FINMA|CCAF|CIMA|DFSA|FINRA|SEC-registered|"
    r"regulated by|authorised and regulated|registered in (England|Scotland)|registration number|Reg\. No|"
    r"capital (de|variable)|au capital|Ordre des|agréée? par|soumise à la surveillance|suivez-nous|follow us|"
    r"instagram|calendly|bookwithme|book (a meeting|time)|schedule a meeting|prendre rendez-vous|on recrute|"
    r"retrouvez-nous|pensez à l'environnement|confidenti|disclaimer|avertissement|abus d'alcool|"
    r"Circular 230|acknowledge that we|accueil du public|pharmacie de garde)",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"^\s*\[(cid:|image|logo|banner|signature)", re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s.casefold())


def norm_url(s):
    s = re.sub(r"^https?://", "", s.strip(), flags=re.IGNORECASE)
    s = re.sub(r"^www\.", "", s, flags=re.IGNORECASE)
    return norm(s.rstrip("/"))


def check(items):
    errors = []
    ids = set()
    for case, meta in items:
        cid = case["id"]

        def err(msg, cid=cid):
            errors.append(f"{cid}: {msg}")

        if cid in ids:
            err("duplicate id")
        ids.add(cid)
        if not re.fullmatch(r"g\d{3}", cid):
            err("bad id")
        if case["lang"] not in LANGS:
            err(f"lang {case['lang']!r}")
        if case["client"] not in STYLES:
            err(f"client {case['client']!r}")
        elif meta["style"] not in STYLES[case["client"]]:
            err(f"quote style {meta['style']} does not fit client {case['client']}")
        if case["layout"] not in LAYOUTS:
            err(f"layout {case['layout']!r}")
        if case["region"] != "FR":
            err("region must be the mailbox user's (FR)")
        if set(case) != {"id", "lang", "client", "layout", "region", "sender", "user", "body", "signature", "fields"}:
            err("keys")
        for who in ("sender", "user"):
            addr = case[who]["address"]
            if not re.fullmatch(r"[\w.+'-]+@[\w.-]+\.example", addr):
                err(f"{who} address {addr!r} is not on an .example domain")
        if MARK in case["body"]:
            err("signature mark left in the body")
        lines = case["body"].split("\n")
        sig = case["signature"]
        if sig != sorted(set(sig)):
            err("signature indexes not sorted and unique")
        labelled = []
        for i in sig:
            if not isinstance(i, int) or not 0 <= i < len(lines):
                err(f"signature index {i} out of range")
                continue
            if i >= meta["new_len"]:
                err(f"signature index {i} is in the quoted history")
            ln = lines[i]
            s = ln.strip()
            if not s:
                err(f"line {i} is blank")
            if s.startswith(">"):
                err(f"line {i} is quoted")
            if PLACEHOLDER.match(s):
                err(f"line {i} is an image placeholder")
            if s in ("--", "-- ", "__", "—"):
                err(f"line {i} is a separator")
            if FOOTER.search(s):
                err(f"line {i} is a legal, regulatory or banner footer")
            if DEVICE.match(s):
                err(f"line {i} is a device line")
            if CLOSING.match(s) or s.endswith(","):
                err(f"line {i} is a bare closing")
            labelled.append(ln)
        # the adviser's own signature is in the history and never labelled
        user_sig = [ln for ln in USERS[meta["user"]]["sig"] if ln.strip()]
        stripped = {ln.lstrip("> ").strip() for ln in lines}
        for ln in user_sig:
            if ln.strip() not in stripped:
                err(f"user signature line missing from the body: {ln!r}")
        for ln in labelled:
            if ln.strip() in {u.strip() for u in user_sig}:
                err(f"user signature line labelled: {ln!r}")

        fields = case["fields"]
        if set(fields) - FIELD_KEYS:
            err(f"unknown fields {set(fields) - FIELD_KEYS}")
        if bool(fields) != bool(sig):
            err("fields and signature lines must be both present or both absent")
        nlab = [norm(ln) for ln in labelled]
        nlab_url = [norm_url(ln) for ln in labelled]
        nbody = norm(case["body"])
        for key in ("name", "title", "company", "email"):
            if key in fields:
                v = fields[key]
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    err(f"{key} is not a clean string")
                    continue
                if not any(norm(v) in x for x in nlab):
                    err(f"{key} {v!r} not in a labelled line")
                if norm(v) not in nbody:
                    err(f"{key} {v!r} not in the body")
        for key in ("website", "linkedin"):
            if key in fields:
                v = fields[key]
                if not any(norm_url(v) in x for x in nlab_url):
                    err(f"{key} {v!r} not in a labelled line")
        if "email" in fields and not re.fullmatch(r"[\w.+'-]+@[\w.-]+\.example", fields["email"]):
            err(f"email {fields['email']!r} is not on an .example domain")
        if "website" in fields:
            host = re.sub(r"^https?://", "", fields["website"]).split("/")[0]
            if not host.endswith(".example"):
                err(f"website {fields['website']!r} is not on an .example domain")
        if "linkedin" in fields and "linkedin.com/" not in fields["linkedin"]:
            err("linkedin is not a LinkedIn URL")
        if "address" in fields:
            parts = fields["address"].split(", ")
            for part in parts:
                if not part.strip() or part != part.strip():
                    err(f"address part {part!r} is empty or padded")
                elif not any(norm(part) in x for x in nlab):
                    err(f"address part {part!r} not in a labelled line")
        if "name" in fields:
            name = fields["name"]
            toks = [norm(t) for t in re.split(r"[\s,]+", name) if t]
            if toks and toks[0] in HONORIFICS:
                err(f"name {name!r} starts with a title of address")
            if toks and len(toks) > 1 and toks[-1] in POSTNOMINALS:
                err(f"name {name!r} ends with a designation")
            if any(t in POSTNOMINALS - {"ma", "ca"} for t in toks[1:]):
                err(f"name {name!r} carries a designation")
            if PRONOUN.search(name) or "(" in name:
                err(f"name {name!r} carries pronouns or brackets")

        # phones
        want = set()
        for ph in fields.get("phones", []):
            if set(ph) != {"value", "type"}:
                err(f"phone keys {set(ph)}")
                continue
            v, t = ph["value"], ph["type"]
            if t not in PHONE_TYPES:
                err(f"phone type {t!r}")
            try:
                num = phonenumbers.parse(v, None)
            except phonenumbers.NumberParseException as exc:
                err(f"phone {v!r} does not parse: {exc}")
                continue
            if not phonenumbers.is_valid_number(num):
                err(f"phone {v} is not valid")
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 != v:
                err(f"phone {v} is not in E.164 ({e164})")
            nt = phonenumbers.number_type(num)
            if nt == PhoneNumberType.MOBILE and t != "mobile":
                err(f"phone {v} is a mobile number labelled {t}")
            elif nt == PhoneNumberType.FIXED_LINE and t == "mobile":
                err(f"phone {v} is a fixed-line number labelled mobile")
            elif nt not in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                err(f"phone {v} has number type {nt}")
            if e164 in want:
                err(f"phone {v} given twice")
            want.add(e164)
        found = set()
        for ln in labelled:
            for m in phonenumbers.PhoneNumberMatcher(ln, meta["sreg"], leniency=phonenumbers.Leniency.VALID):
                found.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
        for v, why in meta["not_phones"].items():
            if v not in found:
                err(f"exception {v} ({why}) is not read in the labelled lines: drop it")
            if v in want:
                err(f"exception {v} is also labelled as a phone")
            found.discard(v)
        if found != want:
            err(f"phones read in the labelled lines (region {meta['sreg']}) {sorted(found)} != labelled {sorted(want)}")
        body_found = set()
        for m in phonenumbers.PhoneNumberMatcher(case["body"], meta["sreg"], leniency=phonenumbers.Leniency.VALID):
            body_found.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
        if not want <= body_found:
            err(f"phones {sorted(want - body_found)} not found in the body")

    fr = sum(1 for c, _ in items if c["lang"] == "fr")
    en = sum(1 for c, _ in items if c["lang"] == "en")
    if len(items) != 100:
        errors.append(f"set: {len(items)} cases, want 100")
    if not (45 <= fr <= 55 and 45 <= en <= 55):
        errors.append(f"set: {fr} fr / {en} en, want about 50 each")
    return errors


def dump(cases):
    return json.dumps(cases, ensure_ascii=False, indent=2) + "\n"


def main():
    items = build()
    errors = check(items)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"{len(errors)} problem(s); cases.json not written", file=sys.stderr)
        return 1
    OUT.write_text(dump([c for c, _ in items]), encoding="utf-8", newline="\n")
    print(f"wrote {OUT.name}: {len(items)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
