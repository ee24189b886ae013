"""blind20: the firm (Vaucher Rüegg & Cie), its staff, the messages it sent (as its Sent Items hold them), the
clients' quoting styles and reply()."""

import re

from mime12 import L, rng
from mime20 import (
    FIRM,
    MONTHS,
    SHORT_DAYS,
    Msg,
    P,
    build,
    date_hdr,
    dt,
    gmail_mid,
    html_divs,
    html_outlook,
    key_hex,
    label_of,
    outlook_block,
    outlook_mid,
    render_plain,
    subj,
    thread_index,
    uuid_mid,
)

CHEVALLEY = P("Mathilde Chevalley", f"mathilde.chevalley@{FIRM}")
FAVRE = P("Julien Favre-Bulle", f"julien.favre-bulle@{FIRM}")
BRUNNER = P("Reto Brunner", f"reto.brunner@{FIRM}")
WYSS = P("Sandra Wyss", f"sandra.wyss@{FIRM}")
BERNASCONI = P("Chiara Bernasconi", f"chiara.bernasconi@{FIRM}")
KELLER = P("Nadia Keller", f"nadia.keller@{FIRM}")
STAFF = [CHEVALLEY, FAVRE, BRUNNER, WYSS, BERNASCONI, KELLER]

SIG = {
    "chevalley": L("""
        Meilleures salutations,

        Mathilde Chevalley
        Conseillère en gestion de fortune
        Vaucher Rüegg & Cie SA
        Avenue de Rumine 20 | 1005 Lausanne
        T +41 21 555 01 42 | www.vaucher-ruegg.example
    """),
    "favre": L("""
        Avec mes meilleures salutations,

        Julien Favre-Bulle
        Courtier en assurances | Vaucher Rüegg & Cie SA
        Rue du Rhône 58 | 1204 Genève
        T +41 22 555 01 17
    """),
    "brunner": L("""
        Freundliche Grüsse

        Reto Brunner
        Kundenberater Private Banking
        Vaucher Rüegg & Cie AG
        Bahnhofstrasse 71 | 8001 Zürich
        T +41 44 555 01 63
    """),
    "wyss": L("""
        Freundliche Grüsse
        Sandra Wyss

        Vorsorge & Versicherungen | Vaucher Rüegg & Cie AG
        Bahnhofstrasse 71 | 8001 Zürich
        T +41 44 555 01 68
    """),
    "bernasconi": L("""
        Cordiali saluti

        Chiara Bernasconi
        Consulente patrimoniale
        Vaucher Rüegg & Cie SA
        Riva Caccia 4 | 6900 Lugano
        T +41 91 555 01 29
    """),
    "keller": L("""
        Kind regards,

        Nadia Keller
        Senior Relationship Manager
        Vaucher Rüegg & Cie SA
        Rue du Rhône 58 | 1204 Geneva
        T +41 22 555 01 55
    """),
}

FIRM_DISCLAIMER = {
    "fr": L("""
        Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Vaucher Rüegg & Cie SA ne transmet jamais d'ordres ni d'instructions de paiement par e-mail sans confirmation téléphonique.
    """),
    "de": L("""
        Diese E-Mail ist vertraulich und ausschliesslich für den Adressaten bestimmt. Vaucher Rüegg & Cie AG nimmt keine Zahlungs- oder Börsenaufträge per E-Mail entgegen.
    """),
    "it": L("""
        Questo messaggio è confidenziale e destinato esclusivamente al destinatario. Vaucher Rüegg & Cie SA non accetta ordini di pagamento o di borsa per e-mail.
    """),
    "en": L("""
        This e-mail is confidential and intended solely for the addressee. Vaucher Rüegg & Cie SA does not accept payment or trading instructions by e-mail.
    """),
}

SAFE = "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportail.vaucher-ruegg.example%2F{p}&data=05%7C02%7C%7C{h}%7C0%7C0%7C638{n}%7CUnknown&sdata={s}%3D&reserved=0"


