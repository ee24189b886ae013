"""blind23: the firm (Castellan Ferrand), its staff and signatures, the messages it sent and its Sent Items copies."""

from clients23 import Mail, Person, local, make_mid, q_outlook
from mime12 import addr, addrlist, ew_subject, message, rfcdate, text_part

DOM = "castellanferrand.example"
CF = Person("Claire Ferrand", f"claire.ferrand@{DOM}")
MC = Person("Mathieu Castellan", f"mathieu.castellan@{DOM}")
YA = Person("Yassine Alaoui", f"yassine.alaoui@{DOM}")
ER = Person("Élise Rochat", f"elise.rochat@{DOM}")
JT = Person("Julien Tremblay-Gagnon", f"julien.tremblay-gagnon@{DOM}", "qc")
SW = Person("Sophie Weis", f"sophie.weis@{DOM}")
LETTRE = Person("Castellan Ferrand – La Lettre", f"lettre@{DOM}")

WEB = f"www.{DOM}<https://www.{DOM}/>"
LEGAL_FR = [
    "Castellan Ferrand Gestion Privée SAS – Conseiller en investissements financiers (CIF), ORIAS n° 27 999 014. "
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
]
SIGS = {
    CF.email: [
        "Claire Ferrand",
        "Associée gérante | Gestion privée",
        "Castellan Ferrand",
        "24, quai Saint-Antoine – 69002 Lyon",
        "T +33 4 65 71 02 14 | M +33 6 39 98 41 07",
        WEB,
        "",
        *LEGAL_FR,
    ],
    MC.email: [
        "Mathieu Castellan",
        "Conseiller en gestion de patrimoine",
        "Castellan Ferrand",
        "24, quai Saint-Antoine – 69002 Lyon",
        "T +33 4 65 71 02 27",
        WEB,
        "",
        *LEGAL_FR,
    ],
    YA.email: [
        "Yassine Alaoui",
        "Directeur associé | Conseil aux dirigeants – Fusions & acquisitions",
        "Castellan Ferrand",
        "24, quai Saint-Antoine – 69002 Lyon",
        "T +33 4 65 71 02 31 | M +33 6 39 98 41 62",
        WEB,
        "",
        *LEGAL_FR,
    ],
    ER.email: [
        "Élise Rochat",
        "Gestionnaire de fortune",
        "Castellan Ferrand (Suisse) SA",
        "Rue du Rhône 40 | 1204 Genève",
        "T +41 22 555 01 40",
        WEB,
        "",
        "Castellan Ferrand (Suisse) SA est affiliée à un organisme de surveillance. Ce message est confidentiel.",
    ],
    JT.email: [
        "Julien Tremblay-Gagnon, Pl. Fin.",
        "Planificateur financier et conseiller en sécurité financière",
        "Castellan Ferrand Canada inc.",
        "1800, avenue McGill College, bureau 900 | Montréal (Québec) H3A 0A1",
        "514 555-0142",
        WEB,
        "",
        "Cabinet en planification financière inscrit auprès de l'Autorité des marchés financiers.",
    ],
    SW.email: [
        "Sophie Weis",
        "Chargée de relation clientèle",
        "Castellan Ferrand Luxembourg S.A.",
        "12, boulevard Royal | L-2449 Luxembourg",
        "T +352 555 01 27",
        WEB,
        "",
        "Castellan Ferrand Luxembourg S.A. – RCS Luxembourg B 900 214. Ce message est confidentiel.",
    ],
    LETTRE.email: [
        "L'équipe Castellan Ferrand",
        "Lyon | Genève | Montréal | Luxembourg",
        WEB,
    ],
}


