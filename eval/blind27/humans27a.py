"""blind27 human replies (1/2): Sweden, Åland and Swedish-speaking Finland, Denmark, the Faroe Islands, Norway and
Iceland. Each case: the bank's message it answers (its own copy), the sender's client and what the sender wrote."""

from eng27 import DEVICE, Bank, L, Reply, gmail_msgid
from mime12 import rng

N = []


def R(slug, **kw):
    N.append(Reply(slug, **kw))


# ---------------------------------------------------------------------------------------------------------- Sweden
R(
    "berglund-tisdag",
    country="SE",
    lang="sv",
    client="outlook",
    style="outlook",
    who=("Anders Berglund", "anders.berglund@berglundskog.example"),
    bank=Bank("review-sv", ("Anders Berglund", "anders.berglund@berglundskog.example"), "Hej Anders,"),
    date="2027-04-07 07:52",
    cs="windows-1252",
    text=L("""
        Hej Karin!

        Tisdag 20 april kl. 10.00 passar mig bra. Jag kommer till kontoret.
        Kan vi också titta på skogskontot och hur vi placerar likviden från gallringen?

        Hälsningar
        Anders

        Anders Berglund
        Berglund Skog AB
        Tel. 070-174 06 23
        anders.berglund@berglundskog.example<mailto:anders.berglund@berglundskog.example>
    """),
)
R(
    "nyqvist-ok",
    country="SE",
    lang="sv",
    client="ios",
    style="ios",
    who=("Gunilla Nyqvist", "gunilla.nyqvist@nyqvistmail.example"),
    bank=Bank("cutoff-sv", ("Gunilla Nyqvist", "gunilla.nyqvist@nyqvistmail.example"), "Hej Gunilla,"),
    date="2027-05-03 12:40",
    text=["Ok."],
    device=DEVICE["sv"],
    ios_bom=True,
)
R(
    "holm-avregistrera",
    country="SE",
    lang="sv",
    client="gmail",
    style="gmail",
    who=("Per Holm", "per.holm@holmsnickeri.example"),
    bank=Bank("letter-sv-04", ("Per Holm", "per.holm@holmsnickeri.example"), "Hej Per,"),
    date="2027-04-13 18:05",
    opt_out=True,
    text=L("""
        Hej,

        Avregistrera mig, tack. Jag vill inte längre få några utskick från er.

        Per Holm
    """),
)
R(
    "sandberg-staende-overforing",
    country="SE",
    lang="sv",
    client="outlook",
    style="outlook_plain",
    who=("Lennart Sandberg", "lennart@sandberg-revision.example"),
    bank=Bank("cutoff-sv", ("Lennart Sandberg", "lennart@sandberg-revision.example"), "Hej Lennart,"),
    date="2027-05-03 15:20",
    cs="iso-8859-1",
    text=L("""
        Hej Karin,

        Tack för påminnelsen. Inga betalningar från min sida den här veckan.

        Däremot vill jag att ni slutar med den stående överföringen på 5 000 kr
        till sparkontot. Den som skulle gå den 25 maj ska alltså inte göras,
        och inga fler efter det.

        Vänliga hälsningar
        Lennart Sandberg
    """),
)
R(
    "lindgren-svar-i-texten",
    country="SE",
    lang="sv",
    client="outlook",
    style="outlook",
    who=("Maria Lindgren", "maria.lindgren@lindgrenark.example"),
    bank=Bank("kyc-sv", ("Maria Lindgren", "maria.lindgren@lindgrenark.example"), "Hej Maria,"),
    date="2027-05-11 09:03",
    colour="#C00000",
    marker_style="font-weight:bold",
    text=L("""
        Hej Karin,

        Se mina svar i texten nedan (i rött).

        Mvh
        Maria
    """),
    inline=[
        ("1. Har din", ["SVAR: Nej, jag bor kvar i Sverige och är skattskyldig här."]),
        ("2. Varifrån", ["SVAR: Försäljningen av sommarstugan på Gotland i mars, ca 2,4 mkr."]),
        ("3. Är du", ["SVAR: Nej."]),
    ],
)
R(
    "stromberg-kommun",
    country="SE",
    lang="sv",
    client="outlook",
    style="outlook",
    who=("Eva Strömberg", "eva.stromberg@hallsjo.example"),
    bank=Bank("review-sv", ("Eva Strömberg", "eva.stromberg@hallsjo.example"), "Hej Eva,"),
    date="2027-04-08 13:15",
    text=L("""
        Hej Karin,

        Tack för inbjudan. Torsdag 22 april kl. 14.00 fungerar för mig och vår finanschef Jonas Ek.
        Vi föredrar Teams eftersom vi inte kan resa till Stockholm den veckan.

        Med vänlig hälsning

        Eva Strömberg
        Ekonomichef
        Ekonomiavdelningen, Hällsjö kommun
        Tel: 0640-555 01 80
        www.hallsjo.example<https://www.hallsjo.example/>

        När du skickar e-post till Hällsjö kommun behandlar vi dina personuppgifter enligt dataskyddsförordningen.
        Läs mer på www.hallsjo.example/personuppgifter<https://www.hallsjo.example/personuppgifter>
    """),
)
R(
    "ostberg-papper",
    country="SE",
    lang="sv",
    client="ox_webmail",
    style="ox",
    who=("Birgitta Östberg", "birgitta.ostberg@telia-privat.example"),
    bank=Bank("letter-sv-05", ("Birgitta Östberg", "birgitta.ostberg@telia-privat.example"), "Hej Birgitta,"),
    date="2027-05-12 10:31",
    text=L("""
        Hej!

        Tack för brevet, det läser jag gärna även i fortsättningen.
        Men jag vill inte längre få kontoutdragen på papper. Det räcker att de finns i internetbanken.
        Kan ni ordna det?

        Hälsningar
        Birgitta Östberg
    """),
)

