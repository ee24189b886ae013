"""blind27 human replies (2/2): Finland (Finnish), Estonia, Latvia, Lithuania, Luxembourg (Luxembourgish, French,
German), Ireland and Scotland."""

from eng27 import DEVICE, Bank, L, Reply

N = []


def R(slug, **kw):
    N.append(Reply(slug, **kw))


# --------------------------------------------------------------------------------------------------------- Finland
R(
    "virtanen-tiistai",
    country="FI",
    lang="fi",
    client="outlook",
    style="outlook",
    who=("Mikko Virtanen", "mikko.virtanen@metsatilavirtanen.example"),
    bank=Bank("review-fi", ("Mikko Virtanen", "mikko.virtanen@metsatilavirtanen.example"), "Hei Mikko,"),
    date="2027-04-07 13:40",
    text=L("""
        Hei Aino,

        Tiistai 20.4. klo 10.00 sopii minulle hyvin. Tulen toimistolle.
        Voisimmeko samalla käydä läpi metsätilan myyntitulojen sijoittamisen?

        Terveisin
        Mikko Virtanen
        Metsätila Virtanen, Kuhmo
        p. 040 555 0143
    """),
)
R(
    "heikkila-kiitos",
    country="FI",
    lang="fi",
    client="ios",
    style="ios",
    who=("Liisa Heikkilä", "liisa.heikkila@heikkilanposti.example"),
    bank=Bank("cutoff-fi", ("Liisa Heikkilä", "liisa.heikkila@heikkilanposti.example"), "Hei Liisa,"),
    date="2027-06-21 12:15",
    text=["Kiitos!"],
    device=DEVICE["fi"],
)
R(
    "korhonen-vastaukset",
    country="FI",
    lang="fi",
    client="outlook",
    style="outlook_plain",
    who=("Pekka Korhonen", "pekka.korhonen@korhonen-kiinteistot.example"),
    bank=Bank("kyc-fi", ("Pekka Korhonen", "pekka.korhonen@korhonen-kiinteistot.example"), "Hei Pekka,"),
    date="2027-05-12 08:55",
    cs="windows-1252",
    text=L("""
        Hei,

        Vastaukset kysymyksiinne:
        1. Ei ole muuttunut, asun edelleen Suomessa.
        2. Tampereen asunnon myynti helmikuussa, kauppakirja liitteenä.
        3. Ei.

        Ystävällisin terveisin
        Pekka Korhonen
    """),
)
R(
    "makela-vastaukset-seassa",
    country="FI",
    lang="fi",
    client="gmail",
    style="gmail",
    who=("Sanna Mäkelä", "sanna.makela@makelan.example"),
    bank=Bank("kyc-fi", ("Sanna Mäkelä", "sanna.makela@makelan.example"), "Hei Sanna,"),
    date="2027-05-11 20:45",
    cte="base64",
    text=L("""
        Hei Aino,

        vastaukset alla tekstin seassa.

        Sanna
    """),
    inline=[
        ("1. Onko", ["Ei ole."]),
        ("2. Mistä", ["Isältä saatu ennakkoperintö (n. 120 000 €) ja omat säästöt."]),
        ("3. Oletko", ["En ole, eikä kukaan lähiomaisistani."]),
    ],
)
R(
    "nieminen-poistakaa",
    country="FI",
    lang="fi",
    client="horde",
    style="horde",
    who=("Raimo Nieminen", "raimo.nieminen@saaristonet.example"),
    bank=Bank("letter-fi-05", ("Raimo Nieminen", "raimo.nieminen@saaristonet.example"), "Hei Raimo,"),
    date="2027-05-12 14:20",
    opt_out=True,
    text=L("""
        Hei,

        Poistakaa minut postituslistaltanne. En halua enää vastaanottaa markkinakatsauksia enkä muitakaan uutiskirjeitä.

        Terveisin
        Raimo Nieminen
    """),
)
R(
    "lahtinen-allekirjoituksen-alla",
    country="FI",
    lang="fi",
    client="outlook",
    style="outlook",
    who=("Jari Lahtinen", "jari.lahtinen@pohjavaara.example"),
    bank=Bank("review-fi", ("Jari Lahtinen", "jari.lahtinen@pohjavaara.example"), "Hei Jari,"),
    date="2027-04-08 10:02",
    text=L("""
        Ystävällisin terveisin

        Jari Lahtinen
        rahoituspäällikkö
        Pohjavaaran kunta, konsernipalvelut
        p. 044 555 0192

        Hei Aino, keskiviikko 28.4. klo 9.30 käy meille. Osallistumme Teamsin kautta, mukana myös talousjohtaja Merja Saari.
    """),
)
R(
    "heikkinen-juhannus",
    country="FI",
    lang="fi",
    client="gmail",
    style="gmail",
    who=("Tuomas Heikkinen", "tuomas@heikkisen-vuokratalot.example"),
    bank=Bank("cutoff-fi", ("Tuomas Heikkinen", "tuomas@heikkisen-vuokratalot.example"), "Hei Tuomas,"),
    date="2027-06-22 16:10",
    text=L("""
        Hei Aino,

        Kiitos tiedosta. Lähetän vuokratilityksen huomenna, eli se ehtii hyvin
        ennen torstaita.

        Hyvää juhannusta!
        Tuomas
    """),
)

