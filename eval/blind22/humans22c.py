"""Human replies of blind22, part c: Danish and Norwegian clients writing to the Copenhagen office."""

from clients22 import Case as C

EKSTERN = [
    "EKSTERN E-MAIL: Denne mail kommer fra en afsender uden for Holm VVS. Vær forsigtig med links og vedhæftede filer."
]

N = [
    # ---- Danish
    C(
        "holm-ekstern",
        "outlook",
        "da",
        ("Jesper Holm", "jesper.holm@holmvvs.example"),
        "review_da",
        "2027-03-03 07:45",
        """
      Hej Mette

      Tirsdag den 23. marts kl. 9.00 passer os fint. Min pensionsoversigt ligger i mappen nu, Louises kommer i weekenden.

      Venlig hilsen

      Jesper Holm
      Direktør
      Holm VVS A/S
      Smedevej 14, 8600 Silkeborg
      Tlf. +45 55 55 02 14

      Holm VVS A/S | CVR-nr. 38112456
      Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du give afsenderen besked og slette mailen.
      """,
        style="outlook",
        subj_tag="[EKSTERN] ",
        qtop=EKSTERN,
        greet="Kære Jesper og Louise",
        rewrite="mimecast",
    ),
    C(
        "frost-gmail",
        "gmail",
        "da",
        ("Camilla Frost", "camilla.frost@gmail.example"),
        "review_da",
        "2027-03-02 20:11",
        """
      Hej Mette

      Vi tager onsdag den 17. kl. 13.30. Rasmus kommer direkte fra arbejde, så måske et par minutter forsinket.

      Mvh Camilla
      """,
        style="gmail",
        greet="Kære Camilla og Rasmus",
    ),
    C(
        "kjaer-iphone",
        "ios_mail",
        "da",
        ("Niels Kjær", "niels@kjaer-gaard.example"),
        "review_da",
        "2027-03-03 06:58",
        """
      Hej Mette
      Tirsdag den 16. kl. 10 er fint. Vi kommer begge.
      Niels
      """,
        style="ios",
        device="Sendt fra min iPhone",
    ),
    C(
        "lund-blaat",
        "outlook",
        "da",
        ("Birgitte Lund", "birgitte.lund@lundarkitekter.example"),
        "profile_da",
        "2027-03-05 14:40",
        """
      Hej Anders

      Se mine svar med blåt nedenfor.

      Venlig hilsen
      Birgitte Lund
      Partner, Lund Arkitekter ApS
      CVR-nr. 40918273
      """,
        style="outlook",
        ans_color="blue",
        answers=[
            ("gå på pension?", "Omkring 2035, når jeg fylder 64."),
            ("vi rådgiver om?", "Ja, en gammel ordning fra mit første job. Jeg finder papirerne frem."),
            ("kan du acceptere?", "Op til 20 % uden at sove dårligt."),
            ("ESG-kriterier?", "Ja."),
        ],
    ),
    C(
        "bach-initialer",
        "outlook_mac",
        "da",
        ("Henrik Bach", "henrik.bach@bachogsoen.example"),
        "profile_da",
        "2027-03-08 08:05",
        """
      Anders

      Svar i teksten, mærket HB.

      Henrik
      """,
        style="mac",
        answers=[
            ("gå på pension?", "HB: Tidligst 2038."),
            ("vi rådgiver om?", "HB: Nej."),
            ("kan du acceptere?", "HB: 10-15 %."),
            ("ESG-kriterier?", "HB: Ja, men ikke på bekostning af afkastet."),
        ],
    ),
    C(
        "moller-afmeld",
        "webmail",
        "da",
        ("Grethe Møller", "grethe.moller@jubimail.example"),
        "newsletter_da",
        "2027-03-08 10:30",
        """
      Goddag

      Venligst afmeld mig alle jeres udsendelser. Jeg er ikke længere kunde og ønsker ikke at få mere post fra jer.

      Med venlig hilsen
      Grethe Møller
      """,
        style="jubi",
        opt_out=True,
        cs="iso-8859-1",
        host="smtp.jubimail.example",
    ),
    C(
        "dalgaard-spanien",
        "apple_mail",
        "da",
        ("Søren Dalgaard", "soren@dalgaard-familie.example"),
        "review_da",
        "2027-03-02 16:30",
        """
      Kære Mette

      Vi er i Spanien til den 20. marts, så ingen af tiderne passer. Kan vi tage et møde i uge 13, gerne tirsdag eller onsdag?

      Kærlig hilsen
      Søren og Anne
      """,
        style="apple",
        greet="Kære Søren og Anne",
    ),
    C(
        "winther-fjern-jens",
        "outlook",
        "da",
        ("Peter Winther", "peter.winther@winther-invest.example"),
        "review_da",
        "2027-03-04 09:50",
        """
      Hej Mette

      Fremover må I gerne fjerne Jens fra mails om familiens formue. Han er trådt ud af bestyrelsen i holdingselskabet.

      Tirsdag den 16. kl. 10.00 passer mig.

      Venlig hilsen
      Peter Winther
      Winther Invest ApS
      """,
        style="outlook_bar",
    ),
    C(
        "skov-bund",
        "thunderbird",
        "da",
        ("Morten Skov", "morten.skov@skovmail.example"),
        "rem_da",
        "2027-03-16 11:30",
        None,
        style="tb",
        keep=["Jeg mangler stadig"],
        greet="Kære Morten",
        tail="""
      Undskyld, det var gledet i glemmebogen. Svarene kommer i aften.

      Morten
      """,
    ),
    C(
        "vinther-fastmail",
        "fastmail",
        "da",
        ("Ida Vinther", "ida@vinther.example"),
        "profile_da",
        "2027-03-06 09:00",
        """
      Hej Anders

      1) Regner med 2041.
      2) Ja, en ratepension i mit tidligere pengeinstitut.
      3) 25 %.
      4) Ja, gerne.

      Ida
      """,
        style="fastmail",
    ),
    C(
        "norby-revisor",
        "help_scout",
        "da",
        ("Lene Nørby", "kontakt@norby-revision.example"),
        "review_da",
        "2027-03-04 15:00",
        """
      Hej Mette

      Tak for mailen. Vi har i dag lagt pensionsoversigten for begge ægtefæller i kundeportalen. Familien Nørgaard foretrækker mødet den 17. marts kl. 13.30.

      Med venlig hilsen

      Lene Nørby
      Statsautoriseret revisor
      Nørby Revision ApS | CVR-nr. 41230876
      """,
        style="helpscout",
        greet="Kære Lene",
    ),
    # ---- Norwegian
    C(
        "solberg-outlook",
        "outlook",
        "no",
        ("Kari Solberg", "kari.solberg@solberg-eiendom.example"),
        "review_no",
        "2027-03-04 13:10",
        """
      Hei Ingrid,

      Onsdag 17. mars kl. 14.00 passer bra.

      Til spørsmålene dine:
      1. Ja, vi solgte hytta på fjellet i september.
      2. Ja.
      3. Ja, send den til regnskapsføreren som før.

      Vennlig hilsen
      Kari Solberg
      Daglig leder
      Solberg Eiendom AS
      Org.nr. 923 456 781
      """,
        style="outlook_bar",
    ),
    C(
        "nilsen-gmail-inline",
        "gmail",
        "no",
        ("Eirik Nilsen", "eirik.nilsen@gmail.example"),
        "review_no",
        "2027-03-05 22:15",
        """
      Hei Ingrid,

      Svar under hvert spørsmål.

      Hilsen Eirik
      """,
        style="gmail",
        answers=[
            ("fredag 19. mars", "Fredag passer best for meg."),
            ("eiendom i 2026?", "Nei."),
            ("banken din?", "Ja, men jeg vurderer å flytte den."),
            ("som i fjor?", "Ja takk."),
        ],
    ),
    C(
        "bakke-avmeld",
        "ios_mail",
        "no",
        ("Torill Bakke", "torill.bakke@bakke-gard.example"),
        "review_no",
        "2027-03-04 10:05",
        """
      Hei,

      Jeg ønsker ikke å motta flere e-poster fra dere. Vennligst fjern meg fra listene deres.

      Torill Bakke
      """,
        style="ios",
        device="Sendt fra min iPhone",
        opt_out=True,
    ),
    C(
        "lie-sms",
        "outlook_mac",
        "no",
        ("Magnus Lie", "magnus.lie@lie-konsult.example"),
        "review_no",
        "2027-03-04 11:45",
        """
      Hei Ingrid,

      Mandag 15. mars kl. 10.00 passer.

      En ting til: kan dere slutte å sende meg påminnelser på SMS? E-post holder fint.

      Hilsen Magnus
      """,
        style="mac",
    ),
    C(
        "berg-android",
        "outlook_mobile",
        "no",
        ("Håkon Berg", "hakon.berg@bergmaritime.example"),
        "review_no",
        "2027-03-06 07:20",
        """
      Hei Ingrid
      Jeg er på sjøen til over påske. Kan vi ta gjennomgangen på telefon tirsdag 30. mars?
      Håkon
      """,
        style="outlook_bar",
        device="Få Outlook for Android<https://aka.ms/AAb9ysg>",
    ),
    C(
        "haugen-paaske",
        "gmail",
        "no",
        ("Silje Haugen", "silje.haugen@gmail.example"),
        "review_no",
        "2027-03-29 20:40",
        """
      Hei Ingrid!

      Beklager sent svar, vi har vært på påskefjellet. Kan vi finne en tid i april i stedet?

      Silje
      """,
        style="gmail",
    ),
]