# ------------------------------------------------------------------------ Åland and Swedish-speaking Finland
R(
    "sjoholm-under-citatet",
    country="AX",
    lang="sv",
    client="thunderbird",
    style="thunderbird",
    who=("Fredrik Sjöholm", "fredrik@rederisjoholm.example"),
    bank=Bank("kyc-sv-fi", ("Fredrik Sjöholm", "fredrik@rederisjoholm.example"), "Hej Fredrik,"),
    date="2027-05-12 16:40",
    below=L("""
        Hej Johanna,

        1. Nej, bolaget är fortfarande skattskyldigt i Finland (Åland).
        2. Fraktintäkter och försäljningen av m/s Skarven i februari.
        3. Nej.

        Hälsningar
        Fredrik

        -- |
        Fredrik Sjöholm
        Verkställande direktör, Rederi Sjöholm Ab
        Mariehamn, Åland
    """),
)
R(
    "westerlund-onsdag",
    country="FI",
    lang="sv",
    client="gmail",
    style="gmail",
    who=("Kaj Westerlund", "kaj.westerlund@westerlundskog.example"),
    bank=Bank("review-sv-fi", ("Kaj Westerlund", "kaj.westerlund@westerlundskog.example"), "Hej Kaj,"),
    date="2027-04-08 20:14",
    text=L("""
        Hej Johanna,

        Onsdag 21.4 kl. 13 passar bra, jag kommer till kontoret.
        Jag tar med mig skogsbruksplanen för Närpesgården.

        Hälsningar
        Kaj Westerlund
    """),
)