# --------------------------------------------------------------------------------------------------------- Estonia
R(
    "kask-neljapaev",
    country="EE",
    lang="et",
    client="outlook",
    style="outlook",
    who=("Margus Kask", "margus.kask@kaskmetsad.example"),
    bank=Bank("review-et", ("Margus Kask", "margus.kask@kaskmetsad.example"), "Tere, hr Kask!"),
    date="2027-04-08 14:30",
    text=L("""
        Tere, Kadri!

        Neljapäev, 22. aprill kell 14.00 sobib mulle. Tulen kontorisse.
        Palun saatke mulle eelnevalt ka fondide aruanne.

        Parimat
        Margus Kask
        Juhatuse liige, Kask Metsad OÜ
    """),
)
R(
    "saar-sobib",
    country="EE",
    lang="et",
    client="ios",
    style="ios",
    who=("Liis Saar", "liis.saar@saarpost.example"),
    bank=Bank("review-et", ("Liis Saar", "liis.saar@saarpost.example"), "Tere, pr Saar!"),
    date="2027-04-09 08:10",
    device=DEVICE["et"],
    text=L("""
        Sobib kolmapäev, 28. aprill kell 9.30.
        Liis
    """),
)
R(
    "mets-loobun",
    country="EE",
    lang="et",
    client="mail_ee",
    style="mail_ee",
    who=("Toomas Mets", "toomas.mets@mets-pere.example"),
    bank=Bank("letter-et-05", ("Toomas Mets", "toomas.mets@mets-pere.example"), "Tere, hr Mets!"),
    date="2027-05-12 11:05",
    cs="iso-8859-15",
    opt_out=True,
    text=L("""
        Tere!

        Palun eemaldage mind oma postiloendist. Ma ei soovi enam Teie uudiskirju saada.

        Toomas Mets
    """),
)
R(
    "ilves-vastused-sinisega",
    country="EE",
    lang="et",
    client="outlook",
    style="outlook",
    who=("Kristjan Ilves", "kristjan.ilves@ilveskinnisvara.example"),
    bank=Bank("kyc-et", ("Kristjan Ilves", "kristjan.ilves@ilveskinnisvara.example"), "Tere, hr Ilves!"),
    date="2027-05-12 09:40",
    colour="#0070C0",
    text=L("""
        Tere!

        Vastused on allpool sinisega.

        Kristjan Ilves
    """),
    inline=[
        ("1. Kas Teie maksu", ["Ei ole muutunud, olen endiselt Eesti maksuresident."]),
        ("2. Mis on", ["Korteri müük Tartus ja dividendid minu osaühingust."]),
        ("3. Kas Teie või", ["Ei."]),
    ],
)
R(
    "sepp-in-english",
    country="EE",
    lang="en",
    client="gmail",
    style="gmail",
    ui="et",
    who=("Karl Sepp", "karl@laineworks.example"),
    bank=Bank("kyc-et", ("Karl Sepp", "karl@laineworks.example"), "Tere, hr Sepp!"),
    date="2027-05-11 23:10",
    cc=[("Anna Whitfield", "anna@laineworks.example")],
    text=L("""
        Hi Kadri,

        Replying in English so that our CFO Anna (in cc), who doesn't speak
        Estonian, can follow.

        1. No change, tax resident in Estonia.
        2. Our seed round, closed in March. The term sheet and the bank
        statement are in the data room I shared last week.
        3. No.

        Thanks,
        Karl

        -- |
        Karl Sepp
        CEO, Laineworks OÜ
    """),
)

