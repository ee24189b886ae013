"""blind28: the firm (Lacombe Vidal Patrimoine), its advisers, French dates, the messages it sends and their copies."""

from collections import namedtuple
from datetime import UTC, date, datetime, timedelta, timezone

from mime12 import D, hexid, rfcdate, rng, text_part

P = namedtuple("P", "name email")

DOMAIN = "lacombe-vidal.example"
FIRM = "Lacombe Vidal Patrimoine"

# Offices and advisers. Phones in the 01 99 00 xx xx / 06 39 98 xx xx blocks kept for fiction.
OFFICES = {
    "bordeaux": ("Bordeaux", "18 allées de Tourny – 33000 Bordeaux"),
    "nantes": ("Nantes", "7 quai de la Fosse – 44000 Nantes"),
    "annecy": ("Annecy", "22 avenue de Genève – 74000 Annecy"),
}


class Adviser:
    def __init__(self, key, name, email, title, title_en, office, tel, mob, fem):
        self.key, self.name, self.email, self.title, self.title_en = key, name, email, title, title_en
        self.office, self.tel, self.mob, self.fem = office, tel, mob, fem
        self.p = P(name, email)
        self.first = name.split()[0]

    def sig(self, lang="fr"):
        city, street = OFFICES[self.office]
        if self.key == "jc":
            # his own signature, typed years ago: hyphens and commas, no typographic dashes
            return [
                self.name,
                "Conseiller en gestion de patrimoine, agriculteurs et viticulteurs",
                f"{FIRM} - agence de {city}",
                street.replace(" – ", ", "),
                f"Tél. {self.tel} / Port. {self.mob}",
            ]
        if lang == "en":
            tel = "+33 " + self.tel[1:]
            return [self.name, self.title_en, f"{FIRM} – {city}", street, f"Tel. {tel}", f"www.{DOMAIN}"]
        return [
            self.name,
            self.title,
            f"{FIRM} – {city}",
            street,
            f"Tél. {self.tel} – Port. {self.mob}",
            f"www.{DOMAIN}",
        ]


