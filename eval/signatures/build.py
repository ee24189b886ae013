"""Write eval/signatures/cases.json, the signature evaluation set: realistic French and English replies, each with
its signature's line indexes and field values.

Run from the repository root: `.venv/bin/python eval/signatures/build.py`. Seeded, so the output is the same on
every run. See README.md beside this file for how the set was written and what it covers.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import handwritten
import handwritten2
from people import EN_PEOPLE, FR_PEOPLE, Person

HERE = Path(__file__).parent
USERS = {
    "fr": (
        "claire.martin@cabinet-martin.fr",
        "Claire Martin",
        [
            "Claire Martin",
            "Conseillère en gestion de patrimoine",
            "Cabinet Martin & Associés SAS",
            "Tél. : 01 42 68 53 00 | Port. : 06 84 21 37 95",
            "www.cabinet-martin.fr",
        ],
    ),
    "en": (
        "sarah.collins@relance-partners.co.uk",
        "Sarah Collins",
        [
            "Sarah Collins | Relationship Manager | Relance Partners Ltd",
            "T: +44 20 3966 1000 | M: +44 7842 118 220",
        ],
    ),
}

FR_BODIES = [
    ["Bonjour Claire,", "", "Merci pour votre retour, je regarde cela et reviens vers vous d'ici vendredi."],
    [
        "Bonjour Madame Martin,",
        "",
        "Je vous confirme notre rendez-vous de jeudi à 14h dans vos locaux.",
        "Bonne réception du dossier complété.",
    ],
    [
        "Bonjour,",
        "",
        "Pouvez-vous m'envoyer la plaquette et vos conditions tarifaires ?",
        "Merci d'avance pour votre aide, nous devons décider avant la fin du mois.",
    ],
    ["Claire,", "", "Le devis me convient. Je le fais signer par notre direction cette semaine."],
    [
        "Bonjour Claire,",
        "",
        "Merci.",
        "",
        "Je transmets votre proposition à notre DAF qui reviendra vers vous.",
        "Nous en reparlons la semaine prochaine.",
    ],
    ["Bonjour,", "", "Ce n'est pas le bon moment pour nous, pouvez-vous me recontacter en septembre ?"],
    [
        "Bonjour Madame,",
        "",
        "Suite à notre échange téléphonique, vous trouverez ci-joint les documents demandés :",
        "- relevé de situation",
        "- avis d'imposition 2025",
        "",
        "Je reste à votre disposition pour tout complément.",
    ],
    ["Bonjour Claire,", "", "Bien reçu, merci. Je vous appelle demain matin pour en discuter."],
    ["Re-bonjour,", "", "Petite précision : notre siège a déménagé, merci de mettre à jour l'adresse de facturation."],
    [
        "Bonjour,",
        "",
        "Je ne suis plus en charge de ce dossier ; je vous invite à contacter ma collègue Julie Bernard (julie.bernard@exemple.fr).",
    ],
    [
        "Chère Claire,",
        "",
        "Merci pour ce déjeuner très agréable. Comme convenu, je vous présente Paul, notre nouveau directeur financier, en copie.",
    ],
    [
        "Bonjour Claire,",
        "",
        "Cordialement vôtre n'est pas mon style, alors simplement : oui, c'est d'accord pour mardi !",
    ],
]
EN_BODIES = [
    ["Hi Sarah,", "", "Thanks for getting back to me, I'll take a look and revert by Friday."],
    ["Hello Sarah,", "", "Confirming our call on Thursday at 2pm UK time. I'll send a Teams invite."],
    [
        "Hi,",
        "",
        "Could you send over your fee schedule and a sample report?",
        "Thanks in advance, we need to decide before the end of the month.",
    ],
    ["Sarah,", "", "The proposal looks good. I'm getting sign-off from our board this week."],
    [
        "Hi Sarah,",
        "",
        "Thanks.",
        "",
        "I've forwarded your proposal to our CFO, who will be in touch.",
        "Let's catch up next week.",
    ],
    ["Hi,", "", "Not the right time for us - can you reach out again in Q3?"],
    [
        "Dear Ms Collins,",
        "",
        "Further to our conversation, please find attached the documents you requested:",
        "- latest statement",
        "- proof of address",
        "",
        "Let me know if you need anything else.",
    ],
    ["Hi Sarah,", "", "Got it, thank you. I'll call you tomorrow morning to discuss."],
    ["Hi again,", "", "Quick note: our head office has moved, please update the billing address on your side."],
    [
        "Hello,",
        "",
        "I'm no longer handling this account; please contact my colleague Jane Ellis (jane.ellis@example.com).",
    ],
    [
        "Dear Sarah,",
        "",
        "Thanks for lunch, it was great to meet. As promised, I'm introducing Paul, our new finance director, in copy.",
    ],
    ["Hi Sarah,", "", "Best regards to your team too - yes, Tuesday works for us!"],
]
FR_CLOSINGS = [
    "Cordialement,",
    "Bien cordialement,",
    "Bien à vous,",
    "Bonne journée,",
    "Belle journée à vous",
    "Très cordialement",
    "Sincères salutations,",
    "À bientôt,",
    "Merci et bonne journée,",
    "Cordialement",
    "Bien à vous",
    "Cdlt,",
]
EN_CLOSINGS = [
    "Best regards,",
    "Kind regards,",
    "Regards,",
    "Thanks,",
    "Many thanks,",
    "Best,",
    "Cheers,",
    "Thank you,",
    "All the best,",
    "Warm regards,",
    "Kind regards",
    "Thanks!",
]

FR_LAND = ["Tél. : ", "Tél : ", "T : ", "T. ", "Tel: ", "Standard : ", "Ligne directe : ", "Direct : ", "Tél. ", ""]
FR_MOB = ["Port. : ", "Portable : ", "Mob : ", "M : ", "Mobile : ", "GSM : ", "Port ", ""]
EN_LAND = ["T: ", "Tel: ", "Phone: ", "Office: ", "Direct: ", "DD: ", "P: ", "t. ", ""]
EN_MOB = ["M: ", "Mob: ", "Mobile: ", "Cell: ", "m. ", "M "]
FAX = {"fr": ["Fax : ", "F : ", "Fax "], "en": ["F: ", "Fax: ", "f. "]}

FR_DISCLAIMERS = [
    [
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.",
        "Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.",
    ],
    ["P Pensez à l'environnement avant d'imprimer ce message."],
    ["AVERTISSEMENT : Les informations contenues dans ce courriel sont strictement confidentielles."],
    [
        "Conformément au RGPD, vos données personnelles sont traitées par notre cabinet pour la gestion de la relation client."
    ],
]
EN_DISCLAIMERS = [
    [
        "This email and any attachments are confidential and intended solely for the addressee.",
        "If you have received this email in error please notify the sender immediately and delete it.",
    ],
    ["CONFIDENTIALITY NOTICE: The information contained in this message is privileged and confidential."],
    ["Please consider the environment before printing this email."],
    [
        "Disclaimer: Keystone Partners does not accept liability for any errors or omissions in the contents of this message."
    ],
]
IMAGES = [
    "[cid:image001.png@01DB4C2A.5E3F1A20]",
    "[image: logo]",
    "<image001.jpg>",
    "[Logo Description automatically generated]",
]


def _phone(p: Person, kind: str, rng: random.Random) -> tuple[str, str, str] | None:
    for w, e, t in p.phones:
        if t == kind:
            return (w, e, t)
    return None


class Sig:
    """Signature lines with the field values they show."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.fields: dict[str, Any] = {"phones": []}

    def add(self, line: str, **values: Any) -> None:
        self.lines.append(line)
        for k, v in values.items():
            if k == "phones":
                self.fields["phones"] += v
            elif v is not None:
                self.fields[k] = v


