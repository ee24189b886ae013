"""blind23: automatic replies (out-of-office notices, a leaver, acknowledgements, a read receipt, a delivery receipt).

until: the end of the absence the notice names, resolved against the Date header; when a notice names both the last
day away and the day back, the LATER of the two (the day back); null when none, vague, or not an absence.
"""

from datetime import timedelta

from clients23 import UTC, Person, make_mid, render_html, thread_index, to_local
from firm23 import CF, MC, YA, bilan, feuillets, fiscal, kyc, lettre, profil
from mime12 import addr, ew_subject, message, multipart, rfcdate, rng, text_part
from mime12 import hexid as _hexid

ITEMS = []


def exchange_headers(key, sender, orig, subject, dt, auto="auto-generated", family="outlook"):
    mid = make_mid(family, "auto/" + key, sender)
    r = rng("auto-rcv", key)
    hs = [
        (
            "Received",
            f"from {sender.domain()} ([203.0.113.{r.randrange(2, 254)}]) by mx.castellanferrand.example;\r\n\t{rfcdate(dt)}",
        ),
        ("From", addr(sender.name, sender.email)),
        ("To", addr(orig.frm.name, orig.frm.email)),
        ("Subject", ew_subject("", subject)),
    ]
    if family == "outlook":
        hs += [("Thread-Topic", ew_subject("", orig.subject)), ("Thread-Index", thread_index("auto/" + key))]
    hs += [
        ("Date", rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000") if family == "outlook" else rfcdate(dt)),
        ("Message-ID", mid),
        ("References", orig.mid),
        ("In-Reply-To", orig.mid),
        ("Auto-Submitted", auto),
    ]
    if family == "outlook":
        hs += [
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "fr-FR"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    return [*hs, ("MIME-Version", "1.0")]


def add(
    slug,
    client,
    lang,
    sender,
    orig,
    minutes,
    lines,
    until,
    prefix="Réponse automatique : ",
    subject=None,
    family="outlook",
    auto="auto-generated",
    plain_only=False,
    extra=(),
):
    dt = to_local(sender.region, orig.dt) + timedelta(minutes=minutes)
    subject = subject or prefix + orig.subject
    hs = exchange_headers(slug, sender, orig, subject, dt, auto, family) + list(extra)
    text = "\n".join(lines) + "\n"
    if plain_only:
        part = text_part(text, "text/plain; charset=utf-8", "utf-8", "quoted-printable")
    else:
        cs = '"utf-8"' if family == "outlook" else "utf-8"
        part = multipart(
            "alternative",
            [
                text_part(text, f"text/plain; charset={cs}", "utf-8", "quoted-printable"),
                text_part(
                    render_html([("new", lines)], family), f"text/html; charset={cs}", "utf-8", "quoted-printable"
                ),
            ],
            f"_000_{_hexid(rng('ab', slug), 24)}_",
        )
    ITEMS.append(
        {
            "slug": slug,
            "client": client,
            "lang": lang,
            "kind": "auto_reply",
            "raw": message(hs, part),
            "until": until,
            "date": dt.isoformat(),
            "utc": dt.astimezone(UTC).isoformat(),
            "answers": orig.dt.astimezone(UTC).isoformat(),
        }
    )


def P(name, email, region="eu"):
    return Person(name, email, region)


# 1. "serai de retour le lundi 15 mars"
p = P("Hélène Barbier", "h.barbier@barbier-avocats.example")
add(
    "barbier-lundi-15",
    "exchange",
    "fr",
    p,
    fiscal("a-barbier", MC, p, "Maître"),
    1,
    [
        "Bonjour,",
        "",
        "Je suis absente du cabinet et serai de retour le lundi 15 mars. Pour toute urgence, vous pouvez "
        "contacter mon assistante, Mme Perret, au 04 65 71 44 02.",
        "",
        "Cordialement,",
        "Hélène Barbier",
    ],
    "2027-03-15",
)
# 2. "jusqu'au 12/03 inclus"
p = P("François Giraud", "francois.giraud@giraud-sa.example")
add(
    "giraud-1203-inclus",
    "exchange",
    "fr",
    p,
    bilan("a-giraud", CF, p, "Monsieur Giraud", date="2027-03-02 10:50"),
    1,
    [
        "Bonjour,",
        "Je suis absent jusqu'au 12/03 inclus, avec un accès limité à ma messagerie.",
        "Je vous répondrai dès que possible.",
        "François Giraud",
    ],
    "2027-03-12",
)
# 3. "de retour au bureau le 22" (sent 8 March)
p = P("Agnès Rivière", "agnes.riviere@riviere-pharma.example")
add(
    "riviere-le-22",
    "exchange",
    "fr",
    p,
    lettre("a-riviere", p, "Madame Rivière"),
    1,
    ["Merci pour votre message.", "Je suis en déplacement et je serai de retour au bureau le 22.", "Agnès Rivière"],
    "2027-03-22",
)
# 4. "retour prévu semaine du 15 mars" (vague)
p = P("Olivier Lacroix", "olivier.lacroix@lacroix-conseil.example")
add(
    "lacroix-semaine-du-15",
    "exchange",
    "fr",
    p,
    bilan("a-lacroix", MC, p, "Monsieur Lacroix", date="2027-03-02 11:30"),
    2,
    ["Bonjour,", "", "Je suis en congés. Retour prévu semaine du 15 mars.", "", "Olivier Lacroix"],
    None,
)
# 5. Québec, Sieve vacation with its own subject, ISO date
p = P("Jacques Bergeron", "jacques.bergeron@videotron.example", "qc")
add(
    "bergeron-iso",
    "videotron_sieve",
    "fr",
    p,
    feuillets("a-bergeron", p, "Monsieur Bergeron", date="2027-03-02 10:02"),
    1,
    [
        "Bonjour,",
        "",
        "Je suis absent du bureau. De retour le 2027-03-15.",
        "Pour une urgence : 514 555-0190.",
        "",
        "Bonne journée!",
    ],
    "2027-03-15",
    subject="Réponse automatique : Absent du bureau",
    family="webmail",
    auto="auto-replied (vacation)",
    plain_only=True,
)
# 6. Québec, "inclusivement"
p = P("Nathalie Gingras", "ngingras@gingras-notaires.example", "qc")
add(
    "gingras-inclusivement",
    "exchange",
    "fr",
    p,
    lettre("a-gingras", p, "Madame Gingras", office="ca", date="2027-03-08 08:45"),
    1,
    [
        "Bonjour,",
        "",
        "Je serai absente jusqu'au vendredi 19 mars inclusivement. Pour toute urgence, veuillez "
        "communiquer avec Me Lafleur au 418 555-0177.",
        "",
        "Merci et bonne journée,",
        "Nathalie Gingras, notaire",
    ],
    "2027-03-19",
)
# 7. both the last day away and the day back: the later (the day back)
p = P("Céline Marchal", "celine.marchal@marchal-immobilier.example")
add(
    "marchal-du-au-retour",
    "exchange",
    "fr",
    p,
    lettre("a-marchal", p, "Madame Marchal"),
    1,
    [
        "Bonjour,",
        "",
        "Je suis absente du lundi 8 au vendredi 19 mars inclus. De retour le lundi 22 mars, je traiterai "
        "votre message à mon retour.",
        "",
        "Bien cordialement,",
        "Céline Marchal",
    ],
    "2027-03-22",
)
# 8. Swiss German / French, "Abwesenheitsnotiz" (HCL Notes)
p = P("Thomas Brunner", "thomas.brunner@brunner-immobilien.example")
add(
    "brunner-abwesenheitsnotiz",
    "hcl_notes",
    "de",
    p,
    profil("a-brunner", p, "Monsieur Brunner", date="2027-03-02 15:05"),
    1,
    [
        "Ich bin bis und mit Freitag, 19. März 2027 abwesend. Ihre E-Mail wird nicht weitergeleitet.",
        "In dringenden Fällen wenden Sie sich bitte an Frau Keller (+41 44 555 01 20).",
        "",
        "Je suis absent jusqu'au vendredi 19 mars 2027 inclus. Votre message ne sera pas transféré.",
        "",
        "Freundliche Grüsse / Meilleures salutations",
        "Thomas Brunner",
    ],
    "2027-03-19",
    prefix="Abwesenheitsnotiz: ",
    family="webmail",
    auto="auto-replied",
    extra=[("X-Mailer", "HCL Notes Release 12.0.2FP2")],
)
# 9. Geneva, after Easter: the last day away (Friday 2 April) and the day back (Monday 5 April) -> the later
p = P("Sophie Favre-Bulle", "s.favrebulle@favrebulle-avocats.example")
add(
    "favrebulle-apres-paques",
    "exchange",
    "fr",
    p,
    profil("a-favrebulle", p, "Madame Favre-Bulle", date="2027-03-30 09:10"),
    1,
    [
        "Bonjour,",
        "",
        "Je suis en vacances jusqu'au vendredi 2 avril. Dès le lundi 5 avril, je traiterai vos messages "
        "par ordre d'arrivée.",
        "",
        "Meilleures salutations",
        "Sophie Favre-Bulle",
    ],
    "2027-04-05",
)
# 10. Luxembourg, trilingual
p = P("Tom Weber", "tom.weber@weber-lux.example")
add(
    "weber-trilingue",
    "exchange",
    "fr",
    p,
    kyc("a-weber", p, "Monsieur Weber", date="2027-03-02 11:20"),
    1,
    [
        "Je suis absent du bureau jusqu'au 16.03.2027 inclus.",
        "I am out of the office until 16.03.2027.",
        "Ech sinn bis den 16.03.2027 net um Büro.",
        "",
        "Tom Weber",
    ],
    "2027-03-16",
)
# 11. Morocco, travelling
p = P("Youssef Idrissi", "y.idrissi@idrissi-industries.example", "ma")
add(
    "idrissi-deplacement",
    "exchange",
    "fr",
    p,
    bilan(
        "a-idrissi",
        YA,
        p,
        "Monsieur Idrissi",
        date="2027-03-16 09:50",
        slots=["mardi 23 mars à 11 h", "jeudi 25 mars à 15 h", "mercredi 31 mars à 10 h"],
    ),
    1,
    [
        "Bonjour,",
        "",
        "Je suis en déplacement jusqu'au jeudi 18 mars, avec un accès limité à mes courriels. Pour toute "
        "urgence, merci de contacter M. Karim Alami au +212 5 22 55 01 90.",
        "",
        "Cordialement,",
        "Youssef Idrissi",
    ],
    "2027-03-18",
)
# 12. Belgium, French / Dutch
p = P("Kathleen Peeters", "k.peeters@peeters-notaris.example")
add(
    "peeters-bilingue",
    "exchange",
    "fr",
    p,
    bilan("a-peeters", CF, p, "Maître", date="2027-03-02 11:45"),
    1,
    [
        "Je suis absente jusqu'au 17/03/2027. En cas d'urgence, veuillez contacter notre secrétariat au +32 2 555 01 20.",
        "",
        "Ik ben afwezig tot 17/03/2027. Voor dringende zaken kunt u ons secretariaat bellen op +32 2 555 01 20.",
    ],
    "2027-03-17",
)
# 13. English
p = P("David Harris", "david.harris@harris-capital.example")
add(
    "harris-en",
    "exchange",
    "en",
    p,
    profil("a-harris", p, "Mr Harris", date="2027-03-03 09:00", en=True),
    1,
    [
        "Thank you for your email.",
        "",
        "I'm away until Friday 12 March with limited access to email and will reply on my return.",
        "",
        "David Harris",
    ],
    "2027-03-12",
    prefix="Automatic reply: ",
)
# 14. a leaver naming her successor
p = P("Isabelle Dupuis", "i.dupuis@aubert-distribution.example")
add(
    "dupuis-a-quitte",
    "exchange",
    "fr",
    p,
    lettre("a-dupuis", p, "Madame Dupuis"),
    1,
    [
        "Bonjour,",
        "",
        "Isabelle Dupuis a quitté le Groupe Aubert Distribution le 26 février 2027. Ce message ne lui sera "
        "pas transmis.",
        "Merci d'adresser désormais vos messages à M. Frédéric Aubert "
        "(f.aubert@aubert-distribution.example), qui reprend ses dossiers.",
    ],
    None,
)
# 15. a ticket acknowledgement
p = P("Cabinet Roche & Bertin – Accueil", "accueil@roche-bertin.example")
add(
    "roche-bertin-accuse",
    "helpdesk",
    "fr",
    p,
    fiscal("a-roche", MC, p, "Madame, Monsieur", date="2027-03-03 11:00"),
    2,
    [
        "Bonjour,",
        "",
        "Votre message a bien été enregistré sous la référence 2027-0412.",
        "Un collaborateur du cabinet vous répondra sous 48 heures ouvrées.",
        "",
        "Ceci est un message automatique, merci de ne pas y répondre.",
    ],
    None,
    subject="[Dossier 2027-0412] Accusé de réception : Déclaration 2027 – documents et informations à nous transmettre",
    family="webmail",
    auto="auto-replied",
    extra=[("X-Autoreply", "yes")],
)
# 16. "Je serai absent du 26 mars au 5 avril inclus" (only the last day away is named)
p = P("Bruno Lemoine", "bruno.lemoine@lemoine-btp.example")
add(
    "lemoine-26-au-5",
    "exchange",
    "fr",
    p,
    bilan(
        "a-lemoine",
        MC,
        p,
        "Monsieur Lemoine",
        date="2027-03-30 10:15",
        slots=["mardi 13 avril à 10 h", "jeudi 15 avril à 14 h 30"],
    ),
    1,
    [
        "Bonjour,",
        "",
        "Je serai absent du 26 mars au 5 avril inclus. En cas d'urgence, contactez le secrétariat au 04 65 71 77 00.",
        "",
        "Bruno Lemoine",
    ],
    "2027-04-05",
)
# 17. "de retour après les vacances de printemps" (vague)
p = P("Émilie Fontaine", "emilie.fontaine@fontaine-pharmacie.example")
add(
    "fontaine-printemps",
    "exchange",
    "fr",
    p,
    fiscal("a-fontaine", MC, p, "Madame Fontaine", date="2027-03-24 10:40"),
    1,
    ["Bonjour,", "", "Je suis en congés et serai de retour après les vacances de printemps.", "", "Émilie Fontaine"],
    None,
)
# 18. Gmail vacation responder
p = P("Thomas Garcia", "thomas.garcia@gmail.example")
add(
    "garcia-gmail-0903",
    "gmail_vacation",
    "fr",
    p,
    bilan("a-garcia", CF, p, "Monsieur Garcia", date="2027-03-02 12:05"),
    3,
    ["Bonjour,", "Je suis en congé jusqu'au 9 mars inclus et lirai vos messages à mon retour.", "Thomas"],
    "2027-03-09",
    subject="Re: Bilan patrimonial 2027 – vos disponibilités",
    family="gmail",
    auto="auto-replied",
)
# 19. training, back on Thursday 11
p = P("Marion Leroy", "marion.leroy@leroy-expertise.example")
add(
    "leroy-formation",
    "exchange",
    "fr",
    p,
    lettre("a-leroy", p, "Madame Leroy"),
    1,
    [
        "Bonjour,",
        "",
        "Merci pour votre message. Je suis actuellement en formation et serai de retour le jeudi 11 mars.",
        "",
        "Marion Leroy",
    ],
    "2027-03-11",
)
# 20. maternity leave "jusqu'à nouvel ordre"
p = P("Laure Besson", "laure.besson@besson-associes.example")
add(
    "besson-maternite",
    "exchange",
    "fr",
    p,
    bilan("a-besson", CF, p, "Madame Besson", date="2027-03-02 12:20"),
    1,
    [
        "Bonjour,",
        "",
        "Je suis en congé maternité jusqu'à nouvel ordre. Pour toute question relative à vos dossiers, "
        "merci de contacter Jérôme Perrin (j.perrin@besson-associes.example).",
    ],
    None,
)
# 21. part-time
p = P("Anne Roussel", "anne.roussel@roussel-architecture.example")
add(
    "roussel-mercredi",
    "exchange",
    "fr",
    p,
    fiscal("a-roussel", MC, p, "Madame Roussel", date="2027-03-03 11:15"),
    1,
    ["Bonjour,", "", "Je ne travaille pas le mercredi. Votre message sera traité dès mon retour.", "", "Anne Roussel"],
    None,
)
# 22. Québec Exchange, "de retour le mardi 16 mars"
p = P("Martin Ouellet", "mouellet@ouellet-transport.example", "qc")
add(
    "ouellet-mardi-16",
    "exchange",
    "fr",
    p,
    feuillets("a-ouellet", p, "Monsieur Ouellet", date="2027-03-02 10:10"),
    1,
    [
        "Bonjour,",
        "",
        "Je serai de retour le mardi 16 mars. Pour toute urgence, veuillez communiquer avec Julie au 514 555-0133.",
        "",
        "Merci et bonne journée!",
        "Martin Ouellet",
    ],
    "2027-03-16",
)


def auto_items():
    import receipt23

    return [*ITEMS, *receipt23.ITEMS]