def safelink(key, path):
    r = rng("b20", key, "safe")
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789") for _ in range(40))
    return SAFE.format(p=path, h=h, n=r.randrange(10**14, 10**15), s=s)


# --------------------------------------------------------------------------
# what the firm sent (body lines, greeting first)
# --------------------------------------------------------------------------
REVIEW_Q = {
    "fr": [
        "1. Votre situation professionnelle ou familiale a-t-elle changé depuis notre dernier entretien ?",
        "2. Prévoyez-vous un besoin de liquidités important dans les 24 prochains mois (achat immobilier, donation, etc.) ?",
        "3. Votre horizon de placement reste-t-il supérieur à 5 ans ?",
        "4. Souhaitez-vous maintenir l'exclusion des secteurs charbon et armement dans votre mandat ?",
    ],
    "de": [
        "1. Hat sich Ihre berufliche oder familiäre Situation seit unserem letzten Gespräch verändert?",
        "2. Erwarten Sie in den nächsten 24 Monaten einen grösseren Liquiditätsbedarf (Immobilienkauf, Schenkung usw.)?",
        "3. Beträgt Ihr Anlagehorizont weiterhin mehr als 5 Jahre?",
        "4. Möchten Sie den Ausschluss der Sektoren Kohle und Rüstung in Ihrem Mandat beibehalten?",
    ],
    "it": [
        "1. La sua situazione professionale o familiare è cambiata dal nostro ultimo colloquio?",
        "2. Prevede un fabbisogno di liquidità importante nei prossimi 24 mesi (acquisto immobiliare, donazione, ecc.)?",
        "3. Il suo orizzonte d'investimento resta superiore a 5 anni?",
        "4. Desidera mantenere l'esclusione dei settori carbone e armamenti nel suo mandato?",
    ],
    "en": [
        "1. Has your professional or family situation changed since our last meeting?",
        "2. Do you expect a significant need for cash in the next 24 months (property purchase, gift, etc.)?",
        "3. Is your investment horizon still longer than 5 years?",
        "4. Would you like to keep the exclusion of the coal and defence sectors in your mandate?",
    ],
}

REVIEW_INTRO = {
    "fr": (
        "Revue annuelle de votre profil d'investisseur",
        [
            "Comme chaque année, et conformément à la LSFin, nous revoyons avec vous votre profil d'investisseur. Pourriez-vous me répondre sur les points suivants :",
        ],
        [
            "Vous pouvez aussi répondre directement sur le portail client.",
            "Je me tiens volontiers à votre disposition pour un rendez-vous à Lausanne ou par visioconférence.",
        ],
    ),
    "de": (
        "Jährliche Überprüfung Ihres Anlegerprofils",
        [
            "Wie jedes Jahr und gemäss FIDLEG überprüfen wir gemeinsam mit Ihnen Ihr Anlegerprofil. Dürfen wir Sie bitten, uns die folgenden Fragen zu beantworten:",
        ],
        [
            "Gerne stehe ich Ihnen auch für ein Gespräch in Zürich oder per Video zur Verfügung.",
        ],
    ),
    "it": (
        "Aggiornamento annuale del suo profilo d'investimento",
        [
            "Come ogni anno, e conformemente alla LSerFi, aggiorniamo insieme il suo profilo d'investimento. Le chiederei gentilmente di rispondere alle domande seguenti:",
        ],
        [
            "Resto volentieri a disposizione per un incontro a Lugano o in videoconferenza.",
        ],
    ),
    "en": (
        "Annual review of your investor profile",
        [
            "As every year, and in line with FinSA, we are reviewing your investor profile with you. Could you please answer the following questions:",
        ],
        [
            "You can also reply through the client portal.",
            "I would be happy to meet in Geneva or by video call if you prefer.",
        ],
    ),
}

ADVISER_OF = {
    "fr": (CHEVALLEY, "chevalley"),
    "de": (BRUNNER, "brunner"),
    "it": (BERNASCONI, "bernasconi"),
    "en": (KELLER, "keller"),
}