# --------------------------------------------------------------------------------------------------------- Denmark
R(
    "kjaer-torsdag",
    country="DK",
    lang="da",
    client="outlook",
    style="outlook",
    who=("Lars Kjær", "lk@kjaerinvest.example"),
    bank=Bank("review-da", ("Lars Kjær", "lk@kjaerinvest.example"), "Kære Lars,"),
    date="2027-04-06 14:22",
    cs="windows-1252",
    text=L("""
        Hej Mette

        Torsdag den 22. april kl. 14.00 passer fint. Jeg kommer ind på kontoret.
        Min revisor, Susanne, deltager muligvis via Teams – jeg vender tilbage.

        Venlig hilsen
        Lars Kjær
        Adm. direktør
        Kjær Family Office ApS
        Mobil +45 55 50 17 40
    """),
)
R(
    "dam-tak",
    country="DK",
    lang="da",
    client="ios",
    style="ios",
    who=("Henrik Dam", "henrik.dam@dammail.example"),
    bank=Bank("cutoff-da", ("Henrik Dam", "henrik.dam@dammail.example"), "Hej Henrik,"),
    date="2027-05-03 11:02",
    text=["Tak"],
    device=DEVICE["da"],
)
R(
    "frederiksen-afmeld",
    country="DK",
    lang="da",
    client="outlook",
    style="outlook_plain",
    who=("Bent Frederiksen", "bent@frederiksen-vvs.example"),
    bank=Bank("letter-da-04", ("Bent Frederiksen", "bent@frederiksen-vvs.example"), "Kære Bent,"),
    date="2027-04-14 08:47",
    cs="iso-8859-1",
    opt_out=True,
    text=L("""
        Afmeld venligst.

        Jeg ønsker ikke at modtage flere markedsbreve eller andre mails af den slags fra jer.

        Med venlig hilsen
        Bent Frederiksen
    """),
)
R(
    "holst-ikke-foer-ti",
    country="DK",
    lang="da",
    client="gmail",
    style="gmail",
    who=("Jens Holst", "jens@holstfiskeri.example"),
    bank=Bank("kyc-da", ("Jens Holst", "jens@holstfiskeri.example"), "Hej Jens,"),
    date="2027-05-10 19:30",
    text=L("""
        Hej Mette

        1. Nej, uændret.
        2. Salg af kutteren "Marie Holst" i marts.
        3. Nej.

        Ring venligst ikke til mig før kl. 10 – jeg er på havnen om morgenen
        og kan ikke tage telefonen.

        Mvh Jens Holst
        Holst Fiskeri ApS, Thyborøn
    """),
)
R(
    "mikkelsen-svar-under-spoergsmaal",
    country="DK",
    lang="da",
    client="thunderbird",
    style="thunderbird",
    who=("Søren Mikkelsen", "soeren@mikkelsen-familie.example"),
    bank=Bank("kyc-da", ("Søren Mikkelsen", "soeren@mikkelsen-familie.example"), "Hej Søren,"),
    date="2027-05-11 21:10",
    inline=[
        ("1. Er dit", ["Nej, stadig Danmark."]),
        ("2. Hvor stammer", ["Arv efter min mor og salget af hendes lejlighed i Aarhus."]),
        ("3. Er du", ["Nej."]),
    ],
    below=["Mvh Søren"],
)
R(
    "juul-in-english",
    country="DK",
    lang="en",
    client="roundcube",
    style="roundcube",
    ui="en",
    who=("Mads Juul", "mads@tidevand-robotics.example"),
    bank=Bank("review-da", ("Mads Juul", "mads@tidevand-robotics.example"), "Hej Mads,"),
    date="2027-04-07 09:05",
    text=L("""
        Hi Mette,

        Sorry for answering in English - our whole team works in English, so it is easier for me to keep everything in one language.

        Wednesday 28 April at 9:30 works for me. Teams is best, I am in Berlin that week.

        Best,
        Mads Juul
        Co-founder & CEO, Tidevand Robotics ApS
    """),
)

