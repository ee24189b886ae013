"""Automatic replies of blind22: Exchange out-of-office notices in six languages, Gmail vacation replies, an HCL Notes
absence notice, a leaver, a pension provider's ticket acknowledgement, parental leave and a part-timer."""

from datetime import timedelta

import firm22
from clients22 import BRUSSELS_BANNER, is_brussels
from mime12 import L, hexid, lowhex, multipart, rfcdate, rng, text_part, thread_index
from mime22 import addr_h, esc, mid_for, msg_bytes, subj_h

# slug, client, lang, (name, email), orig, subject prefix (None: custom subject below), body, until
A = [
    (
        "kuipers-tm-12-maart",
        "exchange",
        "nl",
        ("Ferdinand Kuipers", "f.kuipers@kuipersbouw.example"),
        "review_nl",
        "Automatisch antwoord: ",
        """
     Dank voor uw bericht.

     Ik ben afwezig tot en met vrijdag 12 maart en lees mijn e-mail beperkt. Voor dringende zaken kunt u contact opnemen met mijn collega Sanne Vos via s.vos@kuipersbouw.example of 0318 555 021.

     Met vriendelijke groet,
     Ferdinand Kuipers
     """,
        "2027-03-12",
    ),
    (
        "vos-terug-15-maart",
        "exchange",
        "nl",
        ("Esther Vos", "esther.vos@vosdeleeuw.example"),
        "transfer_nl",
        "Automatisch antwoord: ",
        """
     Beste afzender,

     Ik ben momenteel niet op kantoor en ben terug op maandag 15 maart. Uw e-mail wordt niet doorgestuurd.

     Met vriendelijke groet,
     Esther Vos
     """,
        "2027-03-15",
    ),
    (
        "brink-ouderschapsverlof",
        "exchange",
        "nl",
        ("Marloes van den Brink", "marloes.vandenbrink@brinkadvies.example"),
        "rem_nl",
        "Automatisch antwoord: ",
        """
     Bedankt voor je e-mail. Ik ben met ouderschapsverlof en vanaf dinsdag 6 april weer bereikbaar. Voor dringende zaken kun je terecht bij mijn collega Thijs Hermans (t.hermans@brinkadvies.example).

     Groet,
     Marloes
     """,
        "2027-04-06",
    ),
    (
        "smeets-week-12",
        "exchange",
        "nl",
        ("Rob Smeets", "rob.smeets@smeets-transport.example"),
        "rem_nl",
        "Automatisch antwoord: ",
        """
     Ik ben afwezig tot en met week 12 en heb beperkt toegang tot mijn e-mail. In dringende gevallen kunt u ons kantoor bellen: 077 555 0123.

     Rob Smeets
     """,
        "2027-03-26",
    ),
    (
        "kok-gmail-zuid-afrika",
        "gmail",
        "nl",
        ("Liesbeth Kok", "liesbethkok@gmail.example"),
        "stak_nl",
        "Re: ",
        """
     Hoi!

     Ik zit tot 17 maart in Zuid-Afrika en lees mijn mail nauwelijks. Daarna antwoord ik zo snel mogelijk.

     Liesbeth
     """,
        "2027-03-17",
    ),
    (
        "meijer-vertrokken",
        "exchange",
        "nl",
        ("Anouk Meijer", "a.meijer@hoekstranotarissen.example"),
        "review_nl",
        "Automatisch antwoord: ",
        """
     Per 1 maart 2027 ben ik niet meer werkzaam bij Hoekstra Notarissen. Uw e-mail wordt niet doorgestuurd. Voor lopende dossiers kunt u terecht bij ons secretariaat: secretariaat@hoekstranotarissen.example of 058 555 0177.
     """,
        None,
    ),
    (
        "goossens-vakantie",
        "exchange",
        "nl",
        ("Bart Goossens", "bart.goossens@goossens-hout.example"),
        "rem_be",
        "Automatisch antwoord: ",
        """
     Goeiedag,

     Ik ben met vakantie tot en met vrijdag 19 maart. Vanaf maandag 22 maart ben ik terug op kantoor en beantwoord ik uw bericht.

     Met vriendelijke groeten,
     Bart Goossens
     """,
        "2027-03-19",
    ),
    (
        "martin-paques",
        "exchange",
        "fr",
        ("Isabelle Martin", "i.martin@martin-notaires.example"),
        "rem_fr",
        "Réponse automatique : ",
        """
     Bonjour,

     Je suis en congé jusqu'au mardi 30 mars inclus (le lundi de Pâques est férié). Je prendrai connaissance de votre message à mon retour.

     Cordialement,
     Isabelle Martin
     """,
        "2027-03-30",
    ),
    (
        "leclercq-deplacement",
        "exchange",
        "fr",
        ("Vincent Leclercq", "v.leclercq@leclercq-invest.example"),
        "bilan_fr",
        "Réponse automatique : ",
        """
     Bonjour,

     Je suis actuellement en déplacement avec un accès limité à mes courriels. Je vous répondrai dès que possible.

     Vincent Leclercq
     """,
        None,
    ),
    (
        "rasmussen-vinterferie",
        "exchange",
        "da",
        ("Kasper Rasmussen", "kasper.rasmussen@rasmussen-el.example"),
        "review_da",
        "Automatisk svar: ",
        """
     Tak for din mail.

     Jeg holder vinterferie og er tilbage mandag den 15. marts. Din mail bliver ikke videresendt. Haster det, kan du ringe til kontoret på +45 55 55 03 10.

     Venlig hilsen
     Kasper Rasmussen
     """,
        "2027-03-15",
    ),
    (
        "olsen-uge-11",
        "exchange",
        "da",
        ("Trine Olsen", "trine.olsen@olsen-tandlaege.example"),
        "rem_da",
        "Automatisk svar: ",
        """
     Hej

     Jeg holder ferie i uge 11 og er tilbage mandag den 22. marts.

     Mvh Trine Olsen
     """,
        "2027-03-22",
    ),
    (
        "vestergaard-paaske",
        "exchange",
        "da",
        ("Jonas Vestergaard", "jv@vestergaard-advokat.example"),
        "rem_en",
        "Automatisk svar: ",
        """
     Tak for din henvendelse.

     Kontoret holder lukket i påsken fra torsdag den 25. marts til og med mandag den 29. marts. Vi er tilbage tirsdag den 30. marts.

     Thank you for your email. Our office is closed for Easter from Thursday 25 March to Monday 29 March inclusive. We will be back on Tuesday 30 March.

     Med venlig hilsen / Kind regards
     Jonas Vestergaard
     """,
        "2027-03-29",
    ),
    (
        "thomsen-barsel",
        "exchange",
        "da",
        ("Louise Thomsen", "louise.thomsen@thomsen-arkitekter.example"),
        "review_da",
        "Automatisk svar: ",
        """
     Tak for din mail.

     Jeg er på barsel frem til 1. august 2027. Kontakt venligst min kollega Mads Kirk på mk@thomsen-arkitekter.example.

     Venlig hilsen
     Louise Thomsen
     """,
        "2027-08-01",
    ),
    (
        "nordlys-sag",
        "helpdesk",
        "da",
        ("Nordlys Pension", "kundeservice@nordlyspension.example"),
        "provider_da",
        None,
        """
     Kære afsender

     Tak for din henvendelse til Nordlys Pension. Vi har modtaget den og registreret den under sagsnummer 48213.

     Vi besvarer henvendelser inden for fem arbejdsdage. Du kan ikke svare på denne mail.

     Med venlig hilsen
     Nordlys Pension
     Kundeservice
     """,
        None,
    ),
    (
        "sjoberg-ater-22-3",
        "exchange",
        "sv",
        ("Mikael Sjöberg", "mikael.sjoberg@sjoberg-fastigheter.example"),
        "rem_sv",
        "Automatiskt svar: ",
        """
     Hej,

     Jag är på semester och åter 22/3. Brådskande ärenden kan skickas till info@sjoberg-fastigheter.example.

     Mikael Sjöberg
     """,
        "2027-03-22",
    ),
    (
        "wallin-vecka-13",
        "exchange",
        "sv",
        ("Emma Wallin", "emma.wallin@wallinkonsult.example"),
        "review_sv",
        "Automatiskt svar: ",
        """
     Hej!

     Jag är föräldraledig och tillbaka vecka 13. Under tiden läser jag inte min e-post.

     Vänliga hälsningar
     Emma Wallin
     """,
        None,
    ),
    (
        "lund-gmail-ledig",
        "gmail",
        "sv",
        ("Oskar Lund", "oskar.lund@gmail.example"),
        "review_sv",
        "Re: ",
        """
     Hej,

     Jag är ledig t.o.m. 12 mars och har begränsad tillgång till mejl.

     /Oskar
     """,
        "2027-03-12",
    ),
    (
        "dahl-tilbake-onsdag",
        "exchange",
        "no",
        ("Sindre Dahl", "sindre.dahl@dahl-shipping.example"),
        "review_no",
        "Automatisk svar: ",
        """
     Hei,

     Jeg er på ferie og tilbake på kontoret onsdag 10. mars. Haster det, kan du ringe sentralbordet på 55 50 12 34.

     Sindre Dahl
     """,
        "2027-03-10",
    ),
    (
        "strand-deltid",
        "exchange",
        "no",
        ("Marit Strand", "marit.strand@strand-regnskap.example"),
        "review_no",
        "Automatisk svar: ",
        """
     Hei,

     Jeg jobber redusert i mars og svarer på e-post tirsdager og torsdager. Takk for tålmodigheten.

     Marit Strand
     """,
        None,
    ),
    (
        "schulte-bis-26",
        "exchange",
        "de",
        ("Jens Schulte", "j.schulte@schulte-immobilien.example"),
        "overview_de",
        "Automatische Antwort: ",
        """
     Sehr geehrte Damen und Herren,

     ich bin bis einschließlich 26.03.2027 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@schulte-immobilien.example.

     Mit freundlichen Grüßen
     Jens Schulte
     """,
        "2027-03-26",
    ),
    (
        "pfeiffer-notes",
        "notes",
        "de",
        ("Gerhard Pfeiffer", "gerhard.pfeiffer@pfeiffer-stb.example"),
        "overview_de",
        "Abwesenheitsnotiz: ",
        """
     Ich werde ab  01.03.2027 nicht im Büro sein. Ich kehre zurück am 16.03.2027.

     Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an Frau Lorenz (lorenz@pfeiffer-stb.example).
     """,
        "2027-03-16",
    ),
    (
        "carter-ooo",
        "exchange",
        "en",
        ("Helen Carter", "helen.carter@carterbrook.example"),
        "letter_en",
        "Automatic reply: ",
        """
     Thank you for your email. I am out of the office until Wednesday 24 March with limited access to email. For anything urgent please contact my assistant, Priya, on 020 7946 0877.

     Helen Carter
     """,
        "2027-03-24",
    ),
    (
        "moore-gmail-travelling",
        "gmail",
        "en",
        ("Tom Moore", "tom.moore@gmail.example"),
        "newsletter_en",
        "Re: ",
        """
     Hi, I'm travelling for most of March with patchy signal. I'll reply when I can.
     Tom
     """,
        None,
    ),
]


