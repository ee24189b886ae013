"""blind27 automatic replies: Exchange out-of-office notices in the correspondents' languages, Gmail vacation
responders, a Sieve vacation notice and two acknowledgements naming no absence. until: the end date the notice gives
(the later of the last day away and the day back when it names both; a week named by its number is that ISO week's
Friday; None when it names no date or only a vague one)."""

from eng27 import Bank, L, auto, week_friday

A = []


def X(slug, *, lang, who, country, bank, minutes, text, until, client="exchange", style="exchange", week=None, **kw):
    A.append(
        dict(
            slug=slug,
            week=week,
            args=dict(
                lang=lang,
                client=client,
                who=who,
                country=country,
                bank=bank,
                minutes=minutes,
                lines=L(text),
                until=until,
                style=style,
                **kw,
            ),
        )
    )


# ---------------------------------------------------------------------------------------------------------- Sweden
_w = ("Olof Lindahl", "olof.lindahl@lindahlfastigheter.example")
X(
    "lindahl-tom-16-april",
    lang="sv",
    who=_w,
    country="SE",
    bank=Bank("review-sv", _w, "Hej Olof,"),
    minutes=1,
    until="2027-04-16",
    text="""
        Hej,

        Tack för ditt mejl. Jag är ledig t.o.m. 16 april och läser inte e-post under tiden.
        Vid brådskande ärenden, kontakta min kollega Eva Nord, eva.nord@lindahlfastigheter.example.

        Vänliga hälsningar
        Olof Lindahl
    """,
)
_w = ("Lena Åkerman", "lena.akerman@akermanadvokat.example")
X(
    "akerman-valborg",
    lang="sv",
    who=_w,
    country="SE",
    bank=Bank("kyc-sv", _w, "Hej Lena,", when="2027-04-29 17:20"),
    minutes=0,
    until="2027-05-03",
    text="""
        Hej!

        Jag är ledig från och med fredag 30 april till och med söndag 2 maj (Valborg).
        Jag är tillbaka på kontoret måndag 3 maj och svarar på ditt mejl då.

        Med vänlig hälsning
        Lena Åkerman
        Advokat, Åkerman Advokatbyrå KB
    """,
)
_w = ("Hällsjö kommun, ekonomiavdelningen", "ekonomi@hallsjo.example")
X(
    "hallsjo-mottaget",
    lang="sv",
    who=_w,
    country="SE",
    bank=Bank("cutoff-sv", _w, "Hej,"),
    minutes=0,
    until=None,
    text="""
        Tack för ditt e-postmeddelande till Hällsjö kommun, ekonomiavdelningen.

        Vi har tagit emot ditt meddelande och handlägger det så snart som möjligt, normalt inom fem arbetsdagar.
        Observera att e-post till kommunen blir allmän handling och kan komma att lämnas ut.

        Hällsjö kommun
        Ekonomiavdelningen
    """,
)
_w = ("Ulf Grankvist", "ulf@grankvist-bygg.example")
X(
    "grankvist-vecka-16",
    lang="sv",
    who=_w,
    country="SE",
    bank=Bank("kyc-sv", _w, "Hej Ulf,", when="2027-04-20 09:30"),
    minutes=0,
    client="gmail",
    style="gmail",
    subject="Ledig vecka 16",
    week=16,
    until=week_friday(16),
    text="""
        Hej!

        Jag är ledig vecka 16 och läser mejl bara sporadiskt.
        Brådskande ärenden: ring 070-174 06 55.

        /Ulf
    """,
)

# --------------------------------------------------------------------------------------------------------- Denmark
_w = ("Anne Thomsen", "at@thomsen-landbrug.example")
X(
    "thomsen-tilbage-19-april",
    lang="da",
    who=_w,
    country="DK",
    bank=Bank("review-da", _w, "Kære Anne,"),
    minutes=2,
    cs="iso-8859-1",
    until="2027-04-19",
    text="""
        Tak for din mail.

        Jeg holder ferie til og med fredag den 16. april og er tilbage mandag den 19. april.
        Ved hastende henvendelser kan du kontakte kontoret på tlf. 55 50 12 99.

        Med venlig hilsen
        Anne Thomsen
    """,
)
_w = ("Peter Nørgaard", "pn@norgaard-holding.example")
X(
    "norgaard-uge-17",
    lang="da",
    who=_w,
    country="DK",
    bank=Bank("tax-da", _w, "Hej Peter,", when="2027-04-26 10:00"),
    minutes=0,
    week=17,
    until=week_friday(17),
    text="""
        Tak for din henvendelse.

        Jeg er på ferie i uge 17 og har ikke adgang til mails.
        Din mail bliver ikke videresendt.

        Venlig hilsen
        Peter Nørgaard
    """,
)
_w = ("Bisgaard Advokatfirma", "post@bisgaard-advokat.example")
X(
    "bisgaard-kristi-himmelfart",
    lang="da",
    who=_w,
    country="DK",
    bank=Bank("kyc-da", _w, "Kære alle,", when="2027-05-05 15:40"),
    minutes=0,
    until="2027-05-10",
    text="""
        Tak for din mail.

        Kontoret holder lukket fra onsdag den 5. maj kl. 15.00 til og med søndag den 9. maj (Kristi himmelfart).
        Vi er tilbage mandag den 10. maj og besvarer din henvendelse hurtigst muligt.

        Med venlig hilsen
        Bisgaard Advokatfirma
    """,
)