def firm_mail(key, adviser, to, date, subject, body, cc=(), parent=None, quote=None, sig=True):
    """A message the firm sent from Outlook (Microsoft 365): body + signature, then Outlook's unprefixed history."""
    dt = local(adviser.region, date)
    segs = [("new", [*body, "", *SIGS[adviser.email]] if sig else list(body))]
    if parent is not None:
        segs.append(("old", (quote or q_outlook)(parent, adviser)))
    return Mail(adviser, to, dt, subject, segs, make_mid("outlook", "firm/" + key, adviser), cc=cc, parent=parent)


def sent_copy(m):
    """The firm's Sent Items copy of a message (text/plain, same Message-ID)."""
    from clients23 import UTC

    hs = [
        ("From", addr(m.frm.name, m.frm.email)),
        ("To", addrlist([addr(p.name, p.email) for p in m.to])),
    ]
    if m.cc:
        hs.append(("CC", addrlist([addr(p.name, p.email) for p in m.cc])))
    hs += [
        ("Subject", ew_subject("", m.subject)),
        ("Date", rfcdate(m.dt.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", m.mid),
    ]
    if m.parent is not None:
        hs += [("References", "\r\n ".join(m.refs)), ("In-Reply-To", m.parent.mid)]
    hs += [("Content-Language", "fr-FR"), ("MIME-Version", "1.0")]
    text = "\n".join(m.lines()) + "\n"
    return message(hs, text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable"))


# --------------------------------------------------------------------------
# the firm's messages (one copy per correspondent, each with its own Message-ID)
# --------------------------------------------------------------------------
SLOTS = ["mardi 16 mars à 10 h", "jeudi 18 mars à 14 h 30", "lundi 22 mars à 9 h"]


def bilan(key, adviser, to, greet, date="2027-03-02 09:40", cc=(), slots=None):
    body = [
        f"Bonjour {greet},",
        "",
        "Comme chaque année, je vous propose de faire le point sur votre situation patrimoniale : allocation de vos "
        "contrats d'assurance-vie, PER et perspectives pour 2027.",
        "",
        "Voici quelques créneaux à Lyon (ou en visioconférence si vous préférez) :",
        *(f"- {x}" for x in (slots or SLOTS)),
        "",
        "Pouvez-vous me dire ce qui vous convient ? Si aucun créneau ne vous arrange, proposez-moi simplement "
        "d'autres dates.",
        "",
        "Bien cordialement,",
    ]
    return firm_mail(key, adviser, [to], date, "Bilan patrimonial 2027 – vos disponibilités", body, cc=cc)


def fiscal(key, adviser, to, greet, date="2027-03-03 10:05", cc=()):
    body = [
        f"Bonjour {greet},",
        "",
        "Pour préparer votre déclaration de revenus 2026 (ouverture du service en ligne prévue mi-avril), pourriez-vous "
        "me répondre sur les points suivants :",
        "",
        "1. Avez-vous reçu l'IFU 2026 de votre banque (relevé des revenus de capitaux mobiliers) ?",
        "2. Quel montant avez-vous versé sur votre PER en 2026 ?",
        "3. Votre situation familiale ou votre adresse a-t-elle changé en 2026 ?",
        "4. Souhaitez-vous que nous préparions également votre déclaration d'IFI ?",
        "",
        "Vous pouvez me répondre directement sous chaque question.",
        "",
        "Bien cordialement,",
    ]
    return firm_mail(
        key, adviser, [to], date, "Déclaration 2027 – documents et informations à nous transmettre", body, cc=cc
    )


LETTRE_SUBJ = {
    "fr": "La Lettre Castellan Ferrand – mars 2027",
    "ch": "La Lettre de Genève – mars 2027",
    "ca": "Infolettre Castellan Ferrand Canada – mars 2027",
    "lu": "Lettre d'information Luxembourg – mars 2027",
    "en": "The Castellan Ferrand Letter – March 2027",
}


def lettre(key, to, greet, office="fr", date="2027-03-08 08:30"):
    if office == "en":
        body = [
            f"Dear {greet},",
            "",
            "In this month's letter:",
            "",
            "• Markets: after a choppy first quarter we remain cautious on long-dated bonds and are adding to cash.",
            "• Switzerland: what the new pillar 3a buy-back rules mean for you.",
            "• Succession: our breakfast briefing in Geneva on Thursday 1 April, booking required.",
            "",
            "Your adviser will be happy to discuss any of these.",
            "",
            "Kind regards,",
            "",
            "The Castellan Ferrand team",
            "Lyon | Geneva | Montréal | Luxembourg",
            WEB,
            "",
            "You receive this letter as a client or contact of Castellan Ferrand. To stop receiving it, simply reply "
            "STOP to this email.",
        ]
        return firm_mail(key, ER, [to], date, LETTRE_SUBJ["en"], body, sig=False)
    sender = {"fr": LETTRE, "ch": ER, "ca": JT, "lu": SW}[office]
    item = {
        "fr": "• Transmission : donation-partage ou assurance-vie, comment choisir ? Notre conférence du jeudi 1er avril "
        "à Lyon, sur inscription.",
        "ch": "• Prévoyance : ce que change le rachat rétroactif du 3e pilier A pour vous.",
        "ca": "• Fiscalité : CELI, REER ou CELIAPP, par où commencer en 2027 ?",
        "lu": "• Fiscalité : les nouveaux plafonds de déduction des contrats de prévoyance-vieillesse (art. 111bis).",
    }[office]
    footer = {
        "fr": "Vous recevez cette lettre car vous êtes client ou contact de Castellan Ferrand. Pour ne plus la recevoir, "
        "répondez simplement « STOP » à ce message.",
        "ch": "Vous recevez cette lettre en tant que client de Castellan Ferrand (Suisse) SA. Pour ne plus la recevoir, "
        "répondez « STOP » à ce message.",
        "ca": "Conformément à la Loi canadienne anti-pourriel, vous pouvez vous désabonner en tout temps en répondant "
        "« STOP » à ce courriel.",
        "lu": "Pour ne plus recevoir nos lettres d'information, répondez « STOP » à ce message.",
    }[office]
    body = [
        f"Bonjour {greet},",
        "",
        "Au sommaire de notre lettre de mars :",
        "",
        "• Marchés : après un premier trimestre agité, nous restons prudents sur les obligations longues et renforçons "
        "la part monétaire.",
        item,
        "",
        "Votre conseiller reste à votre disposition pour en parler.",
        "",
        "Bien cordialement," if office != "ca" else "Au plaisir,",
        "",
        *SIGS[LETTRE.email],
        "",
        footer,
    ]
    return firm_mail(key, sender, [to], date, LETTRE_SUBJ[office], body, sig=False)


def profil(key, to, greet, date="2027-03-02 14:10", en=False):
    if en:
        body = [
            f"Dear {greet},",
            "",
            "As part of the annual review of your mandate we need to update your investor profile. Could you let me "
            "know on these four points:",
            "",
            "1. Has your investment horizon changed (retirement, property purchase)?",
            "2. Would a temporary fall of 15% in the portfolio still be acceptable to you?",
            "3. Do you wish to exclude any sectors (weapons, fossil fuels, tobacco)?",
            "4. Have your income or assets changed significantly?",
            "",
            "Many thanks in advance and kind regards,",
        ]
        return firm_mail(key, ER, [to], date, "Updating your investor profile", body)
    body = [
        f"Bonjour {greet},",
        "",
        "Dans le cadre de la revue annuelle de votre mandat, nous devons mettre à jour votre profil d'investisseur. "
        "Pourriez-vous me répondre sur ces quatre points :",
        "",
        "1. Votre horizon de placement a-t-il changé (retraite, projet immobilier) ?",
        "2. Une baisse temporaire de 15 % du portefeuille vous paraît-elle toujours supportable ?",
        "3. Souhaitez-vous exclure certains secteurs (armement, énergies fossiles, tabac) ?",
        "4. Vos revenus ou votre fortune ont-ils évolué de manière significative ?",
        "",
        "Je vous remercie d'avance et vous adresse mes meilleures salutations.",
    ]
    return firm_mail(key, ER, [to], date, "Mise à jour de votre profil d'investisseur", body)


def feuillets(key, to, greet, date="2027-03-02 09:15", en=False, cc=()):
    if en:
        body = [
            f"Hello {greet},",
            "",
            "Tax season is here. To prepare your 2026 return and our annual meeting, could you confirm the following:",
            "",
            "1. Have you received all your slips (T4, RL-1, T5, RL-3)?",
            "2. Did you contribute to your RRSP between January 1 and March 1, 2027?",
            "3. Has anything changed in your situation (job, move, birth)?",
            "4. When would you be available to meet during the week of March 22?",
            "",
            "Looking forward to hearing from you,",
        ]
        return firm_mail(key, JT, [to], date, "Your 2026 tax slips and our annual meeting", body, cc=cc)
    body = [
        f"Bonjour {greet},",
        "",
        "La saison des impôts est commencée. Afin de préparer votre déclaration 2026 et notre rencontre annuelle, "
        "pourriez-vous me confirmer les points suivants :",
        "",
        "1. Avez-vous reçu tous vos feuillets (T4, Relevé 1, T5, Relevé 3) ?",
        "2. Avez-vous cotisé à votre REER entre le 1er janvier et le 1er mars 2027 ?",
        "3. Y a-t-il eu un changement dans votre situation (emploi, déménagement, naissance) ?",
        "4. Quelles sont vos disponibilités pour une rencontre la semaine du 22 mars ?",
        "",
        "Au plaisir de vous lire,",
    ]
    return firm_mail(
        key,
        JT,
        to if isinstance(to, list) else [to],
        date,
        "Vos feuillets fiscaux 2026 et notre rencontre annuelle",
        body,
        cc=cc,
    )


def kyc(key, to, greet, date="2027-03-02 11:00", en=False):
    if en:
        body = [
            f"Dear {greet},",
            "",
            "As part of our regulatory obligations we are carrying out the periodic update of our clients' files. Could "
            "you upload the following documents to your secure area:",
            "",
            "- a copy of a valid identity document;",
            "- proof of address less than three months old;",
            "- the source of funds questionnaire, completed and signed.",
            "",
            f"Your secure area: https://espace.{DOM}/lu",
            "",
            "Thank you in advance. Kind regards,",
        ]
        return firm_mail(key, SW, [to], date, "Updating your client file (KYC)", body)
    body = [
        f"Bonjour {greet},",
        "",
        "Dans le cadre de nos obligations réglementaires, nous procédons à la mise à jour périodique des dossiers de "
        "nos clients. Pourriez-vous nous transmettre, via votre espace sécurisé, les documents suivants :",
        "",
        "- une copie de votre pièce d'identité en cours de validité ;",
        "- un justificatif de domicile de moins de trois mois ;",
        "- le questionnaire sur l'origine des fonds, complété et signé.",
        "",
        f"Votre espace sécurisé : https://espace.{DOM}/lu",
        "",
        "Nous vous remercions par avance et restons à votre disposition.",
        "",
        "Bien cordialement,",
    ]
    return firm_mail(key, SW, [to], date, "Mise à jour de votre dossier client (KYC)", body)


def kyc_relance(key, first, greet, date="2027-03-09 10:30"):
    body = [
        f"Bonjour {greet},",
        "",
        "Je me permets de revenir vers vous au sujet de la mise à jour de votre dossier ci-dessous. Sans ces documents "
        "d'ici au 31 mars, nous devrons suspendre les opérations sur votre compte, conformément à la réglementation.",
        "",
        "Bien cordialement,",
    ]
    return firm_mail(key, SW, first.to, date, "RE: " + first.subject, body, parent=first)