# ---------------------------------------------------------------------------------------------------------- Latvia
R(
    "ozolins-otrdiena",
    country="LV",
    lang="lv",
    client="outlook",
    style="outlook",
    who=("Jānis Ozoliņš", "janis.ozolins@ozolumezs.example"),
    bank=Bank("review-lv", ("Jānis Ozoliņš", "janis.ozolins@ozolumezs.example"), "Labdien, Ozoliņa kungs!"),
    date="2027-04-08 15:10",
    cs="windows-1257",
    text=L("""
        Labdien, Ilze!

        Man der otrdiena, 20. aprīlis, plkst. 10.00. Atbraukšu uz biroju.
        Lūdzu, sagatavojiet arī pārskatu par meža fonda ienesīgumu.

        Ar cieņu
        Jānis Ozoliņš
        SIA "Ozolu Mežs", valdes loceklis
    """),
)
R(
    "kalnina-paldies",
    country="LV",
    lang="lv",
    client="ios",
    style="ios",
    who=("Anna Kalniņa", "anna.kalnina@kalninas.example"),
    bank=Bank("cutoff-lv", ("Anna Kalniņa", "anna.kalnina@kalninas.example"), "Labdien, Kalniņas kundze!"),
    date="2027-06-18 12:30",
    device=DEVICE["lv"],
    ios_bom=True,
    text=L("""
        Paldies, sapratu!
        Priecīgus Jāņus arī Jums!
    """),
)
R(
    "liepins-izslegt",
    country="LV",
    lang="lv",
    client="inbox_lv",
    style="inbox_lv",
    who=("Andris Liepiņš", "andris.liepins@inbox-post.example"),
    bank=Bank("letter-lv-05", ("Andris Liepiņš", "andris.liepins@inbox-post.example"), "Labdien, Liepiņa kungs!"),
    date="2027-05-12 19:20",
    cte="base64",
    opt_out=True,
    text=L("""
        Labdien!

        Lūdzu, izslēdziet mani no jūsu e-pasta saraksta. Vairs nesūtiet man nekādas vēstules.

        Andris Liepiņš
    """),
)
R(
    "vitola-papira-izraksti",
    country="LV",
    lang="lv",
    client="outlook",
    style="outlook",
    who=("Dace Vītola", "dace.vitola@vitolas-birojs.example"),
    bank=Bank("letter-lv-04", ("Dace Vītola", "dace.vitola@vitolas-birojs.example"), "Labdien, Vītolas kundze!"),
    date="2027-04-14 10:15",
    cs="iso-8859-4",
    text=L("""
        Labdien!

        Apskatu lasu ar prieku, to lūdzu sūtīt arī turpmāk.
        Taču lūdzu vairs nesūtiet man papīra konta izrakstus pa pastu, pietiek ar internetbanku.

        Ar cieņu
        Dace Vītola
    """),
)
R(
    "kalejs-atbildes",
    country="LV",
    lang="lv",
    client="gmail",
    style="gmail",
    who=("Māris Kalējs", "maris.kalejs@kalejsagro.example"),
    bank=Bank("kyc-lv", ("Māris Kalējs", "maris.kalejs@kalejsagro.example"), "Labdien, Kalēja kungs!"),
    date="2027-05-12 08:50",
    text=L("""
        Labdien, Ilze!

        1. Nē, nodokļu rezidence nav mainījusies, joprojām Latvija.
        2. Līdzekļi ir no zemes pārdošanas Kurzemē (līgums pielikumā).
        3. Nē.

        Ar cieņu
        Māris Kalējs
    """),
)

