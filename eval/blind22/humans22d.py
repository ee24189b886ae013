"""Human replies of blind22, part d: Swedish clients (Copenhagen office) and German clients (the Amsterdam DACH desk)."""

from clients22 import Case as C

N = [
    # ---- Swedish
    C(
        "lindgren-outlook",
        "outlook",
        "sv",
        ("Anna Lindgren", "anna.lindgren@lindgrenbygg.example"),
        "review_sv",
        "2027-03-03 16:22",
        """
      Hej Karin,

      Torsdag 18 mars kl. 10.00 passar mig bra.

      Svar på dina frågor:
      1. Nej, samma tjänst och lön som i fjol.
      2. Ja, den kom i februari. Jag laddar upp den i portalen.
      3. Ja.

      Med vänlig hälsning
      Anna Lindgren
      Ekonomichef
      Lindgren Bygg AB
      Org.nr 559012-3456
      """,
        style="outlook",
    ),
    C(
        "berglund-gmail",
        "gmail",
        "sv",
        ("Johan Berglund", "johan.berglund@gmail.example"),
        "review_sv",
        "2027-03-04 07:30",
        """
      Hej Karin!

      Tisdag 23 mars kl. 14 funkar. Frågorna tar vi på mötet.

      Hälsningar
      Johan
      """,
        style="gmail",
    ),
    C(
        "sandberg-iphone",
        "ios_mail",
        "sv",
        ("Maria Sandberg", "maria@sandberg-hem.example"),
        "rem_sv",
        "2027-03-16 18:05",
        """
      Hej! Vi tar onsdag 31 mars kl. 09.30.
      /Maria
      """,
        style="ios",
        device="Skickat från min iPhone",
    ),
    C(
        "akesson-avregistrera",
        "outlook",
        "sv",
        ("Lars Åkesson", "lars.akesson@akesson-revision.example"),
        "review_sv",
        "2027-03-03 15:10",
        """
      Hej,

      Jag vill inte längre få utskick från er. Var snäll och avregistrera min adress från era listor.

      Lars Åkesson
      """,
        style="outlook",
        opt_out=True,
    ),
    C(
        "forsberg-bankbrev",
        "apple_mail",
        "sv",
        ("Elin Forsberg", "elin.forsberg@forsberg-design.example"),
        "review_sv",
        "2027-03-04 12:40",
        """
      Hej Karin,

      Tisdag 23 mars kl. 14.00 blir bra.

      En fråga: jag får ett nyhetsbrev från min gamla bank varje vecka. Ska jag avregistrera mig från det, eller behöver ni något därifrån inför deklarationen?

      Vänliga hälsningar
      Elin
      """,
        style="apple",
    ),
    C(
        "ek-rott",
        "outlook",
        "sv",
        ("Gunnar Ek", "gunnar.ek@ekskog.example"),
        "review_sv",
        "2027-03-05 10:50",
        """
      Hej Karin,

      Svar nedan i rött.

      Mvh
      Gunnar Ek
      Ek Skog AB
      """,
        style="outlook_bar",
        ans_color="red",
        answers=[
            ("kl. 09.30", "Den här tiden tar jag."),
            ("sedan förra året?", "Nej."),
            ("pensionsbolag?", "Inte än, jag har frågat efter den."),
            ("samma nivå?", "Ja, men höj gärna till 6 000 kr från april."),
        ],
    ),
    C(
        "holmqvist-botten",
        "thunderbird",
        "sv",
        ("Per Holmqvist", "per@holmqvist.example"),
        "review_sv",
        "2027-03-03 19:45",
        None,
        style="tb",
        tail="""
      Hej Karin,

      Jag föreslår onsdag 31 mars kl. 09.30. Frågorna svarar jag på i samband med mötet.

      Hälsningar
      Per
      """,
    ),
    C(
        "nystrom-html",
        "outlook_web",
        "sv",
        ("Sara Nyström", "sara.nystrom@nystrom-ab.example"),
        "rem_sv",
        "2027-03-17 08:12",
        """
      Hej Karin,

      Tyvärr passar inte 31 mars. Går det att ses i början av april, till exempel tisdag 6 april?

      Vänliga hälsningar
      Sara Nyström
      """,
        style="owa",
    ),
    # ---- German
    C(
        "reimers-gmbh",
        "outlook",
        "de",
        ("Claudia Reimers", "c.reimers@reimers-maschinenbau.example"),
        "overview_de",
        "2027-03-03 14:30",
        """
      Sehr geehrte Frau Aalders,

      vielen Dank für die Übersicht. Größere Entnahmen planen wir nicht, an der Ansässigkeit hat sich nichts geändert, und der Bericht darf gerne wieder an Herrn Dr. Lenz gehen.

      Ein Telefontermin in der Woche ab dem 15. März wäre mir recht.

      Mit freundlichen Grüßen

      Claudia Reimers
      Geschäftsführerin

      Reimers Maschinenbau GmbH
      Am Hafen 7, 26789 Leer
      Tel. +49 491 555 0123
      Sitz der Gesellschaft: Leer | Amtsgericht Aurich HRB 212345
      Geschäftsführer: Claudia Reimers, Tobias Reimers
      """,
        style="outlook",
        greet="Sehr geehrte Frau Reimers,",
    ),
    C(
        "hollstein-notes",
        "notes",
        "de",
        ("Bernd Hollstein", "bernd.hollstein@hollstein-partner.example"),
        "overview_de",
        "2027-03-04 08:20",
        """
      Sehr geehrte Frau Aalders,

      die Übersicht habe ich erhalten, vielen Dank. Zu Ihren Fragen melde ich mich nach Rücksprache mit meiner Frau bis Ende nächster Woche.

      Mit freundlichen Grüßen
      Bernd Hollstein

      Hollstein & Partner Steuerberatungsgesellschaft mbH
      Registergericht Düsseldorf HRB 98765
      """,
        style="notes",
        cs="iso-8859-1",
        prefix="Antwort: ",
        greet="Sehr geehrter Herr Hollstein,",
    ),
    C(
        "vogel-gmail",
        "gmail",
        "de",
        ("Katharina Vogel", "katharina.vogel@gmail.example"),
        "overview_de",
        "2027-03-03 21:05",
        """
      Liebe Frau Aalders,

      ein Telefonat am Dienstag, 16. März, ab 17 Uhr wäre ideal.

      Viele Grüße
      Katharina Vogel
      """,
        style="gmail",
        greet="Liebe Frau Vogel,",
    ),
    C(
        "brandt-verteiler",
        "ios_mail",
        "de",
        ("Wolfgang Brandt", "w.brandt@brandt-weinhandel.example"),
        "overview_de",
        "2027-03-03 12:12",
        """
      Guten Tag,

      bitte nehmen Sie mich aus Ihrem Verteiler. Ich möchte künftig keine E-Mails mehr von Ihnen bekommen.

      W. Brandt
      """,
        style="ios",
        device="Von meinem iPhone gesendet",
        opt_out=True,
        greet="Sehr geehrter Herr Brandt,",
    ),
    C(
        "seidel-papier",
        "apple_mail",
        "de",
        ("Ulrike Seidel", "ulrike.seidel@seidel-online.example"),
        "overview_de",
        "2027-03-05 17:55",
        """
      Liebe Frau Aalders,

      danke für die Übersicht. Eine Bitte: Schicken Sie mir die Berichte künftig nicht mehr per Post, sondern nur noch per E-Mail. Der Papierstapel wird zu groß.

      Herzliche Grüße
      Ulrike Seidel
      """,
        style="apple",
        greet="Liebe Frau Seidel,",
    ),
    C(
        "krueger-ohne-hinweis",
        "outlook",
        "de",
        ("Matthias Krüger", "m.krueger@krueger-logistik.example"),
        "overview_de",
        "2027-03-04 16:25",
        """
      Hallo Frau Aalders,

      danke, alles angekommen.

      Gruß
      Matthias Krüger
      """,
        style="outlook",
        ans_color="blue",
        greet="Sehr geehrter Herr Krüger,",
        answers=[
            ("größere Entnahmen?", "Ja, ca. 80.000 EUR im Sommer für das Ferienhaus."),
            ("Ansässigkeit etwas geändert?", "Nein."),
            ("Steuerberater senden?", "Ja, wie bisher."),
        ],
    ),
]