def _phone_parts(p: Person, rng: random.Random) -> list[tuple[str, dict[str, str]]]:
    land = FR_LAND if p.lang == "fr" else EN_LAND
    mob = FR_MOB if p.lang == "fr" else EN_MOB
    out = []
    for w, e, t in p.phones:
        label = rng.choice(land if t == "landline" else mob if t == "mobile" else FAX[p.lang])
        out.append((f"{label}{w}", {"value": e, "type": t}))
    return out


def _company_line(p: Person, rng: random.Random) -> str:
    return p.company


def layout_full(p: Person, rng: random.Random) -> Sig:
    s = Sig()
    name = p.name if rng.random() < 0.7 else f"{p.first} {p.last.upper()}"
    s.add(name, name=name)
    s.add(p.title, title=p.title)
    s.add(p.company, company=p.company)
    if rng.random() < 0.3:
        s.add(rng.choice(IMAGES))
    if p.address:
        if rng.random() < 0.35 and len(p.address) == 2:
            one = f"{p.address[0]} – {p.address[1]}" if p.lang == "fr" else f"{p.address[0]}, {p.address[1]}"
            s.add(one, address=one)
        else:
            for k, line in enumerate(p.address):
                s.add(line, address=", ".join(p.address) if k == len(p.address) - 1 else None)
    parts = _phone_parts(p, rng)
    if parts and rng.random() < 0.4:
        s.add(" | ".join(t for t, _ in parts), phones=[v for _, v in parts])
    else:
        for t, v in parts:
            s.add(t, phones=[v])
    if rng.random() < 0.4:
        label = rng.choice(["", "E-mail : ", "Email: ", "Courriel : " if p.lang == "fr" else "E: "])
        s.add(f"{label}{p.sender}", email=p.sender)
    if p.website:
        s.add(p.website, website=p.website)
    if p.linkedin:
        s.add(p.linkedin, linkedin=p.linkedin)
    return s


