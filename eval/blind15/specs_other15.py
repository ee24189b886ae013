"""blind15's other kinds: list mail (list replies and a newsletter quoting the firm), automatic replies, bounces and
complaints. List replies are nodes (rendered by their client, then given the list's headers and footer); the others
are written here as raw messages, built from the firm's messages in the thread context.
"""

from email.utils import format_datetime

import loc15 as L
from clients15 import FIRM_BANNER, FIRM_BANNER_HTML, FIRM_DOMAIN, domain, esc
from mime12 import Part, addr, ew, hexid, lowhex, multipart, rng, text_part, thread_index
from mime15 import ensure_id, exchange_host, subj_header, thread_topic
from people15 import CM, JF, MK, SP, TL, P

UTC = L.dt("2000-01-01 00:00", 0).tzinfo
NDR_FROM = P("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@orvanne-patrimoine.fr")


# =========================================================================== list mail (nodes)
def LS(slug, client, frm, date, parent, body, **kw):
    d = dict(key=slug, slug=slug, client=client, frm=frm, date=date, parent=parent, body=body, lang="fr", kind="list")
    d.update(kw)
    return d


SYMPA = P("Club Transmission Rhône", "club-transmission@listes.club-transmission-rhone.fr")
GG = P("Club Patrimoine IAE Lyon", "club-patrimoine-iae-lyon@googlegroups.com")
MM3 = P("Membres UCPW", "membres@listes.ucpw.be")
MM2 = P("CGP indépendants", "cgp-independants@listes.cgp-independants.org")

LIST_SPECS = [
    LS(
        "sympa-club-transmission",
        "thunderbird",
        P("Didier Vautrin", "d.vautrin@vautrin-mecanique.fr"),
        "2026-11-25 08:40",
        "club_post",
        [
            "Bonjour Mathieu,",
            "",
            "Je m'inscris pour le 8 décembre. Nous préparons la cession de notre atelier de mécanique de précision à "
            "horizon 2028 et la question du réinvestissement m'intéresse particulièrement.",
            "",
            "Cordialement,",
            "-- ",
            "Didier Vautrin",
            "Vautrin Mécanique - Vénissieux",
        ],
        to=[SYMPA],
        cs="utf-8",
        list_id="<club-transmission.listes.club-transmission-rhone.fr>",
        list_extra=[
            ("List-Post", "<mailto:club-transmission@listes.club-transmission-rhone.fr>"),
            (
                "List-Unsubscribe",
                "<mailto:sympa@listes.club-transmission-rhone.fr?subject=unsubscribe%20club-transmission>",
            ),
            ("Precedence", "list"),
            ("X-Loop", "club-transmission@listes.club-transmission-rhone.fr"),
            ("Sender", "club-transmission-request@listes.club-transmission-rhone.fr"),
        ],
        footer=[
            "_______________________________________________",
            "Liste de diffusion du Club Transmission Rhône",
            "Pour vous désabonner : sympa@listes.club-transmission-rhone.fr (commande : unsubscribe club-transmission)",
        ],
    ),
    LS(
        "googlegroups-iae-via",
        "gmail",
        P("'Sébastien Morlot' via Club Patrimoine IAE Lyon", "club-patrimoine-iae-lyon@googlegroups.com"),
        "2026-11-25 13:05",
        "iae_post",
        [
            "Bonjour Julien,",
            "",
            "Une place pour moi s'il en reste, merci ! Et bravo pour l'initiative.",
            "",
            "Sébastien",
            "",
            "-- ",
            "Sébastien Morlot (promo 2009)",
            "Directeur financier - Groupe Arvel",
        ],
        to=[GG],
        reply_to="=?UTF-8?Q?S=C3=A9bastien_Morlot?= <sebastien.morlot@groupe-arvel.fr>",
        list_id='"Club Patrimoine IAE Lyon" <club-patrimoine-iae-lyon.googlegroups.com>',
        list_extra=[
            (
                "Mailing-list",
                "list club-patrimoine-iae-lyon@googlegroups.com; contact club-patrimoine-iae-lyon+owners@googlegroups.com",
            ),
            (
                "List-Post",
                "<https://groups.google.com/group/club-patrimoine-iae-lyon/post>, <mailto:club-patrimoine-iae-lyon@googlegroups.com>",
            ),
            ("Precedence", "list"),
            (
                "List-Help",
                "<https://groups.google.com/support/>, <mailto:club-patrimoine-iae-lyon+help@googlegroups.com>",
            ),
            ("List-Archive", "<https://groups.google.com/group/club-patrimoine-iae-lyon/>"),
            (
                "List-Unsubscribe",
                "<mailto:club-patrimoine-iae-lyon+unsubscribe@googlegroups.com>, <https://groups.google.com/group/club-patrimoine-iae-lyon/subscribe>",
            ),
            ("X-Original-Sender", "sebastien.morlot@groupe-arvel.fr"),
        ],
        footer=[
            "-- ",
            "Vous recevez ce message, car vous êtes abonné au groupe Google Groupes « Club Patrimoine IAE Lyon ».",
            "Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à "
            "l'adresse club-patrimoine-iae-lyon+unsubscribe@googlegroups.com.",
            "Pour afficher cette discussion, accédez à "
            "https://groups.google.com/d/msgid/club-patrimoine-iae-lyon/CAF3k9xQ2mVw7Lr4TbN8pYdE1sHuZc6oJf5aGi0nRkW%40mail.gmail.com.",
        ],
    ),
    LS(
        "mailman3-ucpw",
        "outlook",
        P("Benoît Lambotte", "b.lambotte@lambotte-patrimoine.be", loc="fr-BE"),
        "2026-11-30 15:20",
        "ucpw_post",
        [
            "Chère consœur,",
            "",
            "Nous avons obtenu l'attestation en sept semaines au printemps dernier, mais le dossier était complet dès le "
            "dépôt (comptes des trois derniers exercices et attestation de l'ONSS sur l'emploi).",
            "",
            "Bien à vous,",
            "",
            "Benoît Lambotte",
            "Lambotte Patrimoine SRL - Namur",
        ],
        to=[MM3],
        list_id="Membres UCPW <membres.listes.ucpw.be>",
        list_extra=[
            ("List-Help", "<mailto:membres-request@listes.ucpw.be?subject=help>"),
            ("List-Owner", "<mailto:membres-owner@listes.ucpw.be>"),
            ("List-Post", "<mailto:membres@listes.ucpw.be>"),
            ("List-Subscribe", "<mailto:membres-join@listes.ucpw.be>"),
            ("List-Unsubscribe", "<mailto:membres-leave@listes.ucpw.be>"),
            ("Archived-At", "<https://listes.ucpw.be/hyperkitty/list/membres@listes.ucpw.be/message/QF7RZK2M4TB/>"),
        ],
        footer=[
            "_______________________________________________",
            "Membres UCPW -- membres@listes.ucpw.be",
            "Pour vous désabonner, envoyez un message à membres-leave@listes.ucpw.be",
        ],
    ),
    LS(
        "mailman2-cgpi-bottom",
        "thunderbird",
        P("Yann Le Gall", "yann.legall@legall-patrimoine.bzh"),
        "2026-12-02 16:45",
        "cgpi_post",
        [
            "Non, vous n'êtes pas seuls : même symptôme chez nous sur les postes en Office 64 bits. Le support nous a "
            "fait supprimer le dossier des modèles d'export personnalisés, et depuis ça marche.",
            "",
            "Yann",
        ],
        to=[MM2],
        bottom=True,
        cs="ISO-8859-15",
        list_id="Liste des CGP independants <cgp-independants.listes.cgp-independants.org>",
        list_extra=[
            (
                "List-Unsubscribe",
                "<https://listes.cgp-independants.org/mailman/options/cgp-independants>, <mailto:cgp-independants-request@listes.cgp-independants.org?subject=unsubscribe>",
            ),
            ("List-Archive", "<https://listes.cgp-independants.org/pipermail/cgp-independants/>"),
            ("List-Post", "<mailto:cgp-independants@listes.cgp-independants.org>"),
            ("Precedence", "list"),
            ("Errors-To", "cgp-independants-bounces@listes.cgp-independants.org"),
            ("Sender", '"cgp-independants" <cgp-independants-bounces@listes.cgp-independants.org>'),
        ],
        footer=[
            "_______________________________________________",
            "cgp-independants mailing list",
            "cgp-independants@listes.cgp-independants.org",
            "https://listes.cgp-independants.org/mailman/listinfo/cgp-independants",
        ],
    ),
]