# ---------------------------------------------------------------------------------------------------------- Norway
_w = ("Hanne Nilsen", "hanne@nilsen-regnskap.example")
X(
    "nilsen-til-og-med-18-april",
    lang="no",
    who=_w,
    country="NO",
    bank=Bank("review-no", _w, "Hei Hanne,"),
    minutes=1,
    until="2027-04-18",
    text="""
        Hei,

        Jeg er på ferie til og med søndag 18. april og leser ikke e-post.
        Haster det, kan du ringe sentralbordet på 555 01 200.

        Hilsen
        Hanne Nilsen
    """,
)
_w = ("Fjeld Shipping AS", "post@fjeldshipping.example")
X(
    "fjeld-17-mai",
    lang="no",
    who=_w,
    country="NO",
    bank=Bank("kyc-no", _w, "Hei,", when="2027-05-14 13:30"),
    minutes=0,
    until="2027-05-18",
    text="""
        Takk for e-posten din.

        Kontoret er stengt fra fredag 14. mai kl. 12.00 til og med mandag 17. mai.
        Vi er tilbake tirsdag 18. mai.

        Med vennlig hilsen
        Fjeld Shipping AS
    """,
)
_w = ("Tone Aasen", "tone@aasen-gard.example")
X(
    "aasen-uke-20",
    lang="no",
    who=_w,
    country="NO",
    bank=Bank("tax-no", _w, "Hei Tone,", when="2027-05-19 10:00"),
    minutes=0,
    client="gmail",
    style="gmail",
    subject="Avspasering uke 20",
    week=20,
    until=week_friday(20),
    text="""
        Hei,

        Jeg har avspasering uke 20 og svarer på e-post når jeg er tilbake.

        Tone Aasen
    """,
)

# --------------------------------------------------------------------------------------------------------- Finland
_w = ("Kari Lehtonen", "kari.lehtonen@lehtosen-sahat.example")
X(
    "lehtonen-16-4-asti",
    lang="fi",
    who=_w,
    country="FI",
    bank=Bank("review-fi", _w, "Hei Kari,"),
    minutes=1,
    until="2027-04-16",
    text="""
        Hei,

        Olen lomalla 16.4. asti, enkä lue sähköpostiani.
        Kiireellisissä asioissa ota yhteyttä toimistoon, p. 040 555 0100.

        Ystävällisin terveisin
        Kari Lehtonen
    """,
)
_w = ("Riitta Hämäläinen", "riitta.hamalainen@hamalainen-oy.example")
X(
    "hamalainen-kesaloma",
    lang="fi",
    who=_w,
    country="FI",
    bank=Bank("cutoff-fi", _w, "Hei Riitta,"),
    minutes=0,
    until="2027-07-12",
    text="""
        Hei,

        Olen kesälomalla 21.6.–9.7.2027. Palaan töihin maanantaina 12.7.
        Sijaiseni on Ville Nurmi, ville.nurmi@hamalainen-oy.example.

        Terveisin
        Riitta Hämäläinen
    """,
)
_w = ("Jussi Salonen", "jussi@salosen-kalastus.example")
X(
    "salonen-viikko-19",
    lang="fi",
    who=_w,
    country="FI",
    bank=Bank("kyc-fi", _w, "Hei Jussi,"),
    minutes=0,
    client="sieve",
    style="sieve",
    subject="Poissa / Away",
    week=19,
    until=week_friday(19),
    text="""
        Olen poissa viikon 19 ajan enkä lue sähköpostia.
        I am away during week 19 and not reading e-mail.

        Jussi Salonen
    """,
)
_w = ("Outi Lampinen", "outi.lampinen@lampinen-tilit.example")
X(
    "lampinen-toistaiseksi",
    lang="fi",
    who=_w,
    country="FI",
    bank=Bank("letter-fi-06", _w, "Hei Outi,"),
    minutes=0,
    until=None,
    text="""
        Hei,

        Olen sairauslomalla toistaiseksi. Viestejäsi ei välitetä eteenpäin.
        Kirjanpitoa koskevissa asioissa ota yhteyttä osoitteeseen toimisto@lampinen-tilit.example.

        Outi Lampinen
    """,
)

