"""blind28 automatic replies: out-of-office notices (Exchange Online, Outlook.com, Gmail, Zimbra at Free and
Vidéotron, Sieve vacation at small hosts, the Orange, La Poste, Yahoo and Proximus responders) and acknowledgements."""

from datetime import UTC, timedelta

from clients28 import esc, mid_gmail, mid_javamail, mid_ox, mid_yahoo, uuid_from
from firm28 import (
    TZ,
    P,
    T_assureur,
    T_banque,
    T_bilan,
    T_comptable,
    T_frontalier,
    T_heritier_qc,
    T_letter_en,
    T_lettre,
    T_notaire,
    T_pieces,
    T_reunion,
    T_versement,
    exo_msgid,
    local,
    mk,
)
from mime12 import D, addr, ew, hexid, message, multipart, rfcdate, rng, text_part, thread_index


def irt(o):
    return [("References", "\r\n ".join([*o.refs, o.msgid])), ("In-Reply-To", o.msgid)]


def html_doc(lines):
    body = "\n".join(f"<div>{esc(x)}</div>" if x.strip() else "<div><br></div>" for x in lines)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        + body
        + "\n</body></html>\n"
    )


def received(r, host, ip, dt):
    exo = f"{r.choice(['PA4P264MB', 'PR1P264MB', 'MRZP264MB'])}{r.randrange(1000, 9999)}"
    utc = dt.astimezone(UTC) + timedelta(seconds=r.randrange(2, 30))
    return (
        "Received",
        f"from {host} ({ip}) by {exo}.FRAP264.PROD.OUTLOOK.COM\r\n"
        f" ({exo.lower()}.frap264.prod.outlook.com) with Microsoft SMTP Server\r\n"
        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9412.{r.randrange(10, 40)}; {rfcdate(utc)}",
    )