# =========================================================================== helpers for raw messages
def ctx_subject(ctx, key, reader):
    n = ctx.node(key)
    return n["subject"], ensure_id(n, reader), n


def hdr_date(d):
    return format_datetime(d)


def rcv(slug, host, ip, d):
    r = rng("rcv-other", slug)
    fd = f"PA{r.randrange(1, 6)}PEPF0000{hexid(r, 4)}.eurprd0{r.randrange(2, 9)}.prod.outlook.com"
    return [
        (
            "Received",
            f"from {host} ({ip})\r\n by {fd}\r\n (10.167.242.{r.randrange(2, 250)}) with Microsoft SMTP Server (version=TLS1_3,\r\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.{r.randrange(5, 20)} via Frontend Transport; "
            f"{format_datetime(d.astimezone(UTC))}",
        )
    ]


def bannered(d):
    return d.strftime("%Y-%m-%d") >= "2027-01-11"


def alt(slug, plain, html, cs="utf-8", cte="quoted-printable", style="exchange", banner=False):
    if banner:
        plain = "\n".join(FIRM_BANNER) + "\n\n" + plain
        html = html.replace("<body>", "<body>\n" + FIRM_BANNER_HTML, 1) if "<body>" in html else FIRM_BANNER_HTML + html
    r = rng("alt", slug)
    pp = text_part(plain, f'text/plain; charset="{cs}"', cs, cte)
    hp = text_part(html, f'text/html; charset="{cs}"', cs, cte)
    if style == "exchange":
        b = f"_000_{exchange_host(r).split('.')[0]}{hexid(r, 20)}_"
    else:
        b = f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}"
    return multipart("alternative", [pp, hp], b)


def html_doc(lines, cs="utf-8"):
    body = "".join(f"<p>{esc(x)}</p>\n" if x.strip() else "<p>&nbsp;</p>\n" for x in lines)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>\n{body}</body></html>\n'


def finish(headers, part):
    hs = list(headers) + list(part.headers) + [("MIME-Version", "1.0")]
    return Part(hs, body=part.body, parts=part.parts, boundary=part.boundary).render()