# --------------------------------------------------------------------------------------------------------- Estonia
_w = ("Maris Kuusk", "maris.kuusk@kuusk-arhitektid.example")
X(
    "kuusk-kuni-19-aprillini",
    lang="et",
    who=_w,
    country="EE",
    bank=Bank("review-et", _w, "Tere, pr Kuusk!"),
    minutes=1,
    until="2027-04-19",
    text="""
        Tere!

        Olen puhkusel kuni 19. aprillini. Kiireloomulistes küsimustes palun pöörduge kontorisse: kontor@kuusk-arhitektid.example.

        Parimate soovidega
        Maris Kuusk
    """,
)
_w = ("Peeter Ruus", "peeter.ruus@ruus-puit.example")
X(
    "ruus-jaanipaev",
    lang="et",
    who=_w,
    country="EE",
    bank=Bank("cutoff-et", _w, "Tere, hr Ruus!"),
    minutes=0,
    until="2027-06-28",
    text="""
        Tere!

        Olen puhkusel 21.–27. juunini. Tagasi tööl esmaspäeval, 28. juunil.
        Head jaanipäeva!

        Peeter Ruus
    """,
)

# ---------------------------------------------------------------------------------------------------------- Latvia
_w = ("Guntars Liepa", "guntars.liepa@liepa-koks.example")
X(
    "liepa-ligo",
    lang="lv",
    who=_w,
    country="LV",
    bank=Bank("cutoff-lv", _w, "Labdien, Liepas kungs!"),
    minutes=0,
    until="2027-06-29",
    text="""
        Labdien!

        Esmu atvaļinājumā līdz 29. jūnijam. Steidzamos jautājumos lūdzu sazināties ar biroju: birojs@liepa-koks.example.
        Līgo!

        Guntars Liepa
    """,
)
_w = ("Inese Grava", "inese.grava@grava-juristi.example")
X(
    "grava-lidz-16-aprilim",
    lang="lv",
    who=_w,
    country="LV",
    bank=Bank("review-lv", _w, "Labdien, Gravas kundze!"),
    minutes=1,
    until="2027-04-16",
    text="""
        Labdien!

        Esmu atvaļinājumā līdz 16. aprīlim. Jūsu vēstule netiks pārsūtīta.

        Ar cieņu
        Inese Grava
    """,
)

# ------------------------------------------------------------------------------------------------------- Lithuania
_w = ("Darius Rimkus", "darius.rimkus@rimkaus-statyba.example")
X(
    "rimkus-iki-balandzio-19",
    lang="lt",
    who=_w,
    country="LT",
    bank=Bank("review-lt", _w, "Laba diena, Dariau,"),
    minutes=1,
    until="2027-04-19",
    text="""
        Laba diena,

        Atostogauju iki balandžio 19 d. Skubiais klausimais kreipkitės į kolegą Mindaugą Petraitį, mindaugas@rimkaus-statyba.example.

        Pagarbiai
        Darius Rimkus
    """,
)
_w = ("Asta Vasiliauskienė", "asta@vasiliauskienes-apskaita.example")
X(
    "vasiliauskiene-jonines",
    lang="lt",
    who=_w,
    country="LT",
    bank=Bank("cutoff-lt", _w, "Laba diena, Asta,"),
    minutes=0,
    until="2027-06-28",
    text="""
        Laba diena,

        Birželio 21–25 d. atostogauju. Į darbą grįšiu birželio 28 d.
        Gražių Joninių!

        Asta Vasiliauskienė
    """,
)

# --------------------------------------------------------------------------------------------------------- Iceland
_w = ("Björn Hallgrímsson", "bjorn@saefari-hf.example")
X(
    "hallgrimsson-sumardagurinn-fyrsti",
    lang="is",
    who=_w,
    country="IS",
    bank=Bank("kyc-en", _w, "Dear Björn,", when="2027-04-21 18:30"),
    minutes=0,
    until="2027-04-23",
    text="""
        Góðan dag,

        Skrifstofan er lokuð á sumardaginn fyrsta, fimmtudaginn 22. apríl. Ég verð aftur við föstudaginn 23. apríl.

        The office is closed on Thursday 22 April (First Day of Summer). I will be back on Friday 23 April.

        Kveðja / Regards
        Björn Hallgrímsson
    """,
)