def layout_pipes(p: Person, rng: random.Random) -> Sig:
    """One line, or two, with `|` separators (Outlook's and HubSpot's generated signatures)."""
    s = Sig()
    parts = _phone_parts(p, rng)[:2]
    first = [p.name, p.title, p.company]
    rng.shuffle(first) if rng.random() < 0.2 else None
    if rng.random() < 0.5:
        items = first + [t for t, _ in parts] + ([p.website] if p.website else [])
        s.add(
            " | ".join(items),
            name=p.name,
            title=p.title,
            company=p.company,
            phones=[v for _, v in parts],
            website=p.website,
        )
    else:
        s.add(" | ".join(first), name=p.name, title=p.title, company=p.company)
        tail = [t for t, _ in parts] + ([p.website] if p.website else [])
        if tail:
            s.add(" | ".join(tail), phones=[v for _, v in parts], website=p.website)
    if p.linkedin and rng.random() < 0.5:
        s.add(f"LinkedIn: {p.linkedin}", linkedin=p.linkedin)
    return s


def layout_name_title_one_line(p: Person, rng: random.Random) -> Sig:
    s = Sig()
    sep = rng.choice([" – ", ", ", " - "])
    s.add(f"{p.name}{sep}{p.title}", name=p.name, title=p.title)
    s.add(p.company, company=p.company)
    for t, v in _phone_parts(p, rng):
        s.add(t, phones=[v])
    if p.address and rng.random() < 0.5:
        for k, line in enumerate(p.address):
            s.add(line, address=", ".join(p.address) if k == len(p.address) - 1 else None)
    return s


def layout_title_first(p: Person, rng: random.Random) -> Sig:
    """The company's block first (logo, firm), the person below with the title above the name."""
    s = Sig()
    s.add(p.title, title=p.title)
    s.add(p.name, name=p.name)
    s.add("")
    s.add(p.company, company=p.company)
    if p.address:
        for k, line in enumerate(p.address):
            s.add(line, address=", ".join(p.address) if k == len(p.address) - 1 else None)
    parts = _phone_parts(p, rng)
    if parts:
        s.add("  ".join(t for t, _ in parts), phones=[v for _, v in parts])
    return s