# ------------------------------------------------------------------------------------------------- Faroe Islands
R(
    "joensen-foeroyskt",
    country="FO",
    lang="fo",
    client="outlook",
    style="outlook",
    ui="da",
    who=("Jógvan Joensen", "jogvan@joensen-reidari.example"),
    bank=Bank("review-da", ("Jógvan Joensen", "jogvan@joensen-reidari.example"), "Kære Jógvan,"),
    date="2027-04-07 10:15",
    text=L("""
        Góðan dag, Mette

        Takk fyri boðið. Týsdagin 20. apríl kl. 10 hóskar mær væl, men eg komi ikki til Keypmannahavnar.
        Kunnu vit heldur tosa saman á Teams?

        Vinarliga
        Jógvan Joensen
        Reiðari, P/F Joensen Reiðarí
        Klaksvík
    """),
)
R(
    "fiskimannafelag-videresendt",
    country="FO",
    lang="da",
    client="outlook",
    style="outlook",
    ui="da",
    who=("Rakul Hansen", "skrivstova@fiskimannafelag-nord.example"),
    bank=Bank("cutoff-da", ("Fiskimannafelagið Norður", "skrivstova@fiskimannafelag-nord.example"), "Kære alle,"),
    date="2027-05-03 11:40",
    to=("Hans Petur Poulsen", "hanspetur@fiskimannafelag-nord.example"),
    cc=[("Mette Skovgaard", "mette.skovgaard@kessel-nordahl.example")],
    outlook_forward=True,
    text=L("""
        Hans Petur – kan du tage dig af det her inden tirsdag?

        Mette: Hans Petur er vores kasserer og svarer fremover på foreningens vegne i sager om betalinger.

        Venlig hilsen
        Rakul Hansen
        Skrivstovan, Fiskimannafelagið Norður
    """),
)

# ---------------------------------------------------------------------------------------------------------- Norway
R(
    "haugen-tirsdag",
    country="NO",
    lang="no",
    client="outlook",
    style="outlook",
    who=("Kari Haugen", "kari@haugen-eiendom.example"),
    bank=Bank("review-no", ("Kari Haugen", "kari@haugen-eiendom.example"), "Hei Kari,"),
    date="2027-04-07 12:10",
    text=L("""
        Hei Eirik,

        Tirsdag 20. april kl. 10.00 passer fint for meg. Jeg kommer innom kontoret.
        Kan du sende meg oversikten over fondene på forhånd?

        Vennlig hilsen
        Kari Haugen
        Haugen Eiendom AS
    """),
)
R(
    "solberg-avmeld",
    country="NO",
    lang="no",
    client="ios",
    style="ios",
    who=("Arne Solberg", "arne.solberg@solbergpost.example"),
    bank=Bank("letter-no-04", ("Arne Solberg", "arne.solberg@solbergpost.example"), "Hei Arne,"),
    date="2027-04-14 07:12",
    opt_out=True,
    device=DEVICE["no"],
    text=L("""
        Vennligst meld meg av nyhetsbrevet. Ikke send meg flere e-poster.
        Arne Solberg
    """),
)
_eide = Bank("kyc-no", ("Martin Eide", "martin@eiderederi.example"), "Hei Martin,")
R(
    "lunde-over-videresending",
    country="NO",
    lang="no",
    client="gmail",
    style="gmail",
    who=("Ingrid Lunde", "ingrid@eiderederi.example"),
    bank=_eide,
    date="2027-05-11 08:25",
    to=("Eirik Haugland", "eirik.haugland@kessel-nordahl.example"),
    cc=[("Martin Eide", "martin@eiderederi.example")],
    forward=dict(
        by=("Martin Eide", "martin@eiderederi.example"),
        date="2027-05-10 11:02",
        country="NO",
        ui="no",
        from_label="Fra:",
        note=["Ingrid, kan du svare på dette? Du har tallene.", "", "Martin"],
        msgid=gmail_msgid(rng("fwd27", "eide")),
    ),
    text=L("""
        Hei Eirik,

        Jeg svarer på vegne av Martin og Eide Rederi AS:

        1. Nei, selskapet er fortsatt skattemessig hjemmehørende i Norge.
        2. Løpende fraktinntekter og salget av M/S Eide Viking i februar.
        3. Nei, ingen av de reelle rettighetshaverne er PEP.

        Med vennlig hilsen
        Ingrid Lunde
        Finansdirektør, Eide Rederi AS
    """),
)
R(
    "dahl-fra-mobilen",
    country="NO",
    lang="no",
    client="outlook_mobile",
    style="owa",
    who=("Sigrid Dahl", "sigrid.dahl@dahlbygg.example"),
    bank=Bank("cutoff-no", ("Sigrid Dahl", "sigrid.dahl@dahlbygg.example"), "Hei Sigrid,"),
    date="2027-05-12 07:45",
    device="Få Outlook for iOS<https://aka.ms/o0ukef>",
    text=L("""
        Hei Eirik,

        Takk for påminnelsen. Vi har ingen betalinger som haster før 17. mai.
        God nasjonaldag når den tid kommer!

        Sigrid
    """),
)
R(
    "berg-stopp-trekket",
    country="NO",
    lang="no",
    client="outlook",
    style="outlook_plain",
    who=("Tor Berg", "tor.berg@bergregnskap.example"),
    bank=Bank("cutoff-no", ("Tor Berg", "tor.berg@bergregnskap.example"), "Hei Tor,"),
    date="2027-05-12 10:05",
    cs="iso-8859-1",
    text=L("""
        Hei,

        Kan dere stoppe det faste trekket på 3 000 kr til aksjesparekontoen fra og med juni?
        Jeg vil ikke ha flere trekk før jeg har snakket med Eirik om sparingen.

        Mvh
        Tor Berg
    """),
)
R(
    "strand-lakseprisene",
    country="NO",
    lang="no",
    client="gmail",
    style="gmail",
    who=("Ola Strand", "ola@strand-havbruk.example"),
    bank=Bank("letter-no-05", ("Ola Strand", "ola@strand-havbruk.example"), "Hei Ola,"),
    date="2027-05-11 09:40",
    cte="base64",
    text=L("""
        Hei,

        Interessant det dere skriver om lakseprisene. Har dere tallene per uke
        for april og mai? Jeg driver et lite oppdrett i Lofoten og følger dette tett.

        Hilsen
        Ola Strand
    """),
)

