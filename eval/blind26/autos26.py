"""Automatic replies: Exchange / Microsoft 365 out-of-office notices in each language, webmail and server vacation
notices, acknowledgements that name no absence, holiday closures (Orthodox Easter, 23 Nisan, Pesach)."""

from eng26 import Person, auto

P = Person


def items():
    A = []
    a = A.append
    # ---------------------------------------------------------------- German (Austria)
    a(
        auto(
            "hofer-bis-16-april",
            P("Mag. Ulrike Hofer", "u.hofer@hofer-partner.example", 2, "Sehr geehrte Frau Mag. Hofer,", "AT"),
            "termin-de",
            1,
            "de",
            "exchange",
            [
                "Sehr geehrte Damen und Herren,",
                "",
                "ich bin bis einschließlich Freitag, 16. April 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin, Frau Sandra Weiß (sandra.weiss@hofer-partner.example, T +43 1 555 0177).",
                "",
                "Mit freundlichen Grüßen",
                "Ulrike Hofer",
            ],
            "2027-04-16",
            cs="iso-8859-1",
        )
    )
    a(
        auto(
            "berger-urlaub-sieve",
            P("Karl Berger", "karl.berger@berger-tischlerei.example", 2, "Sehr geehrter Herr Berger,", "AT"),
            "termin-de",
            2,
            "de",
            "sieve",
            [
                "Vielen Dank für Ihre Nachricht.",
                "",
                "Ich bin vom 6. bis 18. April auf Urlaub und ab Montag, 19. April wieder erreichbar.",
                "",
                "Karl Berger",
            ],
            "2027-04-19",
            kind="vacation",
            subject="Abwesend: Urlaub",
            cte="quoted-printable",
            extra=[("X-Mailer", "Dovecot Pigeonhole")],
        )
    )
    a(
        auto(
            "office-eingelangt",
            P("Hallstatt Immobilien Office", "office@hallstatt-immo.example", 2, "", "AT"),
            "brief-de",
            1,
            "de",
            "exchange",
            [
                "Vielen Dank für Ihre E-Mail.",
                "Ihre Nachricht ist bei uns eingelangt und wird so rasch wie möglich bearbeitet.",
                "",
                "Hallstatt Immobilien GmbH",
            ],
            None,
            cs="iso-8859-1",
        )
    )
    a(
        auto(
            "moser-karenz",
            P("Mag. Julia Moser", "julia.moser@moser-vermoegen.example", 2, "Sehr geehrte Frau Mag. Moser,", "AT"),
            "termin-de",
            1,
            "de",
            "exchange",
            [
                "Guten Tag,",
                "",
                "ich befinde mich bis auf Weiteres in Karenz. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an office@moser-vermoegen.example.",
                "",
                "Julia Moser",
            ],
            None,
        )
    )
    # ---------------------------------------------------------------- Czech, Slovak
    a(
        auto(
            "mala-do-16-4",
            P("Jitka Malá", "jitka.mala@mala-advokati.example", 2, "Vážená paní Malá,", "CZ"),
            "kyc-cs",
            1,
            "cs",
            "exchange",
            [
                "Dobrý den,",
                "",
                "do 16. 4. jsem mimo kancelář s omezeným přístupem k e-mailu. V naléhavých případech volejte +420 555 010 333.",
                "",
                "S pozdravem",
                "Jitka Malá",
            ],
            "2027-04-16",
            cs="windows-1250",
        )
    )
    a(
        auto(
            "vesely-seznam-dovolena",
            P("Tomáš Veselý", "tomas.vesely@vesely-mail.example", 2, "Vážený pane Veselý,", "CZ"),
            "kyc-cs",
            3,
            "cs",
            "seznam",
            [
                "Dobrý den,",
                "jsem na dovolené do pátku 23. dubna. Od pondělí 26. 4. budu opět k zastižení.",
                "Tomáš Veselý",
            ],
            "2027-04-26",
            kind="vacation",
            subject="Automatická odpověď: Aktualizace klientských údajů - žádost o doklady",
            host="email.seznam.cz",
            cte="quoted-printable",
        )
    )
    a(
        auto(
            "bielik-dovolenka",
            P("Ján Bielik", "jan.bielik@bielik-stav.example", 2, "Vážený pane Bieliku,", "SK"),
            "kyc-cs",
            1,
            "sk",
            "exchange",
            [
                "Dobrý deň,",
                "",
                "som na dovolenke do 19.04.2027. Vaše správy si prečítam po návrate. V súrnych prípadoch kontaktujte kanceláriu na +421 555 010 202.",
                "",
                "S pozdravom",
                "Ján Bielik",
            ],
            "2027-04-19",
            cs="windows-1250",
        )
    )
    # ---------------------------------------------------------------- Polish
    a(
        auto(
            "nowicka-urlop-wlacznie",
            P("Magdalena Nowicka", "m.nowicka@nowicka-kancelaria.example", 2, "Szanowna Pani Mecenas,", "PL"),
            "kyc-pl",
            1,
            "pl",
            "exchange",
            [
                "Dzień dobry,",
                "",
                "jestem na urlopie do 20 kwietnia 2027 r. włącznie. W pilnych sprawach proszę o kontakt z sekretariatem: sekretariat@nowicka-kancelaria.example.",
                "",
                "Z poważaniem",
                "Magdalena Nowicka",
            ],
            "2027-04-20",
            cs="iso-8859-2",
        )
    )
    a(
        auto(
            "biuro-rachunkowe-potwierdzenie",
            P("Biuro Rachunkowe Nowak", "biuro@nowak-rachunkowe.example", 2, "Szanowni Państwo,", "PL"),
            "kyc-pl",
            2,
            "pl",
            "helpdesk",
            [
                "Dziękujemy za wiadomość.",
                "",
                "Potwierdzamy jej otrzymanie. Odpowiemy w ciągu 2 dni roboczych.",
                "Numer zgłoszenia: BR-2027-04187",
                "",
                "Biuro Rachunkowe Nowak",
            ],
            None,
            kind="vacation",
            subject="[BR-2027-04187] Potwierdzenie otrzymania wiadomości",
            cte="quoted-printable",
            extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
        )
    )
    a(
        auto(
            "jankowski-majowka",
            P("Paweł Jankowski", "p.jankowski@jankowski-dom.example", 2, "Szanowny Panie,", "PL"),
            "kyc-pl",
            1,
            "pl",
            "exchange",
            [
                "Dzień dobry,",
                "",
                "przebywam na dłuższym urlopie i wracam 4 maja (po majówce). Do tego czasu nie odczytuję poczty.",
                "",
                "Paweł Jankowski",
            ],
            "2027-05-04",
            cs="windows-1250",
        )
    )
    # ---------------------------------------------------------------- Hungarian
    a(
        auto(
            "molnar-szabadsag",
            P("Molnár Katalin", "molnar.katalin@molnar-ugyvedi.example", 2, "Tisztelt Molnár Katalin!", "HU"),
            "termin-hu",
            1,
            "hu",
            "exchange",
            [
                "Tisztelt Feladó!",
                "",
                "Április 19-ig szabadságon vagyok, leveleit ezt követően olvasom. Sürgős esetben kérem, hívja az irodát: +36 1 555 0150.",
                "",
                "Üdvözlettel:",
                "Molnár Katalin",
            ],
            "2027-04-19",
            cs="iso-8859-2",
        )
    )
    a(
        auto(
            "varga-freemail",
            P("Varga József", "varga.jozsef@varga-posta.example", 2, "Tisztelt Varga Úr!", "HU"),
            "termin-hu",
            4,
            "hu",
            "freemail",
            ["Köszönöm levelét!", "2027. április 15-én, csütörtökön visszatérek, és akkor válaszolok.", "Varga József"],
            "2027-04-15",
            kind="vacation",
            subject="Automatikus válasz: Éves portfólió-áttekintés - időpontok",
            cs="iso-8859-2",
            cte="quoted-printable",
        )
    )
    # ---------------------------------------------------------------- Romanian
    a(
        auto(
            "radulescu-pana-pe-12",
            P("Cristina Rădulescu", "cristina.radulescu@radulescu-audit.example", 3, "Stimată doamnă Rădulescu,", "RO"),
            "kyc-ro",
            1,
            "ro",
            "exchange",
            [
                "Bună ziua,",
                "",
                "Sunt în concediu până pe 12 aprilie. Pentru urgențe vă rog să o contactați pe colega mea, Andreea Pop (andreea.pop@radulescu-audit.example).",
                "",
                "Cu stimă,",
                "Cristina Rădulescu",
            ],
            "2027-04-12",
        )
    )
    a(
        auto(
            "gheorghe-paste",
            P("Mihai Gheorghe", "mihai.gheorghe@gheorghe-farm.example", 3, "Stimate domnule Gheorghe,", "RO"),
            "remind-ro",
            2,
            "ro",
            "exchange",
            [
                "Vă mulțumesc pentru mesaj.",
                "",
                "Biroul nostru este închis în perioada sărbătorilor de Paște, 30 aprilie - 3 mai 2027. Vă vom răspunde începând cu 4 mai.",
                "",
                "Paște fericit!",
                "Mihai Gheorghe",
            ],
            "2027-05-04",
        )
    )
    a(
        auto(
            "tudor-dupa-pasti",
            P("Adriana Tudor", "adriana.tudor@tudor-design.example", 3, "Stimată doamnă Tudor,", "RO"),
            "kyc-ro",
            1,
            "ro",
            "yahoo",
            ["Bună ziua,", "", "Sunt în concediu medical. Voi reveni la birou după Paşti.", "", "Adriana Tudor"],
            None,
            kind="vacation",
            subject="Re: Actualizarea datelor dumneavoastră - documente",
            host="yahoo.com",
            cte="quoted-printable",
        )
    )
    # ---------------------------------------------------------------- Bulgarian
    a(
        auto(
            "stoyanov-velikden",
            P("Стоян Стоянов", "s.stoyanov@stoyanov-vino.example", 3, "Уважаеми господин Стоянов,", "BG"),
            "remind-bg",
            1,
            "bg",
            "exchange",
            [
                "Здравейте,",
                "",
                "В отпуск съм до 04.05.2027 г. включително (Великденски празници). Ще отговоря на писмото Ви след завръщането си.",
                "",
                "Честит Великден!",
                "Стоян Стоянов",
            ],
            "2027-05-04",
            cs="windows-1251",
        )
    )
    a(
        auto(
            "schetovodstvo-polucheno",
            P("Счетоводна къща Балкан", "office@balkan-schetovodstvo.example", 3, "Уважаеми клиенти,", "BG"),
            "kyc-bg",
            2,
            "bg",
            "exchange",
            [
                "Благодарим Ви за писмото.",
                "То е получено и ще бъде обработено от наш служител в най-кратък срок.",
                "",
                "Счетоводна къща Балкан ООД",
            ],
            None,
            cs="windows-1251",
        )
    )
    # ---------------------------------------------------------------- Greek
    a(
        auto(
            "karagianni-eos-20",
            P("Μαρία Καραγιάννη", "m.karagianni@karagianni-law.example", 3, "Αγαπητή κυρία Καραγιάννη,", "GR"),
            "review-el",
            1,
            "el",
            "exchange",
            [
                "Καλημέρα σας,",
                "",
                "Θα λείπω από το γραφείο έως τις 20 Απριλίου, με περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα παρακαλώ επικοινωνήστε στο +30 210 555 0155.",
                "",
                "Με εκτίμηση,",
                "Μαρία Καραγιάννη",
            ],
            "2027-04-20",
            cs="iso-8859-7",
        )
    )
    a(
        auto(
            "vlachos-pascha",
            P("Νίκος Βλάχος", "n.vlachos@vlachos-trading.example", 3, "Αγαπητέ κύριε Βλάχο,", "GR"),
            "remind-el",
            1,
            "el",
            "exchange",
            [
                "Αγαπητοί συνεργάτες,",
                "",
                "Λόγω των εορτών του Πάσχα το γραφείο μας θα παραμείνει κλειστό από τη Μεγάλη Παρασκευή 30 Απριλίου έως και τη Δευτέρα του Πάσχα 3 Μαΐου. Θα επανέλθουμε την Τρίτη 4 Μαΐου.",
                "",
                "Καλή Ανάσταση!",
                "Νίκος Βλάχος",
            ],
            "2027-05-04",
            cs="windows-1253",
        )
    )
    a(
        auto(
            "ioannou-cy-english-greek",
            P("Elena Ioannou", "elena.ioannou@ioannou-audit.example", 3, "Αγαπητή κυρία Ιωάννου,", "CY"),
            "review-el",
            1,
            "en",
            "exchange",
            [
                "Thank you for your email. I am out of the office until Monday 12 April 2027 and will reply on my return.",
                "",
                "Σας ευχαριστώ για το μήνυμά σας. Θα λείπω από το γραφείο έως τη Δευτέρα 12 Απριλίου 2027.",
                "",
                "Elena Ioannou",
                "Ioannou Audit Ltd, Nicosia",
            ],
            "2027-04-12",
            loc="en",
        )
    )
    # ---------------------------------------------------------------- Turkish
    a(
        auto(
            "celik-izin",
            P("Burak Çelik", "burak.celik@celik-lojistik.example", 3, "Sayın Burak Bey,", "TR"),
            "review-tr",
            1,
            "tr",
            "exchange",
            [
                "Merhaba,",
                "",
                "19 Nisan'a kadar izindeyim. Acil konular için lütfen asistanım Elif Arslan ile iletişime geçin: elif.arslan@celik-lojistik.example",
                "",
                "Saygılarımla,",
                "Burak Çelik",
            ],
            "2027-04-19",
            cs="windows-1254",
        )
    )
    a(
        auto(
            "koc-23-nisan",
            P("Deniz Koç", "deniz.koc@koc-danismanlik.example", 3, "Sayın Deniz Hanım,", "TR"),
            "remind-tr",
            1,
            "tr",
            "exchange",
            [
                "Merhaba,",
                "",
                "23 Nisan Ulusal Egemenlik ve Çocuk Bayramı nedeniyle 26 Nisan Pazartesi'ye kadar ofis dışındayım. Döndüğümde size dönüş yapacağım.",
                "",
                "İyi bayramlar,",
                "Deniz Koç",
            ],
            "2027-04-26",
            cs="iso-8859-9",
        )
    )
    # ---------------------------------------------------------------- Russian, Ukrainian, Hebrew, English
    a(
        auto(
            "orlova-do-18-04",
            P("Ольга Орлова", "o.orlova@orlova-holding.example", 3, "Dear Ms Orlova,", "CY"),
            "kyc-en",
            1,
            "ru",
            "exchange",
            [
                "Добрый день!",
                "",
                "Я в отпуске до 18.04, доступ к почте ограничен. По срочным вопросам обращайтесь к моему ассистенту: assistant@orlova-holding.example.",
                "",
                "С уважением,",
                "Ольга Орлова",
            ],
            "2027-04-18",
            cs="koi8-r",
        )
    )
    a(
        auto(
            "kuznetsov-yandex",
            P("Игорь Кузнецов", "i.kuznetsov@kuznetsov-mail.example", 3, "Dear Mr Kuznetsov,", "CY"),
            "kyc-en",
            2,
            "ru",
            "yandex",
            [
                "Здравствуйте!",
                "Я нахожусь в отпуске до 20 апреля включительно и отвечу после возвращения.",
                "Игорь Кузнецов",
            ],
            "2027-04-20",
            kind="vacation",
            subject="Автоответ: Client data update - documents requested",
            host="mail.yandex.ru",
            cte="base64",
        )
    )
    a(
        auto(
            "melnyk-vidriadzhennia",
            P("Тарас Мельник", "taras.melnyk@melnyk-agro.example", 3, "Dear Mr Melnyk,", "UA"),
            "kyc-en",
            1,
            "uk",
            "exchange",
            [
                "Дякую за лист.",
                "",
                "Я у відрядженні до 16 квітня, з обмеженим доступом до пошти. Відповім одразу після повернення.",
                "",
                "Тарас Мельник",
            ],
            "2027-04-16",
            cs="windows-1251",
        )
    )
    a(
        auto(
            "friedman-pesach",
            P("רונית פרידמן", "ronit.friedman@friedman-cpa.example", 3, "Dear Ms Friedman,", "IL"),
            "remind-en",
            1,
            "he",
            "exchange",
            [
                "שלום,",
                "",
                "אני בחופשת פסח עד 29.4 ואחזור למשרד ביום ראשון, 2.5.2027. בעניינים דחופים ניתן לפנות למשרד בטלפון 03-5550123.",
                "",
                "חג שמח,",
                "רונית פרידמן",
            ],
            "2027-05-02",
            cs="windows-1255",
        )
    )
    a(
        auto(
            "papas-limited-access",
            P("George Papas", "george.papas@papas-shipping.example", 3, "Dear Mr Papas,", "CY"),
            "kyc-en",
            1,
            "en",
            "exchange",
            [
                "Thank you for your message.",
                "",
                "I am currently travelling with limited access to email. I will respond as soon as possible.",
                "",
                "George Papas",
            ],
            None,
            cs="us-ascii",
            cte="7bit",
        )
    )
    return A