# ------------------------------------------------------------------------------------------------------- Lithuania
R(
    "petrauskas-ketvirtadienis",
    country="LT",
    lang="lt",
    client="outlook",
    style="outlook",
    who=("Tomas Petrauskas", "tomas@petrauskomediena.example"),
    bank=Bank("review-lt", ("Tomas Petrauskas", "tomas@petrauskomediena.example"), "Laba diena, Tomai,"),
    date="2027-04-08 13:05",
    cs="windows-1257",
    text=L("""
        Laba diena, Rūta,

        Man tinka balandžio 22 d., ketvirtadienį, 14.00 val. Atvyksiu į biurą.
        Jei galite, iš anksto atsiųskite fondo ataskaitą.

        Pagarbiai
        Tomas Petrauskas
        UAB „Petrausko mediena“, direktorius
    """),
)
R(
    "jankauskaite-nykstis",
    country="LT",
    lang="lt",
    client="ios",
    style="ios",
    who=("Eglė Jankauskaitė", "egle.jankauskaite@jankauskaite.example"),
    bank=Bank("cutoff-lt", ("Eglė Jankauskaitė", "egle.jankauskaite@jankauskaite.example"), "Laba diena, Egle,"),
    date="2027-06-18 13:20",
    device=DEVICE["lt"],
    text=["\U0001f44d"],
)
R(
    "vaitkus-isbraukti",
    country="LT",
    lang="lt",
    client="gmail",
    style="gmail",
    who=("Vytautas Vaitkus", "vytautas.vaitkus@vaitkaus.example"),
    bank=Bank("letter-lt-05", ("Vytautas Vaitkus", "vytautas.vaitkus@vaitkaus.example"), "Laba diena, Vytautai,"),
    date="2027-05-11 12:20",
    opt_out=True,
    text=L("""
        Laba diena,

        Prašau išbraukti mane iš naujienlaiškio gavėjų sąrašo.
        Daugiau man nerašykite.

        Vytautas Vaitkus
    """),
)
R(
    "stankeviciene-notare",
    country="LT",
    lang="lt",
    client="outlook",
    style="outlook",
    who=("Daiva Stankevičienė", "notare@stankeviciene-notarai.example"),
    bank=Bank(
        "estate-lt", ("Daiva Stankevičienė", "notare@stankeviciene-notarai.example"), "Laba diena, gerbiama notare,"
    ),
    date="2027-05-19 10:40",
    cs="iso-8859-13",
    text=L("""
        Laba diena,

        Paveldėjimo teisės liudijimas a. a. Algirdo Mockaus palikimo byloje išduotas 2027 m. gegužės 12 d.
        Patvirtintą kopiją išsiųsime Jums paštu šią savaitę. Palikimą priėmė abu įpėdiniai.

        Pagarbiai
        Daiva Stankevičienė
        Vilniaus miesto 99-ojo notarų biuro notarė
        Tel. +370 5 555 0177

        Šiame el. laiške pateikta informacija yra konfidenciali ir skirta tik adresatui. Jei gavote šį laišką per klaidą, prašome apie tai pranešti siuntėjui ir laišką ištrinti.
    """),
)
R(
    "zukauskiene-lietuviskai",
    country="LT",
    lang="lt",
    client="outlook_web",
    style="owa",
    who=("Ona Žukauskienė", "ona.zukauskiene@zuku-sodai.example"),
    bank=Bank("letter-en-05", ("Ona Žukauskienė", "ona.zukauskiene@zuku-sodai.example"), "Dear Ona,"),
    date="2027-05-12 09:15",
    text=L("""
        Laba diena,

        Ar galėtumėte rinkos apžvalgą man siųsti lietuvių kalba, o ne anglų?
        Vilniaus filialas, rodos, ją rengia ir lietuviškai. Ačiū!

        Pagarbiai
        Ona Žukauskienė
    """),
)