# --------------------------------------------------------------------------------------------------------- Iceland
R(
    "gudrun-a-islensku",
    country="IS",
    lang="is",
    client="gmail",
    style="gmail",
    ui="is",
    who=("Guðrún Sigurðardóttir", "gudrun@hafbru-ferdir.example"),
    bank=Bank("review-en", ("Guðrún Sigurðardóttir", "gudrun@hafbru-ferdir.example"), "Dear Guðrún,"),
    date="2027-04-08 09:30",
    cte="base64",
    text=L("""
        Sæll Martin,

        Afsakaðu að ég svara á íslensku. Fimmtudagurinn 22. apríl hentar mér
        því miður ekki, það er sumardagurinn fyrsti og frídagur hér á Íslandi.
        Þriðjudagurinn 20. apríl kl. 10:00 að ykkar tíma hentar mér vel, á Teams.

        Kveðja,
        Guðrún Sigurðardóttir
    """),
)
R(
    "thorsson-english",
    country="IS",
    lang="en",
    client="outlook",
    style="outlook",
    ui="is",
    who=("Einar Þórsson", "einar@hafbrun.example"),
    bank=Bank("kyc-en", ("Einar Þórsson", "einar@hafbrun.example"), "Dear Einar,"),
    date="2027-05-10 15:20",
    cs="iso-8859-1",
    text=L("""
        Dear Martin,

        Please find our answers below:

        1. No change, the company is still tax resident in Iceland.
        2. Proceeds from the sale of cod quota to another company in Grindavík, completed in April.
        3. No.

        Best regards,
        Einar Þórsson
        CFO | Hafbrún ehf.
        Grindavík, Iceland
    """),
)
R(
    "jonsdottir-postlisti",
    country="IS",
    lang="is",
    client="outlook_web",
    style="owa",
    ui="is",
    who=("Sigríður Jónsdóttir", "sigridur@jons-radgjof.example"),
    bank=Bank("letter-en-04", ("Sigríður Jónsdóttir", "sigridur@jons-radgjof.example"), "Dear Sigríður,"),
    date="2027-04-13 10:02",
    opt_out=True,
    text=L("""
        Góðan dag,

        Vinsamlegast takið mig af póstlistanum ykkar. Ég vil ekki fá fleiri fréttabréf frá ykkur.

        Kær kveðja,
        Sigríður Jónsdóttir
    """),
)