ADV = {
    a.key: a
    for a in [
        Adviser(
            "hm",
            "Hélène Marchetti",
            f"h.marchetti@{DOMAIN}",
            "Conseillère en gestion de patrimoine",
            "Wealth adviser",
            "bordeaux",
            "01 99 00 41 27",
            "06 39 98 12 40",
            True,
        ),
        Adviser(
            "jc",
            "Julien Cazaux",
            f"j.cazaux@{DOMAIN}",
            "Conseiller en gestion de patrimoine – agriculteurs et viticulteurs",
            "Wealth adviser",
            "bordeaux",
            "01 99 00 41 31",
            "06 39 98 12 47",
            False,
        ),
        Adviser(
            "sl",
            "Sophie Le Goff",
            f"s.legoff@{DOMAIN}",
            "Conseillère en gestion de patrimoine – professions libérales et chefs d'entreprise",
            "Wealth adviser",
            "nantes",
            "01 99 00 52 10",
            "06 39 98 12 53",
            True,
        ),
        Adviser(
            "tg",
            "Thomas Guérin",
            f"t.guerin@{DOMAIN}",
            "Conseiller en gestion de patrimoine – successions et transmission",
            "Wealth adviser",
            "nantes",
            "01 99 00 52 14",
            "06 39 98 12 58",
            False,
        ),
        Adviser(
            "cp",
            "Camille Perrin",
            f"c.perrin@{DOMAIN}",
            "Conseillère en gestion de patrimoine – frontaliers et non-résidents",
            "Wealth adviser",
            "annecy",
            "01 99 00 63 40",
            "06 39 98 12 62",
            True,
        ),
        Adviser(
            "av",
            "Arnaud Vuillermoz",
            f"a.vuillermoz@{DOMAIN}",
            "Conseiller en gestion de patrimoine",
            "Wealth adviser",
            "annecy",
            "01 99 00 63 44",
            "06 39 98 12 66",
            False,
        ),
        Adviser(
            "nb",
            "Nadia Benali",
            f"n.benali@{DOMAIN}",
            "Assistante de gestion",
            "Client services",
            "bordeaux",
            "01 99 00 41 20",
            "06 39 98 12 44",
            True,
        ),
    ]
}
LETTRE = P("La Lettre de Lacombe Vidal", f"lettre@{DOMAIN}")

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
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
# Gmail's and iOS Mail's French abbreviations
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = [
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
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

FIRST_DAY, LAST_DAY = "2027-07-01", "2027-09-30"
# Public holidays in the window, weekends apart (checked with Python's calendar: 14 July 2027 is a Wednesday,
# 15 August a Sunday, 1 August a Sunday, 21 July a Wednesday, 1 July a Thursday, 6 September a Monday).
HOLIDAYS = {
    # France: Fête nationale (Assomption, 15 August, is a Sunday)
    "FR": {"2027-07-14"},
    # Belgium: Fête nationale, 21 July
    "BE": {"2027-07-21"},
    # Switzerland, the cantons of the clients here (Geneva, Vaud): Jeûne genevois (Thursday 9 September), Lundi du
    # Jeûne fédéral (Monday 20 September, Vaud); 1 August is a Sunday
    "CH": {"2027-09-09", "2027-09-20"},
    # Québec: Fête du Canada (1 July), Fête du Travail (6 September)
    "QC": {"2027-07-01", "2027-09-06"},
}
TZ = {"FR": 2, "BE": 2, "CH": 2, "QC": -4}


def working_day(country, iso):
    d = date.fromisoformat(iso[:10])
    return d.weekday() < 5 and iso[:10] not in HOLIDAYS[country]


def week_friday(week, year=2027):
    return date.fromisocalendar(year, week, 5).isoformat()


def fr_long(dt, seconds=False):
    """'mardi 6 juillet 2027 10:15' (Outlook for Windows, Outlook on the web)."""
    s = f"{JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} {dt:%H:%M}"
    return s + (f":{dt:%S}" if seconds else "")


def fr_num_day(n):
    return "1er" if n == 1 else str(n)


def fr_day(d):
    """'mardi 20 juillet', 'vendredi 1er octobre'"""
    return f"{JOURS[d.weekday()]} {fr_num_day(d.day)} {MOIS[d.month - 1]}"


def en_long(dt):
    return f"{dt.day:02d} {MONTHS_EN[dt.month - 1]} {dt.year} {dt:%H:%M}"


def local(dt, off):
    return dt.astimezone(timezone(timedelta(hours=off)))


def next_working(d, n=1, country="FR"):
    while True:
        d += timedelta(days=1)
        if working_day(country, d.isoformat()):
            n -= 1
            if n == 0:
                return d


def first_weekday_after(d, weekday, min_days):
    x = d + timedelta(days=min_days)
    while x.weekday() != weekday or not working_day("FR", x.isoformat()):
        x += timedelta(days=1)
    return x


# --------------------------------------------------------------------------
# Message-IDs and hosts
# --------------------------------------------------------------------------
EXO_HOSTS = ["PR1P264MB", "PAZP264MB", "MRZP264MB", "PA4P264MB", "PR0P264MB", "PAVP264MB"]


def exo_host(r):
    return f"{r.choice(EXO_HOSTS)}{r.randrange(1000, 9999)}"


def exo_msgid(r, host=None):
    host = host or exo_host(r)
    return f"<{host}{hexid(r, 28)}@{host}.FRAP264.PROD.OUTLOOK.COM>", host


# --------------------------------------------------------------------------
# the firm's messages
# --------------------------------------------------------------------------
class Out:
    """A message one of the firm's mailboxes sent (Outlook for Windows on Exchange Online)."""

    def __init__(self, key, frm, to, subject, lines, sent, cc=(), lang="fr", vars=None, refs=()):
        r = rng("blind28-out", key)
        self.key = key
        self.frm = frm if isinstance(frm, P) else ADV[frm].p
        self.to = to
        self.cc = list(cc)
        self.subject = subject
        self.lines = lines
        self.date = D(sent, 2)
        self.msgid, self.host = exo_msgid(r)
        self.lang = lang
        self.vars = vars or {}
        self.refs = list(refs)
        self.thread_index = None

    def sent_copy(self):
        """The Sent Items copy, as text/plain (the reply's In-Reply-To names its Message-ID)."""
        from mime12 import addr, ew, message

        hs = [
            ("From", addr(*self.frm)),
            ("To", addr(*self.to)),
        ]
        if self.cc:
            hs.append(("Cc", ", ".join(addr(*c) for c in self.cc)))
        hs += [
            ("Subject", ew(self.subject, "utf-8", "B")),
            ("Date", rfcdate(self.date)),
            ("Message-ID", self.msgid),
            ("Content-Language", "fr-FR" if self.lang == "fr" else "en-GB"),
            ("MIME-Version", "1.0"),
        ]
        part = text_part("\n".join(self.lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
        return message(hs, part)


def greet_lines(greet, body, close, adv, lang="fr"):
    return [greet, "", *body, "", close, "", *ADV[adv].sig(lang)]


def T_bilan(adv, greet, sent, key, place="au cabinet ou chez vous"):
    d = D(sent, 2).date()
    s1 = first_weekday_after(d, 1, 8)
    s2 = first_weekday_after(s1, 3, 1)
    s3 = first_weekday_after(s2, 4, 3)
    v = {
        "s1": fr_day(s1),
        "s2": fr_day(s2),
        "s3": fr_day(s3),
        "s1c": f"{JOURS[s1.weekday()]} {fr_num_day(s1.day)}",
        "s2c": f"{JOURS[s2.weekday()]} {fr_num_day(s2.day)}",
        "s3c": f"{JOURS[s3.weekday()]} {fr_num_day(s3.day)}",
        "s1n": f"{s1.day:02d}/{s1.month:02d}",
        "s2n": f"{s2.day:02d}/{s2.month:02d}",
        "s3n": f"{s3.day:02d}/{s3.month:02d}",
        "s1dot": f"{s1.day:02d}.{s1.month:02d}",
        "s2dot": f"{s2.day:02d}.{s2.month:02d}",
        "s3dot": f"{s3.day:02d}.{s3.month:02d}",
    }
    body = [
        "Comme chaque année, je vous propose de faire le point sur votre situation patrimoniale et sur vos contrats "
        "(assurance-vie, PER, PEA).",
        "",
        f"Je peux vous recevoir {place} à l'une des dates suivantes :",
        f"- {v['s1']} à 10 h",
        f"- {v['s2']} à 14 h 30",
        f"- {v['s3']} à 9 h 30",
        "",
        "Merci de me dire ce qui vous convient le mieux. Si aucune de ces dates ne vous arrange, n'hésitez pas à m'en "
        "proposer une autre.",
    ]
    return "Votre bilan patrimonial annuel", greet_lines(greet, body, "Bien cordialement,", adv), v


def T_bilan_en(adv, greet, sent, key):
    d = D(sent, 2).date()
    s1 = first_weekday_after(d, 1, 8)
    s2 = first_weekday_after(s1, 3, 1)

    def en(x):
        return f"{DAYS_EN[x.weekday()]} {x.day} {MONTHS_EN[x.month - 1]}"

    v = {"s1": en(s1), "s2": en(s2), "s1c": f"{DAYS_EN[s1.weekday()]} {s1.day}", "s2c": f"{DAYS_EN[s2.weekday()]}"}
    body = [
        "As every year, I would like to review your assurance-vie contracts with you, and the way French succession "
        "rules apply to your estate now that the new European rules have been in force for a while.",
        "",
        "I will be in the Bergerac area on the following days and could call at your home:",
        f"- {en(s1)} at 10 am",
        f"- {en(s2)} at 2.30 pm",
        "",
        "Please let me know which suits you best, or suggest another date.",
    ]
    return "Your annual review", greet_lines(greet, body, "Kind regards,", adv, "en"), v


KYC_Q = [
    "1. Votre situation familiale a-t-elle changé depuis notre dernier rendez-vous (mariage, PACS, divorce, "
    "naissance, décès) ?",
    "2. Vos revenus annuels ont-ils évolué de plus de 10 % à la hausse ou à la baisse ?",
    "3. Avez-vous un projet important dans les deux ans (achat immobilier, cession d'entreprise, donation, départ à "
    "la retraite) ?",
]


def T_kyc(adv, greet, sent, key):
    body = [
        "La réglementation nous impose de mettre à jour régulièrement votre dossier client. Pourriez-vous répondre aux "
        "trois questions ci-dessous, directement dans ce message si vous le souhaitez ?",
        "",
        KYC_Q[0],
        "",
        KYC_Q[1],
        "",
        KYC_Q[2],
        "",
        "Je vous remercie par avance.",
    ]
    return "Mise à jour de votre dossier client", greet_lines(greet, body, "Bien cordialement,", adv), {}


LETTRE_MOIS = {
    7: [
        "1. Assurance-vie : les taux servis en 2026 par les fonds en euros sont connus. La moyenne se situe autour de "
        "2,6 %, avec de forts écarts d'un contrat à l'autre.",
        "2. Impôt sur le revenu : les avis arrivent fin juillet ; le solde est prélevé en quatre fois à partir de "
        "septembre si vous n'êtes pas mensualisé.",
        "3. Transmission : donner à ses petits-enfants, ce que permet l'abattement de 31 865 €.",
        "4. Immobilier : faut-il encore acheter des parts de SCPI ?",
    ],
    8: [
        "1. Épargne retraite : verser sur un PER avant la fin de l'année, pour qui est-ce intéressant ?",
        "2. Agriculteurs : la transmission de l'exploitation et le pacte Dutreil, nos réponses aux questions reçues au "
        "printemps.",
        "3. Marchés : un premier semestre contrasté, ce que cela change pour vos unités de compte.",
    ],
    9: [
        "1. Rentrée fiscale : les dates de la déclaration d'impôt sur la fortune immobilière des non-résidents.",
        "2. Assurance-vie : la clause bénéficiaire, dix ans après, est-elle toujours à jour ?",
        "3. Frontaliers : le point sur le deuxième pilier suisse et son rachat.",
        "4. Nos réunions d'information de l'automne à Bordeaux, Nantes et Annecy.",
    ],
}


def T_lettre(month):
    m = MOIS[month - 1]
    lines = [
        f"La Lettre patrimoniale – {m} 2027",
        "",
        "Bonjour,",
        "",
        "Au sommaire ce mois-ci :",
        "",
        *LETTRE_MOIS[month],
        "",
        "Nos conseillers de Bordeaux, Nantes et Annecy restent à votre disposition tout l'été, à l'exception de la "
        "semaine du 15 août.",
        "",
        "Bonne lecture,",
        "",
        f"L'équipe {FIRM}",
        "Bordeaux – Nantes – Annecy",
        f"www.{DOMAIN}",
        "",
        "Vous recevez cette lettre parce que vous êtes client du cabinet ou que vous nous avez communiqué votre "
        "adresse. Pour ne plus la recevoir, répondez « STOP » à ce message.",
    ]
    return f"La Lettre patrimoniale – {m} 2027", lines, {}


def T_letter_en(month):
    m = MONTHS_EN[month - 1]
    lines = [
        f"The Lacombe Vidal Letter for English-speaking clients – {m} 2027",
        "",
        "Dear client,",
        "",
        "In this issue:",
        "",
        "1. Assurance-vie: the 2026 returns of the euro funds, and why your beneficiary clause matters more than the "
        "return.",
        "2. Inheritance: choosing the law of your nationality in your will, and what it does not change in France.",
        "3. Pensions: how UK pensions are taxed when you live in France.",
        "",
        "Our Bordeaux office remains open all summer except the week of 15 August.",
        "",
        f"The {FIRM} team",
        f"www.{DOMAIN}",
        "",
        "You receive this letter because you are a client of the firm. To stop receiving it, simply reply STOP.",
    ]
    return f"The Lacombe Vidal Letter – {m} 2027", lines, {}


def T_versement(adv, greet, sent, key, montant="200 €", contrat="votre contrat d'assurance-vie", debut="5 août"):
    body = [
        f"Comme convenu lors de notre échange téléphonique, je vous propose de mettre en place un versement programmé "
        f"de {montant} par mois sur {contrat}, à compter du {debut}.",
        "",
        "Les versements seront répartis à 60 % sur le fonds en euros et à 40 % sur le support actions européennes que "
        "nous avions retenu.",
        "",
        "Pouvez-vous me confirmer votre accord par retour de mail ? Je vous enverrai ensuite le bulletin à signer "
        "électroniquement.",
    ]
    return "Versement programmé sur votre assurance-vie", greet_lines(greet, body, "Bien cordialement,", adv), {}


def T_pieces(adv, greet, sent, key, produit="votre plan d'épargne retraite (PER)"):
    body = [
        f"Pour finaliser l'ouverture de {produit}, il me manque encore :",
        "- une pièce d'identité en cours de validité (recto verso) ;",
        "- un justificatif de domicile de moins de trois mois ;",
        "- votre dernier avis d'imposition.",
        "",
        "Vous pouvez me les envoyer par mail, en photo ou en PDF.",
    ]
    return "Documents manquants pour votre dossier", greet_lines(greet, body, "Bien cordialement,", adv), {}


def T_succession(adv, greet, sent, key, defunt="votre père", contrat="Horizon Vie"):
    body = [
        f"Nous avons appris avec tristesse le décès de {defunt} et nous vous présentons nos sincères condoléances.",
        "",
        f"Vous êtes désigné(e) bénéficiaire du contrat d'assurance-vie {contrat}. Pour que l'assureur puisse vous "
        "verser le capital, nous avons besoin des documents suivants :",
        "- un acte de décès ;",
        "- une copie de votre pièce d'identité ;",
        "- un RIB à votre nom.",
        "",
        "Rien ne presse : prenez le temps qu'il vous faut, et n'hésitez pas à m'appeler si vous avez des questions.",
    ]
    return (
        "Contrat d'assurance-vie – documents à nous transmettre",
        greet_lines(greet, body, "Bien respectueusement,", adv),
        {},
    )


def T_notaire(adv, greet, sent, key, defunt="M. Lucien Bouvet", ville="Ancenis"):
    body = [
        f"Dans le cadre du règlement de la succession de {defunt}, décédé à {ville}, pourriez-vous nous transmettre "
        "une copie de l'acte de notoriété ainsi que les coordonnées des héritiers ?",
        "",
        "Ces pièces sont nécessaires pour le déblocage des deux contrats d'assurance-vie que le défunt détenait par "
        "notre intermédiaire.",
        "",
        "Je vous remercie par avance et vous prie d'agréer, Maître, l'expression de mes salutations distinguées.",
    ]
    return f"Succession {defunt} – acte de notoriété", [greet, "", *body, "", *ADV[adv].sig()], {}


def T_comptable(adv, greet, sent, key, societe="SARL Lebreton Menuiserie"):
    body = [
        f"Dans le cadre du bilan patrimonial du gérant de la {societe}, pourriez-vous m'adresser la liasse fiscale "
        "2026 ainsi que le montant des dividendes envisagés pour cette année ?",
        "",
        "Nous étudions la mise en place d'un PER et d'un contrat de capitalisation au nom de la société.",
    ]
    return f"{societe} – liasse fiscale 2026", greet_lines(greet, body, "Bien cordialement,", adv), {}


def T_banque(adv, greet, sent, key, client="Mme Josiane Ferrer", produit="PEA"):
    body = [
        f"Nous vous avons adressé le 21 juin la demande de transfert du {produit} de notre cliente {client} vers "
        "Assurances Atlantique Vie.",
        "",
        "Pouvez-vous nous indiquer où en est le dossier et la date prévue de transfert des titres ?",
    ]
    return f"Transfert {produit} – {client}", greet_lines(greet, body, "Bien cordialement,", adv), {}


def T_assureur(adv, greet, sent, key, client="M. Daniel Pichon", contrat="n° 40 000 7714"):
    body = [
        f"Nous vous avons transmis le 28 juin une demande de rachat partiel de 15 000 € sur le contrat {contrat} de "
        f"notre client {client}.",
        "",
        "Pouvez-vous nous confirmer la date de valeur retenue et la date du virement ?",
    ]
    return f"Rachat partiel – {client} – contrat {contrat}", greet_lines(greet, body, "Bien cordialement,", adv), {}


def T_reunion(adv, greet, sent, key):
    body = [
        "Nous organisons une réunion d'information sur la transmission des exploitations viticoles et agricoles le "
        "jeudi 23 septembre à 18 h, au château de la Rivière Haute à Saint-Émilion.",
        "",
        "Au programme : le pacte Dutreil, le bail à long terme, le groupement foncier agricole, l'assurance-vie. "
        "Un notaire et un expert-comptable interviendront avec nous.",
        "",
        "Merci de me dire si vous serez présent(e), et à combien.",
    ]
    return (
        "Invitation – transmettre son exploitation, 23 septembre",
        greet_lines(greet, body, "Bien cordialement,", adv),
        {},
    )


def T_frontalier(adv, greet, sent, key):
    body = [
        "Suite à votre demande, j'ai étudié la possibilité de racheter des années de cotisation sur votre deuxième "
        "pilier (LPP) avant votre départ à la retraite.",
        "",
        "Le rachat est déductible de votre revenu imposable en Suisse si vous êtes quasi-résident. Il faudrait pour "
        "cela que je dispose de votre dernier certificat de prévoyance et de votre certificat de salaire 2026.",
        "",
        "Pouvez-vous me les envoyer ? Nous pourrons ensuite en parler lors d'un rendez-vous, à Annecy ou à Genève.",
    ]
    return "Rachat LPP – documents", greet_lines(greet, body, "Bien cordialement,", adv), {}


def T_heritier_qc(adv, greet, sent, key):
    body = [
        "Comme suite à notre conversation téléphonique, je vous confirme que vous êtes bénéficiaire, avec votre "
        "frère, du contrat d'assurance-vie de votre tante, Mme Odette Mermillod.",
        "",
        "Comme vous résidez au Canada, l'assureur demande en plus un certificat de résidence fiscale. Votre "
        "comptable ou Revenu Québec pourra vous le fournir.",
        "",
        "Pouvez-vous m'indiquer le moment qui vous conviendrait pour un appel en visioconférence ? Avec le décalage "
        "horaire, je vous propose plutôt la fin d'après-midi chez nous, le matin chez vous.",
    ]
    return "Succession de Mme Odette Mermillod – assurance-vie", greet_lines(greet, body, "Bien cordialement,", adv), {}


def outlook_block(frm, dt, to, subject, cc=()):
    """The header block the firm's Outlook (French) puts over the history in its own replies."""
    lines = [f"De : {frm.name} <{frm.email}>", f"Envoyé : {fr_long(local(dt, 2))}", f"À : {to.name} <{to.email}>"]
    if cc:
        lines.append("Cc : " + "; ".join(f"{c.name} <{c.email}>" for c in cc))
    lines.append(f"Objet : {subject}")
    return lines


def utc_iso(dt):
    return dt.astimezone(UTC).isoformat()


def dt_local(s, off):
    return D(s, off)


def epoch_ms(dt):
    return int((dt - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds() * 1000)


def mk(key, adv, to, tpl, sent, greet=None, cc=(), lang="fr", refs=(), **kw):
    """The firm's message from a template: the newsletter (lettre@) or an adviser's message."""
    if tpl in (T_lettre, T_letter_en):
        subject, lines, v = tpl(D(sent, 2).month)
        frm = LETTRE
    else:
        subject, lines, v = tpl(adv, greet, sent, key, **kw)
        frm = adv
    return Out(key, frm, to, subject, lines, sent, cc=cc, lang=lang, vars=v, refs=refs)
