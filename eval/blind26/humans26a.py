"""Human replies from Austria, Czechia, Slovakia, Poland and Hungary."""

from eng26 import FIRM, Person, Reply, firm_body, firm_mid, gmail_attr, outlook_date, tz

P = Person
N = []


def R(*a, **kw):
    N.append(Reply(*a, **kw))


# ---------------------------------------------------------------- Austria (de)
R(
    "huber-donnerstag",
    P("Johann Huber", "johann.huber@huber-installationen.example", 2, "Sehr geehrter Herr Huber,", "AT"),
    "termin-de",
    "2027-04-07 08:12",
    "de",
    "outlook-win",
    "outlook",
    "de",
    [
        "Sehr geehrte Frau Mag. Wallner-Reiß,",
        "",
        "der Donnerstag, 22. April um 14:30 passt mir gut. Ich komme zu Ihnen in die Sternaugasse.",
        "",
        "Mit freundlichen Grüßen",
    ],
    sig=["Johann Huber", "Geschäftsführer", "Huber Installationen GmbH", "Gewerbepark 3, 4600 Wels"],
    cs="iso-8859-1",
)
R(
    "gruber-iphone",
    P("Maria Gruber", "maria.gruber@gruber-wien.example", 2, "Sehr geehrte Frau Gruber,", "AT"),
    "termin-de",
    "2027-04-06 18:47",
    "de",
    "ios",
    "ios",
    "de",
    [
        "Liebe Frau Wallner-Reiß,",
        "Dienstag 10 Uhr passt, ich komme gern persönlich vorbei.",
        "Liebe Grüße",
        "Maria Gruber",
    ],
    device="Von meinem iPhone gesendet",
    family="apple",
)
R(
    "steiner-abmelden",
    P("Herbert Steiner", "h.steiner@steiner-privat.example", 2, "", "AT"),
    "brief-de",
    "2027-04-08 09:03",
    "de",
    "gmail",
    "gmail",
    "de",
    ["ABMELDEN"],
    family="gmail",
    opt_out=True,
)
R(
    "leitner-dauerauftrag",
    P("Elisabeth Leitner", "elisabeth.leitner@leitner-graz.example", 2, "Sehr geehrte Frau Leitner,", "AT"),
    "termin-de",
    "2027-04-08 11:30",
    "de",
    "outlook-plain",
    "orig",
    "de",
    [
        "Grüß Gott Frau Wallner-Reiß,",
        "",
        "Donnerstag, 22.4. um 14:30 geht bei mir.",
        "",
        "Bei der Gelegenheit: Bitte stoppen Sie den Dauerauftrag an die Hausverwaltung Bergmann mit Ende April,",
        "die Wohnung in der Josefstadt ist verkauft.",
        "",
        "Danke und schöne Grüße",
        "Elisabeth Leitner",
    ],
    family="outlook-pop",
    html=False,
    cs="iso-8859-1",
)
R(
    "pichler-papier",
    P("Gerhard Pichler", "g.pichler@pichler-ziviltechnik.example", 2, "", "AT"),
    "brief-de",
    "2027-04-09 14:18",
    "de",
    "outlook-mac",
    "outlook-mac",
    "de",
    [
        "Sehr geehrte Damen und Herren,",
        "",
        "bitte stellen Sie meine Kontoauszüge auf elektronische Zustellung um, ich möchte keine Papierauszüge mehr per Post bekommen. Den Marktbrief lese ich weiterhin gern.",
        "",
        "Mit freundlichen Grüßen",
        "DI Gerhard Pichler",
    ],
)
R(
    "mayr-notar",
    P("Dr. Franz Mayr", "f.mayr@notariat-mayr.example", 2, "", "AT"),
    "nachlass-de",
    "2027-04-09 10:20",
    "de",
    "outlook-win",
    "outlook",
    "de",
    [
        "Sehr geehrte Frau Mag. Wallner-Reiß,",
        "",
        "die Amtsbestätigung gemäß § 172 AußStrG übermittle ich Ihnen in der Beilage. Der Einantwortungsbeschluss ist noch nicht rechtskräftig; ich melde mich, sobald die Rechtsmittelfrist abgelaufen ist.",
        "",
        "Das Guthaben ist auf das Anderkonto des Notariats zu überweisen:",
        "IBAN AT00 5550 0000 0123 4567",
        "",
        "Mit freundlichen Grüßen",
    ],
    sig=[
        "Dr. Franz Mayr",
        "öffentlicher Notar",
        "Notariat Dr. Mayr, Hauptplatz 12, 3100 St. Pölten",
        "T +43 2742 555 0107",
        "",
        "Diese Nachricht ist vertraulich und kann dem Berufsgeheimnis des Notars unterliegen. Wenn Sie nicht der richtige Empfänger sind, verständigen Sie uns bitte und löschen Sie die Nachricht.",
    ],
    family="outlook-onprem",
    cs="windows-1252",
)