def original_copy(ctx, key, reader, headers_only=False, date_override=None):
    """The firm's message as its server keeps it (for message/rfc822 or text/rfc822-headers parts)."""
    n = ctx.node(key)
    b = ctx.body(key, reader)
    d = L.dt(n["date"], n["frm"].off)
    to = [reader] if n.get("to") is None else n["to"]
    r = rng("orig", key, reader.email)
    hs = [
        ("From", addr(n["frm"].name, n["frm"].email, "utf-8", "B")),
        ("To", ", ".join(addr(p.name, p.email, "utf-8", "B") for p in to)),
    ]
    if n.get("cc"):
        hs.append(("CC", ", ".join(addr(p.name, p.email, "utf-8", "B") for p in n["cc"])))
    hs += [
        ("Subject", subj_header(n["subject"], "outlook")),
        ("Thread-Topic", subj_header(thread_topic(n["subject"]), "outlook")),
        ("Thread-Index", thread_index(r, 1)),
        ("Date", format_datetime(d.astimezone(UTC))),
        ("Message-ID", ensure_id(n, reader)),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    if headers_only:
        hs += [("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative;\r\n\tboundary="_000_orig_"')]
        return "".join(f"{k}: {v}\r\n" for k, v in hs)
    pp = text_part("\n".join(b.plain) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    hp = text_part(b.html, 'text/html; charset="utf-8"', "utf-8", "quoted-printable")
    m = multipart("alternative", [pp, hp], f"_000_{hexid(r, 24)}_")
    hs += [*list(m.headers), ("MIME-Version", "1.0")]
    return Part(hs, body=None, parts=m.parts, boundary=m.boundary).render()


# =========================================================================== automatic replies
def oof_exchange(
    ctx, slug, frm, date, key, lines, until, reader, lang="fr", subj="Réponse automatique : ", cc_from=None
):
    d = L.dt(date, frm.off).replace(second=rng("s", slug).randrange(60))
    subject, mid, _n = ctx_subject(ctx, key, frm)
    r = rng("oof", slug)
    host = exchange_host(r, "CHEP278" if frm.email.endswith(".ch") else "EURP193")
    ban = bannered(d)
    full_subject = ("[EXTERNE] " if ban else "") + subj + subject
    html = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
        '<body dir="ltr">\n'
        + "".join(
            f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            f"{esc(x) if x.strip() else '<br>'}</div>\n"
            for x in lines
        )
        + "</body>\n</html>\n"
    )
    part = alt(slug, "\n".join(lines) + "\n", html, banner=ban)
    hs = rcv(
        slug,
        f"EUR0{r.randrange(1, 6)}-AM6-obe.outbound.protection.outlook.com",
        f"40.107.{r.randrange(1, 250)}.{r.randrange(2, 250)}",
        d,
    )
    hs += [
        ("From", addr(frm.name, frm.email, "utf-8", "B")),
        ("To", addr(reader.name, reader.email, "utf-8", "B")),
        ("Subject", subj_header(full_subject, "outlook")),
        ("Thread-Topic", subj_header(thread_topic(subject), "outlook")),
        ("Thread-Index", thread_index(r, 2)),
        ("Date", format_datetime(d.astimezone(UTC))),
        ("Message-ID", f"<{host.split('.')[0]}{hexid(r, 24)}@{host}>"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("Content-Language", frm.loc),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
    ]
    return dict(slug=slug, client="outlook", lang=lang, kind="auto_reply", raw=finish(hs, part), until=until)


def oof_plain(
    ctx, slug, frm, date, key, lines, until, reader, client, subject_fmt, extra, lang="fr", host="mail", mid_dom=None
):
    """Gmail vacation responder, Zimbra and other text-only or simple automatic replies."""
    d = L.dt(date, frm.off).replace(second=rng("s", slug).randrange(60))
    subject, mid, _n = ctx_subject(ctx, key, frm)
    ban = bannered(d)
    full_subject = ("[EXTERNE] " if ban else "") + subject_fmt.format(s=subject)
    r = rng("oofp", slug)
    text = "\n".join(lines) + "\n"
    if client == "gmail":
        part = alt(
            slug,
            text,
            '<div dir="ltr">' + "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in lines) + "</div>\n",
            cs="UTF-8",
            style="other",
            banner=ban,
        )
        msgid = (
            "<CA"
            + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(44))
            + "@mail.gmail.com>"
        )
    else:
        if ban:
            text = "\n".join(FIRM_BANNER) + "\n\n" + text
        part = text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
        msgid = f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}.JavaMail.zimbra@{mid_dom or domain(frm.email)}>"
    hs = rcv(slug, f"{host}.{domain(frm.email)}", f"198.51.100.{r.randrange(2, 250)}", d)
    hs += [
        ("From", addr(frm.name, frm.email, "utf-8", "Q")),
        ("To", reader.email),
        ("Subject", subj_header(full_subject, "gmail")),
        ("Date", format_datetime(d)),
        ("Message-ID", msgid),
        ("In-Reply-To", mid),
        ("References", mid),
        *extra,
    ]
    return dict(slug=slug, client=client, lang=lang, kind="auto_reply", raw=finish(hs, part), until=until)


def helpdesk_ack(ctx, slug, key, date, client, frm, subject, lines, html_extra="", extra=()):
    d = L.dt(date, 1).replace(second=rng("s", slug).randrange(60))
    _s, mid, _n = ctx_subject(ctx, key, SP)
    r = rng("hd", slug)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + "".join(f"<p>{esc(x)}</p>" if x.strip() else "" for x in lines)
        + html_extra
        + "</body></html>\n"
    )
    part = alt(slug, "\n".join(lines) + "\n", html, style="other")
    if client == "zendesk":
        msgid = f"<{hexid(r, 5)}{hexid(r, 6)}_{lowhex(r, 13)}_{lowhex(r, 6)}_sprut@zendesk.com>"
        host, ip = f"outbyip{r.randrange(10, 99)}.pod17.euc1.zdsys.com", f"188.172.138.{r.randrange(2, 250)}"
    else:
        msgid = f"<{lowhex(r, 12)}.{r.randrange(10**8, 10**9)}@freshdesk.com>"
        host, ip = f"mail-{r.randrange(10, 99)}.freshemail.io", f"54.76.12.{r.randrange(2, 250)}"
    hs = rcv(slug, host, ip, d)
    hs += [
        ("From", addr(frm.name, frm.email, "utf-8", "Q")),
        ("Reply-To", frm.email),
        ("To", addr(SP.name, SP.email, "utf-8", "Q")),
        ("Subject", subj_header(subject, "zendesk")),
        ("Date", format_datetime(d)),
        ("Message-ID", msgid),
        ("In-Reply-To", mid),
        ("References", mid),
        *extra,
    ]
    return dict(slug=slug, client=client, lang="fr", kind="auto_reply", raw=finish(hs, part), until=None)


def auto_replies(ctx):
    out = []
    P_ = P
    # ---- Exchange / Outlook out-of-office notices in French
    out.append(
        oof_exchange(
            ctx,
            "oof-retour-lundi-7",
            P_("Agnès Rolland", "a.rolland@rolland-sellier.fr"),
            "2026-12-02 09:46",
            "kyc",
            [
                "Bonjour,",
                "",
                "Je suis absente du bureau et serai de retour le lundi 7 décembre.",
                "Pour toute question urgente, vous pouvez joindre le standard au 01 99 00 71 40.",
                "",
                "Cordialement,",
                "Agnès Rolland",
            ],
            "2026-12-07",
            SP,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-jusquau-4-12-inclus",
            P_("Olivier Brémond", "o.bremond@bremond-freres.fr"),
            "2026-12-01 08:06",
            "lettre",
            ["Bonjour,", "", "Absent jusqu'au 4/12 inclus, je traiterai votre message à mon retour.", "", "O. Brémond"],
            "2026-12-04",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-conge-maternite",
            P_("Julie Caradec", "j.caradec@caradec-optique.fr"),
            "2026-12-03 14:21",
            "mif2",
            [
                "Bonjour,",
                "",
                "Je suis actuellement en congé maternité.",
                "Pour toute demande concernant la société, merci de contacter Yannick Caradec (y.caradec@caradec-optique.fr).",
                "",
                "Merci de votre compréhension,",
                "Julie Caradec",
            ],
            None,
            SP,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-fermeture-annuelle-etude",
            P_("Hélène Garnier-Roux", "h.garnier-roux@etude-garnier-roux.fr"),
            "2026-12-28 10:16",
            "pj_manquante",
            [
                "Madame, Monsieur,",
                "",
                "L'Étude est fermée pour congés annuels du jeudi 24 décembre au lundi 4 janvier inclus.",
                "Votre message sera traité à la réouverture. En cas d'urgence liée à un décès, contactez la Chambre des "
                "notaires de la Gironde.",
                "",
                "Étude Garnier-Roux",
            ],
            "2027-01-04",
            SP,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-be-fr-nl",
            P_("Ann Vermeulen", "ann.vermeulen@vermeulen-law.be", loc="fr-BE"),
            "2026-12-01 08:07",
            "lettre",
            [
                "Bonjour,",
                "",
                "Je suis absente jusqu'au vendredi 11 décembre inclus. En cas d'urgence, veuillez contacter "
                "secretariat@vermeulen-law.be.",
                "",
                "Goedendag,",
                "",
                "Ik ben afwezig tot en met vrijdag 11 december. Voor dringende zaken kunt u contact opnemen met "
                "secretariat@vermeulen-law.be.",
                "",
                "Ann Vermeulen",
            ],
            "2026-12-11",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-ch-du-au-inclus",
            P_("Patrick Monnier", "p.monnier@monnier-fiduciaire.ch", loc="fr-CH"),
            "2026-12-01 08:09",
            "lettre",
            [
                "Bonjour,",
                "",
                "Je suis absent du bureau du lundi 30 novembre au mercredi 2 décembre inclus, avec un accès limité à "
                "ma messagerie.",
                "",
                "Meilleures salutations,",
                "Patrick Monnier",
                "Monnier Fiduciaire SA, Lausanne",
            ],
            "2026-12-02",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-quebec-bilingue",
            P_("Chantal Gagnon", "cgagnon@lapointe-notaires.qc.ca", off=-5, loc="fr-CA"),
            "2026-12-18 04:01",
            "voeux",
            [
                "Bonjour,",
                "",
                "Je suis en vacances jusqu'au 8 janvier 2027. Pour toute urgence, veuillez communiquer avec "
                "Me Geneviève Lapointe au 514 555-0148.",
                "",
                "Hello,",
                "",
                "I am on vacation until January 8, 2027. For urgent matters, please contact Me Geneviève Lapointe at "
                "514 555-0148.",
                "",
                "Chantal Gagnon, adjointe juridique",
            ],
            "2027-01-08",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-lu-un-jour",
            P_("Luc Weber", "luc.weber@aldringen.lu", loc="fr-LU"),
            "2026-12-01 08:10",
            "lettre",
            [
                "Bonjour,",
                "",
                "Je suis absent ce mardi 1er décembre. Je traiterai votre message dès demain.",
                "",
                "Luc Weber",
                "Banque Aldringen S.A.",
            ],
            "2026-12-01",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-monaco-vague",
            P_("Sophie Médecin", "s.medecin@credit-rocher.mc"),
            "2026-12-18 10:02",
            "voeux",
            [
                "Bonjour,",
                "",
                "Je suis actuellement en déplacement, retour prévu la semaine prochaine. Pour toute urgence, merci de "
                "contacter M. Stéphane Ottavi.",
                "",
                "Sophie Médecin",
            ],
            None,
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-dakar-mission",
            P_("Ousmane Ndiaye", "o.ndiaye@ndiaye-transit.sn", off=0),
            "2026-12-01 07:06",
            "lettre",
            [
                "Bonjour,",
                "",
                "En mission à l'intérieur du pays jusqu'au 15/12/2026, accès limité à mes courriels.",
                "Pour les opérations de transit, contactez exploitation@ndiaye-transit.sn.",
                "",
                "Ousmane Ndiaye",
            ],
            "2026-12-15",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-plus-consultee",
            P_("Contact Arcadie Conseil", "contact@arcadie-conseil.fr"),
            "2026-12-01 08:08",
            "lettre",
            [
                "Bonjour,",
                "",
                "Cette adresse n'est plus consultée. Arcadie Conseil a rejoint le groupe Delta Finance le 1er octobre "
                "2026 : merci d'écrire désormais à contact@delta-finance-groupe.fr.",
            ],
            None,
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-depart-mercadier",
            P_("Paul Mercadier", "p.mercadier@berthier-lacombe.fr"),
            "2026-11-30 11:31",
            "audit_avocats",
            [
                "Bonjour,",
                "",
                "Paul Mercadier ne fait plus partie du cabinet Berthier Lacombe & Associés depuis le 30 novembre 2026.",
                "Pour toute demande, merci de contacter Hélène Rocher (h.rocher@berthier-lacombe.fr) ou le standard au "
                "01 99 00 58 00.",
            ],
            None,
            TL,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-maladie-sans-date",
            P_("Gérald Fauvel", "g.fauvel@fauvel-transports.fr"),
            "2026-11-30 17:11",
            "rdv_lyon",
            [
                "Bonjour,",
                "",
                "Je suis actuellement absent pour raison de santé. Je prendrai connaissance de votre message à mon retour.",
                "",
                "Gérald Fauvel",
            ],
            None,
            MK,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-ch-retour-05-01-2027",
            P_("Nicolas Favre", "nicolas.favre@banque-valdor.ch", loc="fr-CH"),
            "2026-12-18 10:01",
            "voeux",
            [
                "Bonjour,",
                "",
                "Je suis absent du bureau. De retour le 05.01.2027.",
                "",
                "Meilleures salutations,",
                "Nicolas Favre",
            ],
            "2027-01-05",
            CM,
        )
    )
    out.append(
        oof_exchange(
            ctx,
            "oof-banniere-13-janvier",
            P_("Laure Sicard", "l.sicard@morel-sicard-notaires.fr"),
            "2027-01-11 09:01",
            "petitdej_relance",
            [
                "Bonjour,",
                "",
                "Je suis absente de l'étude jusqu'au mercredi 13 janvier inclus. Pour toute urgence, merci de contacter "
                "Maître Bastien Morel.",
                "",
                "Laure Sicard",
                "Notaire",
            ],
            "2027-01-13",
            CM,
        )
    )
    # ---- Gmail vacation responder (empty subject setting: Gmail answers with "Re: <subject>")
    out.append(
        oof_plain(
            ctx,
            "gmail-vacances-2-janvier",
            P_("Vincent Lagarde", "vincent.lagarde.immo@gmail.com"),
            "2026-12-18 10:03",
            "voeux",
            [
                "Bonjour,",
                "",
                "Je suis en congés jusqu'au samedi 2 janvier inclus, sans accès à ma messagerie. Je vous répondrai dès "
                "mon retour.",
                "",
                "Vincent Lagarde",
            ],
            "2027-01-02",
            CM,
            "gmail",
            "Re: {s}",
            [("Auto-Submitted", "auto-replied")],
            host="mail-wr1-f54",
        )
    )
    # ---- Zimbra absence (a mairie's webmail): no date given
    out.append(
        oof_plain(
            ctx,
            "zimbra-accuse-agglo",
            P_("Communauté d'agglomération du Val d'Yvette", "ne-pas-repondre@agglo-val-yvette.fr"),
            "2026-11-24 15:41",
            "agglo",
            [
                "Bonjour,",
                "",
                "Votre courriel a bien été reçu par les services de la Communauté d'agglomération du Val d'Yvette. Il "
                "sera transmis au service compétent.",
                "",
                "Conformément à l'article L. 112-11 du code des relations entre le public et l'administration, le présent "
                "message vaut accusé de réception. Il ne préjuge pas de la suite qui sera donnée à votre demande.",
                "",
                "Ceci est un message automatique, merci de ne pas y répondre.",
            ],
            None,
            JF,
            "zimbra",
            "Accusé de réception : {s}",
            [("Auto-Submitted", "auto-replied (zimbra; vacation)")],
            host="zimbra",
            mid_dom="agglo-val-yvette.fr",
        )
    )
    # ---- help-desk acknowledgements
    out.append(
        helpdesk_ack(
            ctx,
            "zendesk-accuse-4521",
            "support_quintal",
            "2026-11-26 11:41",
            "zendesk",
            P_("Quintal Logiciels", "support@quintal-logiciels.fr"),
            "[Quintal Logiciels] Re: Export des valorisations impossible depuis la mise à jour 8.2",
            [
                "##- Veuillez répondre au-dessus de cette ligne -##",
                "",
                "Votre demande (4521) a bien été reçue et est en cours d'examen par notre équipe d'assistance.",
                "",
                "Pour ajouter des commentaires, répondez simplement à cet e-mail.",
                "",
                "Délai de prise en charge habituel : 4 heures ouvrées.",
                "",
                "--------------------------------",
                "Ce courriel est un service de Quintal Logiciels.",
                "Fourni par Zendesk",
                "",
                "[4K7QZP-2M3R]",
            ],
        )
    )
    out.append(
        helpdesk_ack(
            ctx,
            "freshdesk-accuse-4412",
            "support_custodia",
            "2026-11-27 09:21",
            "freshdesk",
            P_("Custodia Titres - Support", "support@custodia-titres.fr"),
            "Demande reçue : Relevé d'opérations manquant – compte 40021 [#4412]",
            [
                "Bonjour Sandrine Pellegrin,",
                "",
                "Nous avons bien reçu votre demande et lui avons attribué le numéro #4412. Un membre de l'équipe Support "
                "Partenaires vous répondra dans les meilleurs délais.",
                "",
                "Vous pouvez suivre l'avancement de votre demande depuis votre espace partenaire.",
                "",
                "Cordialement,",
                "Custodia Titres - Support Partenaires",
            ],
            extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Email", "ticket-created")],
        )
    )
    return out


# =========================================================================== bounces
EXO_TAIL_FR = [
    "",
    "Comment résoudre ce problème",
    "L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez l'une ou plusieurs des solutions suivantes :",
    "  - Renvoyez le message. Supprimez l'adresse du destinataire dans le champ À, Cc ou Cci, puis saisissez-la à "
    "nouveau.",
    "  - Contactez le destinataire par un autre moyen (téléphone, par exemple) pour vérifier son adresse.",
    "",
]


def ndr_exchange_online(
    ctx, slug, key, reader, rcpts, date, subj_prefix="Non remis : ", delayed=False, headers_only=False
):
    """rcpts: [(address, status, diagnostic, remote_mta or None, explanation lines)]"""
    subject, mid, n = ctx_subject(ctx, key, reader)
    sender = n["frm"]
    d = L.dt(date, 1).replace(second=rng("s", slug).randrange(60))
    r = rng("ndr", slug)
    host = exchange_host(r)
    sent = L.dt(n["date"], n["frm"].off)
    lines = []
    for addr_, _status, _diag, _remote, expl in rcpts:
        local, _dom = addr_.split("@")
        if delayed:
            lines += [
                "La remise n'a pas encore abouti",
                "",
                f"Votre message à {addr_} n'a pas encore pu être remis. Le serveur continuera d'essayer de le remettre "
                "pendant 1 jour, 22 heures et 10 minutes. Vous serez averti si le message ne peut pas être remis "
                "pendant cette période.",
                "",
                "Aucune action n'est requise de votre part.",
                "",
            ]
        else:
            lines += [f"Votre message à {addr_} n'a pas pu être remis.", "", *expl, ""]
            lines += [f"{sender.email.split('@')[0]}", "Office 365", local, "Action requise", "Destinataire", ""]
    if not delayed:
        lines += EXO_TAIL_FR
    lines += ["Plus d'informations pour les administrateurs de messagerie", ""]
    for _addr, status, diag, remote, _e in rcpts:
        lines += [f"Code d'état : {diag.split(' ')[0]} {status}", ""]
        if remote:
            lines += [f"Le serveur de messagerie du destinataire ({remote}) a renvoyé cette erreur :", diag, ""]
    lines += [
        "Détails du message d'origine",
        f"Date de création :\t{L.numeric(sent.astimezone(UTC))}:{sent.second:02d}",
        f"Adresse de l'expéditeur :\t{sender.email}",
        *[f"Adresse du destinataire :\t{a[0]}" for a in rcpts],
        f"Objet :\t{subject}",
        "",
        "Détails de l'erreur",
        *[f"Erreur signalée :\t{a[2]}" for a in rcpts],
        f"DSN généré par :\t{host}",
        "",
    ]
    html = html_doc(lines)
    pa = alt(slug, "\n".join(lines) + "\n", html)
    dsn = [
        f"Reporting-MTA: dns;{host}",
        f"Received-From-MTA: dns;{exchange_host(r)}",
        f"Arrival-Date: {format_datetime(sent.astimezone(UTC))}",
        "",
    ]
    for addr_, status, diag, remote, _e in rcpts:
        dsn += [
            f"Final-Recipient: rfc822;{addr_}",
            f"Action: {'delayed' if delayed else 'failed'}",
            f"Status: {status}",
        ]
        if remote:
            dsn.append(f"Remote-MTA: dns;{remote}")
        dsn += [f"Diagnostic-Code: smtp;{diag}", ""]
    dsn_part = Part([("Content-Type", "message/delivery-status")], "\r\n".join(dsn) + "\r\n")
    if headers_only:
        op = Part([("Content-Type", "text/rfc822-headers")], original_copy(ctx, key, reader, headers_only=True))
    else:
        op = Part([("Content-Type", "message/rfc822")], original_copy(ctx, key, reader))
    b = f"_{'b' * 3}{hexid(r, 30)}_"
    rep = multipart(
        "report",
        [pa, dsn_part, op],
        b,
        ct=f'multipart/report;\r\n\treport-type=delivery-status;\r\n\tboundary="{b}"',
    )
    hs = [
        ("From", addr(NDR_FROM.name, NDR_FROM.email)),
        ("To", addr(sender.name, sender.email, "utf-8", "B")),
        ("Date", format_datetime(d.astimezone(UTC))),
        ("Subject", subj_header(subj_prefix + subject, "outlook")),
        ("Message-ID", f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{host}>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Thread-Topic", subj_header(thread_topic(subject), "outlook")),
        ("Thread-Index", thread_index(r, 1)),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("Auto-Submitted", "auto-replied"),
    ]
    perms = [not delayed for _ in rcpts]
    label = {
        "recipients": [{"address": a[0], "status": a[1], "permanent": not delayed} for a in rcpts],
        "permanent": all(perms),
        "original_message_id": mid,
    }
    return dict(slug=slug, client="exchange_online", lang="fr", kind="bounce", raw=finish(hs, rep), bounce=label)


def postfix_fr(ctx, slug, key, reader, mta, date, rcpts, delayed=False, lang="fr", client="postfix"):
    """A Postfix with a French bounce template (hosters translate it); rcpts [(orig, final, status, diag, remote)]."""
    _subject, mid, n = ctx_subject(ctx, key, reader)
    sender = n["frm"]
    d = L.dt(date, 1).replace(second=rng("s", slug).randrange(60))
    r = rng("pf", slug)
    qid = hexid(r, 11)
    if delayed:
        intro = [
            f"Ceci est le programme de messagerie de l'hôte {mta}.",
            "",
            "####################################################################",
            "# CECI EST UN AVERTISSEMENT SEULEMENT. VOUS N'AVEZ PAS À RENVOYER  #",
            "# VOTRE MESSAGE.                                                   #",
            "####################################################################",
            "",
            "Votre message n'a pas pu être remis depuis 4 heures.",
            "Le programme de messagerie continuera d'essayer pendant 5 jours.",
            "",
            "                   Le programme de messagerie",
            "",
        ]
    else:
        intro = [
            f"Ceci est le programme de messagerie de l'hôte {mta}.",
            "",
            "Nous sommes désolés de vous informer que votre message n'a pas pu être",
            "remis à un ou plusieurs destinataires. Il est joint ci-dessous.",
            "",
            "Pour obtenir de l'aide, écrivez à <postmaster>.",
            "",
            "Si vous le faites, joignez ce rapport de problème. Vous pouvez effacer",
            "votre propre texte du message retourné.",
            "",
            "                   Le programme de messagerie",
            "",
        ]
    for o, f, _st, diag, _remote in rcpts:
        intro.append(f"<{f}> (expansion de <{o}>): {diag}" if o != f else f"<{f}>: {diag}")
    text = text_part(
        "\n".join(intro) + "\n",
        "text/plain; charset=utf-8",
        "utf-8",
        "8bit",
        extra=[("Content-Description", "Notification")],
    )
    dsn = [
        f"Reporting-MTA: dns; {mta}",
        f"X-Postfix-Queue-ID: {qid}",
        f"X-Postfix-Sender: rfc822; {sender.email}",
        f"Arrival-Date: {format_datetime(L.dt(n['date'], 1))}",
        "",
    ]
    for o, f, st, diag, remote in rcpts:
        dsn += [f"Final-Recipient: rfc822; {f}"]
        if o != f:
            dsn.append(f"Original-Recipient: rfc822;{o}")
        dsn += [f"Action: {'delayed' if delayed else 'failed'}", f"Status: {st}"]
        if remote:
            dsn.append(f"Remote-MTA: dns; {remote}")
        dsn += [f"Diagnostic-Code: smtp; {diag}", ""]
    dsn_part = Part(
        [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
        "\r\n".join(dsn) + "\r\n",
    )
    if delayed:
        op = Part(
            [("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
            original_copy(ctx, key, reader, headers_only=True),
        )
    else:
        op = Part(
            [("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
            original_copy(ctx, key, reader),
        )
    b = f"{qid}.{r.randrange(10**9, 10**10)}/{mta}"
    rep = multipart(
        "report",
        [text, dsn_part, op],
        b,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
        preamble="This is a MIME-encapsulated message.",
    )
    hs = [
        ("Return-Path", "<>"),
        ("Received", f"by {mta} (Postfix)\r\n\tid {qid}; {format_datetime(d)}"),
        ("Date", format_datetime(d)),
        ("From", f"MAILER-DAEMON@{mta} (Mail Delivery System)"),
        (
            "Subject",
            ew(
                "Avertissement : message non encore remis"
                if delayed
                else "Message non remis : retourné à l'expéditeur",
                "utf-8",
                "Q",
            ),
        ),
        ("To", sender.email),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", f"<{r.randrange(10**13, 10**14)}.{qid}@{mta}>"),
    ]
    recips = [{"address": o, "status": st, "permanent": not delayed} for o, f, st, _d, _r in rcpts]
    label = {"recipients": recips, "permanent": not delayed, "original_message_id": mid}
    return dict(slug=slug, client=client, lang=lang, kind="bounce", raw=finish(hs, rep), bounce=label)


def exchange_onprem_fr(ctx, slug, key, reader, addr_, date):
    subject, mid, n = ctx_subject(ctx, key, reader)
    sender = n["frm"]
    d = L.dt(date, 1).replace(second=rng("s", slug).randrange(60))
    r = rng("onprem", slug)
    srv = "AGGLO-EXCH02.agglo.local"
    lines = [
        "Échec de la remise aux destinataires ou groupes suivants :",
        "",
        addr_,
        "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du "
        "destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.",
        "",
        "",
        "",
        "",
        "",
        "",
        "Informations de diagnostic pour les administrateurs :",
        "",
        f"Serveur de génération : {srv}",
        "",
        addr_,
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
        "",
        "En-têtes du message d'origine :",
        "",
    ]
    hdrs = original_copy(ctx, key, reader, headers_only=True).replace("\r\n", "\n").rstrip("\n").split("\n")
    lines += hdrs
    pa = alt(slug, "\n".join(lines) + "\n", html_doc(lines))
    dsn = [
        f"Reporting-MTA: dns;{srv}",
        "Received-From-MTA: dns;AGGLO-EDGE01.agglo.local",
        f"Arrival-Date: {format_datetime(L.dt(n['date'], 1))}",
        "",
        f"Original-Recipient: rfc822;{addr_}",
        f"Final-Recipient: rfc822;{addr_}",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        "",
    ]
    dsn_part = Part([("Content-Type", "message/delivery-status")], "\r\n".join(dsn) + "\r\n")
    op = Part([("Content-Type", "text/rfc822-headers")], original_copy(ctx, key, reader, headers_only=True))
    b = f"_{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}_"
    rep = multipart(
        "report", [pa, dsn_part, op], b, ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"'
    )
    hs = [
        *rcv(slug, "mail.agglo-val-yvette.fr", "198.51.100.61", d),
        ("From", "postmaster@agglo-val-yvette.fr"),
        ("To", addr(sender.name, sender.email, "utf-8", "B")),
        ("Date", format_datetime(d)),
        ("Subject", subj_header("Non remis : " + subject, "outlook")),
        (
            "Message-ID",
            f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@AGGLO-EXCH02.agglo.local>",
        ),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Content-Language", "fr-FR"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    ]
    label = {
        "recipients": [{"address": addr_, "status": "5.1.1", "permanent": True}],
        "permanent": True,
        "original_message_id": mid,
    }
    return dict(slug=slug, client="exchange_2016", lang="fr", kind="bounce", raw=finish(hs, rep), bounce=label)


def free_quota(ctx, slug, key, reader, addr_, date):
    """A bounce written by the recipient's provider after it accepted the message; no DSN part."""
    _subject, mid, n = ctx_subject(ctx, key, reader)
    sender = n["frm"]
    d = L.dt(date, 1).replace(second=rng("s", slug).randrange(60))
    r = rng("free", slug)
    lines = [
        "Ce message a été créé automatiquement par le logiciel de distribution du courrier.",
        "",
        "Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs de ses",
        "destinataires. Il s'agit d'une erreur permanente. L'adresse suivante est en échec :",
        "",
        f"  {addr_}",
        "    boîte aux lettres pleine : 552 5.2.2 Quota dépassé, le destinataire doit libérer de l'espace",
        "",
        "------ Ceci est une copie du message, en-têtes compris. ------",
        "",
    ]
    text = "\n".join(lines) + original_copy(ctx, key, reader).decode("ascii").replace("\r\n", "\n")
    part = text_part(text, "text/plain; charset=utf-8", "utf-8", "8bit")
    hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"from mx{r.randrange(1, 3)}.free.fr by smtp{r.randrange(1, 9)}-g21.free.fr with local; {format_datetime(d)}",
        ),
        ("From", "Mail Delivery System <MAILER-DAEMON@free.fr>"),
        ("To", sender.email),
        ("Subject", ew("Échec de distribution : message retourné à l'expéditeur", "utf-8", "Q")),
        ("Date", format_datetime(d)),
        ("Message-ID", f"<E1v{lowhex(r, 6)}-{hexid(r, 6)}-Qz@free.fr>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Failed-Recipients", addr_),
    ]
    label = {
        "recipients": [{"address": addr_, "status": "5.2.2", "permanent": True}],
        "permanent": True,
        "original_message_id": mid,
    }
    return dict(slug=slug, client="free", lang="fr", kind="bounce", raw=finish(hs, part), bounce=label)


def exim_en(ctx, slug, key, reader, addr_, date):
    _subject, mid, n = ctx_subject(ctx, key, reader)
    sender = n["frm"]
    d = L.dt(date, 0).replace(second=rng("s", slug).randrange(60))
    r = rng("exim", slug)
    host = "mx1.sonatel-hebergement.sn"
    lines = [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        f"  {addr_}",
        "    retry timeout exceeded",
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
    ]
    text = "\n".join(lines) + original_copy(ctx, key, reader).decode("ascii").replace("\r\n", "\n")
    part = (
        text_part(text, "text/plain; charset=us-ascii", "us-ascii", "7bit")
        if all(ord(c) < 128 for c in text)
        else text_part(text, "text/plain; charset=utf-8", "utf-8", "8bit")
    )
    hs = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"from Debian-exim by {host} with local (Exim 4.96)\r\n\tid 1v{hexid(r, 5)}-00{hexid(r, 4)}-Ab\r\n\tfor {sender.email}; {format_datetime(d)}",
        ),
        ("X-Failed-Recipients", addr_),
        ("Auto-Submitted", "auto-replied"),
        ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
        ("To", sender.email),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E1v{hexid(r, 5)}-00{hexid(r, 4)}-Ab@{host}>"),
        ("Date", format_datetime(d)),
    ]
    label = {"recipients": [{"address": addr_, "permanent": True}], "permanent": True, "original_message_id": mid}
    return dict(slug=slug, client="exim", lang="en", kind="bounce", raw=finish(hs, part), bounce=label)


def bounces(ctx):
    out = []
    gir = P("Pierre Girault", "p.girault@girault-associes.fr")
    out.append(
        ndr_exchange_online(
            ctx,
            "exo-5-1-10-introuvable",
            "seminaire",
            gir,
            [
                (
                    gir.email,
                    "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                    None,
                    ["p.girault est introuvable sur girault-associes.fr."],
                )
            ],
            "2026-11-16 09:31",
        )
    )
    leb = P("Jacques Leblanc", "j.leblanc72@orange.fr")
    out.append(
        ndr_exchange_online(
            ctx,
            "exo-orange-5-1-1",
            "lettre",
            leb,
            [
                (
                    leb.email,
                    "5.1.1",
                    "550 5.1.1 <j.leblanc72@orange.fr>: Adresse destinataire inconnue / Recipient address unknown OFR_416",
                    "smtp-in.orange.fr",
                    ["Le serveur de messagerie du destinataire a rejeté le message : l'adresse n'existe pas."],
                )
            ],
            "2026-12-01 08:06",
        )
    )
    rou = P("Famille Roussin", "famille.roussin@free.fr")
    out.append(
        ndr_exchange_online(
            ctx,
            "exo-free-5-2-1-desactivee",
            "kyc",
            rou,
            [
                (
                    rou.email,
                    "5.2.1",
                    "550 5.2.1 <famille.roussin@free.fr>: Recipient address rejected: Mailbox disabled for this recipient",
                    "mx1.free.fr",
                    ["La boîte aux lettres du destinataire est désactivée."],
                )
            ],
            "2026-12-02 09:46",
        )
    )
    hot = P("Hôtel des Alpes", "direction@hotel-des-alpes-megeve.fr")
    out.append(
        ndr_exchange_online(
            ctx,
            "exo-remise-differee",
            "voeux",
            hot,
            [
                (
                    hot.email,
                    "4.4.316",
                    "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.hotel-des-alpes-megeve.fr]",
                    None,
                    [],
                )
            ],
            "2026-12-18 18:05",
            subj_prefix="Remise différée : ",
            delayed=True,
            headers_only=True,
        )
    )
    out.append(
        ndr_exchange_online(
            ctx,
            "exo-deux-destinataires",
            "relance_dupont",
            P("Marc Dupont", "m.dupont@dupont-batiment.fr"),
            [
                (
                    "m.dupont@dupont-batiment.fr",
                    "5.1.1",
                    "550 5.1.1 <m.dupont@dupont-batiment.fr>: Recipient address rejected: User unknown in virtual mailbox table",
                    "mx1.hebergement-ovh-exemple.net",
                    ["Le serveur de messagerie du destinataire ne connaît pas cette adresse."],
                ),
                (
                    "c.dupont@dupont-batiment.fr",
                    "5.4.1",
                    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
                    "mx1.hebergement-ovh-exemple.net",
                    ["Le serveur de messagerie du destinataire a refusé le message."],
                ),
            ],
            "2026-12-07 09:31",
        )
    )
    spm = P("Gîte des Combes", "info@gite-des-combes.fr")
    out.append(
        ndr_exchange_online(
            ctx,
            "exo-5-7-1-spam",
            "voeux",
            spm,
            [
                (
                    spm.email,
                    "5.7.1",
                    "550 5.7.1 Service unavailable; Client host [40.107.22.91] blocked using zen.spamhaus-exemple.org",
                    "mx.gite-des-combes.fr",
                    ["Le serveur de messagerie du destinataire a refusé le message comme indésirable."],
                )
            ],
            "2026-12-18 10:01",
        )
    )
    med = P("Secrétariat", "secretariat@cabinet-medical-des-tilleuls.fr")
    out.append(
        postfix_fr(
            ctx,
            "ovh-redirection-quota",
            "seminaire",
            med,
            "mo4521.mail-out.ovh.net",
            "2026-11-16 09:34",
            [
                (
                    med.email,
                    "dr.lemarchand.tilleuls@gmail.com",
                    "5.2.2",
                    "552-5.2.2 The recipient's inbox is out of storage space. (in reply to RCPT TO command)",
                    "gmail-smtp-in.l.google.com",
                )
            ],
        )
    )
    lux = P("Desk Institutionnels", "institutionnels@aldringen.lu")
    out.append(
        postfix_fr(
            ctx,
            "postfix-avertissement-differe",
            "lettre",
            lux,
            "relay2.aldringen.lu",
            "2026-12-01 12:07",
            [
                (
                    lux.email,
                    lux.email,
                    "4.4.1",
                    "connect to mbx01.aldringen.lu[10.20.1.15]:25: Connection timed out",
                    None,
                )
            ],
            delayed=True,
        )
    )
    out.append(
        exchange_onprem_fr(
            ctx,
            "exchange-2016-agglo",
            "agglo",
            P("DRH", "drh@agglo-val-yvette.fr"),
            "drh@agglo-val-yvette.fr",
            "2026-11-24 15:42",
        )
    )
    # agglo: the firm's message was addressed to the agglomeration (cc the DRH); the same copy bounces for the DRH
    fam = P("Famille Tessier", "famille.tessier@free.fr")
    out.append(free_quota(ctx, "free-quota-sans-dsn", "voeux", fam, fam.email, "2026-12-18 10:04"))
    ndi = P("Ndiaye Transit", "contact@ndiaye-transit.sn")
    out.append(exim_en(ctx, "exim-dakar-retry", "seminaire", ndi, ndi.email, "2026-11-20 09:35"))
    return out


# =========================================================================== complaints
def arf(ctx, slug, key, reader, fbl_from, fbl_to, date, reporter_ip, ua, text_lines, lang="fr", client="arf"):
    subject, _mid, n = ctx_subject(ctx, key, reader)
    d = L.dt(date, 1).replace(second=rng("s", slug).randrange(60))
    r = rng("arf", slug)
    t = text_part("\n".join(text_lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "8bit")
    fb = [
        "Feedback-Type: abuse",
        f"User-Agent: {ua}",
        "Version: 1",
        f"Original-Mail-From: <{n['frm'].email}>",
        f"Original-Rcpt-To: <{reader.email}>",
        f"Arrival-Date: {format_datetime(L.dt(n['date'], 1))}",
        f"Source-IP: {reporter_ip}",
        f"Reported-Domain: {FIRM_DOMAIN}",
        "Authentication-Results: mx.example; dkim=pass header.d=orvanne-patrimoine.fr; spf=pass",
    ]
    fbp = Part([("Content-Type", "message/feedback-report")], "\r\n".join(fb) + "\r\n")
    op = Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], original_copy(ctx, key, reader))
    b = f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}"
    rep = multipart("report", [t, fbp, op], b, ct=f'multipart/report; report-type=feedback-report;\r\n\tboundary="{b}"')
    name, email = fbl_from
    hs = [
        ("From", addr(name, email, "utf-8", "Q")),
        ("To", fbl_to),
        ("Subject", subj_header("FW: " + subject, "gmail")),
        ("Date", format_datetime(d)),
        ("Message-ID", f"<{lowhex(r, 24)}@{email.split('@')[1]}>"),
    ]
    return dict(slug=slug, client=client, lang=lang, kind="complaint", raw=finish(hs, rep))


def complaints(ctx):
    out = []
    out.append(
        arf(
            ctx,
            "arf-fai-fr",
            "lettre",
            P("Abonné", "m.lacroix@alize-telecom.fr"),
            ("Boucle de retour Alizé Télécom", "fbl@retours.alize-telecom.fr"),
            "abuse@orvanne-patrimoine.fr",
            "2026-12-01 11:42",
            "40.107.22.91",
            "AlizeFBL/2.1",
            [
                "Ceci est un rapport de plainte (format ARF) concernant un message envoyé depuis votre domaine.",
                "Un de nos abonnés a signalé ce message comme indésirable.",
                "Pour ne plus recevoir ces rapports, contactez fbl-admin@alize-telecom.fr.",
            ],
        )
    )
    out.append(
        arf(
            ctx,
            "arf-yahoo",
            "voeux",
            P("Utilisateur", "c.berger57@yahoo.fr"),
            ("Yahoo! Mail AntiSpam Feedback", "feedback@arf.mail.yahoo.com"),
            "abuse@orvanne-patrimoine.fr",
            "2026-12-19 08:14",
            "40.107.22.91",
            "Yahoo!-Mail-Feedback/2.0",
            [
                "This is an email abuse report for an email message received from IP 40.107.22.91 on "
                "Fri, 18 Dec 2026 09:00:41 +0000.",
                "For more information about this format please see http://www.mipassoc.org/arf/.",
            ],
            lang="en",
        )
    )
    # an abuse desk writing by hand, the reported message attached
    _subject, _mid, _n = ctx_subject(ctx, "seminaire", P("x", "direction@hebergeur-armor.bzh"))
    d = L.dt("2026-11-17 10:25", 1)
    r = rng("abuse", "armor")
    lines = [
        "Bonjour,",
        "",
        "Nous avons reçu une plainte d'un de nos clients concernant le message ci-joint, envoyé depuis votre "
        "infrastructure (40.107.22.91) le 16/11/2026 à 09:30.",
        "",
        "Notre client indique ne jamais avoir donné son accord pour recevoir des communications de votre part. Nous "
        "vous demandons de retirer l'adresse direction@hebergeur-armor.bzh de vos listes et de nous confirmer la prise "
        "en compte de cette plainte sous 72 heures.",
        "",
        "Référence de la plainte : ABU-2026-11-0418",
        "",
        "Cordialement,",
        "Le service Abuse",
        "Hébergeur Armor",
    ]
    t = text_part("\n".join(lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    op = Part(
        [
            ("Content-Type", 'message/rfc822; name="message-signale.eml"'),
            ("Content-Disposition", 'attachment; filename="message-signale.eml"'),
        ],
        original_copy(ctx, "seminaire", P("x", "direction@hebergeur-armor.bzh")),
    )
    m = multipart("mixed", [t, op], f"=_abuse_{lowhex(r, 20)}")
    hs = [
        ("From", "Service Abuse <abuse@hebergeur-armor.bzh>"),
        ("To", "abuse@orvanne-patrimoine.fr"),
        ("Cc", "postmaster@orvanne-patrimoine.fr"),
        ("Subject", ew("[ABU-2026-11-0418] Plainte pour courriel non sollicité", "utf-8", "Q")),
        ("Date", format_datetime(d)),
        ("Message-ID", f"<abuse.{lowhex(r, 16)}@hebergeur-armor.bzh>"),
    ]
    out.append(dict(slug="abuse-hebergeur-manuel", client="abuse_desk", lang="fr", kind="complaint", raw=finish(hs, m)))
    return out


def newsletter(ctx):
    """A club's newsletter that quotes the firm's invitation (kind list; the editorial lines are its new text)."""
    n = ctx.node("seminaire")
    b = ctx.body("seminaire", P("Club", "lettre@club-dirigeants-loire.fr"))
    d = L.dt("2026-11-19 07:30", 1)
    r = rng("nl", "loire")
    edito = [
        "La Lettre du Club des Dirigeants de la Loire - n° 142",
        "",
        "Chers membres,",
        "",
        "Trois rendez-vous à noter avant la fin de l'année : notre assemblée générale le 3 décembre à Saint-Étienne, "
        "la visite de l'usine Lefèvre le 9 décembre, et l'invitation ci-dessous, que notre partenaire Orvanne "
        "Patrimoine nous a demandé de relayer.",
        "",
        "Bonne lecture,",
        "Le bureau du Club",
    ]
    fwd = [
        "",
        "---------- Message transmis ----------",
        f"De : {n['frm'].name} <{n['frm'].email}>",
        f"Date : {L.long_fr(L.dt(n['date'], 1))}",
        f"Objet : {n['subject']}",
        "",
        *[x for x in b.flat if not x.startswith("[cid:")],
    ]
    footer = [
        "",
        "Vous recevez cette lettre en tant que membre du Club des Dirigeants de la Loire.",
        "Se désinscrire : https://club-dirigeants-loire.fr/desinscription?u=7f3a91c2",
    ]
    plain = "\n".join(edito + fwd + footer) + "\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<table width="600" align="center"><tr><td style="font-family:Georgia,serif">'
        + "".join(f"<p>{esc(x)}</p>" for x in edito if x.strip())
        + '<div style="border-left:3px solid #999;padding-left:10px;color:#444">'
        + "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in fwd)
        + "</div>"
        + "".join(f'<p style="font-size:11px;color:#888">{esc(x)}</p>' for x in footer if x.strip())
        + "</td></tr></table></body></html>\n"
    )
    part = alt("newsletter-loire", plain, html, style="other")
    hs = [
        (
            "Received",
            f"from smtp-relay{r.randrange(10, 99)}.emailing-exemple.net (185.107.232.{r.randrange(2, 250)}) by PA1PEPF0000AB12.eurprd04.prod.outlook.com; {format_datetime(d)}",
        ),
        ("From", addr("Club des Dirigeants de la Loire", "lettre@club-dirigeants-loire.fr")),
        ("To", addr(JF.name, JF.email)),
        ("Subject", ew("La Lettre du Club n° 142 – agenda de décembre", "utf-8", "Q")),
        ("Date", format_datetime(d)),
        ("Message-ID", f"<{lowhex(r, 32)}@club-dirigeants-loire.fr>"),
        ("List-Id", "La Lettre du Club <lettre.club-dirigeants-loire.fr>"),
        (
            "List-Unsubscribe",
            "<https://club-dirigeants-loire.fr/desinscription?u=7f3a91c2>, <mailto:desinscription@club-dirigeants-loire.fr>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    label = [x.strip() for x in edito if x.strip()]
    return dict(
        slug="newsletter-club-loire",
        client="emailing",
        lang="fr",
        kind="list",
        raw=finish(hs, part),
        new_text=label,
        mode="text",
        top=True,
    )


def items(ctx):
    return auto_replies(ctx) + bounces(ctx) + complaints(ctx)
