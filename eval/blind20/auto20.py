"""blind20: automatic replies (out-of-office, vacation notices, desks' acknowledgements) to the firm's messages."""

from datetime import timedelta

from kit20 import BERNASCONI, BRUNNER, FAVRE, WYSS, letter, review
from mime12 import L, rng, thread_index
from mime20 import P, build, date_hdr, dt, gmail_mid, html_divs, outlook_mid, subj, uuid_mid

OOF_PREFIX = {
    "fr": "Réponse automatique : ",
    "de": "Automatische Antwort: ",
    "it": "Risposta automatica: ",
    "en": "Automatic reply: ",
}


def _html_simple(lines):
    return html_divs([("raw", lines)], "owa")


def auto(key, lang, client, frm, orig, date, body, until, subject=None, html=True, headers=(), mid=None):
    d = dt(date)
    if d < orig.date:
        raise SystemExit(f"{key}: dated before {orig.key}")
    if d == orig.date:  # sent within the minute
        d = d + timedelta(seconds=rng("b20", key, "sec").randrange(4, 50))
    lines = L(body) if isinstance(body, str) else body
    s = subject if subject is not None else OOF_PREFIX[lang] + orig.subject
    h = [
        ("From", frm.a()),
        ("To", orig.frm.a()),
        ("Subject", subj(s)),
        ("Date", date_hdr(d)),
        ("Message-ID", mid or outlook_mid(key)),
        ("In-Reply-To", orig.mid),
        ("References", orig.mid),
        *headers,
    ]
    raw = build(h, lines, _html_simple(lines) if html else None, key=key)
    return dict(
        client=client,
        lang=lang,
        kind="auto_reply",
        slug=key,
        raw=raw,
        new_text=[],
        mode=None,
        top=False,
        extra={"until": until},
        opt_out=False,
    )


def exchange(key, lang, frm, orig, date, body, until, html=True):
    r = rng("b20", key, "ti")
    hs = [
        ("Thread-Topic", subj(orig.subject)),
        ("Thread-Index", thread_index(r, 1)),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", frm.email),
        ("Content-Language", {"fr": "fr-CH", "de": "de-CH", "it": "it-CH", "en": "en-GB"}[lang]),
        ("X-MS-Has-Attach", ""),
    ]
    return auto(key, lang, "exchange", frm, orig, date, body, until, html=html, headers=hs)