# the Steuerberaterin answers above her client's Gmail forward (In-Reply-To: his forward)
_brunner = P("Thomas Brunner", "thomas.brunner@brunner-familie.example", 2, "Sehr geehrter Herr Brunner,", "AT")
_fwd_mid = "<CAJx8fQm+Tb2kR4wqzV7sHn0aLp3YeUc6dXoGi9NrW1vKjE5@mail.gmail.com>"


def _aigner_hist():
    f = FIRM["termin-de"]
    s = f["staff"]
    d = f["sent"].astimezone(tz(2))
    fw = f["sent"].astimezone(tz(2)).replace(day=8, hour=19, minute=4)
    attr = gmail_attr("de", d, s.name, s.email).split(" um ")[0]
    return [
        (
            "old",
            [
                "Von: Thomas Brunner <thomas.brunner@brunner-familie.example>",
                f"Gesendet: {outlook_date('de', fw)}",
                "An: Sabine Aigner <s.aigner@aigner-steuerberatung.example>",
                f"Betreff: Fwd: {f['subject']}",
                "",
                "Hallo Sabine,",
                "kannst du bei dem Termin dabei sein? Mir wäre der 28. am liebsten, es geht auch um die Schenkung an die Kinder.",
                "Thomas",
                "",
                "---------- Weitergeleitete Nachricht ---------",
                f"Von: {s.name} <{s.email}>",
                f"Date: {attr[3:]} um {d.hour:02d}:{d.minute:02d} Uhr",
                f"Subject: {f['subject']}",
                f"To: {_brunner.name} <{_brunner.email}>",
                "",
                "",
                *firm_body("termin-de", _brunner),
            ],
        )
    ]


R(
    "aigner-weiterleitung",
    P("Mag. Sabine Aigner", "s.aigner@aigner-steuerberatung.example", 2, "", "AT"),
    "termin-de",
    "2027-04-09 08:41",
    "de",
    "outlook-win",
    "outlook-nosep",
    "de",
    [
        "Sehr geehrte Frau Mag. Wallner-Reiß,",
        "",
        "Herr Brunner hat mich gebeten, beim Jahresgespräch dabei zu sein. Der Termin am Mittwoch, 28. April um 9:00 Uhr passt uns beiden; wir kommen zu Ihnen ins Büro.",
        "",
        "Mit freundlichen Grüßen",
    ],
    sig=[
        "Mag. Sabine Aigner",
        "Steuerberaterin",
        "Aigner Steuerberatung GmbH",
        "Landstraßer Hauptstraße 90, 1030 Wien",
        "T +43 1 555 0193",
    ],
    hist=_aigner_hist(),
    irt=_fwd_mid,
    refs=f"{firm_mid('termin-de', _brunner)} {_fwd_mid}",
    prefix="AW: Fwd: ",
    cc=[("Thomas Brunner", "thomas.brunner@brunner-familie.example")],
    cs="windows-1252",
)