def _html(lines):
    ps = "".join(f"<p>{esc(x)}</p>\n" if x.strip() else "<p>&nbsp;</p>\n" for x in lines)
    return f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n{ps}</body>\n</html>\n'


def build(spec):
    slug, client, lang, who, orig, prefix, body, until = spec
    oc = firm22.copy(orig, "auto-" + slug, who)
    r = rng("b22-auto", slug)
    dt = oc["dt"] + timedelta(seconds=r.randrange(4, 90))
    lines = L(body)
    to = oc["frm"]
    stamped = is_brussels(to[1])
    domain = who[1].split("@")[1]
    subject = (prefix + oc["subject"]) if prefix else "[Sag #48213] Vi har modtaget din henvendelse"
    if stamped:
        subject = "[EXTERN] " + subject
        lines = [*BRUSSELS_BANNER, "", *lines]
    frm = who if client != "helpdesk" else ("Nordlys Pension Kundeservice", "noreply@nordlyspension.example")
    ip = f"{r.choice(['203.0.113', '198.51.100'])}.{r.randrange(2, 250)}"
    headers = [
        (
            "Received",
            f"from mail.{domain} (mail.{domain} [{ip}]) by mx.{firm22.DOMAIN} with ESMTPS id "
            f"{hexid(r, 10)}; {rfcdate(dt)}",
        ),
        ("From", addr_h(*frm)),
        ("To", addr_h(*to)),
        ("Subject", subj_h("", subject)),
        ("Date", rfcdate(dt)),
    ]
    text = "\n".join(lines) + "\n"
    if client == "exchange":
        mid = mid_for("exo", r, domain)
        headers += [
            ("Message-ID", mid),
            ("In-Reply-To", oc["mid"]),
            ("References", oc["mid"]),
            ("Thread-Topic", subj_h("", oc["subject"])),
            ("Thread-Index", thread_index(r, 1)),
            ("Content-Language", firm22.CLANG[lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", who[1]),
            ("MIME-Version", "1.0"),
        ]
        b = f"_000_{mid[1:].split('@')[0]}_"
        part = multipart(
            "alternative",
            [
                text_part(text, 'text/plain; charset="utf-8"', "utf-8", "base64"),
                text_part(_html(lines), 'text/html; charset="utf-8"', "utf-8", "base64"),
            ],
            b,
        )
    elif client == "gmail":
        headers += [
            ("Message-ID", mid_for("gmail", r, domain)),
            ("In-Reply-To", oc["mid"]),
            ("References", oc["mid"]),
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
        ]
        part = multipart(
            "alternative",
            [
                text_part(text, 'text/plain; charset="UTF-8"', "utf-8", "quoted-printable"),
                text_part(
                    _html(lines).replace("utf-8", "UTF-8"), 'text/html; charset="UTF-8"', "utf-8", "quoted-printable"
                ),
            ],
            "000000000000" + lowhex(r, 16),
        )
    elif client == "notes":
        headers += [
            ("Message-ID", mid_for("notes", r, domain)),
            ("In-Reply-To", oc["mid"]),
            ("Auto-Submitted", "auto-replied"),
            ("X-Mailer", "HCL Notes Release 12.0.2FP4"),
            ("MIME-Version", "1.0"),
        ]
        part = text_part(text, "text/plain; charset=ISO-8859-1", "iso-8859-1", "quoted-printable")
    else:  # a pension provider's help desk: acknowledgement from a no-reply address
        headers += [
            ("Message-ID", f"<ticket-48213-{lowhex(r, 12)}@support.nordlyspension.example>"),
            ("In-Reply-To", oc["mid"]),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Reply-To", addr_h("Nordlys Pension", "noreply@nordlyspension.example")),
            ("MIME-Version", "1.0"),
        ]
        part = text_part(text, 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="auto_reply",
        raw=msg_bytes(headers, part),
        until=until,
        date=dt.isoformat(),
    )


def auto_items():
    return [build(s) for s in A]
