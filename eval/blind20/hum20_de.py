"""blind20: human replies in German (clients of the Zurich office)."""

from kit20 import BRUNNER, WYSS, inline, letter, reply, review
from mime12 import L
from mime20 import P

EXT_BANNER_DE = [
    "[EXTERN] Diese E-Mail stammt von ausserhalb der Organisation. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, ausser Sie kennen den Absender und wissen, dass der Inhalt sicher ist."
]

SAEULE = """
    Per Ende Jahr haben Sie den Maximalbetrag von CHF 7'258 in Ihre Säule 3a einbezahlt, herzlichen Dank.
    Für 2027 beträgt der Maximalbetrag für Erwerbstätige mit Pensionskasse wieder CHF 7'258. Gerne schlage ich Ihnen vor, die Einzahlung wie bisher auf die Wertschriftenlösung (Strategie 45) vorzunehmen, oder alternativ eine zweite 3a-Lösung zu eröffnen, um den späteren Bezug zu staffeln.

    Können Sie mir kurz mitteilen, welche Variante Sie bevorzugen?
"""

EINLADUNG = """
    Gerne laden wir Sie zu unserem Anlageausblick Frühling 2027 ein:

    Dienstag, 23. März 2027, 18.00 Uhr
    Zunfthaus zur Waag, Münsterhof 8, 8001 Zürich
    Referat: «Zinsen, Franken, Immobilien – was 2027 zählt» mit anschliessendem Apéro riche

    Bitte melden Sie sich bis am 16. März per Antwort auf diese E-Mail an.

    Falls Sie keine Einladungen zu unseren Anlässen mehr erhalten möchten, antworten Sie bitte mit «Abmelden».
"""


def einladung(key, to, greeting, date):
    return letter(
        key,
        BRUNNER,
        "brunner",
        "de",
        [to],
        greeting,
        date,
        "Einladung: Anlageausblick Frühling 2027, 23. März, Zürich",
        EINLADUNG,
    )


