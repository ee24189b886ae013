"""Human replies of blind22, part a: clients in the Netherlands writing Dutch to the Amsterdam office."""

from clients22 import Case as C
from firm22 import staff

MAARTJE = staff("maartje")

LETOP = [
    "LET OP: deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen, tenzij u "
    "de afzender herkent en weet dat de inhoud veilig is."
]
TIP_NL = [
    "U ontvangt niet vaak e-mail van m.vanvliet@vossberglindhardt.example. Ontdek waarom dit belangrijk is"
    "<https://aka.ms/LearnAboutSenderIdentification>"
]

FWD_DEGRAAF = C(
    "degraaf-fwd",
    "outlook",
    "nl",
    ("Willem de Graaf", "w.degraaf@degraafbeheer.example"),
    "stak_nl",
    "2027-03-09 13:31",
    """
    Ruud,

    Kun jij de jaarrekening 2026 van De Graaf Beheer B.V. rechtstreeks naar Maartje sturen zodra hij klaar is? Zij heeft hem nodig voor de STAK.

    Groet,
    Willem
    """,
    style="outlook_bar",
    fwd=True,
    to=[("Ruud Hendriks", "r.hendriks@hendriksverbeek.example")],
    cc=[MAARTJE],
    greet="Beste Willem,",
)