def layout_short(p: Person, rng: random.Random) -> Sig:
    """Name and a mobile, as people write by hand."""
    s = Sig()
    s.add(p.name, name=p.name)
    mob = _phone(p, "mobile", rng) or _phone(p, "landline", rng)
    if mob:
        s.add(mob[0], phones=[{"value": mob[1], "type": mob[2]}])
    return s


def layout_first_name(p: Person, rng: random.Random) -> Sig:
    s = Sig()
    s.add(p.first, name=p.first)
    return s


def layout_company_header(p: Person, rng: random.Random) -> Sig:
    """Company first (as under a logo), then the person, then contacts with dotted labels."""
    s = Sig()
    company = p.company.upper() if rng.random() < 0.3 else p.company
    s.add(company, company=company)
    s.add(f"{p.first} {p.last}", name=p.name)
    s.add(p.title, title=p.title)
    for t, v in _phone_parts(p, rng):
        s.add(t, phones=[v])
    s.add(p.sender, email=p.sender)
    return s


LAYOUTS: list[tuple[str, Callable[[Person, random.Random], Sig], int]] = [
    ("full", layout_full, 6),
    ("pipes", layout_pipes, 4),
    ("name-title", layout_name_title_one_line, 3),
    ("title-first", layout_title_first, 1),
    ("short", layout_short, 2),
    ("first-name", layout_first_name, 1),
    ("company-header", layout_company_header, 2),
]


def _quoted(lang: str, client: str, sender: Person, rng: random.Random) -> list[str]:
    """The history under the reply, with the mailbox user's own signature inside it."""
    addr, name, sig = USERS[lang]
    if lang == "fr":
        body = [
            f"Bonjour {sender.first},",
            "",
            "Je me permets de revenir vers vous au sujet de notre proposition.",
            "",
            "Bien cordialement,",
            *sig,
        ]
    else:
        body = [
            f"Hi {sender.first},",
            "",
            "Just following up on the proposal I sent last week.",
            "",
            "Kind regards,",
            *sig,
        ]
    if client == "gmail":
        intro = (
            f"Le lun. 23 nov. 2026 à 10:12, {name} <{addr}> a écrit :"
            if lang == "fr"
            else f"On Mon, 23 Nov 2026 at 10:12, {name} <{addr}> wrote:"
        )
        return [intro, *[f"> {ln}" if ln else ">" for ln in body]]
    if client == "iphone":
        intro = (
            f"> Le 23 nov. 2026 à 10:12, {name} <{addr}> a écrit :"
            if lang == "fr"
            else f"> On 23 Nov 2026, at 10:12, {name} <{addr}> wrote:"
        )
        return [intro, ">", *[f"> {ln}" if ln else ">" for ln in body]]
    head = (
        [
            "De : " + f"{name} <{addr}>",
            "Envoyé : lundi 23 novembre 2026 10:12",
            f"À : {sender.name} <{sender.sender}>",
            "Objet : Notre proposition",
        ]
        if lang == "fr"
        else [
            f"From: {name} <{addr}>",
            "Sent: Monday, November 23, 2026 10:12 AM",
            f"To: {sender.name} <{sender.sender}>",
            "Subject: Our proposal",
        ]
    )
    sep = ["________________________________"] if rng.random() < 0.5 else []
    return [*sep, *head, "", *body]