# ------------------------------------------------------------------------------------------------------ Luxembourg
R(
    "weber-letzebuergesch",
    country="LU",
    lang="lb",
    client="outlook",
    style="outlook",
    ui="fr",
    who=("Marc Weber", "marc.weber@weber-transports.example"),
    bank=Bank("review-fr", ("Marc Weber", "marc.weber@weber-transports.example"), "Cher Monsieur Weber,"),
    date="2027-04-07 09:12",
    text=L("""
        Moien Madame Reuter,

        Merci fir Är Mail. Den Dënschdeg, 20. Abrëll um 10 Auer passt mir gutt.
        Ech kommen bei Iech op de Kierchbierg.

        Schéinen Dag nach,
        Marc Weber
    """),
)
R(
    "hoffmann-noteiert",
    country="LU",
    lang="lb",
    client="ios",
    style="ios",
    ui="fr",
    who=("Nathalie Hoffmann", "nathalie.hoffmann@hoffmann-lu.example"),
    bank=Bank("cutoff-fr", ("Nathalie Hoffmann", "nathalie.hoffmann@hoffmann-lu.example"), "Chère Madame Hoffmann,"),
    date="2027-06-17 12:50",
    device=DEVICE["fr"],
    text=L("""
        Merci, dat ass notéiert!
        Nathalie
    """),
)
R(
    "kremer-vun-der-lescht",
    country="LU",
    lang="lb",
    client="gmail",
    style="gmail",
    ui="fr",
    who=("Paul Kremer", "paul.kremer@kremer-famill.example"),
    bank=Bank("letter-fr-05", ("Paul Kremer", "paul.kremer@kremer-famill.example"), "Cher Monsieur Kremer,"),
    date="2027-05-11 20:20",
    opt_out=True,
    text=L("""
        Gudden Owend,

        Huelt mech w.e.g. vun Ärer Lëscht erof. Ech wëll keng Newslettere méi
        vun Iech kréien.

        Merci,
        Paul Kremer
    """),
)
R(
    "thill-desinscrire",
    country="LU",
    lang="fr",
    client="outlook",
    style="outlook_plain",
    ui="fr",
    who=("Sylvie Thill", "sylvie.thill@thill-conseil.example"),
    bank=Bank("letter-fr-04", ("Sylvie Thill", "sylvie.thill@thill-conseil.example"), "Chère Madame Thill,"),
    date="2027-04-13 11:30",
    cs="iso-8859-15",
    opt_out=True,
    text=L("""
        Bonjour,

        Merci de me désinscrire de votre liste de diffusion. Je ne souhaite plus recevoir vos courriels.

        Cordialement,
        Sylvie Thill
    """),
)
R(
    "schroeder-notaire",
    country="LU",
    lang="fr",
    client="outlook",
    style="outlook",
    ui="fr",
    who=("Anne Schroeder", "etude@notaire-schroeder.example"),
    bank=Bank("estate-fr", ("Maître Anne Schroeder", "etude@notaire-schroeder.example"), "Chère Maître,"),
    date="2027-05-05 16:20",
    text=L("""
        Chère Madame Reuter,

        L'acte de notoriété a été dressé le 28 avril dernier ; je vous en adresse une copie certifiée par courrier.
        L'accord des héritiers sur la répartition devrait être signé en mon étude le 19 mai.
        Je reviendrai vers vous dès réception de toutes les signatures.

        Bien à vous,

        Anne Schroeder
        Notaire
        Étude de Maître Anne Schroeder
        Tél. +352 555 01 88

        Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
    """),
)
R(
    "reiland-en-francais",
    country="LU",
    lang="fr",
    client="outlook_mac",
    style="outlook_mac",
    ui="fr",
    who=("Georges Reiland", "georges@reiland-advisory.example"),
    bank=Bank("board-en", ("Georges Reiland", "georges@reiland-advisory.example"), "Dear Georges,"),
    date="2027-05-12 18:05",
    text=L("""
        Bonjour Martin,

        Vous trouverez ci-joint la résolution circulaire signée.
        L'original part demain par la poste.

        Bien à vous,
        Georges Reiland
        Administrateur indépendant
    """),
)
R(
    "muller-antworten",
    country="LU",
    lang="de",
    client="outlook_mac",
    style="outlook_mac",
    ui="de",
    who=("Stefan Müller", "stefan.mueller@praxis-mueller.example"),
    bank=Bank(
        "kyc-de", ("Dr. Stefan Müller", "stefan.mueller@praxis-mueller.example"), "Sehr geehrter Herr Dr. Müller,"
    ),
    date="2027-05-11 08:20",
    text=L("""
        Sehr geehrter Herr Kieffer,

        zu Ihren Fragen:
        1. Nein, ich bin weiterhin in Luxemburg steuerlich ansässig.
        2. Aus dem Verkauf meiner Praxisanteile in Trier (der Vertrag liegt bei).
        3. Nein.

        Mit freundlichen Grüßen
        Stefan Müller
    """),
)
R(
    "faber-verteiler",
    country="LU",
    lang="de",
    client="gmail",
    style="gmail",
    ui="de",
    who=("Brigitte Faber", "brigitte.faber@faber-lux.example"),
    bank=Bank("letter-de-04", ("Brigitte Faber", "brigitte.faber@faber-lux.example"), "Sehr geehrte Frau Faber,"),
    date="2027-04-14 09:00",
    opt_out=True,
    text=L("""
        Guten Tag,

        bitte nehmen Sie mich aus Ihrem Verteiler. Ich möchte keine Marktbriefe
        mehr erhalten.

        Mit freundlichen Grüßen
        Brigitte Faber
    """),
)