def review(key, lang, to, greeting, date, cc=()):
    adv, sig = ADVISER_OF[lang]
    subject, intro, outro = REVIEW_INTRO[lang]
    body = [greeting, "", *intro, "", *REVIEW_Q[lang], "", *outro, "", *SIG[sig], "", *FIRM_DISCLAIMER[lang]]
    if lang == "fr":
        body[body.index("Vous pouvez aussi répondre directement sur le portail client.")] = (
            f"Vous pouvez aussi répondre directement sur le portail client<{safelink(key, 'profil')}>."
        )
    return Msg(key, adv, to, dt(date), subject, body, cc=cc, mid=outlook_mid("sent-" + key))


def letter(key, adv, sigkey, lang, to, greeting, date, subject, text, cc=()):
    body = [greeting, "", *L(text), "", *SIG[sigkey], "", *FIRM_DISCLAIMER[lang]]
    return Msg(key, adv, to, dt(date), subject, body, cc=cc, mid=outlook_mid("sent-" + key))


# --------------------------------------------------------------------------
# attributions
# --------------------------------------------------------------------------
def _hm(d):
    return d.strftime("%H:%M")


def attribution(client, lang, m):
    d, n, e = m.date, m.frm.name, m.frm.email
    mon = MONTHS[lang][d.month - 1]
    sd = SHORT_DAYS[lang][d.weekday()]
    if client == "gmail":
        return {
            "fr": [f"Le {sd} {d.day} {mon} {d.year} à {_hm(d)}, {n} <{e}> a écrit :"],
            "de": [f"Am {sd}, {d.day}. {mon} {d.year} um {_hm(d)} Uhr schrieb {n} <{e}>:"],
            "it": [f"Il giorno {sd} {d.day} {mon[:3]} {d.year} alle ore {_hm(d)} {n} <{e}> ha scritto:"],
            "en": [f"On {sd}, {d.day} {mon[:3]} {d.year} at {_hm(d)}, {n} <{e}> wrote:"],
        }[lang]
    if client in ("apple_mail", "ios_mail"):
        return {
            "fr": [f"Le {d.day} {mon} {d.year} à {_hm(d)}, {n} <{e}> a écrit :"],
            "de": [f"Am {d.strftime('%d.%m.%Y')} um {_hm(d)} schrieb {n} <{e}>:"],
            "it": [f"Il giorno {d.day} {mon[:3]} {d.year}, alle ore {_hm(d)}, {n} <{e}> ha scritto:"],
            "en": [f"On {d.day} {mon[:3]} {d.year}, at {_hm(d)}, {n} <{e}> wrote:"],
        }[lang]
    if client == "thunderbird":
        return {
            "fr": [f"Le {d.strftime('%d/%m/%Y')} à {_hm(d)}, {n} a écrit :"],
            "de": [f"Am {d.strftime('%d.%m.%y')} um {_hm(d)} schrieb {n}:"],
            "it": [f"Il {d.strftime('%d/%m/%y')} {_hm(d)}, {n} ha scritto:"],
            "en": [f"On {d.strftime('%d/%m/%Y')} {_hm(d)}, {n} wrote:"],
        }[lang]
    if client == "hispeed_webmail":
        return {
            "fr": [f"Le {d.strftime('%d.%m.%Y')} {_hm(d)}, {n} a écrit :"],
            "de": [f"Am {d.strftime('%d.%m.%Y')} {_hm(d)}, schrieb {n}:"],
            "it": [f"Il {d.strftime('%d.%m.%Y')} {_hm(d)} {n} ha scritto:"],
            "en": [f"On {d.strftime('%d.%m.%Y')} {_hm(d)}, {n} wrote:"],
        }[lang]
    raise KeyError(client)