def cases():
    out = []
    # --- Exchange out-of-office -------------------------------------------------------------------------------
    p = P("Céline Aebischer", "celine.aebischer@groupe-mutuel-romand.example")
    o = review("ooo-aebischer", "fr", [p], "Bonjour Madame Aebischer,", "2027-03-02 08:50")
    out.append(
        exchange(
            "ooo-aebischer",
            "fr",
            p,
            o,
            "2027-03-02 08:51",
            """
            Bonjour,

            Je suis absente du bureau et serai de retour le lundi 8 mars. Vos messages ne seront pas transférés.
            Pour toute urgence, vous pouvez contacter notre réception au +41 21 555 01 00.

            Meilleures salutations
            Céline Aebischer
            """,
            "2027-03-08",
        )
    )
    p = P("Stefan Egli", "stefan.egli@egli-elektro.example")
    o = review("ooo-egli", "de", [p], "Sehr geehrter Herr Egli", "2027-03-02 09:10")
    out.append(
        exchange(
            "ooo-egli",
            "de",
            p,
            o,
            "2027-03-02 09:10",
            """
            Guten Tag

            Ich bin bis 12.3.2027 abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@egli-elektro.example.

            Freundliche Grüsse
            Stefan Egli
            """,
            "2027-03-12",
        )
    )
    p = P("Daniela Pellandini", "daniela.pellandini@pellandini-sa.example")
    o = review("ooo-pellandini", "it", [p], "Gentile Signora Pellandini,", "2027-03-02 10:05")
    out.append(
        exchange(
            "ooo-pellandini",
            "it",
            p,
            o,
            "2027-03-02 10:05",
            """
            Buongiorno,

            sarò assente dal 3 al 14 marzo con accesso limitato alla posta elettronica. Per questioni urgenti può rivolgersi alla mia collega Sara Vanoni (sara.vanoni@pellandini-sa.example).

            Cordiali saluti
            Daniela Pellandini
            """,
            "2027-03-14",
        )
    )
    p = P("James Whitfield", "james.whitfield@whitfield-advisory.example")
    o = review("ooo-whitfield", "en", [p], "Dear Mr Whitfield,", "2027-03-02 11:05")
    out.append(
        exchange(
            "ooo-whitfield",
            "en",
            p,
            o,
            "2027-03-02 11:05",
            """
            Thank you for your email. I am out of the office until Friday 19 March with limited access to email. I will respond as soon as possible on my return.

            For anything urgent please contact my assistant, Jane Barker, on +44 20 7946 0456.

            James
            """,
            "2027-03-19",
        )
    )
    p = P("Corinne Steiner", "corinne.steiner@steiner-anwaelte.example")
    o = letter(
        "ooo-steiner",
        BRUNNER,
        "brunner",
        "de",
        [p],
        "Sehr geehrte Frau Steiner",
        "2027-03-08 14:00",
        "Stiftung Steiner - Unterlagen Revision",
        "Für die Revision der Stiftung benötigen wir noch den unterzeichneten Jahresbericht 2026.",
    )
    out.append(
        exchange(
            "ooo-steiner",
            "de",
            p,
            o,
            "2027-03-08 14:00",
            """
            Vielen Dank für Ihre Nachricht. Ich bin vom 8. bis 19. März 2027 abwesend. Ihre E-Mail wird nicht weitergeleitet; in dringenden Fällen wenden Sie sich bitte an unser Sekretariat, Tel. +41 31 555 01 10.

            Merci pour votre message. Je suis absente du 8 au 19 mars 2027. En cas d'urgence, veuillez contacter notre secrétariat.

            Thank you for your message. I am out of the office from 8 to 19 March 2027. For urgent matters please contact our office.

            Corinne Steiner
            Rechtsanwältin | Steiner Anwälte AG | Bern
            """,
            "2027-03-19",
        )
    )
    p = P("Isabelle Favre", "isabelle.favre@hopital-nord.example")
    o = review("ooo-ifavre", "fr", [p], "Bonjour Madame Favre,", "2027-03-02 08:52")
    out.append(
        exchange(
            "ooo-ifavre",
            "fr",
            p,
            o,
            "2027-03-02 08:52",
            """
            Bonjour,
            Je suis actuellement absente et n'ai qu'un accès limité à ma messagerie. Je traiterai votre message dès que possible.
            Cordialement,
            Isabelle Favre
            """,
            None,
        )
    )
    p = P("Roman Hess", "roman.hess@hess-bau.example")
    o = review("ooo-hess", "de", [p], "Sehr geehrter Herr Hess", "2027-03-02 09:11")
    out.append(
        exchange(
            "ooo-hess",
            "de",
            p,
            o,
            "2027-03-02 09:11",
            """
            Grüezi

            Ich bin zurzeit nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

            Freundliche Grüsse
            Roman Hess
            """,
            None,
        )
    )
    p = P("Luca Crivelli", "luca.crivelli@crivelli-trasporti.example")
    o = letter(
        "ooo-crivelli",
        BERNASCONI,
        "bernasconi",
        "it",
        [p],
        "Gentile Signor Crivelli,",
        "2027-03-09 09:10",
        "Polizza auto - documenti mancanti per il rinnovo",
        "la sua polizza auto scade il 31 marzo 2027. Ci mancano ancora la licenza di circolazione e l'attestato dei sinistri.",
    )
    out.append(
        exchange(
            "ooo-crivelli",
            "it",
            p,
            o,
            "2027-03-09 09:10",
            """
            Buongiorno,
            sono assente fino a lunedì 22 marzo compreso. La sua e-mail non verrà inoltrata.
            Grazie e cordiali saluti
            Luca Crivelli
            """,
            "2027-03-22",
        )
    )
    p = P("Rebecca Shaw", "rebecca.shaw@shaw-holdings.example")
    o = review("ooo-shaw", "en", [p], "Dear Ms Shaw,", "2027-03-02 11:06")
    out.append(
        exchange(
            "ooo-shaw",
            "en",
            p,
            o,
            "2027-03-02 11:06",
            """
            Hello,

            I am currently on maternity leave until the end of September. During this time my emails are not monitored. Please contact Mark Ellis (mark.ellis@shaw-holdings.example) for anything relating to Shaw Holdings.

            Thank you,
            Rebecca
            """,
            None,
        )
    )
    p = P("Julien Rey", "julien.rey@rey-gerance.example")
    o = letter(
        "ooo-rey",
        FAVRE,
        "favre",
        "fr",
        [p],
        "Monsieur,",
        "2027-03-19 16:00",
        "Assurance bâtiment - immeuble Route de Chêne 44",
        "Pourriez-vous me transmettre l'état locatif à jour de l'immeuble pour l'offre d'assurance bâtiment ?",
    )
    out.append(
        exchange(
            "ooo-rey",
            "fr",
            p,
            o,
            "2027-03-19 16:01",
            """
            Madame, Monsieur,

            Je serai absent du 26 mars au 6 avril 2027 (vacances de Pâques). Pour toute question urgente, veuillez vous adresser à gerance@rey-gerance.example.

            Meilleures salutations
            Julien Rey
            """,
            "2027-04-06",
        )
    )
    p = P("Philip Carter", "philip.carter@carter-co.example")
    o = review("ooo-carter", "en", [p], "Dear Mr Carter,", "2027-03-02 11:07")
    out.append(
        exchange(
            "ooo-carter",
            "en",
            p,
            o,
            "2027-03-02 11:07",
            """
            Philip Carter no longer works at Carter & Co. This mailbox is not monitored.
            Please send your message to office@carter-co.example.
            """,
            None,
        )
    )

    # --- HCL Notes --------------------------------------------------------------------------------------------
    p = P("Werner Zimmermann", "werner.zimmermann@zimmermann-ag.example")
    o = letter(
        "ooo-zimmermann",
        WYSS,
        "wyss",
        "de",
        [p],
        "Sehr geehrter Herr Zimmermann",
        "2027-03-05 10:00",
        "Ihre Säule 3a - Einzahlung 2027",
        "Für 2027 beträgt der Maximalbetrag wieder CHF 7'258.",
    )
    out.append(
        auto(
            "ooo-zimmermann",
            "de",
            "notes",
            p,
            o,
            "2027-03-05 10:01",
            """
            Ich werde ab  05.03.2027 nicht im Büro sein. Ich kehre zurück am 15.03.2027.

            Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an Frau M. Keller, Tel. +41 52 555 01 30.
            """,
            "2027-03-15",
            subject="Abwesenheitsnotiz: Ihre Säule 3a - Einzahlung 2027",
            html=False,
            headers=[
                ("Auto-Submitted", "auto-replied"),
                ("X-Mailer", "HCL Notes Release 12.0.2FP4 June 14, 2024"),
                ("X-Autoreply", "yes"),
            ],
        )
    )

    # --- webmail / Gmail vacation notices ----------------------------------------------------------------------
    p = P("Giovanni Bernasconi", "giovanni.bernasconi@gmail.example")
    o = review("ooo-gbernasconi", "it", [p], "Gentile Signor Bernasconi,", "2027-03-02 10:06")
    out.append(
        auto(
            "ooo-gbernasconi",
            "it",
            "gmail",
            p,
            o,
            "2027-03-02 10:07",
            """
            Sono in ferie fino al 21.3. e leggo la posta solo saltuariamente.
            Saluti, Giovanni
            """,
            "2027-03-21",
            subject="Re: " + o.subject,
            headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
            mid=gmail_mid("ooo-gbernasconi"),
        )
    )
    p = P("Josiane Rochat", "josiane.rochat@bluewin.example")
    o = letter(
        "ooo-jrochat",
        FAVRE,
        "favre",
        "fr",
        [p],
        "Madame,",
        "2027-03-04 10:12",
        "Renouvellement de votre assurance ménage et RC privée au 1er avril",
        "Votre contrat d'assurance ménage arrive à échéance le 1er avril 2027.",
    )
    out.append(
        auto(
            "ooo-jrochat",
            "fr",
            "bluewin_webmail",
            p,
            o,
            "2027-03-04 10:12",
            """
            Bonjour,
            Je suis en vacances jusqu'au 15.03.2027 et ne consulte pas mes e-mails.
            Josiane Rochat
            """,
            "2027-03-15",
            subject="Absence: Renouvellement de votre assurance ménage et RC privée au 1er avril",
            html=False,
            headers=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Mailer", "Open-Xchange Mailer v8.22.41")],
            mid="<1847203311.55012@bluewin.example>",
        )
    )
    p = P("Monika Brügger", "monika.bruegger@gmx.example")
    o = letter(
        "ooo-bruegger",
        BRUNNER,
        "brunner",
        "de",
        [p],
        "Sehr geehrte Frau Brügger",
        "2027-03-05 10:05",
        "Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
        "Gerne laden wir Sie zu unserem Anlageausblick Frühling 2027 ein.",
    )
    out.append(
        auto(
            "ooo-bruegger",
            "de",
            "gmx_webmail",
            p,
            o,
            "2027-03-05 10:05",
            """
            Guten Tag

            Ich bin vom 5. März bis und mit 20. März 2027 in den Ferien und lese meine E-Mails nicht. Ab dem 22. März bin ich wieder erreichbar.

            Freundliche Grüsse
            Monika Brügger
            """,
            "2027-03-20",
            subject="Abwesenheit: Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
            headers=[("Auto-Submitted", "auto-replied"), ("X-UI-Message-Type", "autoresponder")],
            mid="<trinity-a55012f3-0b7e-4f0c-9d21-55012aa0e1c1-1772780400000@3c-app-gmx-bs55>",
        )
    )
    p = P("Urs Gasser", "urs.gasser@hispeed.example")
    o = letter(
        "ooo-gasser",
        BRUNNER,
        "brunner",
        "de",
        [p],
        "Sehr geehrter Herr Gasser",
        "2027-03-05 10:06",
        "Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
        "Gerne laden wir Sie zu unserem Anlageausblick Frühling 2027 ein.",
    )
    out.append(
        auto(
            "ooo-gasser",
            "de",
            "hispeed_webmail",
            p,
            o,
            "2027-03-05 10:06",
            """
            Bin bis Mo. 15.3. in den Skiferien, ab dann wieder erreichbar.
            Gruss Urs
            """,
            "2027-03-15",
            subject="Auto: Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
            html=False,
            headers=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
            mid="<sieve-vacation.55012.1772701560@mx.hispeed.example>",
        )
    )
    p = P("Caroline Mercier", "caroline.mercier@icloud.example")
    o = review("ooo-mercier", "fr", [p], "Bonjour Madame Mercier,", "2027-03-02 08:53")
    out.append(
        auto(
            "ooo-mercier",
            "fr",
            "icloud",
            p,
            o,
            "2027-03-02 08:55",
            ["Absente jusqu'au 17 mars inclus, je vous répondrai à mon retour.", "Caroline Mercier"],
            "2027-03-17",
            subject="Re: " + o.subject,
            html=False,
            headers=[("Auto-Submitted", "auto-replied")],
            mid=uuid_mid("ooo-mercier", "icloud.example"),
        )
    )
    p = P("Thomas Andersen", "t.andersen@andersen-shipping.example")
    o = review("ooo-andersen", "en", [p], "Dear Mr Andersen,", "2027-03-02 11:08")
    out.append(
        exchange(
            "ooo-andersen",
            "en",
            p,
            o,
            "2027-03-02 11:08",
            """
            I'm travelling with limited access to e-mail until 16/03. I'll get back to you as soon as I can.

            Thomas Andersen
            """,
            "2027-03-16",
        )
    )

    return out