def build(slug, writer, who, o, date, lines, until, lang="fr", country="FR", subject=None, week=None, relay=None):
    r = rng("blind28-auto", slug)
    tz = TZ[country]
    dt = D(date, tz)
    frm = addr(who.name, who.email, "utf-8", "Q")
    to = addr(o.frm.name, o.frm.email, "utf-8", "Q")
    text = "\n".join(lines) + "\n"
    dom = who.email.split("@", 1)[1]
    relay = relay or (f"mail.{dom}", f"203.0.113.{r.randrange(190, 250)}")
    hs = [received(r, *relay, dt)]
    if writer in ("exchange_online", "outlook_com"):
        pre = "Automatic reply: " if lang == "en" else "Réponse automatique : "
        if writer == "exchange_online":
            mid, _ = exo_msgid(r)
        else:
            host = f"DB9P193MB{r.randrange(1000, 9999)}"
            mid = f"<{host}{hexid(r, 28)}@{host}.EURP193.PROD.OUTLOOK.COM>"
        hs += [("From", frm), ("To", to), ("Subject", ew(subject or pre + o.subject, "utf-8", "B"))]
        hs += [("Thread-Topic", ew(o.subject, "utf-8", "B")), ("Thread-Index", thread_index(r, 1))]
        hs += [("Date", rfcdate(dt)), ("Message-ID", mid), *irt(o)]
        hs += [("Content-Language", "en-GB" if lang == "en" else "fr-FR"), ("X-MS-Has-Attach", "")]
        hs += [("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")]
        hs += [("X-MS-Exchange-Inbox-Rules-Loop", who.email), ("MIME-Version", "1.0")]
        b = "_000_" + mid[1:14] + hexid(r, 20) + "_"
        part = multipart(
            "alternative",
            [
                text_part(text, 'text/plain; charset="utf-8"', "utf-8", "base64"),
                text_part(html_doc(lines), 'text/html; charset="utf-8"', "utf-8", "base64"),
            ],
            b,
        )
    elif writer == "gmail_vacation":
        mid = mid_gmail(r, dom)
        hs += [("MIME-Version", "1.0"), *irt(o), ("Auto-Submitted", "auto-replied"), ("From", frm)]
        hs += [("Date", rfcdate(dt)), ("Message-ID", mid), ("Subject", ew(subject or "Re: " + o.subject, "UTF-8", "Q"))]
        hs += [("To", to)]
        b = "000000000000" + hexid(r, 16).lower()
        part = multipart(
            "alternative",
            [
                text_part(text, 'text/plain; charset="UTF-8"', "UTF-8", "quoted-printable"),
                text_part(
                    '<div dir="ltr">' + "".join(f"<div>{esc(x) or '<br>'}</div>" for x in lines) + "</div>\n",
                    'text/html; charset="UTF-8"',
                    "UTF-8",
                    "quoted-printable",
                ),
            ],
            b,
        )
    elif writer in ("free_zimbra", "videotron_zimbra"):
        host = (
            f"root@zimbra{r.randrange(20, 90)}-e{r.randrange(10, 16)}.priv.proxad.net"
            if writer == "free_zimbra"
            else f"zimbra@mbox{r.randrange(1, 40)}.videotron.ca"
        )
        mid = mid_javamail(r, host, dt)
        hs += [("Date", rfcdate(dt)), ("From", frm), ("To", to), ("Message-ID", mid), *irt(o)[1:]]
        hs += [("Subject", ew(subject or "Re: " + o.subject, "utf-8", "Q")), ("MIME-Version", "1.0")]
        hs += [("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")]
        part = text_part(text, "text/plain; charset=utf-8", "utf-8", "quoted-printable")
    elif writer == "sieve_vacation":
        mid = f"<dovecot-sieve-{epoch(dt)}-{r.randrange(10**5, 10**6)}-0@{relay[0]}>"
        hs += [("Message-ID", mid), ("Date", rfcdate(dt)), *irt(o), ("X-Sieve", "Pigeonhole Sieve 0.5.21 (f6cd4b8e)")]
        hs += [("From", frm), ("To", "<" + o.frm.email + ">")]
        hs += [
            ("Subject", ew(subject or "Auto: " + o.subject, "utf-8", "Q")),
            ("Auto-Submitted", "auto-replied (vacation)"),
        ]
        hs += [("Precedence", "bulk"), ("MIME-Version", "1.0")]
        part = text_part(text, "text/plain; charset=utf-8", "utf-8", "8bit")
    elif writer == "orange_webmail":
        mid = mid_javamail(r, f"www@wwinf1{r.choice('abcdefgh')}{r.randrange(10, 40)}", dt)
        hs += [("Date", rfcdate(dt)), ("From", frm), ("To", to), ("Message-ID", mid), ("In-Reply-To", o.msgid)]
        hs += [("Subject", ew(subject or "Réponse automatique", "UTF-8", "Q")), ("MIME-Version", "1.0")]
        hs += [("Auto-Submitted", "auto-replied"), ("X-Wum-Nature", "EMAIL-NATURE")]
        part = text_part(text, "text/plain; charset=UTF-8", "UTF-8", "quoted-printable")
    elif writer == "yahoo_vacation":
        mid = mid_yahoo(r, dt)
        hs += [("Date", rfcdate(dt)), ("From", frm), ("To", to), ("Message-ID", mid), ("In-Reply-To", o.msgid)]
        hs += [("Subject", ew(subject or "Réponse automatique", "UTF-8", "B")), ("MIME-Version", "1.0")]
        hs += [("Auto-Submitted", "auto-replied"), ("X-Mailer", "YahooMailVacation")]
        part = text_part(text, "text/plain; charset=UTF-8", "UTF-8", "quoted-printable")
    elif writer in ("laposte_webmail", "proximus_webmail"):
        mid = mid_ox(r, f"webmail.{dom}", dt)
        hs += [("Date", rfcdate(dt)), ("From", frm), ("To", to), ("Message-ID", mid), *irt(o)]
        hs += [("Subject", ew(subject or "Re: " + o.subject, "UTF-8", "Q")), ("MIME-Version", "1.0")]
        hs += [("Auto-Submitted", "auto-replied"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66")]
        part = text_part(text, "text/plain; charset=UTF-8", "UTF-8", "quoted-printable")
    elif writer == "acknowledgement":
        mid = f"<{uuid_from(r)}@{relay[0]}>"
        hs += [
            ("From", frm),
            ("To", to),
            ("Subject", ew(subject or "Accusé de réception : " + o.subject, "utf-8", "Q")),
        ]
        hs += [("Date", rfcdate(dt)), ("Message-ID", mid), *irt(o), ("Auto-Submitted", "auto-generated")]
        hs += [("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]
        part = text_part(text, "text/plain; charset=iso-8859-15", "iso-8859-15", "quoted-printable")
    else:
        raise ValueError(writer)
    return dict(
        slug=slug,
        client=writer,
        lang=lang,
        kind="auto_reply",
        raw=message(hs, part),
        date=dt.isoformat(),
        utc=dt.astimezone(UTC),
        answers=o.date.astimezone(UTC),
        until=until,
        week=week,
    )


def epoch(dt):
    return int(dt.timestamp())


def later(o, minutes, country="FR"):
    return local(o.date + timedelta(minutes=minutes), TZ[country]).strftime("%Y-%m-%d %H:%M:%S")


def items():
    out = []

    def a(slug, writer, who, o, mins, lines, until, **k):
        out.append(build(slug, writer, who, o, later(o, mins, k.get("country", "FR")), lines, until, **k))

    # ------------------------------------------------ Exchange Online (firms, notaries, insurers), French
    p = P("Valérie Nogues", "v.nogues@nogues-expertise.example")
    o = mk(
        "a-nogues",
        "sl",
        p,
        T_comptable,
        "2027-08-26 10:00",
        greet="Bonjour Madame Nogues,",
        societe="SAS Brunet Transports",
    )
    a(
        "nogues-jusquau-3-inclus",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis absente du cabinet jusqu'au 3 inclus, avec un accès limité à ma messagerie.",
            "Pour toute urgence, merci de contacter le standard au 01 99 00 27 80.",
            "",
            "Cordialement,",
            "Valérie Nogues",
        ],
        "2027-09-03",
    )

    p = P("Damien Caradec", "d.caradec@etude-caradec.example")
    o = mk(
        "a-caradec", "tg", p, T_notaire, "2027-07-07 14:00", greet="Maître,", defunt="M. Roland Josse", ville="Clisson"
    )
    a(
        "caradec-retour-lundi-12",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis absent et serai de retour le lundi 12.",
            "Pour toute demande urgente concernant un dossier de succession, vous pouvez écrire à "
            "accueil@etude-caradec.example.",
            "",
            "Damien Caradec",
            "Clerc principal – Étude Caradec, notaires à Clisson",
        ],
        "2027-07-12",
    )

    p = P("Laurent Besson", "l.besson@besson-sa.example")
    o = mk("a-besson", None, p, T_lettre, "2027-08-03 09:00")
    a(
        "besson-1er-au-15-aout",
        "exchange_online",
        p,
        o,
        2,
        ["Absent du 1er au 15 août. Vos messages ne seront pas transférés.", "", "Laurent Besson"],
        "2027-08-15",
    )

    p = P("Élodie Martel", "e.martel@atlantique-vie.example")
    o = mk("a-martel", "nb", p, T_assureur, "2027-07-05 11:00", greet="Bonjour Madame Martel,")
    a(
        "martel-conge-maternite",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis en congé maternité jusqu'à fin mars.",
            "Pour le suivi de vos dossiers, merci d'écrire à gestion.partenaires@atlantique-vie.example, qui "
            "vous répondra dans les meilleurs délais.",
            "",
            "Élodie Martel",
            "Gestionnaire partenaires – Assurances Atlantique Vie",
        ],
        "2028-03-31",
    )

    p = P("Hugo Berthelot", "h.berthelot@berthelot-avocats.example")
    o = mk(
        "a-berthelot", "tg", p, T_notaire, "2027-08-09 15:00", greet="Maître,", defunt="Mme Odile Piau", ville="Vertou"
    )
    a(
        "berthelot-semaines-32-33",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Le cabinet est en congés les semaines 32 et 33. Je prendrai connaissance de votre message à mon retour.",
            "",
            "Maître Hugo Berthelot",
            "Avocat fiscaliste",
        ],
        "2027-08-20",
        week=33,
    )

    p = P("Caroline Faure", "caroline.faure@banque-oceane.example")
    o = mk("a-faure", "hm", p, T_banque, "2027-09-20 09:30", greet="Bonjour Madame Faure,", client="M. Serge Dufau")
    a(
        "faure-arret-maladie",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis actuellement en arrêt maladie, sans date de retour connue pour le moment.",
            "Merci d'adresser vos demandes à l'agence de Libourne : libourne@banque-oceane.example.",
            "",
            "Caroline Faure",
            "Conseillère patrimoniale – Banque Océane",
        ],
        None,
    )

    p = P("Mathieu Gorce", "m.gorce@gorce-immobilier.example")
    o = mk(
        "a-gorce",
        "hm",
        p,
        T_pieces,
        "2027-07-19 16:00",
        greet="Bonjour Monsieur Gorce,",
        produit="votre contrat de capitalisation",
    )
    a(
        "gorce-du-19-juillet-au-6-aout",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis en congés du 19 juillet au 6 août inclus, de retour le lundi 9 août.",
            "En cas d'urgence, contactez l'agence au 01 99 00 46 90.",
            "",
            "Bonnes vacances à vous aussi !",
            "Mathieu Gorce",
        ],
        "2027-08-09",
    )

    p = P("Agnès Teyssier", "a.teyssier@teyssier-pharma.example")
    o = mk("a-teyssier", "hm", p, T_versement, "2027-08-23 10:30", greet="Bonjour Madame Teyssier,", debut="5 octobre")
    a(
        "teyssier-retour-jeudi-2-sept",
        "exchange_online",
        p,
        o,
        1,
        ["Bonjour,", "", "Je suis absente. Retour le jeudi 2 sept.", "", "Agnès Teyssier"],
        "2027-09-02",
    )

    # English, a wine merchant in Bordeaux
    p = P("James Harcourt", "j.harcourt@harcourt-wines.example")
    o = mk("a-harcourt", None, p, T_letter_en, "2027-08-05 09:30", lang="en")
    a(
        "harcourt-monday-30-august",
        "exchange_online",
        p,
        o,
        1,
        [
            "Thank you for your email.",
            "",
            "I am out of the office until Monday 30 August and will reply on my return. For urgent orders, please "
            "contact orders@harcourt-wines.example.",
            "",
            "James Harcourt",
            "Harcourt Wines Ltd – Bordeaux",
        ],
        "2027-08-30",
        lang="en",
    )

    # Swiss: a Geneva fiduciary, and a private bank's back office (French / German / English)
    p = P("Martine Chappuis", "m.chappuis@fiduciaire-leman.example")
    o = mk("a-chappuis", "cp", p, T_frontalier, "2027-08-02 10:00", greet="Bonjour Madame Chappuis,")
    a(
        "chappuis-20-08-2027",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis absente jusqu'au 20.08.2027. En cas d'urgence, veuillez contacter ma collègue Mme Sandrine Borel "
            "(s.borel@fiduciaire-leman.example).",
            "",
            "Meilleures salutations",
            "Martine Chappuis",
            "Fiduciaire Léman SA – Genève",
        ],
        "2027-08-20",
        country="CH",
    )

    p = P("Nadine Amstutz", "n.amstutz@banque-du-rhone.example")
    o = mk("a-amstutz", "cp", p, T_banque, "2027-08-04 14:00", greet="Bonjour Madame Amstutz,", client="M. Alain Favre")
    a(
        "amstutz-bis-und-mit",
        "exchange_online",
        p,
        o,
        1,
        [
            "Je suis absente jusqu'au 13 août inclus. Pour toute question, merci d'écrire à "
            "backoffice@banque-du-rhone.example.",
            "",
            "Ich bin bis und mit 13. August abwesend. Bitte wenden Sie sich an backoffice@banque-du-rhone.example.",
            "",
            "I am out of the office until 13 August inclusive. Please contact backoffice@banque-du-rhone.example.",
            "",
            "Nadine Amstutz",
            "Banque du Rhône SA – Back office titres",
        ],
        "2027-08-13",
        country="CH",
    )

    # Belgian firm: national holiday week
    p = P("Lambert & Fils", "info@lambert-fils.example")
    o = mk("a-lambert", "cp", p, T_bilan, "2027-07-20 10:00", greet="Bonjour Monsieur Lambert,")
    a(
        "lambert-fete-nationale",
        "exchange_online",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Nos bureaux sont fermés du 19 au 23 juillet (fête nationale). Réouverture le lundi 26 juillet.",
            "",
            "Bien à vous,",
            "L'équipe Lambert & Fils",
        ],
        "2027-07-26",
        country="BE",
    )

    # ------------------------------------------------ Outlook.com / Hotmail
    p = P("Thierry Lagrange", "thierry.lagrange@hotmail.fr")
    o = mk("a-lagrange", None, p, T_lettre, "2027-08-03 09:00")
    a(
        "lagrange-jusquau-31-08",
        "outlook_com",
        p,
        o,
        3,
        [
            "Bonjour,",
            "",
            "Je suis absent jusqu'au 31/08 ; je répondrai à votre message à mon retour.",
            "",
            "T. Lagrange",
        ],
        "2027-08-31",
        relay=("EUR01-DB5-obe.outbound.protection.outlook.com", "198.51.100.88"),
    )

    # ------------------------------------------------ Gmail vacation responder
    p = P("Sabine Leclerc", "sabine.leclerc56@gmail.com")
    o = mk("a-leclerc", None, p, T_lettre, "2027-07-08 09:00")
    a(
        "leclerc-a-partir-du-2-08",
        "gmail_vacation",
        p,
        o,
        4,
        ["Bonjour,", "", "Je suis en vacances sans ordinateur. Je lirai vos messages à partir du 2/08.", "", "Sabine"],
        "2027-08-02",
        subject="Absente",
        relay=("mail-wr1-f54.google.com", "198.51.100.94"),
    )

    p = P("Robert Fenwick", "bob.fenwick.lot@gmail.com")
    o = mk("a-fenwick", None, p, T_letter_en, "2027-07-08 09:30", lang="en")
    a(
        "fenwick-until-10th-august",
        "gmail_vacation",
        p,
        o,
        2,
        [
            "Hello,",
            "",
            "I'm away until 10th August with limited access to email. For anything urgent about the gîtes, please "
            "ring Claire on 06 39 98 52 11.",
            "",
            "Bob",
        ],
        "2027-08-10",
        lang="en",
        relay=("mail-wm1-f43.google.com", "198.51.100.95"),
    )

    p = P("Château Grand Tertre", "contact@chateau-grand-tertre.example")
    o = mk("a-grandtertre", "jc", p, T_reunion, "2027-09-08 10:00", greet="Bonjour Monsieur Dutilh,")
    a(
        "grand-tertre-mi-octobre",
        "gmail_vacation",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Vendanges en cours : je consulte peu mes mails jusqu'à mi-octobre.",
            "Pour une commande ou un enlèvement, appelez le chai au 01 99 00 33 61.",
            "",
            "Étienne Dutilh",
            "Château Grand Tertre – Saint-Émilion grand cru",
        ],
        None,
        subject="Vendanges 2027",
        relay=("mail-ed1-f41.google.com", "198.51.100.96"),
    )

    # ------------------------------------------------ Free (Zimbra), Vidéotron (Zimbra)
    p = P("Hervé Lagarde", "herve.lagarde@free.fr")
    o = mk("a-lagarde", "jc", p, T_bilan, "2027-07-12 09:30", greet="Bonjour Monsieur Lagarde,")
    a(
        "lagarde-23-07-2027",
        "free_zimbra",
        p,
        o,
        1,
        ["Je suis absent jusqu'au 23/07/2027 inclus.", "Je vous répondrai à mon retour.", "", "Hervé Lagarde"],
        "2027-07-23",
        subject="Absent",
        relay=("smtp1-g21.free.fr", "203.0.113.47"),
    )

    p = P("Annie Poulain", "annie.poulain@free.fr")
    o = mk("a-poulain", None, p, T_lettre, "2027-08-03 09:00")
    a(
        "poulain-1er-au-15-retour-16",
        "free_zimbra",
        p,
        o,
        1,
        ["Bonjour,", "Absente du 1er au 15 août, de retour le lundi 16.", "Annie"],
        "2027-08-16",
        relay=("smtp2-g21.free.fr", "203.0.113.49"),
    )

    p = P("Marc-André Tremblay", "ma.tremblay@videotron.ca")
    o = mk("a-tremblay", "av", p, T_heritier_qc, "2027-07-28 15:00", greet="Bonjour Monsieur Tremblay,")
    a(
        "tremblay-vacances-9-aout",
        "videotron_zimbra",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis présentement en vacances jusqu'au 6 août. De retour le lundi 9 août.",
            "Je prendrai connaissance de votre courriel à mon retour.",
            "",
            "Merci et bonne journée!",
            "Marc-André Tremblay",
        ],
        "2027-08-09",
        country="QC",
        subject="Absence du bureau",
        relay=("smtp.videotron.ca", "203.0.113.161"),
    )

    # ------------------------------------------------ Sieve vacation (OVH, o2switch)
    p = P("Cabinet du Dr Catherine Vallet", "cabinet.vallet@medecins-vertou.example")
    o = mk("a-vallet", "sl", p, T_bilan, "2027-08-05 10:00", greet="Bonjour Docteur,")
    a(
        "vallet-cabinet-ferme",
        "sieve_vacation",
        p,
        o,
        1,
        [
            "Le cabinet est fermé du 9 au 27 août.",
            "En cas d'urgence, composez le 15.",
            "Pour un renouvellement d'ordonnance, adressez-vous au Dr Hamon (01 99 00 58 20).",
            "",
            "Dr Catherine Vallet",
        ],
        "2027-08-27",
        relay=("mo553.mail-out.ovh.net", "198.51.100.111"),
    )

    p = P("Ébénisterie Morvan", "atelier@ebenisterie-morvan.example")
    o = mk("a-morvan", "av", p, T_pieces, "2027-07-27 11:00", greet="Bonjour Monsieur Morvan,")
    a(
        "morvan-retour-16-aout",
        "sieve_vacation",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "L'atelier est fermé. Absent du 26 juillet au 13 août inclus. Retour le lundi 16 août.",
            "",
            "Yann Morvan",
            "Ébénisterie Morvan – Thônes",
        ],
        "2027-08-16",
        relay=("node71-eu.o2switch.net", "198.51.100.127"),
    )

    # ------------------------------------------------ Orange, La Poste, Yahoo, Proximus responders
    p = P("GAEC des Trois Chênes", "gaec.troischenes@orange.fr")
    o = mk("a-troischenes", "jc", p, T_reunion, "2027-09-01 10:00", greet="Bonjour,")
    a(
        "trois-chenes-reprise-15-septembre",
        "orange_webmail",
        p,
        o,
        2,
        [
            "Bonjour,",
            "Nous sommes en congés. Reprise le 15 septembre.",
            "Pour les livraisons de bois, appeler le 06 39 98 44 12.",
            "GAEC des Trois Chênes",
        ],
        "2027-09-15",
        relay=("smtp.orange.fr", "203.0.113.24"),
    )

    p = P("Françoise Maury", "francoise.maury@laposte.net")
    o = mk("a-maury", "hm", p, T_bilan, "2027-08-30 10:00", greet="Bonjour Madame Maury,")
    a(
        "maury-mardi-7-09",
        "laposte_webmail",
        p,
        o,
        1,
        ["Bonjour,", "Absente jusqu'au mardi 7/09. Je vous répondrai à mon retour.", "F. Maury"],
        "2027-09-07",
        subject="Absente",
        relay=("smtp.laposte.net", "203.0.113.59"),
    )

    p = P("Isabelle Cornu", "isabelle.cornu@yahoo.fr")
    o = mk("a-cornu", None, p, T_lettre, "2027-08-03 09:00")
    a(
        "cornu-vacances-22-aout",
        "yahoo_vacation",
        p,
        o,
        5,
        ["Bonjour,", "", "Je suis en vacances jusqu'au 22 août.", "", "Isabelle"],
        "2027-08-22",
        relay=("sonic310-24.consmr.mail.ir2.yahoo.com", "198.51.100.73"),
    )

    p = P("Gisèle Arnal", "gisele.arnal@yahoo.fr")
    o = mk("a-arnal", "hm", p, T_pieces, "2027-07-30 10:00", greet="Bonjour Madame Arnal,")
    a(
        "arnal-retour-mi-aout",
        "yahoo_vacation",
        p,
        o,
        1,
        ["Bonjour,", "Je suis absente, de retour mi-août.", "Gisèle Arnal"],
        None,
        relay=("sonic315-20.consmr.mail.ir2.yahoo.com", "198.51.100.74"),
    )

    p = P("Christine Dufrasne", "christine.dufrasne@skynet.be")
    o = mk("a-dufrasne", None, p, T_lettre, "2027-08-03 09:00")
    a(
        "dufrasne-conge-16-aout-inclus",
        "proximus_webmail",
        p,
        o,
        1,
        [
            "Bonjour,",
            "",
            "Je suis en congé jusqu'au lundi 16 août inclus. Je vous répondrai dès mon retour.",
            "",
            "Bien à vous,",
            "Christine Dufrasne",
        ],
        "2027-08-16",
        country="BE",
        subject="Absente",
        relay=("mailsec112.isp.belgacom.be", "203.0.113.141"),
    )

    # ------------------------------------------------ acknowledgements (no absence)
    p = P("Étude Rivière & Coutant", "accueil@riviere-coutant-notaires.example")
    o = mk("a-etude", "tg", p, T_notaire, "2027-09-16 10:00", greet="Maître,", defunt="M. Gaston Leray", ville="Oudon")
    a(
        "etude-accuse-reception",
        "acknowledgement",
        p,
        o,
        0,
        [
            "Madame, Monsieur,",
            "",
            "Votre message a bien été reçu par l'Étude. Il sera transmis au notaire ou au collaborateur en charge du "
            "dossier et traité dans les meilleurs délais.",
            "",
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
            "",
            "Étude Rivière & Coutant, notaires associés",
        ],
        None,
        relay=("mail.riviere-coutant-notaires.example", "203.0.113.171"),
    )

    p = P("Banque Océane – Service Titres", "service.titres@banque-oceane.example")
    o = mk("a-oceane", "nb", p, T_banque, "2027-09-09 15:00", greet="Bonjour,", client="Mme Lucette Baylac")
    a(
        "oceane-48-heures",
        "acknowledgement",
        p,
        o,
        0,
        [
            "Bonjour,",
            "",
            "Nous accusons réception de votre demande. Elle sera traitée sous 48 heures ouvrées.",
            "",
            "Banque Océane, Service Titres",
            "Ce message est généré automatiquement, merci de ne pas y répondre.",
        ],
        None,
        relay=("relais.banque-oceane.example", "203.0.113.181"),
    )
    return out