# ------------------------------------------------------------------------------------------------------ Luxembourg
_w = ("Luc Dumont", "luc.dumont@dumont-avocats.example")
X(
    "dumont-ascension",
    lang="fr",
    who=_w,
    country="LU",
    bank=Bank("tax-fr", ("Maître Luc Dumont", _w[1]), "Cher Maître,", when="2027-05-05 09:10"),
    minutes=0,
    until="2027-05-10",
    text="""
        Bonjour,

        Je suis absent du bureau jusqu'au vendredi 7 mai inclus (pont de l'Ascension) et serai de retour le lundi 10 mai.
        En cas d'urgence, vous pouvez contacter mon assistante au +352 555 01 90.

        Cordialement,
        Luc Dumont
    """,
)
_w = ("Carole Wagner", "carole.wagner@fidu-wagner.example")
X(
    "wagner-fete-nationale",
    lang="fr",
    who=_w,
    country="LU",
    bank=Bank("cutoff-fr", _w, "Chère Madame Wagner,"),
    minutes=0,
    until="2027-06-28",
    text="""
        Bonjour,

        Je suis en congé du 21 au 25 juin inclus. Nos bureaux seront par ailleurs fermés le mercredi 23 juin (Fête nationale).
        Je serai de retour le lundi 28 juin.

        Bien cordialement,
        Carole Wagner
    """,
)
_w = ("Thomas Becker", "thomas.becker@becker-stb.example")
X(
    "becker-pfingstmontag",
    lang="de",
    who=_w,
    country="LU",
    bank=Bank("tax-de", _w, "Sehr geehrter Herr Becker,", when="2027-05-12 10:00"),
    minutes=0,
    until="2027-05-18",
    text="""
        Sehr geehrte Damen und Herren,

        ich bin bis einschließlich Pfingstmontag, 17. Mai, nicht im Büro. Ab Dienstag, 18. Mai, bin ich wieder für Sie erreichbar.
        Ihre Nachricht wird nicht weitergeleitet.

        Mit freundlichen Grüßen
        Thomas Becker
    """,
)
_w = ("Julia Wagner-Roth", "julia.wagner-roth@wr-immobilien.example")
X(
    "wagner-roth-elternzeit",
    lang="de",
    who=_w,
    country="LU",
    bank=Bank("tax-de", _w, "Sehr geehrte Frau Wagner-Roth,"),
    minutes=0,
    until=None,
    text="""
        Guten Tag,

        ich befinde mich bis auf Weiteres in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.
        Bitte wenden Sie sich an meinen Kollegen Frank Hein, frank.hein@wr-immobilien.example.

        Viele Grüße
        Julia Wagner-Roth
    """,
)

# ---------------------------------------------------------------------------------------------- Ireland, Scotland
_w = ("Niamh Kelly", "niamh.kelly@kellyfinance.example")
X(
    "kelly-bank-holiday",
    lang="en",
    who=_w,
    country="IE",
    bank=Bank("tax-en", _w, "Dear Niamh,", when="2027-04-30 15:00"),
    minutes=0,
    until="2027-05-04",
    text="""
        Hi,

        Thanks for your email. I'm out of the office until Tuesday 4 May (Monday is a bank holiday) with limited access to email.
        For anything urgent, please call the office on +353 1 555 0100.

        Niamh
    """,
)
_w = ("Lennox Fraser LLP", "enquiries@lennoxfraser.example")
X(
    "lennox-fraser-received",
    lang="en",
    who=_w,
    country="GB",
    bank=Bank("kyc-en", _w, "Dear Sirs,"),
    minutes=0,
    client="helpdesk",
    style="ack",
    subject="Thank you for contacting Lennox Fraser LLP [Ref: LF-270510-0412]",
    until=None,
    text="""
        Thank you for your email, which has been received by Lennox Fraser LLP.

        This mailbox is monitored Monday to Friday, 9am to 5pm. We aim to respond within two working days.
        If your matter is urgent, please telephone 0131 555 0199.

        Lennox Fraser LLP, Solicitors and Notaries, Edinburgh
    """,
)


def items():
    out = []
    for a in A:
        r = auto(a["slug"], **a["args"])
        r["week"] = a["week"]
        out.append(r)
    return out