def notes_block(lang, m):
    d = m.date
    lab = {
        "de": ("Von:", "An:", "Datum:", "Betreff:"),
        "fr": ("De :", "A :", "Date :", "Objet :"),
        "it": ("Da:", "A:", "Data:", "Oggetto:"),
        "en": ("From:", "To:", "Date:", "Subject:"),
    }[lang]
    return [
        f"{lab[0]}\t{m.frm.name} <{m.frm.email}>",
        f"{lab[1]}\t{', '.join(p.angle() for p in m.to)}",
        f"{lab[2]}\t{d.strftime('%d.%m.%Y %H:%M')}",
        f"{lab[3]}\t{m.subject}",
    ]


def gmx_block(lang, m):
    d = m.date
    wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][d.weekday()]
    if lang == "de":
        return [
            f"Gesendet: {wd}, {d.strftime('%d.')} März {d.year} um {_hm(d)} Uhr",
            f'Von: "{m.frm.name}" <{m.frm.email}>',
            f"An: {', '.join(p.email for p in m.to)}",
            f"Betreff: {m.subject}",
        ]
    return [
        f"Envoyé: {['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][d.weekday()]} {d.day} mars {d.year} à {_hm(d)}",
        f'De: "{m.frm.name}" <{m.frm.email}>',
        f"À: {', '.join(p.email for p in m.to)}",
        f"Objet: {m.subject}",
    ]


def bluewin_block(lang, m):
    d = m.date
    head = {
        "fr": "----- Message d'origine -----",
        "de": "----- Originalnachricht -----",
        "it": "----- Messaggio originale -----",
        "en": "----- Original Message -----",
    }[lang]
    lab = {
        "fr": ("De:", "À:", "Date:", "Objet:"),
        "de": ("Von:", "An:", "Datum:", "Betreff:"),
        "it": ("Da:", "A:", "Data:", "Oggetto:"),
        "en": ("From:", "To:", "Date:", "Subject:"),
    }[lang]
    return [
        head,
        f'{lab[0]} "{m.frm.name}" <{m.frm.email}>',
        f"{lab[1]} {', '.join(p.email for p in m.to)}",
        f"{lab[2]} {d.strftime('%d.%m.%Y %H:%M')}",
        f"{lab[3]} {m.subject}",
    ]


PREFIX = {
    "outlook": {"fr": "RE: ", "de": "AW: ", "it": "R: ", "en": "RE: "},
    "notes": {"fr": "Réf. : ", "de": "Antwort: ", "it": "Risposta: ", "en": "Re: "},
    "gmx_webmail": {"fr": "Re: ", "de": "Aw: ", "it": "Re: ", "en": "Re: "},
}


def quote_segs(client, lang, m, banner=None, depth_lines=None):
    """The quoted part of a reply to m as client lays it out. banner: lines the recipient's gateway put on top."""
    body = [*(banner or []), *([""] if banner else []), *m.body]
    if client in ("outlook", "outlook_html"):
        return [("hdr", outlook_block(m, lang)), ("raw", [""]), ("q", body, 0)]
    if client in ("owa", "outlook_mobile"):
        return [
            ("sep", "________________________________"),
            ("hdr", outlook_block(m, lang)),
            ("raw", [""]),
            ("q", body, 0),
        ]
    if client in ("gmail", "apple_mail"):
        return [("attr", attribution(client, lang, m)), ("raw", [""]), ("q", body, 1)]
    if client in ("hispeed_webmail", "thunderbird"):
        return [("attr", attribution(client, lang, m)), ("q", body, 1)]
    if client == "ios_mail":
        return [("q", [*attribution(client, lang, m), "", *body], 1)]
    if client == "notes":
        return [("attr", notes_block(lang, m)), ("raw", [""]), ("q", body, 0)]
    if client == "gmx_webmail":
        return [("attr", gmx_block(lang, m)), ("raw", [""]), ("q", body, 0)]
    if client == "bluewin_webmail":
        return [("attr", bluewin_block(lang, m)), ("raw", [""]), ("q", body, 0)]
    raise KeyError(client)


def subject_for(client, lang, m, tag=""):
    base = (tag + " " if tag else "") + m.subject
    if client in ("outlook", "owa", "outlook_mobile"):
        return PREFIX["outlook"][lang] + base
    if client in ("notes", "gmx_webmail"):
        return PREFIX[client][lang] + base
    return "Re: " + base