def build() -> list[dict[str, Any]]:
    rng = random.Random(20261130)
    cases: list[dict[str, Any]] = []
    layouts = [fn for _, fn, w in LAYOUTS for _ in range(w)]
    names = {fn: n for n, fn, _ in LAYOUTS}
    for n in range(176):
        lang = "fr" if n % 2 == 0 else "en"
        people = FR_PEOPLE if lang == "fr" else EN_PEOPLE
        p = people[(n // 2) % len(people)]
        layout = layouts[(n * 7 + n // 19) % len(layouts)]
        sig = layout(p, rng)
        client = rng.choice(["outlook", "gmail", "iphone", "outlook", "gmail"])
        body = list(rng.choice(FR_BODIES if lang == "fr" else EN_BODIES))
        closings = FR_CLOSINGS if lang == "fr" else EN_CLOSINGS
        closing = rng.choice(closings) if rng.random() < 0.8 else None
        lines = [*body, ""]
        if closing:
            lines.append(closing)
            if rng.random() < 0.3:
                lines.append("")
        elif rng.random() < 0.15 and layout is not layout_first_name:
            lines.append("-- ")
        start = len(lines)
        lines += sig.lines
        sig_idx = [start + k for k, ln in enumerate(sig.lines) if ln.strip() and ln not in IMAGES]
        tail = rng.random()
        if client == "iphone":
            lines += ["", "Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone", ""]
        elif tail < 0.45:
            lines += ["", *rng.choice(FR_DISCLAIMERS if lang == "fr" else EN_DISCLAIMERS)]
        if rng.random() < 0.75 or client == "iphone":
            lines += ["", *_quoted(lang, client, p, rng)]
        # The team's country: French teams write to British, American, Belgian and Swiss contacts too, whose
        # numbers may be written in their national format.
        region = "FR" if lang == "fr" else rng.choice(["GB", "FR", p.region])
        cases.append(_case(n, lang, client, names[layout], p, lines, sig_idx, sig.fields, region))
    cases += special_cases()
    cases += handwritten.build(600)
    cases += handwritten.build(700, handwritten2.CASES)
    return cases


def _case(
    n: int,
    lang: str,
    client: str,
    layout: str,
    p: Person,
    lines: list[str],
    sig_idx: list[int],
    fields: dict[str, Any],
    region: str,
    user: str | None = None,
) -> dict[str, Any]:
    addr, name, _ = USERS[lang]
    return {
        "id": f"{n + 1:03d}-{lang}-{client}-{layout}",
        "lang": lang,
        "client": client,
        "layout": layout,
        "region": region,
        "sender": {
            "address": user or (p.sender if not p.free_mail else f"{p.first.lower()}.{p.last.lower()}@{p.domain}"),
            "name": name if user else p.name,
        },
        "user": {"address": addr, "name": name},
        "body": "\n".join(lines),
        "signature": sig_idx,
        "fields": {k: v for k, v in fields.items() if v not in (None, [])} | {"phones": fields.get("phones", [])},
    }


def special_cases() -> list[dict[str, Any]]:
    """Written one by one: the shapes a generator would not think of."""
    fr, en = FR_PEOPLE, EN_PEOPLE
    out: list[dict[str, Any]] = []
    k = 500

    def add(
        lang: str,
        client: str,
        layout: str,
        p: Person,
        lines: list[str],
        sig: list[int],
        fields: dict[str, Any],
        region: str = "FR",
        user: str | None = None,
    ) -> None:
        nonlocal k
        out.append(_case(k, lang, client, layout, p, lines, sig, {"phones": [], **fields}, region, user))
        k += 1

    add(
        "fr",
        "iphone",
        "none",
        fr[0],
        ["OK pour moi, merci !", "", "Envoyé de mon iPhone", "", *_quoted("fr", "iphone", fr[0], random.Random(1))],
        [],
        {},
    )
    add("en", "iphone", "none", en[0], ["Sounds good, thanks!", "", "Sent from my iPhone"], [], {})
    add(
        "fr",
        "gmail",
        "none",
        fr[1],
        ["Bonjour Claire,", "", "Merci pour votre retour, je regarde cela et je reviens vers vous rapidement."],
        [],
        {},
    )
    add("en", "gmail", "none", en[1], ["Thanks Sarah, will do."], [], {})
    add(
        "fr",
        "gmail",
        "first-name",
        fr[4],
        ["Merci pour votre retour, je regarde cela.", "", "Thomas"],
        [2],
        {"name": "Thomas"},
    )
    add("en", "gmail", "first-name", en[5], ["Perfect, see you then.", "", "Olivia"], [2], {"name": "Olivia"})
    add(
        "fr",
        "outlook",
        "closing-name",
        fr[6],
        ["Bonjour,", "", "C'est noté pour lundi.", "", "Cordialement, Karim Benali", "Port. : 07 66 55 44 33"],
        [4, 5],
        {"name": "Karim Benali", "phones": [{"value": "+33766554433", "type": "mobile"}]},
    )
    add(
        "en",
        "outlook",
        "closing-name",
        en[8],
        [
            "Hi Sarah,",
            "",
            "Happy to jump on a call.",
            "",
            "Best, Ben",
            "",
            "Ben Sullivan | Founder & CEO | Fernleaf",
            "+1 646 555 3890",
        ],
        [4, 6, 7],
        {
            "name": "Ben Sullivan",
            "title": "Founder & CEO",
            "company": "Fernleaf",
            "phones": [{"value": "+16465553890", "type": "mobile"}],
        },
        region="US",
    )
    # mid-text closing words
    add(
        "fr",
        "outlook",
        "midtext",
        fr[2],
        [
            "Bonjour Claire,",
            "",
            "Merci pour votre retour, je regarde cela.",
            "Bonne journée à votre équipe qui a fait un travail remarquable sur ce dossier.",
            "",
            "Marc Girard",
            "Associé",
            "Girard & Roux Avocats",
        ],
        [5, 6, 7],
        {"name": "Marc Girard", "title": "Associé", "company": "Girard & Roux Avocats"},
    )
    add(
        "en",
        "outlook",
        "midtext",
        en[3],
        [
            "Sarah,",
            "",
            "Thanks for the quick turnaround on this, the team was impressed with the detail.",
            "Regards to Paul as well, we'll see him at the conference.",
            "",
            "Sarah O'Neill",
            "Chief Financial Officer",
            "Keystone Partners Inc.",
            "212-736-3100",
        ],
        [5, 6, 7, 8],
        {
            "name": "Sarah O'Neill",
            "title": "Chief Financial Officer",
            "company": "Keystone Partners Inc.",
            "phones": [{"value": "+12127363100", "type": "landline"}],
        },
        region="US",
    )
    # the mailbox user's own message (a forward, a note to self): never their signature
    add(
        "fr",
        "outlook",
        "own-message",
        fr[0],
        [
            "Pour info, voir ci-dessous.",
            "",
            "Cordialement,",
            "Claire Martin",
            "Conseillère en gestion de patrimoine",
            "Cabinet Martin & Associés SAS",
        ],
        [],
        {},
        user="claire.martin@cabinet-martin.fr",
    )
    add(
        "en",
        "outlook",
        "own-message",
        en[0],
        ["Note to self: chase Tom on Friday.", "", "Sarah Collins | Relationship Manager | Relance Partners Ltd"],
        [],
        {},
        region="GB",
        user="sarah.collins@relance-partners.co.uk",
    )
    # ORIAS and legal mentions inside a signature
    add(
        "fr",
        "outlook",
        "orias",
        fr[6],
        [
            "Bonjour,",
            "",
            "Voici l'attestation demandée.",
            "",
            "Bien à vous,",
            "Karim Benali",
            "Courtier en assurances",
            "Benali Courtage SASU – ORIAS n° 12 345 678",
            "27, boulevard Haussmann – 75009 Paris",
            "Tél. 09 70 12 34 56",
        ],
        [5, 6, 7, 8, 9],
        {
            "name": "Karim Benali",
            "title": "Courtier en assurances",
            "company": "Benali Courtage SASU",
            "address": "27, boulevard Haussmann – 75009 Paris",
            "phones": [{"value": "+33970123456", "type": "landline"}],
        },
    )
    # signature then PS-free disclaimer on the same block without a blank line
    add(
        "fr",
        "outlook",
        "disclaimer-tight",
        fr[14],
        [
            "Bonjour Claire,",
            "",
            "Ci-joint le mandat signé.",
            "",
            "Cordialement,",
            "Nicolas Faure",
            "Président – Faure Capital SAS",
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
        ],
        [5, 6],
        {"name": "Nicolas Faure", "title": "Président", "company": "Faure Capital SAS"},
    )
    add(
        "en",
        "outlook",
        "disclaimer-tight",
        en[4],
        [
            "Sarah,",
            "",
            "Signed copy attached.",
            "",
            "Regards",
            "James Whitfield",
            "Partner, Whitfield Morgan LLP",
            "This email and any attachments are confidential and may be privileged.",
        ],
        [5, 6],
        {"name": "James Whitfield", "title": "Partner", "company": "Whitfield Morgan LLP"},
        region="GB",
    )
    # no closing, no blank line before the signature
    add(
        "fr",
        "gmail",
        "no-closing",
        fr[15],
        [
            "Bonjour Claire,",
            "Je vous confirme ma présence au séminaire du 12.",
            "Laure Dumont",
            "Consultante senior – Dumont Conseil",
            "06 20 30 40 50",
        ],
        [2, 3, 4],
        {
            "name": "Laure Dumont",
            "title": "Consultante senior",
            "company": "Dumont Conseil",
            "phones": [{"value": "+33620304050", "type": "mobile"}],
        },
    )
    add(
        "en",
        "gmail",
        "no-closing",
        en[11],
        [
            "Hi Sarah, yes please put me down for the 12th.",
            "",
            "Hannah Brooks",
            "Recruitment Consultant | Talentbridge",
            "07456 789012",
            "linkedin.com/in/hannahbrooks-tb",
        ],
        [2, 3, 4, 5],
        {
            "name": "Hannah Brooks",
            "title": "Recruitment Consultant",
            "company": "Talentbridge",
            "phones": [{"value": "+447456789012", "type": "mobile"}],
            "linkedin": "linkedin.com/in/hannahbrooks-tb",
        },
        region="GB",
    )
    # French phone with international prefix and dots, fax on the same line
    add(
        "fr",
        "outlook",
        "dots",
        fr[10],
        [
            "Bonjour,",
            "",
            "Nous validons la mission.",
            "",
            "Salutations distinguées,",
            "",
            "François GARNIER",
            "Expert-comptable associé",
            "Cabinet Garnier & Associés",
            "14 quai Duguay-Trouin – 35000 Rennes",
            "T. +33.2.99.30.40.50 – F. +33.2.99.30.40.51",
        ],
        [6, 7, 8, 9, 10],
        {
            "name": "François GARNIER",
            "title": "Expert-comptable associé",
            "company": "Cabinet Garnier & Associés",
            "address": "14 quai Duguay-Trouin – 35000 Rennes",
            "phones": [{"value": "+33299304050", "type": "landline"}, {"value": "+33299304051", "type": "fax"}],
        },
    )
    # Cedex, BP, bis
    add(
        "fr",
        "outlook",
        "cedex",
        fr[3],
        [
            "Bonjour,",
            "",
            "Veuillez trouver notre bon de commande.",
            "",
            "Cordialement",
            "",
            "Nathalie Roussel",
            "Responsable des achats",
            "TRANSPORTS ROUSSEL SA",
            "ZI de la Chauvinière – 3 bis, rue du Bois Briand",
            "BP 12345 – 44323 Nantes Cedex 3",
            "Standard : 02 40 12 34 56",
        ],
        [6, 7, 8, 9, 10, 11],
        {
            "name": "Nathalie Roussel",
            "title": "Responsable des achats",
            "company": "TRANSPORTS ROUSSEL SA",
            "address": "ZI de la Chauvinière – 3 bis, rue du Bois Briand, BP 12345 – 44323 Nantes Cedex 3",
            "phones": [{"value": "+33240123456", "type": "landline"}],
        },
    )
    return out


def main() -> int:
    cases = build()
    (HERE / "cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {HERE / 'cases.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