N = [
    C(
        "dewit-banner",
        "outlook",
        "nl",
        ("Annelies de Wit", "a.dewit@dewitinstallatie.example"),
        "review_nl",
        "2027-03-02 14:22",
        """
      Hoi Maartje,

      Dinsdag 16 maart om 14:00 past ons goed. Ik neem Gerard mee; hij heeft nog een vraag over het pensioen in eigen beheer dat we vorig jaar hebben afgekocht.

      Het pensioenoverzicht zet ik er vanavond in.

      Met vriendelijke groet,

      Annelies de Wit
      Directeur
      De Wit Installatietechniek B.V.
      Industrieweg 41 | 3771 ZZ Barneveld
      T 0342 555 018
      www.dewitinstallatie.example<https://www.dewitinstallatie.example/>

      De Wit Installatietechniek B.V. | KvK 70451239 | btw NL858412390B01
      Disclaimer: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder het bericht dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend.
      """,
        style="outlook",
        subj_tag="[EXTERN] ",
        qtop=LETOP,
        greet="Beste Annelies,",
    ),
    C(
        "bakker-gmail",
        "gmail",
        "nl",
        ("Sven Bakker", "sven.bakker@gmail.example"),
        "review_nl",
        "2027-03-02 21:47",
        """
      Beste Maartje,

      Donderdag 18 maart om 10:00 graag. Kan het ook via Teams? Ik zit die week in Rotterdam.

      Groet,
      Sven
      """,
        style="gmail",
    ),
    C(
        "jansen-nomarker",
        "outlook",
        "nl",
        ("Kees Jansen", "k.jansen@hollandwater.example"),
        "transfer_nl",
        "2027-03-03 16:40",
        """
      Joost,

      Dank je. De formulieren teken ik zodra ze er zijn.

      Kees
      """,
        style="outlook",
        ans_color="blue",
        answers=[
            ("Bent u nog in dienst", "Ja, nog steeds bij Holland Water, sinds 2019."),
            ("in het buitenland?", "Nee."),
            ("namens u aanvragen?", "Graag, dat scheelt mij veel tijd."),
            ("voor ondertekening?", "Naar ons huisadres, dat hebben jullie al."),
        ],
    ),
    C(
        "visser-rood",
        "outlook_imap",
        "nl",
        ("Ingrid Visser", "ingrid.visser@kpnmail.example"),
        "transfer_nl",
        "2027-03-04 08:55",
        """
      Beste Joost,

      Mijn antwoorden staan hieronder in het rood.

      Vriendelijke groet,
      Ingrid Visser
      """,
        style="outlook_orig",
        ans_color="red",
        cs="windows-1252",
        answers=[
            ("Bent u nog in dienst", "Nee, sinds 1 januari werk ik als zzp'er."),
            ("in het buitenland?", "Ja, twee jaar in België (2022-2023) bij een Belgische werkgever."),
            ("namens u aanvragen?", "Ja."),
            ("voor ondertekening?", "Per post graag, ik heb geen printer."),
        ],
    ),
    C(
        "mulder-iphone",
        "ios_mail",
        "nl",
        ("Bas Mulder", "bas@mulderfamilie.example"),
        "review_nl",
        "2027-03-02 12:03",
        """
      Donderdag de 18e om 10 uur is prima 👍
      Bas
      """,
        style="ios",
        device="Verstuurd vanaf mijn iPhone",
    ),
    C(
        "smit-bullets",
        "apple_mail",
        "nl",
        ("Henriëtte Smit", "h.smit@smitholding.example"),
        "stak_nl",
        "2027-03-10 19:12",
        """
      Beste Maartje,

      Een stand van zaken:

      - jaarrekening 2026: de accountant rondt die eind maart af, ik stuur hem door zodra ik hem heb
      - aandeelhoudersregister: staat inmiddels in het portaal
      - notulen: volgen nog, de secretaris is op vakantie

      Ik hoop dat dat zo goed is.

      Hartelijke groet,
      Henriëtte
      """,
        style="apple",
        greet="Beste Henriëtte,",
    ),
    FWD_DEGRAAF,
    C(
        "hendriks-accountant",
        "outlook",
        "nl",
        ("Ruud Hendriks", "r.hendriks@hendriksverbeek.example"),
        "stak_nl",
        "2027-03-11 10:15",
        """
      Beste Maartje, Willem,

      De jaarrekening 2026 is in concept klaar. Ik verwacht hem volgende week vast te stellen en stuur hem dan direct naar jullie allebei.

      Met vriendelijke groet,

      Ruud Hendriks RA
      Hendriks & Verbeek Accountants
      Stationsplein 3, 3811 ZZ Amersfoort
      T 033 555 0190

      Hendriks & Verbeek Accountants B.V. is ingeschreven bij de KvK onder nummer 80312544.
      Disclaimer: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Gebruik door anderen dan de geadresseerde(n) is niet toegestaan.
      """,
        style="outlook",
        chain=FWD_DEGRAAF,
        to=[("Willem de Graaf", "w.degraaf@degraafbeheer.example")],
        cc=[MAARTJE],
        greet="Beste Willem,",
    ),
    C(
        "groen-kpn-bottom",
        "roundcube",
        "nl",
        ("Tineke Groen", "tineke.groen@kpnmail.example"),
        "review_nl",
        "2027-03-03 09:12",
        None,
        style="roundcube",
        greet="Beste mevrouw Groen,",
        tail="""
      Dag mevrouw Van Vliet,

      Maandag 22 maart om 15:00 komt mij het beste uit. Mijn man is dan ook thuis.

      Met vriendelijke groet,
      Tineke Groen
      """,
    ),
    C(
        "hoekstra-uitschrijven",
        "open_xchange",
        "nl",
        ("Frans Hoekstra", "f.hoekstra@ziggo-mail.example"),
        "newsletter_nl",
        "2027-03-08 08:50",
        """
      Goedemorgen,

      Wilt u mij uitschrijven voor dit kwartaalbericht? Ik heb mijn vermogen vorig jaar ondergebracht bij mijn zoon en lees het toch niet meer.

      Met vriendelijke groet,
      F. Hoekstra
      """,
        style="ox",
        opt_out=True,
        host="smtp.ziggo-mail.example",
    ),
    C(
        "brouwer-afmelden",
        "gmail",
        "nl",
        ("Henk Brouwer", "henkbrouwer@gmail.example"),
        "newsletter_nl",
        "2027-03-08 12:30",
        """
      Afmelden a.u.b.

      H. Brouwer
      """,
        style="gmail_alt",
        opt_out=True,
    ),
    C(
        "dijkstra-inleg",
        "outlook_mac",
        "nl",
        ("Lotte Dijkstra", "lotte@dijkstra-design.example"),
        "review_nl",
        "2027-03-04 11:20",
        """
      Hoi Maartje,

      Maandag 22 maart om 15:00 is goed.

      Los daarvan: wil je de maandelijkse inleg van € 750 op de beleggingsrekening per 1 april stopzetten? We gaan verbouwen en hebben het geld even nodig.

      Groetjes,
      Lotte
      """,
        style="mac",
    ),
    C(
        "vermeulen-footer",
        "thunderbird",
        "nl",
        ("Jeroen Vermeulen", "jeroen@vermeulen-thuis.example"),
        "newsletter_nl",
        "2027-03-09 20:05",
        """
      Hallo,

      Interessant stuk over schenken. Geldt de verhoogde vrijstelling voor de eigen woning ook als de schenking over twee jaren wordt verdeeld?

      Groet,
      Jeroen

      --|
      Jeroen Vermeulen | Utrecht
      """,
        style="tb",
    ),
    C(
        "verhoeven-owa",
        "outlook_web",
        "nl",
        ("Mark Verhoeven", "mark.verhoeven@rijnlandlogistiek.example"),
        "transfer_nl",
        "2027-03-05 07:58",
        """
      Hallo Joost,

      Kort:
      1. Ja, nog in dienst.
      2. Nee.
      3. Ja graag.
      4. Naar mijn werkadres, t.a.v. Mark Verhoeven.

      Groet,
      Mark Verhoeven
      Rijnland Logistiek
      """,
        style="owa",
    ),
    C(
        "bos-proofpoint",
        "outlook",
        "nl",
        ("Carolien Bos", "carolien.bos@noordzee-energie.example"),
        "review_nl",
        "2027-03-02 17:35",
        """
      Beste Maartje,

      Geen van de voorgestelde momenten lukt helaas; ik zit die weken in Aberdeen. Kan het ook donderdag 25 maart of dinsdag 30 maart, aan het eind van de middag?

      Met vriendelijke groet,

      Carolien Bos
      Manager Treasury
      Noordzee Energie N.V.
      """,
        style="outlook",
        rewrite="proofpoint",
        qtop=TIP_NL,
        greet="Beste Carolien,",
        after="""
      Noordzee Energie N.V. | Dit bericht is gecontroleerd op virussen. De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Noordzee Energie N.V. aanvaardt geen aansprakelijkheid voor schade als gevolg van het gebruik van e-mail.
      """,
    ),
    C(
        "vandenberg-pasen",
        "gmail",
        "nl",
        ("Pim van den Berg", "pim@vandenbergholding.example"),
        "rem_nl",
        "2027-03-30 08:40",
        """
      Beste Maartje,

      Excuus, het is door Pasen blijven liggen. De jaarrekening staat er nu in; het register volgt morgen.

      Groet,
      Pim
      """,
        style="gmail",
    ),
]