def cases():
    out = []

    # 1. Outlook desktop, HTML only, Grüezi, the client company's gateway banner in the quote, disclaimer under the signature
    meier = P("Thomas Meier", "thomas.meier@meier-metallbau.example")
    o = review("de-meier", "de", [meier], "Grüezi Herr Meier", "2027-03-02 09:00")
    o.subject = "[EXTERN] " + o.subject
    out.append(
        reply(
            "de-meier",
            "de",
            "outlook",
            meier,
            o,
            "2027-03-03 06:58",
            new=L("""
                Grüezi Herr Brunner

                Besten Dank für Ihre Nachricht. Bei uns hat sich nichts geändert, ausser dass ich die Firma per 1.1.2028 an meinen Sohn übergeben möchte. Daraus könnte sich ein Liquiditätsbedarf ergeben (Auskauf meiner Schwester, ca. CHF 400'000), das sollten wir besprechen.
                Anlagehorizont und Ausschlüsse bleiben gleich.

                Freundliche Grüsse
                Thomas Meier

                Meier Metallbau AG
                Thomas Meier | Geschäftsführer
                Industriestrasse 12 | 8604 Volketswil
                T +41 44 555 01 74

                Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, so bitten wir Sie, den Absender zu informieren und die Nachricht zu löschen.
            """),
            html_only=True,
            banner=EXT_BANNER_DE,
        )
    )

    # 2. Outlook, "Antworten im Text" in blue; replied_to
    keller_u = P("Ursula Kälin", "ursula.kaelin@kaelin-partner.example")
    o = review("de-kaelin", "de", [keller_u], "Sehr geehrte Frau Kälin", "2027-03-02 09:01")
    segs = inline(
        "outlook",
        "de",
        o,
        {
            "1.": ["Ja, ich bin seit Februar verwitwet. Die Erbteilung ist noch offen."],
            "2.": ["Eventuell, je nach Erbteilung. Das weiss ich erst im Sommer."],
            "3.": ["Ja"],
            "4.": ["Ja, bitte beibehalten."],
        },
        top=L("""
            Guten Tag Herr Brunner
            Antworten im Text.
            Gruss U. Kälin
        """),
        colour="blue",
    )
    out.append(reply("de-kaelin", "de", "outlook", keller_u, o, "2027-03-04 20:14", segs=segs, replied_to=True))

    # 3. Outlook, answers with initials
    kunz = P("Markus Kunz", "markus.kunz@kunz-treuhand.example")
    o = review("de-kunz", "de", [kunz], "Sehr geehrter Herr Kunz", "2027-03-02 09:02")
    segs = inline(
        "outlook",
        "de",
        o,
        {
            "1.": ["[MK] Nein."],
            "2.": ["[MK] Ja, Kauf einer Eigentumswohnung in Chur, Anzahlung ca. CHF 300'000 im Herbst."],
            "3.": ["[MK] Für den Rest ja."],
            "4.": ["[MK] Ja."],
        },
        top=L("""
            Hallo Reto

            Meine Antworten unten mit [MK] markiert.

            Liebe Grüsse
            Markus
        """),
    )
    out.append(
        reply("de-kunz", "de", "outlook", kunz, o, "2027-03-02 12:47", segs=segs, replied_to=True, html_only=True)
    )

    # 4. GMX-like webmail, HTML only, opt-out in reply to an invitation
    huber = P("Elisabeth Huber", "e.huber@gmx.example")
    o = einladung("de-huber", huber, "Sehr geehrte Frau Huber", "2027-03-05 10:00")
    out.append(
        reply(
            "de-huber",
            "de",
            "gmx_webmail",
            huber,
            o,
            "2027-03-06 08:31",
            new=L("""
                Sehr geehrter Herr Brunner

                Danke für die Einladung, aber ich bin seit letztem Jahr nicht mehr Kundin bei Ihnen. Bitte streichen Sie mich aus Ihrem Verteiler.

                Mit freundlichen Grüssen
                Elisabeth Huber
            """),
            html_only=True,
            opt_out=True,
        )
    )

    # 5. Thunderbird, answers between "> " lines without marker; replied_to
    bachmann = P("Peter Bachmann", "peter.bachmann@hispeed.example")
    o = review("de-bachmann", "de", [bachmann], "Sehr geehrter Herr Bachmann", "2027-03-02 09:03")
    segs = inline(
        "thunderbird",
        "de",
        o,
        {
            "1.": ["Nein"],
            "2.": [
                "Nein, eher im Gegenteil: im Juni wird eine Lebensversicherung von ca. CHF 120'000 fällig, die ich anlegen möchte."
            ],
            "3.": ["ja"],
            "4.": ["ja"],
        },
        after=True,
    )
    segs += [("raw", [""]), ("new", ["Gruss", "P. Bachmann"])]
    out.append(reply("de-bachmann", "de", "thunderbird", bachmann, o, "2027-03-07 17:22", segs=segs, replied_to=True))

    # 6. iOS Mail, one word
    frei = P("Simon Frei", "simon.frei@icloud.example")
    o = einladung("de-frei", frei, "Lieber Herr Frei", "2027-03-05 10:01")
    out.append(
        reply(
            "de-frei",
            "de",
            "ios_mail",
            frei,
            o,
            "2027-03-05 10:44",
            new=["Gerne, zu zweit."],
            device="Von meinem iPhone gesendet",
        )
    )

    # 7. HCL Notes, German, company client with a long footer under the signature
    gerber = P("Hans-Rudolf Gerber", "hansrudolf.gerber@gerber-holding.example")
    o = letter(
        "de-gerber",
        WYSS,
        "wyss",
        "de",
        [gerber],
        "Sehr geehrter Herr Gerber",
        "2027-03-03 14:10",
        "Kollektiv-Krankentaggeld 2027 - Offerten",
        """
            Wie besprochen habe ich bei drei Versicherern Offerten für die Kollektiv-Krankentaggeldversicherung Ihrer Mitarbeitenden eingeholt. Die Übersicht finden Sie im Anhang.
            Die günstigste Variante (Wartefrist 60 Tage, 80 % Lohn) würde die Prämie um rund 11 % senken.
            Darf ich Sie um Ihren Entscheid bis Ende März bitten?
        """,
    )
    out.append(
        reply(
            "de-gerber",
            "de",
            "notes",
            gerber,
            o,
            "2027-03-04 10:15",
            new=L("""
                Sehr geehrte Frau Wyss

                Wir nehmen die Variante mit 60 Tagen Wartefrist. Bitte senden Sie mir den Antrag zur Unterschrift, unsere HR-Leiterin Frau Oberholzer ist ab sofort Ihre Ansprechperson für die Details.

                Freundliche Grüsse

                Hans-Rudolf Gerber
                CFO
                Gerber Holding AG
                Seestrasse 301, 8810 Horgen
                Telefon +41 44 555 01 99

                Gerber Holding AG | Handelsregister des Kantons Zürich | CHE-555.012.347
                Diese E-Mail einschliesslich allfälliger Anhänge enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
            """),
            cc=[P("Karin Oberholzer", "karin.oberholzer@gerber-holding.example")],
        )
    )

    # 8. Gmail, look-alike: stop a standing order, not an opt-out
    zuercher = P("Daniel Zürcher", "daniel.zuercher@gmail.example")
    o = letter(
        "de-zuercher",
        WYSS,
        "wyss",
        "de",
        [zuercher],
        "Guten Tag Herr Zürcher",
        "2027-03-03 14:20",
        "Ihre Säule 3a - Einzahlung 2027",
        SAEULE,
    )
    out.append(
        reply(
            "de-zuercher",
            "de",
            "gmail",
            zuercher,
            o,
            "2027-03-09 22:05",
            new=L("""
                Guten Abend Frau Wyss

                Ich mache mich per 1. April selbständig und habe dann keine Pensionskasse mehr. Bitte stoppen Sie deshalb den monatlichen Dauerauftrag auf das 3a-Konto, ich möchte ab April selber einzahlen (dann ja bis 20 % des Einkommens).
                Eine zweite Lösung zu eröffnen finde ich gut. Können wir das telefonisch besprechen?

                Freundliche Grüsse
                Daniel Zürcher
                --
                Daniel Zürcher
                dipl. Ing. ETH
                +41 79 555 01 23
            """),
        )
    )

    # 9. Outlook forward (WG:) with a line above
    stauffer = P("Regula Stauffer", "regula.stauffer@stauffer-immo.example")
    o = letter(
        "de-stauffer",
        BRUNNER,
        "brunner",
        "de",
        [stauffer],
        "Liebe Frau Stauffer",
        "2027-03-08 15:00",
        "Hypothek Liegenschaft Seefeld - Verlängerung",
        """
            Die Festhypothek auf Ihrer Liegenschaft an der Seefeldstrasse läuft am 30. Juni aus. Ich habe Ihnen eine Offerte für 5 und 10 Jahre erstellt.
            Bitte lassen Sie mir zudem die aktuelle Mieterliste zukommen.
        """,
    )
    fwd_hdr = [
        ("Von:", "Liegenschaftsverwaltung Limmat <verwaltung@limmat-immo.example>"),
        ("Gesendet:", "Donnerstag, 11. März 2027 09:12"),
        ("An:", "Regula Stauffer <regula.stauffer@stauffer-immo.example>"),
        ("Betreff:", "Mieterspiegel Seefeldstrasse 140 per 1.3.2027"),
    ]
    fwd = [
        "Guten Tag Frau Stauffer",
        "",
        "Anbei der aktuelle Mieterspiegel per 1. März 2027. Die 3-Zimmer-Wohnung im 2. OG ist per 1. April neu vermietet.",
        "",
        "Freundliche Grüsse",
        "Sabrina Keller",
        "Liegenschaftsverwaltung Limmat GmbH",
    ]
    segs = [
        (
            "new",
            L("""
            Hallo Herr Brunner
            Hier die Mieterliste, direkt von der Verwaltung.
            Gruss Regula Stauffer
        """),
        ),
        ("raw", [""]),
        ("hdr", fwd_hdr),
        ("raw", [""]),
        ("q", fwd, 0),
    ]
    out.append(
        reply(
            "de-stauffer",
            "de",
            "outlook",
            stauffer,
            o,
            "2027-03-11 09:40",
            segs=segs,
            subject="WG: Mieterspiegel Seefeldstrasse 140 per 1.3.2027",
            forward=True,
            attach=[
                (
                    "Mieterspiegel_Seefeld_140.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    b"PK stand-in xlsx\n",
                )
            ],
        )
    )

    # 10. Swiss webmail (bluewin-like), plain + HTML
    schmid = P("Verena Schmid", "verena.schmid@bluewin.example")
    o = letter(
        "de-schmid",
        WYSS,
        "wyss",
        "de",
        [schmid],
        "Guten Tag Frau Schmid",
        "2027-03-03 14:25",
        "Ihre Säule 3a - Einzahlung 2027",
        SAEULE,
    )
    out.append(
        reply(
            "de-schmid",
            "de",
            "bluewin_webmail",
            schmid,
            o,
            "2027-03-04 07:40",
            new=L("""
                Guten Morgen Frau Wyss,

                ich nehme gerne die zweite Lösung, gleiche Strategie. Die Einzahlung mache ich wie immer im Dezember.

                Einen schönen Tag
                Verena Schmid
            """),
        )
    )

    # 11. Roundcube (hispeed-like), bottom-posting: the body opens with the attribution and the quote
    widmer = P("Kurt Widmer", "kurt.widmer@hispeed.example")
    o = einladung("de-widmer", widmer, "Sehr geehrter Herr Widmer", "2027-03-05 10:02")
    segs = [
        ("attr", ["Am 05.03.2027 10:02, schrieb Reto Brunner:"]),
        ("q", o.body[:11], 1),
        ("raw", [""]),
        (
            "new",
            L("""
            Guten Tag Herr Brunner
            Ich komme gerne, allerdings erst gegen 18.30 Uhr (Sitzung bis 18 Uhr).
            Freundliche Grüsse
            Kurt Widmer
        """),
        ),
    ]
    out.append(reply("de-widmer", "de", "hispeed_webmail", widmer, o, "2027-03-08 13:02", segs=segs))

    # 12. Outlook mobile, German
    wenger = P("Nadine Wenger", "nadine.wenger@wenger-law.example")
    o = einladung("de-wenger", wenger, "Sehr geehrte Frau Wenger", "2027-03-05 10:03")
    out.append(
        reply(
            "de-wenger",
            "de",
            "outlook_mobile",
            wenger,
            o,
            "2027-03-12 07:55",
            new=L("""
                Lieber Herr Brunner, leider bin ich am 23. an einer Verhandlung in Bern. Beim nächsten Mal gerne wieder!
                Beste Grüsse
                Nadine Wenger
            """),
            device="Holen Sie sich Outlook für iOS<https://aka.ms/o0ukef>",
        )
    )

    # 13. Apple Mail
    baumann = P("Lukas Baumann", "lukas.baumann@mac.example")
    o = letter(
        "de-baumann",
        WYSS,
        "wyss",
        "de",
        [baumann],
        "Guten Tag Herr Baumann",
        "2027-03-03 14:30",
        "Ihre Säule 3a - Einzahlung 2027",
        SAEULE,
    )
    out.append(
        reply(
            "de-baumann",
            "de",
            "apple_mail",
            baumann,
            o,
            "2027-03-03 20:11",
            new=L("""
                Hoi Sandra

                Danke dir. Lassen wir es wie bisher, eine zweite Lösung brauche ich nicht, ich beziehe ohnehin gestaffelt über das Freizügigkeitskonto.

                Liebe Grüsse
                Lukas
            """),
        )
    )

    # 14. Outlook: opt-out inside a longer reply to the invitation
    ammann = P("Beat Ammann", "beat.ammann@ammann-druck.example")
    o = einladung("de-ammann", ammann, "Sehr geehrter Herr Ammann", "2027-03-05 10:04")
    out.append(
        reply(
            "de-ammann",
            "de",
            "outlook",
            ammann,
            o,
            "2027-03-05 16:20",
            new=L("""
                Sehr geehrter Herr Brunner

                Besten Dank. Ich bin an solchen Anlässen nicht interessiert und möchte künftig auch keine Einladungen oder Newsletter mehr von Ihnen erhalten. Für Fragen zu meinem Depot melde ich mich direkt bei Ihnen.

                Freundliche Grüsse
                Beat Ammann
                Ammann Druck AG
            """),
            opt_out=True,
            html_only=True,
        )
    )

    # 15. OWA (new Outlook) from a company: [EXTERNAL] in the subject and banner in the quote, gateway footer at the end
    roth = P("Andrea Roth", "andrea.roth@alpenpharma.example")
    o = review("de-roth", "de", [roth], "Sehr geehrte Frau Roth", "2027-03-02 09:05")
    out.append(
        reply(
            "de-roth",
            "de",
            "owa",
            roth,
            o,
            "2027-03-02 13:33",
            new=L("""
                Guten Tag Herr Brunner

                Keine Änderungen. Allerdings bin ich ab 1. Mai in Elternzeit; bitte kontaktieren Sie mich bis dann nur noch über meine private Adresse andrea.roth@bluewin.example.

                Freundliche Grüsse
                Andrea Roth
                Head Regulatory Affairs
                AlpenPharma AG
            """),
            tag="[EXTERNAL]",
            banner=[
                "CAUTION: This email originated from outside of AlpenPharma. Do not click links or open attachments unless you recognize the sender."
            ],
            footer=[
                "AlpenPharma AG, Grabenstrasse 25, 6340 Baar, Switzerland. This e-mail and any attachments may contain confidential information. If you have received it in error, please delete it and notify the sender."
            ],
        )
    )

    # 16. Outlook: nothing typed except the signature inserted by Outlook, with a PDF
    lehmann = P("Sarah Lehmann", "sarah.lehmann@lehmann-garten.example")
    o = letter(
        "de-lehmann",
        BRUNNER,
        "brunner",
        "de",
        [lehmann],
        "Sehr geehrte Frau Lehmann",
        "2027-03-09 10:00",
        "Steuerausweis 2026 - fehlende Unterlagen",
        """
            Für den Steuerausweis 2026 fehlt uns noch die Bestätigung Ihrer Einkäufe in die Pensionskasse. Könnten Sie uns diese zustellen?
        """,
    )
    out.append(
        reply(
            "de-lehmann",
            "de",
            "outlook",
            lehmann,
            o,
            "2027-03-10 08:02",
            new=L("""
                Sarah Lehmann
                Lehmann Gartenbau GmbH
                Rütistrasse 7 | 8645 Jona
                +41 55 555 01 46
            """),
            attach=[("PK-Einkauf_2026_Bestaetigung.pdf", "application/pdf", b"%PDF-1.5 stand-in PK\n")],
            html_only=True,
        )
    )
    return out