# --------------------------------------------------------------------------------------------------------- Ireland
R(
    "obrien-signed",
    country="IE",
    lang="en",
    client="outlook",
    style="outlook",
    ui="en",
    who=("Siobhán O'Brien", "siobhan.obrien@obrien-governance.example"),
    bank=Bank("board-en", ("Siobhán O'Brien", "siobhan.obrien@obrien-governance.example"), "Dear Siobhán,"),
    date="2027-05-11 10:40",
    text=L("""
        Hi Martin,

        Signed copy attached. I'll post the original today.
        One small point: the resolution gives 9 June for the AGM, but the draft notice says 10 June. Could you check?

        Kind regards,
        Siobhán

        Siobhán O'Brien
        Independent Non-Executive Director
        Tel: +353 1 555 0142

        This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
    """),
)
R(
    "walsh-keep-me-on",
    country="IE",
    lang="en",
    client="gmail",
    style="gmail",
    who=("Declan Walsh", "declan@walsh-home.example"),
    bank=Bank("letter-en-04", ("Declan Walsh", "declan@walsh-home.example"), "Dear Declan,"),
    date="2027-04-13 21:05",
    text=L("""
        Hello,

        Please do NOT unsubscribe me - I read the letter every month.
        The only change: from May, please send it to my new address,
        declan.walsh@walshmarine.example, as this one will be closed.

        Thanks,
        Declan Walsh
    """),
)
R(
    "murphy-remove",
    country="IE",
    lang="en",
    client="ios",
    style="ios",
    who=("Aoife Murphy", "aoife.murphy@murphymail.example"),
    bank=Bank("letter-en-05", ("Aoife Murphy", "aoife.murphy@murphymail.example"), "Dear Aoife,"),
    date="2027-05-11 07:40",
    device=DEVICE["en"],
    opt_out=True,
    text=L("""
        Please remove me from your mailing list. Thanks
        Aoife Murphy
    """),
)

# -------------------------------------------------------------------------------------------------------- Scotland
R(
    "campbell-authority",
    country="GB",
    lang="en",
    client="outlook",
    style="outlook",
    ui="en",
    who=("Fiona Campbell", "fiona.campbell@campbellreid.example"),
    bank=Bank("audit-en", ("Fiona Campbell", "fiona.campbell@campbellreid.example"), "Dear Fiona,"),
    date="2027-04-15 09:50",
    text=L("""
        Dear Martin,

        Apologies - the authority was signed but fell off the email. Please find it attached.
        If you need the original, our client can post it to you directly.

        Kind regards

        Fiona Campbell
        Audit Manager
        Campbell Reid LLP, Chartered Accountants
        Edinburgh
    """),
)
R(
    "mcleod-own-footer",
    country="GB",
    lang="en",
    client="gmail",
    style="gmail",
    who=("Alasdair McLeod", "alasdair@glentorran.example"),
    bank=Bank("review-en", ("Alasdair McLeod", "alasdair@glentorran.example"), "Dear Alasdair,"),
    date="2027-04-08 16:30",
    text=L("""
        Hi Martin,

        Wednesday 28 April at 09:30 suits me, by Teams please.

        All the best,
        Alasdair

        -- |
        Alasdair McLeod
        Glen Torran Guest House, Isle of Skye
        www.glentorran.example
        You get our seasonal news because you stayed with us.
        Reply UNSUBSCRIBE to stop receiving it.
    """),
)
R(
    "ross-answers-inline",
    country="GB",
    lang="en",
    client="thunderbird",
    style="thunderbird",
    ui="en",
    who=("Hamish Ross", "hamish@rossfarms.example"),
    bank=Bank("kyc-en", ("Hamish Ross", "hamish@rossfarms.example"), "Dear Hamish,"),
    date="2027-05-11 11:15",
    inline=[
        ("1. Has your", ["No - still Scotland."]),
        ("2. Where do", ["Sale of the family farm near Dingwall, completed in March."]),
        ("3. Are you", ["No."]),
    ],
    below=["Best wishes,", "Hamish"],
)