FAMILY = {
    "outlook": "outlook",
    "owa": "owa",
    "outlook_mobile": "owa",
    "gmail": "gmail",
    "apple_mail": "apple",
    "ios_mail": "apple",
    "thunderbird": "plain",
    "notes": "notes",
    "gmx_webmail": "web",
    "bluewin_webmail": "web",
    "hispeed_webmail": "plain",
}


def client_headers(client, key, frm, lang, orig):
    h = []
    if client in ("outlook", "owa", "outlook_mobile"):
        r = rng("b20", key, "ti")
        topic = re.sub(r"^(?:(?:RE|AW|R|Re|WG|TR|FW) ?: ?)+", "", orig.subject)
        h += [("Thread-Topic", subj(topic)), ("Thread-Index", thread_index(r, 1))]
        h += [("Content-Language", {"fr": "fr-CH", "de": "de-CH", "it": "it-CH", "en": "en-GB"}[lang])]
        h += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "apple_mail":
        h += [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    elif client == "ios_mail":
        h += [("X-Mailer", "iPhone Mail (22D72)")]
    elif client == "thunderbird":
        h += [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", {"fr": "fr", "de": "de-CH", "it": "it", "en": "en-GB"}[lang]),
        ]
    elif client == "notes":
        h += [
            ("X-Mailer", "HCL Notes Release 12.0.2FP4 June 14, 2024"),
            (
                "X-KeepSent",
                f"{key_hex(key, 'ks', 8).upper()}:{key_hex(key, 'ks2', 8).upper()}-C1258C4F:0036D2A1; type=4; name=$KeepSent",
            ),
        ]
    elif client == "gmx_webmail":
        h += [("X-UI-Message-Type", "mail"), ("X-Priority", "3"), ("Importance", "normal"), ("Sensitivity", "Normal")]
    elif client == "bluewin_webmail":
        h += [("X-Mailer", "Open-Xchange Mailer v8.22.41")]
    elif client == "hispeed_webmail":
        h += [("User-Agent", "Roundcube Webmail/1.6.9")]
    return h


def mid_for(client, key, frm):
    dom = frm.email.split("@")[1]
    if client in ("outlook", "owa", "outlook_mobile"):
        return outlook_mid(key)
    if client == "gmail":
        return gmail_mid(key)
    if client in ("apple_mail", "ios_mail"):
        return uuid_mid(key, dom)
    if client == "thunderbird":
        return uuid_mid(key, dom, upper=False)
    if client == "notes":
        r = rng("b20", key, "n")
        return f"<OF{''.join(r.choice('0123456789ABCDEF') for _ in range(8))}.{''.join(r.choice('0123456789ABCDEF') for _ in range(8))}-ONC1258B{r.randrange(10, 99)}.00{r.randrange(100000, 999999)}-C1258B{r.randrange(10, 99)}.00{r.randrange(100000, 999999)}@{dom}>"
    r = rng("b20", key, "w")
    return f"<{r.randrange(10**9, 10**10)}.{r.randrange(10**5, 10**6)}@{dom}>"


def render(client, segs, html_only=False, lang="fr"):
    fam = FAMILY[client]
    plain = None if html_only else render_plain(segs)
    if fam == "outlook":
        html = html_outlook(segs, lang)
    elif fam == "plain":
        html = None
    elif fam == "notes":
        html = None if not html_only else html_divs(segs, "notes")
    else:
        html = html_divs(segs, {"owa": "owa", "gmail": "gmail", "apple": "apple", "web": "web"}[fam])
    return plain, html


def sent_raw(m):
    """The firm's message as its Sent Items store it (plain text body)."""
    h = [
        ("From", m.frm.a()),
        ("To", ", ".join(p.a() for p in m.to)),
        *([("Cc", ", ".join(p.a() for p in m.cc))] if m.cc else []),
        ("Subject", subj(m.subject)),
        ("Date", date_hdr(m.date)),
        ("Message-ID", m.mid),
        (
            "Content-Language",
            {
                "Reto Brunner": "de-CH",
                "Sandra Wyss": "de-CH",
                "Chiara Bernasconi": "it-CH",
                "Nadia Keller": "en-GB",
            }.get(m.frm.name, "fr-CH"),
        ),
    ]
    return build(h, plain=m.body, key="sent-" + m.key)


def reply(
    key,
    lang,
    client,
    frm,
    orig,
    date,
    new=None,
    segs=None,
    device=None,
    html_only=False,
    opt_out=False,
    attach=(),
    tag="",
    banner=None,
    footer=None,
    replied_to=False,
    subject=None,
    to=None,
    cc=(),
    cs="utf-8",
    cte="quoted-printable",
    kind="human",
    extra_headers=(),
    forward=False,
):
    """A human reply. new: the sender's lines (top-posted); segs: a full segment list (inline answers etc.)."""
    d = dt(date)
    if d <= orig.date:
        raise SystemExit(f"{key}: dated before {orig.key}")
    sent_orig = orig
    if tag:
        import copy

        orig = copy.copy(orig)
        orig.subject = tag + " " + orig.subject
        tag = ""
    if segs is None:
        segs = [("new", new)]
        if device:
            segs.append(("dev", device))
        segs += [("raw", [""]), *quote_segs(client, lang, orig, banner)]
    if footer:
        segs = [*segs, ("raw", ["", *footer])]
    plain, html = render(client, segs, html_only, lang)
    flowed = client == "thunderbird"
    to = to or [orig.frm]
    s = subject or subject_for(client, lang, orig, tag)
    h = [
        ("From", frm.a()),
        ("To", ", ".join(p.a() for p in to)),
        *([("Cc", ", ".join(p.a() for p in cc))] if cc else []),
        ("Subject", subj(s)),
        ("Date", date_hdr(d)),
        ("Message-ID", mid_for(client, key, frm)),
        *([] if forward else [("In-Reply-To", orig.mid), ("References", orig.mid)]),
        *client_headers(client, key, frm, lang, orig),
        *extra_headers,
    ]
    html_cte = "base64" if client in ("outlook_mobile", "ios_mail") else "quoted-printable"
    if flowed:
        from mime12 import flow

        plain = [ln.rstrip() if not ln.strip("> ") else ln for ln in flow(plain)]
        cte = "8bit"
    raw = build(h, plain, html, cs=cs, cte=cte, html_cte=html_cte, flowed=flowed, attachments=attach, key=key)
    lab = label_of(segs)
    return dict(
        client=client,
        lang=lang,
        kind=kind,
        slug=key,
        raw=raw,
        new_text=lab,
        mode="text" if plain is not None else "html",
        top=bool(segs) and segs[0][0] == "new" and bool(lab),
        extra={"replied_to": ("sent-" + orig.key + ".eml") if replied_to else None},
        opt_out=opt_out,
        empty_ok=not lab,
        device=device,
        sent=sent_orig,
    )


def inline(client, lang, orig, answers, top=None, colour=None, banner=None, after=None):
    """Answers typed inside the quoted copy. answers: {question line prefix: [lines]}; top: lines above the quote."""
    segs = []
    if top:
        segs += [("new", top), ("raw", [""])]
    qs = quote_segs(client, lang, orig, banner)
    *head, (_, body, depth) = qs
    segs += head
    chunk = []
    used = set()
    for ln in body:
        chunk.append(ln)
        hit = next((k for k in answers if ln.startswith(k) and k not in used), None)
        if hit is not None:
            used.add(hit)
            segs.append(("q", chunk, depth))
            chunk = []
            if after:
                segs.append(("raw", [""]))
            segs.append(("new", answers[hit], colour) if colour else ("new", answers[hit]))
            if after:
                segs.append(("raw", [""]))
    if len(used) != len(answers):
        raise SystemExit(f"{orig.key}: inline answer anchor not found {set(answers) - used}")
    if chunk:
        segs.append(("q", chunk, depth))
    return segs
