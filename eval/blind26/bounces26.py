"""Bounces and delay notices: Exchange Online NDRs in the language of the bank's sending mailbox, remote Postfix,
Exim and Exchange servers, and a Hungarian provider's own notice."""

from eng26 import FIRM, Person, addr, bounce

P = Person
EXO_FROM = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bankhaus-sternau.example>"
PM = "postmaster@bankhaus-sternau.example"


def exo(slug, fk, person, minutes, lang, subject, text, st, diag, rmta, **kw):
    return bounce(
        slug,
        fk,
        person,
        minutes,
        lang,
        "exchange-online",
        subject,
        text,
        [(person.email, st, kw.pop("action", "failed"), diag, rmta)],
        st.startswith("5"),
        EXO_FROM,
        html=True,
        bstyle="outlook",
        off=FIRM[fk]["sent"].utcoffset().total_seconds() / 3600,
        extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", f"{lang}-{kw.pop('cc', 'AT')}")],
        hmode="B" if lang in ("el", "bg", "ru") else "Q",
        **kw,
    )


def items():
    B = []
    b = B.append
    # ---------------------------------------------------------------- Exchange Online, localised
    p = P("Peter Wagner", "peter.wagner@wagner-bau.example", 2, "Sehr geehrter Herr Wagner,", "AT")
    b(
        exo(
            "wagner-unzustellbar",
            "termin-de",
            p,
            1,
            "de",
            "Unzustellbar: Ihr Jahresgespräch 2027 - Terminvorschläge",
            [
                "Ihre Nachricht hat peter.wagner@wagner-bau.example nicht erreicht.",
                "",
                "Die E-Mail-Adresse wurde vom empfangenden E-Mail-Server nicht gefunden. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut.",
                "",
                "Diagnoseinformationen für Administratoren:",
                "",
                "Generierender Server: VI1PR04MB6530.eurprd04.prod.outlook.com",
                "",
                "peter.wagner@wagner-bau.example",
                "Remoteserver hat '550 5.1.1 <peter.wagner@wagner-bau.example>: Recipient address rejected: User unknown in virtual mailbox table' zurückgegeben.",
            ],
            "5.1.1",
            "550 5.1.1 <peter.wagner@wagner-bau.example>: Recipient address rejected: User unknown in virtual mailbox table",
            "mx1.wagner-bau.example",
            reporting="VI1PR04MB6530.eurprd04.prod.outlook.com",
        )
    )
    p = P("Lenka Marková", "lenka.markova@markova-design.example", 2, "Vážená paní Marková,", "CZ")
    b(
        exo(
            "markova-nedorucitelne",
            "kyc-cs",
            p,
            1,
            "cs",
            "Nedoručitelné: Aktualizace klientských údajů - žádost o doklady",
            [
                "Vaše zpráva nebyla doručena příjemci lenka.markova@markova-design.example, protože adresa nebyla nalezena nebo nemůže přijímat e-maily.",
                "",
                "Diagnostické informace pro správce:",
                "",
                "Generující server: AM9PR02MB7714.eurprd02.prod.outlook.com",
                "",
                "lenka.markova@markova-design.example",
                "Vzdálený server vrátil '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
            ],
            "5.1.10",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            None,
            reporting="AM9PR02MB7714.eurprd02.prod.outlook.com",
            cc="CZ",
        )
    )
    p = P("Jerzy Wójcik", "jerzy.wojcik@wojcik-meble.example", 2, "Szanowny Panie,", "PL")
    b(
        exo(
            "wojcik-skrzynka-pelna",
            "kyc-pl",
            p,
            3,
            "pl",
            "Niedostarczalne: Aktualizacja danych klienta - prośba o dokumenty",
            [
                "Nie można dostarczyć wiadomości do jerzy.wojcik@wojcik-meble.example, ponieważ skrzynka pocztowa adresata jest pełna.",
                "",
                "Informacje diagnostyczne dla administratorów:",
                "",
                "Serwer generujący: DU2PR08MB7221.eurprd08.prod.outlook.com",
                "",
                "jerzy.wojcik@wojcik-meble.example",
                "Serwer zdalny zwrócił komunikat '552 5.2.2 <jerzy.wojcik@wojcik-meble.example>: Mailbox full'",
            ],
            "5.2.2",
            "552 5.2.2 <jerzy.wojcik@wojcik-meble.example>: Mailbox full",
            "mx.wojcik-meble.example",
            reporting="DU2PR08MB7221.eurprd08.prod.outlook.com",
            cc="PL",
        )
    )
    p = P("Balogh Zoltán", "balogh.zoltan@balogh-kft.example", 2, "Tisztelt Balogh Úr!", "HU")
    b(
        exo(
            "balogh-kezbesithetetlen",
            "termin-hu",
            p,
            1,
            "hu",
            "Kézbesíthetetlen: Éves portfólió-áttekintés - időpontok",
            [
                "Az üzenet nem jutott el a következő címzetthez: balogh.zoltan@balogh-kft.example",
                "",
                "A címzett levelezőrendszere elutasította az üzenetet, mert a feladó nem jogosult üzenetet küldeni ennek a címzettnek.",
                "",
                "Diagnosztikai adatok rendszergazdák számára:",
                "",
                "Létrehozó kiszolgáló: PA4PR05MB8120.eurprd05.prod.outlook.com",
                "",
                "balogh.zoltan@balogh-kft.example",
                "A távoli kiszolgáló válasza: '550 5.4.1 Recipient address rejected: Access denied'",
            ],
            "5.4.1",
            "550 5.4.1 Recipient address rejected: Access denied",
            "balogh-kft-example.mail.protection.outlook.com",
            reporting="PA4PR05MB8120.eurprd05.prod.outlook.com",
            cc="HU",
        )
    )
    p = P("Florin Neagu", "florin.neagu@neagu-transport.example", 3, "Stimate domnule Neagu,", "RO")
    b(
        exo(
            "neagu-intarziere",
            "kyc-ro",
            p,
            245,
            "ro",
            "Livrare întârziată: Actualizarea datelor dumneavoastră - documente",
            [
                "Livrarea mesajului către florin.neagu@neagu-transport.example a fost întârziată.",
                "",
                "Serverul de e-mail al destinatarului nu a acceptat încă mesajul. Vom continua să încercăm timp de 2 zile. Nu trebuie să retrimiteți mesajul.",
                "",
                "Informații de diagnosticare pentru administratori:",
                "",
                "florin.neagu@neagu-transport.example",
                "Serverul la distanță a răspuns '451 4.7.1 Greylisted, please try again later'",
            ],
            "4.7.1",
            "451 4.7.1 Greylisted, please try again later",
            "mail.neagu-transport.example",
            action="delayed",
            reporting="VI1PR03MB5563.eurprd03.prod.outlook.com",
            cc="RO",
        )
    )
    p = P("Σοφία Μαυρίδου", "s.mavridou@mavridou-law.example", 3, "Αγαπητή κυρία Μαυρίδου,", "GR")
    b(
        exo(
            "mavridou-den-paradothike",
            "review-el",
            p,
            1,
            "el",
            "Δεν είναι δυνατή η παράδοση: Ετήσια ανασκόπηση χαρτοφυλακίου",
            [
                "Το μήνυμά σας δεν παραδόθηκε στον παραλήπτη s.mavridou@mavridou-law.example.",
                "",
                "Η διεύθυνση ηλεκτρονικού ταχυδρομείου δεν βρέθηκε στον διακομιστή του παραλήπτη.",
                "",
                "Διαγνωστικές πληροφορίες για διαχειριστές:",
                "",
                "s.mavridou@mavridou-law.example",
                "Ο απομακρυσμένος διακομιστής επέστρεψε '550 5.1.1 User unknown'",
            ],
            "5.1.1",
            "550 5.1.1 User unknown",
            "mx.mavridou-law.example",
            reporting="PA4PR07MB7301.eurprd07.prod.outlook.com",
            cc="GR",
        )
    )
    p = P("Hakan Aksoy", "hakan.aksoy@aksoy-enerji.example", 3, "Sayın Hakan Bey,", "TR")
    b(
        exo(
            "aksoy-teslim-edilemedi",
            "review-tr",
            p,
            1,
            "tr",
            "Teslim Edilemedi: Yıllık portföy değerlendirmesi - randevu",
            [
                "İletiniz hakan.aksoy@aksoy-enerji.example adresine ulaşmadı.",
                "",
                "Alıcının e-posta sunucusu iletiyi bir ilke nedeniyle reddetti.",
                "",
                "Yöneticiler için tanılama bilgileri:",
                "",
                "hakan.aksoy@aksoy-enerji.example",
                "Uzak sunucu '550 5.7.1 Message rejected by policy' döndürdü",
            ],
            "5.7.1",
            "550 5.7.1 Message rejected by policy",
            "mx1.aksoy-enerji.example",
            reporting="AS8PR06MB7702.eurprd06.prod.outlook.com",
            cc="TR",
        )
    )
    p = P("Иван Тодоров", "ivan.todorov@todorov-bg.example", 3, "Уважаеми господин Тодоров,", "BG")
    b(
        exo(
            "todorov-nedostaveno",
            "kyc-bg",
            p,
            1,
            "bg",
            "Недоставено: Актуализация на клиентските данни",
            [
                "Съобщението Ви не достигна до ivan.todorov@todorov-bg.example, защото пощенската кутия на получателя е деактивирана.",
                "",
                "Диагностична информация за администратори:",
                "",
                "ivan.todorov@todorov-bg.example",
                "Отдалеченият сървър върна '550 5.2.1 Mailbox disabled'",
            ],
            "5.2.1",
            "550 5.2.1 Mailbox disabled",
            "mail.todorov-bg.example",
            reporting="VI1PR09MB4418.eurprd09.prod.outlook.com",
            cc="BG",
        )
    )
    # ---------------------------------------------------------------- remote servers
    p = P("Radka Pokorná", "radka.pokorna@pokorna-mail.example", 2, "Vážená paní Pokorná,", "CZ")
    b(
        bounce(
            "pokorna-postfix",
            "kyc-cs",
            p,
            2,
            "en",
            "postfix",
            "Undelivered Mail Returned to Sender",
            [
                "This is the mail system at host mx2.pokorna-mail.example.",
                "",
                "I'm sorry to have to inform you that your message could not",
                "be delivered to one or more recipients. It's attached below.",
                "",
                "For further assistance, please send mail to postmaster.",
                "",
                "If you do so, please include this problem report. You can",
                "delete your own text from the attached returned message.",
                "",
                "                   The mail system",
                "",
                "<radka.pokorna@pokorna-mail.example>: host 127.0.0.1[127.0.0.1] said: 550",
                "    5.1.1 <radka.pokorna@pokorna-mail.example>: Recipient address rejected:",
                "    mailbox no longer exists (in reply to RCPT TO command)",
            ],
            [
                (
                    "radka.pokorna@pokorna-mail.example",
                    "5.1.1",
                    "failed",
                    "550 5.1.1 <radka.pokorna@pokorna-mail.example>: Recipient address rejected: mailbox no longer exists",
                    None,
                )
            ],
            True,
            "MAILER-DAEMON@mx2.pokorna-mail.example (Mail Delivery System)",
            reporting="mx2.pokorna-mail.example",
            mid_host="mx2.pokorna-mail.example",
            cs="us-ascii",
            cte="7bit",
            off=2,
        )
    )
    p = P("Grzegorz Mazurek", "g.mazurek@mazurek-serwis.example", 2, "Szanowny Panie,", "PL")
    b(
        bounce(
            "mazurek-postfix-delay",
            "kyc-pl",
            p,
            240,
            "en",
            "postfix",
            "Delayed Mail (still being retried)",
            [
                "This is the mail system at host relay.mazurek-serwis.example.",
                "",
                "####################################################################",
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
                "####################################################################",
                "",
                "Your message could not be delivered for more than 4 hour(s).",
                "It will be retried until it is 5 day(s) old.",
                "",
                "For further assistance, please send mail to postmaster.",
                "",
                "                   The mail system",
                "",
                "<g.mazurek@mazurek-serwis.example>: host",
                "    mail.mazurek-serwis.example[198.51.100.41] said: 452 4.2.2",
                "    <g.mazurek@mazurek-serwis.example>: Mailbox full (in reply to RCPT TO",
                "    command)",
            ],
            [
                (
                    "g.mazurek@mazurek-serwis.example",
                    "4.2.2",
                    "delayed",
                    "452 4.2.2 <g.mazurek@mazurek-serwis.example>: Mailbox full",
                    "mail.mazurek-serwis.example",
                )
            ],
            False,
            "MAILER-DAEMON@relay.mazurek-serwis.example (Mail Delivery System)",
            reporting="relay.mazurek-serwis.example",
            mid_host="relay.mazurek-serwis.example",
            cs="us-ascii",
            cte="7bit",
            headers_only=True,
            off=2,
        )
    )
    p = P("Віктор Ткаченко", "viktor.tkachenko@tkachenko-ua.example", 3, "Dear Mr Tkachenko,", "UA")
    b(
        bounce(
            "tkachenko-exim",
            "kyc-en",
            p,
            1,
            "en",
            "exim",
            "Mail delivery failed: returning message to sender",
            [
                "This message was created automatically by mail delivery software.",
                "",
                "A message that you sent could not be delivered to one or more of its",
                "recipients. This is a permanent error. The following address(es) failed:",
                "",
                "  viktor.tkachenko@tkachenko-ua.example",
                "    host mail.tkachenko-ua.example [198.51.100.87]",
                "    SMTP error from remote mail server after RCPT TO:<viktor.tkachenko@tkachenko-ua.example>:",
                "    550 5.1.1 No such user here",
            ],
            [("viktor.tkachenko@tkachenko-ua.example", "5.1.1", "failed", None, None)],
            True,
            "Mail Delivery System <Mailer-Daemon@relay.tkachenko-ua.example>",
            reporting="relay.tkachenko-ua.example",
            mid_host="relay.tkachenko-ua.example",
            no_dsn=True,
            off=3,
            extra=[("X-Failed-Recipients", "viktor.tkachenko@tkachenko-ua.example")],
        )
    )
    p = P("Horváth Ildikó", "horvath.ildiko@ildi-posta.example", 2, "Kedves Horváth Ildikó!", "HU")
    b(
        bounce(
            "horvath-szolgaltato",
            "termin-hu",
            p,
            6,
            "hu",
            "provider-hu",
            "Kézbesítési hiba: a levél nem kézbesíthető",
            [
                "Tisztelt Feladó!",
                "",
                "Ez egy automatikus értesítés a levelezőrendszerünktől.",
                "Az Ön által küldött levelet nem tudtuk kézbesíteni az alábbi címzettnek:",
                "",
                "  horvath.ildiko@ildi-posta.example",
                "",
                "Ok: a címzett postafiókja megtelt (552 5.2.2).",
                "Kérjük, próbálja meg később újra elküldeni a levelet, vagy értesítse a címzettet más úton.",
                "",
                "Üdvözlettel:",
                "Ildi Posta ügyfélszolgálat",
            ],
            [
                (
                    "horvath.ildiko@ildi-posta.example",
                    "5.2.2",
                    "failed",
                    "552 5.2.2 Mailbox quota exceeded",
                    None,
                )
            ],
            True,
            addr("Ildi Posta Levelezőrendszer", "mailer-daemon@mx.ildi-posta.example", "iso-8859-2"),
            reporting="mx.ildi-posta.example",
            mid_host="mx.ildi-posta.example",
            cs="iso-8859-2",
            off=2,
        )
    )
    p = P("Дмитрий Новиков", "d.novikov@novikov-cy.example", 3, "Dear Mr Novikov,", "CY")
    b(
        bounce(
            "novikov-ru-en",
            "kyc-en",
            p,
            3,
            "ru",
            "provider-ru",
            "Недоставленное сообщение",
            [
                "Это письмо создано автоматически сервером mx.novikov-cy.example.",
                "",
                "Ваше сообщение не было доставлено одному или нескольким получателям:",
                "",
                "<d.novikov@novikov-cy.example>: пользователь не найден",
                "",
                "This is the mail system at host mx.novikov-cy.example.",
                "Your message could not be delivered to one or more recipients:",
                "",
                "<d.novikov@novikov-cy.example>: 550 5.1.1 User not found",
            ],
            [("d.novikov@novikov-cy.example", "5.1.1", "failed", "550 5.1.1 User not found", None)],
            True,
            "MAILER-DAEMON@mx.novikov-cy.example",
            reporting="mx.novikov-cy.example",
            mid_host="mx.novikov-cy.example",
            cs="koi8-r",
            hmode="B",
            off=3,
        )
    )
    p = P("Yossi Ben-David", "yossi.bendavid@bendavid-group.example", 3, "Dear Mr Ben-David,", "IL")
    b(
        bounce(
            "bendavid-onprem",
            "kyc-en",
            p,
            1,
            "en",
            "exchange-onprem",
            "Undeliverable: Client data update - documents requested",
            [
                "Delivery has failed to these recipients or groups:",
                "",
                "Yossi Ben-David (yossi.bendavid@bendavid-group.example)",
                "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
                "",
                "Diagnostic information for administrators:",
                "",
                "Generating server: EX2019.bendavid-group.example",
                "",
                "yossi.bendavid@bendavid-group.example",
                "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            ],
            [
                (
                    "yossi.bendavid@bendavid-group.example",
                    "5.1.1",
                    "failed",
                    "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                    None,
                )
            ],
            True,
            "Microsoft Outlook <postmaster@bendavid-group.example>",
            reporting="EX2019.bendavid-group.example",
            mid_host="EX2019.bendavid-group.example",
            html=True,
            headers_only=True,
            cs="us-ascii",
            cte="7bit",
            off=3,
        )
    )
    return B
