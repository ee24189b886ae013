"""Automatic replies (out of office, autoresponders, read receipts), English and French."""

from __future__ import annotations

from datetime import datetime, timedelta

from common import (
    NEW_YORK,
    PARIS,
    UTC,
    Case,
    Person,
    Tracked,
    apple_mid,
    generic_mid,
    gmail_mid,
    html_escape,
    outlook_mid,
    report,
    rfcdate,
    simple_message,
    text_part,
    thread_index,
    with_headers,
)
from tracked import en1, en2, en3, fr1, fr2, fr3

P = Person


def exchange_oof(
    slug: str,
    t: Tracked,
    who: Person,
    body: list[str],
    until: str | None,
    *,
    after: timedelta = timedelta(minutes=1),
    html_only: bool = False,
    subject: str | None = None,
) -> Case:
    fr = t.lang == "fr"
    when = (t.sent + after).astimezone(UTC)
    headers = [
        ("From", who.header()),
        ("To", t.sender.header()),
        ("Subject", subject or (("Réponse automatique : " if fr else "Automatic reply: ") + t.subject)),
        ("Thread-Topic", t.subject),
        ("Thread-Index", thread_index()),
        ("Date", rfcdate(when)),
        ("Message-ID", outlook_mid()),
        ("References", t.message_id),
        ("In-Reply-To", t.message_id),
        ("Accept-Language", "fr-FR, en-US" if fr else "en-US"),
        ("Content-Language", "fr-FR" if fr else "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-parent-message-id", t.message_id),
        ("auto-submitted", "auto-generated"),
        ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    text = "\n".join(body) + "\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + "".join(
            f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
            f"{html_escape(ln) or '<br>'}</div>"
            for ln in body
        )
        + "</body></html>"
    )
    msg = simple_message(headers, None if html_only else text, html)
    return Case(
        slug, msg, {"kind": "auto_reply", "until": until, "opt_out": False, "lang": t.lang, "client": "exchange"}
    )


def generic_auto(
    slug: str,
    t: Tracked,
    who: Person,
    subject: str,
    body: list[str],
    until: str | None,
    headers_extra: list[tuple[str, str]],
    *,
    after: timedelta = timedelta(minutes=2),
    mid: str | None = None,
    client: str = "other",
) -> Case:
    when = t.sent + after
    headers = [
        ("MIME-Version", "1.0"),
        ("Date", rfcdate(when)),
        ("From", who.header()),
        ("To", t.sender.header()),
        ("Subject", subject),
        ("Message-ID", mid or generic_mid(who.domain)),
        ("In-Reply-To", t.message_id),
        ("References", t.message_id),
        *headers_extra,
    ]
    msg = simple_message(headers, "\n".join(body) + "\n")
    return Case(slug, msg, {"kind": "auto_reply", "until": until, "opt_out": False, "lang": t.lang, "client": client})


def mdn(slug: str, t: Tracked, who: Person, fr: bool) -> Case:
    when = t.sent + timedelta(hours=1, minutes=7)
    d = t.sent
    if fr:
        human_text = (
            f"Votre message\n\n  À : {who.name}\n  Objet : {t.subject}\n"
            f"  Envoyé : {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}\n\n"
            f"a été lu le {when.day:02d}/{when.month:02d}/{when.year} {when.hour:02d}:{when.minute:02d}.\n"
        )
        subject = "Lu : " + t.subject
    else:
        human_text = (
            f"Your message\n\n  To: {who.name}\n  Subject: {t.subject}\n"
            f"  Sent: {d.month}/{d.day}/{d.year} {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}\n\n"
            f"was read on {when.month}/{when.day}/{when.year} {when.hour % 12 or 12}:{when.minute:02d} "
            f"{'AM' if when.hour < 12 else 'PM'}.\n"
        )
        subject = "Read: " + t.subject
    from email import message_from_string

    disp = message_from_string(
        "Content-Type: message/disposition-notification\n\n"
        f"Reporting-UA: {who.domain}; Microsoft Exchange Server\n"
        f"Final-Recipient: rfc822;{who.address}\n"
        f"Original-Message-ID: {t.message_id}\n"
        "Disposition: automatic-action/MDN-sent-automatically; displayed\n"
    )
    outer = report([text_part(human_text), disp], "disposition-notification")
    msg = with_headers(
        outer,
        [
            ("From", who.header()),
            ("To", t.sender.header()),
            ("Subject", subject),
            ("Thread-Topic", t.subject),
            ("Date", rfcdate(when)),
            ("Message-ID", outlook_mid()),
            ("References", t.message_id),
            ("In-Reply-To", t.message_id),
            ("Content-Language", "fr-FR" if fr else "en-US"),
        ],
    )
    return Case(slug, msg, {"kind": "auto_reply", "until": None, "opt_out": False, "lang": t.lang, "client": "mdn"})