# ---------------------------------------------------------------- Czechia (cs)
R(
    "dvorak-kopie-op",
    P("Jan Dvořák", "jan.dvorak@dvorak-stavby.example", 2, "Vážený pane Dvořáku,", "CZ"),
    "kyc-cs",
    "2027-04-07 14:33",
    "cs",
    "outlook-win",
    "outlook",
    "cs",
    [
        "Dobrý den, pane Kubíčku,",
        "",
        "1) adresa platí,",
        "2) příjmy beze změny, stále hlavně z firmy,",
        "3) kopii OP posílám v příloze.",
        "",
        "S pozdravem",
    ],
    sig=["Ing. Jan Dvořák", "jednatel", "Dvořák stavby s.r.o.", "tel. +420 555 010 918"],
    cs="windows-1250",
)
R(
    "novakova-pod-otazky",
    P("Jana Nováková", "jana.novakova@novakovi.example", 2, "Vážená paní Nováková,", "CZ"),
    "kyc-cs",
    "2027-04-12 20:05",
    "cs",
    "thunderbird",
    "tb",
    "cs",
    ["Dobrý den,", "", "odpovědi píšu přímo pod otázky.", ""],
    answers={
        4: ["", "Ano, bydlím pořád na stejné adrese.", ""],
        5: ["", "Ne. Jsem od března v důchodu, takže hlavní příjem je teď penze.", ""],
        6: ["", "Pošlu zítra z práce, doma nemám skener.", "Jana Nováková", ""],
    },
    family="tb",
    html=False,
    flowed=True,
    cte="8bit",
)
R(
    "prochazka-hory",
    P("Martin Procházka", "martin.prochazka@prochazka-arch.example", 2, "Vážený pane Procházko,", "CZ"),
    "kyc-cs",
    "2027-04-08 07:51",
    "cs",
    "ios",
    "ios",
    "cs",
    ["Dobrý den,", "jsem do pátku na horách, odpovím hned po návratu.", "MP"],
    device="Odesláno z iPhonu",
    family="apple",
)
R(
    "svoboda-odhlaste",
    P("Petr Svoboda", "petr.svoboda@svobodovi-mail.example", 2, "Vážený pane Svobodo,", "CZ"),
    "kyc-cs",
    "2027-04-09 16:40",
    "cs",
    "seznam",
    "seznam",
    "cs",
    [
        "Dobrý den,",
        "",
        "účet u Vás jsem zrušil už v lednu, žádné údaje Vám aktualizovat nebudu. Odhlaste mě prosím ze všech Vašich e-mailů a už mi nepište.",
        "",
        "Petr Svoboda",
    ],
    family="webmail",
    opt_out=True,
)
R(
    "kralova-pod-podpisem",
    P("Ing. Eva Králová", "kralova@kralova-ucetni.example", 2, "Vážená paní inženýrko,", "CZ"),
    "kyc-cs",
    "2027-04-14 11:26",
    "cs",
    "outlook-win",
    "outlook",
    "cs",
    [
        "S pozdravem",
        "",
        "Ing. Eva Králová",
        "Králová & partneři, účetní kancelář",
        "tel. +420 555 010 562",
        "",
        "Dobrý den, pane Kubíčku, adresa i příjmy beze změny, kopii pasu přinesu osobně ve čtvrtek.",
    ],
    cs="iso-8859-2",
)
R(
    "cerna-outlook-mac",
    P("Lucie Černá", "lucie.cerna@cerna-galerie.example", 2, "Vážená paní Černá,", "CZ"),
    "kyc-cs",
    "2027-04-15 09:48",
    "cs",
    "outlook-mac",
    "outlook-mac",
    "cs",
    [
        "Dobrý den,",
        "",
        "od února bydlím v Brně, Údolní 11, 602 00 Brno. Zdroj příjmů se nezměnil (galerie a pronájem). Sken pasu posílám v příloze.",
        "",
        "Děkuji a zdravím",
        "Lucie Černá",
    ],
)