def auto_cases() -> list[Case]:
    c: list[Case] = []
    # ---------------------------------------------------------------- English
    jane = P("Jane Doe", "jane.doe@contoso.com")
    c.append(
        exchange_oof(
            "en-exchange-ooo-until-monday",
            en1(jane),
            jane,
            [
                "Thank you for your email. I am out of the office until Monday, December 9, with limited access to email.",
                "For urgent matters, please contact Mark Lee at mark.lee@contoso.com.",
                "",
                "Best regards,",
                "Jane Doe",
            ],
            "2024-12-09",
        )
    )
    leo = P("Leo Fischer", "leo.fischer@tailspin.com")
    c.append(
        exchange_oof(
            "en-exchange-parental-leave",
            en1(leo),
            leo,
            [
                "Hi,",
                "",
                "I'm currently on parental leave and will be back on January 6th, 2025. During this time I will "
                "not be checking email.",
                "Please reach out to team-sales@tailspin.com and a colleague will help you.",
                "",
                "Leo",
            ],
            "2025-01-06",
        )
    )
    xmas = datetime(2024, 12, 19, 16, 20, tzinfo=UTC)
    ruth = P("Ruth Evans", "ruth.evans@wingtip.co.uk")
    c.append(
        exchange_oof(
            "en-exchange-uk-range",
            en1(ruth, xmas),
            ruth,
            [
                "I am away from the office from 20 December to 3 January inclusive and will reply on my return.",
                "",
                "Kind regards,",
                "Ruth Evans",
            ],
            "2025-01-03",
        )
    )
    carlos = P("Carlos Medina", "cmedina@adventure-works.com")
    c.append(
        exchange_oof(
            "en-exchange-us-numeric",
            en1(carlos),
            carlos,
            [
                "I'm out of the office and will return on 12/09/2024. I will respond to your message when I return.",
                "",
                "Carlos Medina",
                "Adventure Works",
            ],
            "2024-12-09",
        )
    )
    olga = P("Olga Ivanova", "olga.ivanova@litware.com")
    c.append(
        exchange_oof(
            "en-exchange-no-date",
            en2(olga),
            olga,
            ["I'm out of office with no access to email. Please contact support@litware.com for anything urgent."],
            None,
        )
    )
    ken = P("Ken Watanabe", "ken.watanabe@proseware.com")
    c.append(
        exchange_oof(
            "en-exchange-travelling",
            en3(ken),
            ken,
            [
                "Thanks for your message. I'm travelling this week with limited access to email and will respond as soon",
                "as I can.",
            ],
            None,
        )
    )
    holiday = datetime(2024, 12, 23, 10, 0, tzinfo=NEW_YORK)
    amy = P("Amy Foster", "amy.foster@gmail.com")
    c.append(
        generic_auto(
            "en-gmail-vacation-jan2",
            en1(amy, holiday),
            amy,
            "Out of office",
            ["Hi,", "", "I'm on vacation until Jan 2 and will respond when I'm back.", "", "Amy"],
            "2025-01-02",
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    nick = P("Nick Burns", "nick@driftwood.studio")
    t = en2(nick)
    c.append(
        generic_auto(
            "en-gmail-vacation-re-subject",
            t,
            nick,
            "Re: " + t.subject,
            ["I'm out of the office until next week. I'll get back to you as soon as I can."],
            None,
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    tess = P("Tess Morgan", "tess@morgan-creative.com")
    c.append(
        generic_auto(
            "en-gmail-vacation-back-monday",
            en2(tess),
            tess,
            "Away",
            ["Back on Monday! I'll get to your email then."],
            "2025-01-20",
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    ryan = P("Ryan Cole", "ryan.cole@icloud.com")
    c.append(
        generic_auto(
            "en-icloud-vacation",
            en3(ryan),
            ryan,
            "Re: Following up on our call",
            ["I'm away until 24 March and checking email only occasionally.", "", "Ryan"],
            "2025-03-24",
            [("Auto-Submitted", "auto-replied"), ("X-Apple-Action", "vacation")],
            mid=apple_mid("icloud.com"),
            client="icloud",
        )
    )
    rachel = P("Rachel Green", "rachel.green@centralperk-corp.com")
    t = en3(rachel)
    c.append(
        generic_auto(
            "en-notes-auto-subject",
            t,
            rachel,
            "AUTO: Rachel Green is out of the office (returning 03/17/2025)",
            [
                "I am out of the office from 03/04/2025 until 03/17/2025.",
                "",
                "I will respond to your message when I return.",
                "",
                f'Note: This is an automated response to your message  "{t.subject}" sent on 3/4/2025 3:40:00 PM.',
                "",
                "This is the only notification you will receive while this person is away.",
            ],
            "2025-03-17",
            [
                ("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 05, 2019"),
                (
                    "X-MIMETrack",
                    "Serialize by Router on NOTES01/Central(Release 9.0.1FP10|February 05, 2019) at 03/04/2025 03:42:11 PM",
                ),
            ],
            client="notes",
        )
    )
    dental = P("Pinecrest Dental", "info@pinecrestdental.com")
    t = en1(dental)
    c.append(
        generic_auto(
            "en-cpanel-autorespond",
            t,
            dental,
            "Autoreply: " + t.subject,
            [
                "Thanks for contacting Pinecrest Dental. We have received your email and will respond within 2 business days.",
                "",
                "For appointments, call (555) 201-3344.",
            ],
            None,
            [("X-Autorespond", t.subject), ("Precedence", "auto_reply")],
            client="cpanel",
        )
    )
    sup = P("Acme Support", "support@acme-saas.com")
    t = en2(sup)
    c.append(
        generic_auto(
            "en-zendesk-ack",
            t,
            sup,
            "[Request received] " + t.subject,
            [
                "##- Please type your reply above this line -##",
                "",
                "Your request (48213) has been received and is being reviewed by our support staff.",
                "",
                "To add additional comments, reply to this email.",
            ],
            None,
            [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("X-Auto-Response-Suppress", "All")],
            client="zendesk",
        )
    )
    helen = P("Helen Ward", "helen.ward@tailwindtraders.com")
    t = en1(helen)
    c.append(
        generic_auto(
            "en-exchange-rule-template",
            t,
            helen,
            "Out of office",
            ["I have left Tailwind Traders. Please contact sales@tailwindtraders.com for any enquiries."],
            None,
            [("X-MS-Exchange-Inbox-Rules-Loop", helen.address), ("Thread-Topic", t.subject)],
            mid=outlook_mid(),
            client="exchange-rule",
        )
    )
    mike = P("Michael Allen", "michael.allen@contoso.com")
    c.append(
        exchange_oof(
            "en-exchange-no-longer-works",
            en3(mike),
            mike,
            [
                "Michael no longer works at Contoso. Please direct your inquiries to partners@contoso.com.",
                "",
                "This mailbox is not monitored.",
            ],
            None,
        )
    )
    dave = P("Dave Miller", "dave@millerhvac.com")
    t = en3(dave)
    c.append(
        generic_auto(
            "en-subject-only-ooo",
            t,
            dave,
            "Out of Office: " + t.subject,
            ["I'm out of the office until 03/10. For anything urgent call 555-0100.", "", "Dave"],
            "2025-03-10",
            [],
            client="other",
        )
    )
    lisa = P("Lisa Hart", "lisa.hart@hartmanufacturing.com")
    t = en1(lisa)
    c.append(
        generic_auto(
            "en-body-only-automated",
            t,
            lisa,
            "Re: " + t.subject,
            [
                "This is an automated response. I am currently out of the office with limited access to email and will",
                "return on Wednesday, December 11. Thank you for your patience.",
                "",
                "Lisa Hart",
            ],
            "2024-12-11",
            [],
            client="other",
        )
    )
    jo = P("Jo Barnes", "jo.barnes@alpineski.com")
    c.append(
        exchange_oof(
            "en-exchange-html-friday",
            en1(jo),
            jo,
            [
                "Hello,",
                "",
                "I am out of the office until Friday 6 December. I will reply to your email on my return.",
                "",
                "Jo",
            ],
            "2024-12-06",
            html_only=True,
        )
    )
    sven = P("Sven Olsen", "sven.olsen@nordwind.dk")
    c.append(
        exchange_oof(
            "en-exchange-leave-ordinal",
            en1(sven),
            sven,
            ["I'm on leave until the 3rd of February with no access to email.", "Urgent requests: office@nordwind.dk"],
            "2025-02-03",
        )
    )
    prof = P("Dr. Alan Price", "aprice@university-west.edu")
    c.append(
        exchange_oof(
            "en-exchange-sabbatical-too-far",
            en3(prof),
            prof,
            ["I am on sabbatical until September 1, 2025 and am checking email infrequently."],
            None,
        )
    )
    zoe = P("Zoe Adams", "zoe.adams@gmail.com")
    c.append(
        generic_auto(
            "en-gmail-ooo-through",
            en3(zoe),
            zoe,
            "OOO until Monday 3/10",
            ["Hi! I'm OOO through Monday 3/10 with spotty access to email.", "", "Zoe"],
            "2025-03-10",
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    ian = P("Ian Clarke", "ian.clarke@fourthcoffee.com")
    c.append(
        exchange_oof(
            "en-exchange-returning",
            en1(ian),
            ian,
            ["I am out of the office Monday 9th December, returning Tuesday 10th December.", "", "Ian"],
            "2024-12-10",
            after=timedelta(hours=2),
        )
    )
    bot = P("Help Desk", "helpdesk@northwind-traders.net")
    t = en1(bot)
    c.append(
        generic_auto(
            "en-x-autoreply-ticket",
            t,
            bot,
            "Ticket #20931 created: " + t.subject,
            [
                "Hello,",
                "",
                "Thank you for contacting the Northwind Traders help desk. A ticket has been opened and an",
                "agent will contact you shortly.",
                "",
                "Ticket number: 20931",
            ],
            None,
            [("X-Autoreply", "yes"), ("Precedence", "bulk")],
            client="helpdesk",
        )
    )
    c.append(
        mdn(
            "en-mdn-read-receipt",
            en3(P("Greg Hall", "greg.hall@contoso.com")),
            P("Greg Hall", "greg.hall@contoso.com"),
            False,
        )
    )

    # ---------------------------------------------------------------- French
    annel = P("Anne Lambert", "anne.lambert@cabinet-lambert.fr")
    c.append(
        exchange_oof(
            "fr-exchange-jusquau-6-decembre",
            fr1(annel),
            annel,
            [
                "Bonjour,",
                "",
                "Je suis absente du bureau jusqu'au 6 décembre inclus. Pour toute urgence, vous pouvez "
                "contacter Julie Moreau au 01 44 55 66 77.",
                "",
                "Cordialement,",
                "Anne Lambert",
            ],
            "2024-12-06",
        )
    )
    pierre = P("Pierre Chevalier", "p.chevalier@chevalier-avocats.fr")
    c.append(
        exchange_oof(
            "fr-exchange-retour-lundi-2",
            fr1(pierre),
            pierre,
            [
                "Bonjour,",
                "",
                "Je serai de retour le lundi 2 décembre. Je prendrai connaissance de votre message à mon retour.",
                "",
                "Pierre Chevalier",
            ],
            "2024-12-02",
        )
    )
    noel = datetime(2024, 12, 20, 10, 0, tzinfo=PARIS)
    louis = P("Louis Bertrand", "louis.bertrand@bertrand-immo.fr")
    c.append(
        exchange_oof(
            "fr-exchange-jusquau-15-01",
            fr1(louis, noel),
            louis,
            ["Absent jusqu'au 15/01, je traiterai votre message à mon retour.", "", "Louis Bertrand"],
            "2025-01-15",
        )
    )
    univ = P("Hélène Dubois", "helene.dubois@univ-lyon-exemple.fr")
    c.append(
        generic_auto(
            "fr-zimbra-conges-range",
            fr1(univ, datetime(2024, 12, 23, 9, 0, tzinfo=PARIS)),
            univ,
            "Message d'absence",
            [
                "Bonjour,",
                "",
                "Je suis en congés du 23 décembre au 3 janvier. Je prendrai connaissance de votre message à mon "
                "retour.",
                "",
                "Hélène Dubois",
            ],
            "2025-01-03",
            [("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 9.0.0_GA_4546")],
            client="zimbra",
        )
    )
    gael = P("Gaël Moulin", "gael.moulin@gmail.com")
    c.append(
        generic_auto(
            "fr-gmail-absent-no-date",
            fr2(gael),
            gael,
            "Absent du bureau",
            [
                "Bonjour,",
                "Je suis actuellement en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès que "
                "possible.",
                "Gaël",
            ],
            None,
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    studio = P("Studio Lumen", "contact@studio-lumen.fr")
    c.append(
        generic_auto(
            "fr-sieve-agence-fermee",
            fr3(studio),
            studio,
            "Absence",
            [
                "Bonjour,",
                "",
                "L'agence est fermée pour congés annuels du 3 au 21 février. Retour prévu le 24 février 2025.",
                "",
                "L'équipe Studio Lumen",
            ],
            "2025-02-24",
            [
                ("Auto-Submitted", "auto-replied (vacation)"),
                ("Precedence", "bulk"),
                ("X-Sieve", "Pigeonhole Sieve 0.5.16"),
            ],
            client="sieve",
        )
    )
    ines = P("Inès Garcia", "ines.garcia@garcia-pharma.fr")
    c.append(
        exchange_oof(
            "fr-exchange-conge-maternite",
            fr3(ines),
            ines,
            [
                "Bonjour,",
                "",
                "En congé maternité, je serai de retour à partir du 14 avril 2025.",
                "Merci d'adresser vos demandes à achats@garcia-pharma.fr.",
                "",
                "Inès Garcia",
            ],
            "2025-04-14",
        )
    )
    remi = P("Rémi Faure", "remi.faure@faure-logistique.fr")
    c.append(
        exchange_oof(
            "fr-exchange-arret-maladie",
            fr1(remi),
            remi,
            [
                "Bonjour,",
                "",
                "Je suis en arrêt maladie et ne consulte pas mes mails. Merci de contacter "
                "contact@faure-logistique.fr.",
                "",
                "Rémi Faure",
            ],
            None,
        )
    )
    odile = P("Odile Martin", "odile.martin@martin-textile.fr")
    c.append(
        exchange_oof(
            "fr-exchange-html-mardi-17",
            fr2(odile),
            odile,
            [
                "Bonjour,",
                "",
                "Je suis absente jusqu'au mardi 17 juin. Votre message ne sera pas transféré.",
                "",
                "Odile Martin",
            ],
            "2025-06-17",
            html_only=True,
        )
    )
    jacques = P("Jacques Henry", "jacques.henry@henry-plomberie.fr")
    c.append(
        generic_auto(
            "fr-subject-only-absent",
            fr2(jacques),
            jacques,
            "Absent du bureau jusqu'au 30 juin",
            ["Bonjour, je suis absent, retour le 30/06.", "Cordialement.", "Jacques Henry"],
            "2025-06-30",
            [],
            client="other",
        )
    )
    t = fr2(P("Sylvie Lacroix", "sylvie.lacroix@lacroix-avocats.fr"))
    c.append(
        generic_auto(
            "fr-body-only-message-automatique",
            t,
            t.to,
            "RE : " + t.subject,
            [
                "Ceci est un message automatique.",
                "",
                "Je suis en vacances jusqu'au 1er juillet et n'ai pas accès à ma messagerie.",
                "",
                "Sylvie Lacroix",
            ],
            "2025-07-01",
            [],
            client="other",
        )
    )
    emma = P("Emma Leroy", "emma.leroy@gmail.com")
    c.append(
        generic_auto(
            "fr-gmail-de-retour-le-2-decembre",
            fr1(emma),
            emma,
            "Absente",
            ["Merci pour votre message. Je suis en formation et serai de retour le 2 décembre.", "", "Emma"],
            "2024-12-02",
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    alice = P("Alice Perret", "alice.perret@perret-design.fr")
    c.append(
        generic_auto(
            "fr-gmail-de-retour-demain",
            fr2(alice),
            alice,
            "Absente aujourd'hui",
            ["Bonjour,", "Je suis absente aujourd'hui, de retour demain.", "Alice"],
            "2025-06-11",
            [("Auto-Submitted", "auto-replied")],
            mid=gmail_mid(),
            client="gmail",
        )
    )
    bernard = P("Bernard Lopez", "bernard.lopez@lopez-bois.fr")
    c.append(
        exchange_oof(
            "fr-exchange-lundi-prochain",
            fr2(bernard),
            bernard,
            ["Bonjour,", "Je serai de retour lundi prochain.", "Bernard Lopez"],
            "2025-06-16",
        )
    )
    prof = P("Pr Jean-Marc Vidal", "jean-marc.vidal@univ-exemple.fr")
    c.append(
        exchange_oof(
            "fr-exchange-sabbatique-trop-loin",
            fr1(prof),
            prof,
            ["Je suis en congé sabbatique jusqu'au 1er septembre 2025 et ne consulte mes messages que ponctuellement."],
            None,
        )
    )
    nina = P("Nina Rousseau", "nina.rousseau@rousseau-export.fr")
    c.append(
        exchange_oof(
            "fr-exchange-bilingue",
            fr1(nina, noel),
            nina,
            [
                "Bonjour,",
                "Je suis absente jusqu'au 2 janvier. Pour toute urgence : export@rousseau-export.fr",
                "",
                "Hello,",
                "I am out of the office until January 2nd. For urgent matters: export@rousseau-export.fr",
            ],
            "2025-01-02",
        )
    )
    c.append(
        mdn(
            "fr-mdn-lu",
            fr1(P("Yves Bonnet", "yves.bonnet@bonnet-sa.fr")),
            P("Yves Bonnet", "yves.bonnet@bonnet-sa.fr"),
            True,
        )
    )
    marine = P("Marine Colas", "marine.colas@colas-paysage.fr")
    c.append(
        exchange_oof(
            "fr-exchange-retour-le-date-num",
            fr3(marine),
            marine,
            ["Bonjour,", "", "Je suis actuellement absente. Retour le 10/02/2025.", "", "Marine Colas"],
            "2025-02-10",
        )
    )
    c.append(
        exchange_oof(
            "fr-exchange-absent-du-bureau-subject",
            fr3(P("Loïc Barre", "loic.barre@barre-auto.fr")),
            P("Loïc Barre", "loic.barre@barre-auto.fr"),
            ["Bonjour,", "Je suis en déplacement jusqu'au vendredi 7 février inclus.", "Loïc Barre"],
            "2025-02-07",
            subject="Absent du bureau : Devis pour la refonte de votre site",
        )
    )
    return c