# ---------------------------------------------------------------- Slovakia (sk), answering the Prague desk
R(
    "kovac-centrum",
    P("Miroslav Kováč", "miroslav.kovac@kovac-agro.example", 2, "Vážený pane Kováči,", "SK"),
    "kyc-cs",
    "2027-04-08 10:14",
    "sk",
    "centrum",
    "centrum",
    "sk",
    [
        "Dobrý deň pán Kubíček,",
        "",
        "adresa je stále rovnaká, príjmy tiež bez zmeny - dôchodok a prenájom bytu v Trnave. Kópiu pasu Vám pošlem cez víkend, teraz som na poli.",
        "",
        "S pozdravom",
        "Miroslav Kováč",
    ],
    family="webmail",
    html=False,
    cs="iso-8859-2",
)
R(
    "horvathova-trvaly-prikaz",
    P("Zuzana Horváthová", "zuzana.horvathova@horvath-consult.example", 2, "Vážená paní Horváthová,", "SK"),
    "kyc-cs",
    "2027-04-13 09:02",
    "sk",
    "outlook-win",
    "outlook",
    "sk",
    [
        "Dobrý deň,",
        "",
        "údaje sa nezmenili, kópiu občianskeho preukazu prikladám.",
        "",
        "Zároveň Vás prosím o zrušenie trvalého príkazu na účet SK00 5550 0000 0012 3456 (nájomné) k 30. 4. 2027. Ďalšie platby už nechcem posielať.",
        "",
        "Ďakujem a pekný deň",
    ],
    sig=["Zuzana Horváthová", "Horváth Consulting s.r.o.", "+421 555 010 447"],
    cs="windows-1250",
)

# ---------------------------------------------------------------- Poland (pl)
R(
    "kowalski-skan",
    P("Piotr Kowalski", "piotr.kowalski@kowalski-transport.example", 2, "Szanowny Panie,", "PL"),
    "kyc-pl",
    "2027-04-08 08:45",
    "pl",
    "outlook-win",
    "outlook",
    "pl",
    [
        "Dzień dobry,",
        "",
        "adres bez zmian, źródło dochodów też (działalność gospodarcza). Skan paszportu w załączniku.",
        "",
        "Pozdrawiam",
    ],
    sig=["Piotr Kowalski", "Kowalski Transport Sp. z o.o.", "tel. +48 22 555 01 88"],
    cs="windows-1250",
)
R(
    "wisniewska-wp",
    P("Katarzyna Wiśniewska", "k.wisniewska@wisniewscy.example", 2, "Szanowna Pani,", "PL"),
    "kyc-pl",
    "2027-04-09 19:22",
    "pl",
    "wp",
    "wp",
    "pl",
    [
        "Dzień dobry Pani Agnieszko,",
        "",
        "od lutego mieszkam w Gdyni, nowy adres: ul. Morska 5/12, 81-000 Gdynia. Dochody bez zmian. Dowód doślę w poniedziałek.",
        "",
        "Pozdrawiam serdecznie",
        "Katarzyna Wiśniewska",
    ],
    family="webmail",
)
R(
    "zielinski-wypisac",
    P("Marek Zieliński", "marek.zielinski@zielinski-poczta.example", 2, "Szanowny Panie,", "PL"),
    "kyc-pl",
    "2027-04-08 13:10",
    "pl",
    "onet",
    "onet",
    "pl",
    [
        "Nie jestem i nigdy nie byłem klientem Państwa banku. Proszę wypisać mnie z bazy i więcej do mnie nie pisać.",
        "",
        "M. Zieliński",
    ],
    family="webmail",
    cs="iso-8859-2",
    html=False,
    opt_out=True,
)
R(
    "lewandowska-w-tresci",
    P("Anna Lewandowska", "anna.lewandowska@lewandowscy.example", 2, "Szanowna Pani,", "PL"),
    "kyc-pl",
    "2027-04-12 12:40",
    "pl",
    "gmail",
    "gmail",
    "pl",
    ["Dzień dobry,", "odpowiedzi poniżej, w treści.", ""],
    answers={
        4: ["", "TAK, aktualny.", ""],
        5: ["", "NIE, bez zmian.", ""],
        6: ["", "Skan dowodu w załączniku. Pozdrawiam, Anna Lewandowska", ""],
    },
    family="gmail",
)
R(
    "mazur-po-ukrainsku",
    P("Оксана Мазур", "oksana.mazur@mazur-studio.example", 2, "Szanowna Pani,", "PL"),
    "kyc-pl",
    "2027-04-13 21:15",
    "uk",
    "ios",
    "ios",
    "pl",
    [
        "Добрий день, пані Агнешко!",
        "Адреса та сама, доходи не змінилися. Скан паспорта надішлю завтра.",
        "Дякую!",
        "Оксана",
    ],
    device="Wysłane z iPhone'a",
    family="apple",
    hmode="B",
)
R(
    "kaminski-przed-dziesiata",
    P("Tomasz Kamiński", "t.kaminski@kaminski-adwokaci.example", 2, "Szanowny Panie Mecenasie,", "PL"),
    "kyc-pl",
    "2027-04-14 17:05",
    "pl",
    "outlook-plain",
    "orig",
    "pl",
    [
        "Pani Agnieszko,",
        "",
        "wszystko bez zmian. Dowód wyślę jutro.",
        "",
        "Proszę jednak nie dzwonić do mnie przed 10:00 - rano mam rozprawy. Najlepiej pisać albo dzwonić po południu.",
        "",
        "Z poważaniem",
    ],
    sig=["adw. Tomasz Kamiński", "Kancelaria Adwokacka Kamiński", "tel. +48 22 555 01 64"],
    family="outlook-pop",
    html=False,
    cs="windows-1250",
)

# ---------------------------------------------------------------- Hungary (hu)
R(
    "nagy-csutortok",
    P("Nagy Péter", "nagy.peter@nagy-es-tarsa.example", 2, "Tisztelt Nagy Úr!", "HU"),
    "termin-hu",
    "2027-04-07 09:30",
    "hu",
    "outlook-win",
    "outlook",
    "hu",
    ["Tisztelt Halász-Tóth Úr!", "", "A csütörtöki, április 22-i 15 órás időpont megfelel.", "", "Üdvözlettel:"],
    sig=["Nagy Péter", "ügyvezető", "Nagy és Társa Kft.", "+36 1 555 0129"],
    cs="iso-8859-2",
)
R(
    "kiss-freemail",
    P("Kiss Erzsébet", "kiss.erzsebet@kiss-csalad.example", 2, "Kedves Kiss Erzsébet!", "HU"),
    "termin-hu",
    "2027-04-08 15:47",
    "hu",
    "freemail",
    "freemail",
    "hu",
    [
        "Kedves Bence!",
        "",
        "A kedd délelőtt (április 27., 9:30) lenne a legjobb, ha az még szabad. Ha nem, akkor a 20-a is jó.",
        "",
        "Üdv.:",
        "Kiss Erzsébet",
    ],
    family="webmail",
    html=False,
    cs="iso-8859-2",
)
R(
    "szabo-leiratkozom",
    P("Szabó László", "szabo.laszlo@szabo-posta.example", 2, "Tisztelt Szabó Úr!", "HU"),
    "termin-hu",
    "2027-04-09 11:55",
    "hu",
    "gmail",
    "gmail",
    "hu",
    [
        "Tisztelt Uram!",
        "",
        "Köszönöm, de nem kívánok részt venni semmilyen áttekintésen. Kérem, töröljenek a levelezési listájukról, leiratkozom minden levelükről. Többet ne keressenek.",
        "",
        "Szabó László",
    ],
    family="gmail",
    opt_out=True,
)
R(
    "toth-papir-kivonat",
    P("Tóth Anikó", "toth.aniko@toth-design.example", 2, "Kedves Tóth Anikó!", "HU"),
    "termin-hu",
    "2027-04-12 10:02",
    "hu",
    "gmail",
    "gmail",
    "hu",
    [
        "Kedves Bence!",
        "",
        "A 20-i, keddi időpont jó lesz.",
        "",
        "Még valami: a papíralapú számlakivonatokról szeretnék leiratkozni, elég, ha e-mailben megkapom őket.",
        "",
        "Köszönöm,",
        "Anikó",
    ],
    family="gmail",
)
R(
    "farkas-iphone",
    P("Farkas Gábor", "farkas.gabor@farkas-invest.example", 2, "Tisztelt Farkas Úr!", "HU"),
    "termin-hu",
    "2027-04-06 17:20",
    "hu",
    "ios",
    "ios",
    "hu",
    ["Kedd 10 óra jó.", "Farkas G."],
    device="Az iPhone-omról küldve",
    family="apple",
)
