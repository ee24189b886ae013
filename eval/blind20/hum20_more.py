"""blind20: more human replies (opt-outs and look-alikes, a nested Gmail thread) and two list replies."""

from kit20 import BERNASCONI, CHEVALLEY, KELLER, SIG, WYSS, letter, reply, review
from mime12 import L
from mime20 import Msg, P, dt, outlook_mid

INVITATION_FR = """
    Nous avons le plaisir de vous convier à notre conférence « Marchés 2027 : taux, franc fort et immobilier » :

    jeudi 25 mars 2027, 18h00
    Hôtel de la Paix, Avenue Benjamin-Constant 5, Lausanne
    suivie d'un apéritif dînatoire

    Merci de nous confirmer votre présence d'ici au 18 mars.
"""


def cases():
    out = []

    # 1. New Outlook (OWA): opt-out in reply to an invitation
    chappuis = P("Bernard Chappuis", "bernard.chappuis@chappuis-notaires.example")
    o = letter(
        "fr-chappuis",
        CHEVALLEY,
        "chevalley",
        "fr",
        [chappuis],
        "Cher Maître,",
        "2027-03-08 09:30",
        "Invitation : conférence Marchés 2027, jeudi 25 mars, Lausanne",
        INVITATION_FR,
    )
    out.append(
        reply(
            "fr-chappuis",
            "fr",
            "owa",
            chappuis,
            o,
            "2027-03-08 17:42",
            new=L("""
                Chère Madame,

                Je vous remercie de votre invitation, à laquelle je ne pourrai pas donner suite.
                Je profite de l'occasion pour vous informer que je ne souhaite plus recevoir vos invitations ni vos lettres d'information. Je vous saurais gré d'en prendre note.

                Veuillez agréer, Chère Madame, mes salutations distinguées.

                Bernard Chappuis
                Notaire
            """),
            opt_out=True,
        )
    )

    # 2. Apple Mail: opt-out in Italian inside a longer reply
    solcà = P("Adriana Solcà", "adriana.solca@me.example")
    o = review("it-solca", "it", [solcà], "Gentile Signora Solcà,", "2027-03-02 10:09")
    out.append(
        reply(
            "it-solca",
            "it",
            "apple_mail",
            solcà,
            o,
            "2027-03-07 10:30",
            new=L("""
                Buongiorno,

                mio marito ed io abbiamo deciso di affidare la gestione dei nostri risparmi a nostro figlio, che lavora in banca a Zurigo. Vi ringraziamo per questi anni di collaborazione.
                Vi prego quindi di cancellare il mio indirizzo dalla vostra lista e di non scrivermi più.

                Cordiali saluti
                Adriana Solcà
            """),
            opt_out=True,
        )
    )

    # 3. Gmail, HTML only: look-alike (paper statements), not an opt-out
    marchi = P("Fulvio Marchi", "fulvio.marchi@gmail.example")
    o = letter(
        "it-marchi",
        BERNASCONI,
        "bernasconi",
        "it",
        [marchi],
        "Gentile Signor Marchi,",
        "2027-03-05 11:00",
        "Estratto patrimoniale al 31 dicembre 2026",
        """
            in allegato trova l'estratto patrimoniale e l'attestazione fiscale al 31 dicembre 2026. Gli originali le arriveranno per posta nei prossimi giorni.
        """,
    )
    out.append(
        reply(
            "it-marchi",
            "it",
            "gmail",
            marchi,
            o,
            "2027-03-05 13:15",
            new=L("""
                Gentile Signora Bernasconi,
                grazie. Da quest'anno non mandatemi più gli estratti cartacei, li scarico già dall'e-banking e la carta finisce solo nel cestino.
                Saluti cordiali
                Fulvio Marchi
            """),
            html_only=True,
        )
    )

    # 4. Outlook: look-alike in English (stop sending to the old address)
    lindgren = P("Erik Lindgren", "erik.lindgren@nordkap-invest.example")
    o = letter(
        "en-lindgren",
        KELLER,
        "keller",
        "en",
        [lindgren],
        "Dear Erik,",
        "2027-03-05 11:10",
        "Your year-end statements 2026",
        """
            Please find attached your year-end statement and tax certificate as at 31 December 2026. The originals will reach you by post.
        """,
    )
    out.append(
        reply(
            "en-lindgren",
            "en",
            "outlook",
            lindgren,
            o,
            "2027-03-05 12:02",
            new=L("""
                Hi Nadia,

                Thanks. Please stop sending anything to the Zug address - I moved to London in January (12 Hartfield Road, SW19 3SE). Could you also update the domicile for the tax certificate?

                Regards
                Erik
            """),
            html_only=True,
        )
    )

    # 5. Gmail, HTML only, French, with a "-- " signature
    vuilleumier = P("Nathalie Vuilleumier", "nathalie.vuilleumier@gmail.example")
    o = letter(
        "fr-vuilleumier",
        CHEVALLEY,
        "chevalley",
        "fr",
        [vuilleumier],
        "Chère Madame Vuilleumier,",
        "2027-03-08 09:31",
        "Invitation : conférence Marchés 2027, jeudi 25 mars, Lausanne",
        INVITATION_FR,
    )
    out.append(
        reply(
            "fr-vuilleumier",
            "fr",
            "gmail",
            vuilleumier,
            o,
            "2027-03-09 07:55",
            new=L("""
                Bonjour Madame Chevalley,

                Avec plaisir, nous serons deux (mon mari, Pierre, m'accompagnera).

                Belle journée
                --
                Nathalie Vuilleumier
                +41 79 555 01 48
            """),
            html_only=True,
        )
    )

    # 6. iOS Mail, Swiss German one-liner
    graf = P("Martin Graf", "martin.graf@icloud.example")
    from hum20_de import einladung

    o = einladung("de-graf", graf, "Lieber Herr Graf", "2027-03-05 10:09")
    out.append(
        reply(
            "de-graf",
            "de",
            "ios_mail",
            graf,
            o,
            "2027-03-05 12:30",
            new=["Merci vilmal, bin dabei!"],
            device="Von meinem iPhone gesendet",
        )
    )

    # 7. Gmail, top-posted, the older thread quoted twice (nested)
    anna = P("Anna Lindqvist", "anna.lindqvist@gmail.example")
    first = review("en-lindqvist2-0", "en", [anna], "Dear Ms Lindqvist,", "2027-03-02 11:00")
    anna1 = [
        "Hi Nadia,",
        "",
        "Thanks for this. Short answers:",
        "1 - we are moving back to Stockholm in August, so yes, quite a change (I'll need to understand what that means for the mandate)",
        "2 - possibly, if we buy there",
        "3 and 4 - yes",
        "",
        "Can we schedule a call next week?",
        "",
        "Anna",
        "",
        "On Tue, 2 Mar 2027 at 11:00, Nadia Keller <nadia.keller@vaucher-ruegg.example> wrote:",
        "",
        *["> " + x if x else ">" for x in first.body],
    ]
    ans = Msg(
        "en-lindqvist2-1",
        KELLER,
        [anna],
        dt("2027-03-03 09:15"),
        "RE: Annual review of your investor profile",
        [
            "Dear Anna,",
            "",
            "Thank you. A move to Sweden means we will have to check whether we can keep managing your mandate from Switzerland under Swedish rules; I am asking our legal team.",
            "Would Tuesday 9 March at 16:00 work for a call?",
            "",
            *SIG["keller"],
            "",
            "From: Anna Lindqvist <anna.lindqvist@gmail.example>",
            "Sent: Wednesday, March 3, 2027 8:02 AM",
            "To: Nadia Keller <nadia.keller@vaucher-ruegg.example>",
            "Subject: Re: Annual review of your investor profile",
            "",
            *anna1,
        ],
        mid=outlook_mid("sent-en-lindqvist2-1"),
    )
    out.append(
        reply(
            "en-lindqvist2",
            "en",
            "gmail",
            anna,
            ans,
            "2027-03-03 12:48",
            new=L("""
                Tuesday at 4 works. I'll call you from the office.
                Anna
            """),
            subject="Re: Annual review of your investor profile",
        )
    )

    # 8. A Mailman 3 list: a member answers the firm's post; list footer at the end
    post = letter(
        "list-ggir-0",
        CHEVALLEY,
        "chevalley",
        "fr",
        [P("Forum GGIR", "forum@lists.ggir.example")],
        "Chères et chers collègues,",
        "2027-03-10 10:00",
        "[Forum GGIR] LSFin : inscription des conseillers au registre - délai pour les nouveaux collaborateurs ?",
        """
            Une question pratique : quel délai appliquez-vous pour inscrire au registre des conseillers un nouveau collaborateur qui reprend des clients existants ? Notre organe de médiation nous répond « avant le premier contact client », ce qui paraît strict.
            Merci d'avance pour vos retours d'expérience.
        """,
    )
    footer = [
        "_______________________________________________",
        "Forum mailing list -- forum@lists.ggir.example",
        "To unsubscribe send an email to forum-leave@lists.ggir.example",
    ]
    out.append(
        reply(
            "list-ggir",
            "fr",
            "thunderbird",
            P("Pascal Droz", "pascal.droz@droz-gestion.example"),
            post,
            "2027-03-10 14:22",
            new=L("""
                Bonjour Mathilde,

                Chez nous, l'inscription est faite avant toute prise de contact, même téléphonique : le registre ne prend que 2-3 jours si le dossier est complet (attestation de formation + assurance RC pro). Nous préparons donc le dossier dès la signature du contrat de travail.

                Meilleures salutations
                Pascal Droz
                Droz Gestion SA, Neuchâtel
            """),
            subject="Re: [Forum GGIR] LSFin : inscription des conseillers au registre - délai pour les nouveaux collaborateurs ?",
            to=[P("Forum GGIR", "forum@lists.ggir.example")],
            cc=[CHEVALLEY],
            footer=footer,
            kind="list",
            extra_headers=[
                ("List-Id", "Forum des membres du GGIR <forum.lists.ggir.example>"),
                ("List-Post", "<mailto:forum@lists.ggir.example>"),
                ("List-Unsubscribe", "<mailto:forum-leave@lists.ggir.example>"),
                ("Precedence", "list"),
            ],
        )
    )

    # 9. A Sympa list in German: Outlook reply, no footer
    from kit20 import BRUNNER

    post = letter(
        "list-vzv-0",
        BRUNNER,
        "brunner",
        "de",
        [P("VZV Mitglieder", "mitglieder@lists.vzv.example")],
        "Liebe Kolleginnen und Kollegen",
        "2027-03-11 08:30",
        "[VZV-Mitglieder] Erfahrungen mit der neuen Aufsichtsorganisation?",
        """
            Hat jemand schon Erfahrungen mit den neuen Prüfgebühren der Aufsichtsorganisation für 2027 gemacht? Bei uns sind sie um fast 30 % gestiegen.
        """,
    )
    out.append(
        reply(
            "list-vzv",
            "de",
            "outlook",
            P("Claudia Imhof", "claudia.imhof@imhof-vv.example"),
            post,
            "2027-03-11 11:05",
            new=L("""
                Lieber Reto

                Bei uns ähnlich, +24 %. Der Verband hat das Thema an der letzten Vorstandssitzung aufgenommen und klärt es mit der AO ab. Ich halte euch auf dem Laufenden.

                Liebe Grüsse
                Claudia Imhof
                Imhof Vermögensverwaltung AG
            """),
            subject="AW: [VZV-Mitglieder] Erfahrungen mit der neuen Aufsichtsorganisation?",
            to=[P("VZV Mitglieder", "mitglieder@lists.vzv.example")],
            cc=[BRUNNER],
            kind="list",
            extra_headers=[
                ("List-Id", "<mitglieder.lists.vzv.example>"),
                ("List-Post", "<mailto:mitglieder@lists.vzv.example>"),
                ("Precedence", "list"),
            ],
        )
    )

    # 10. Outlook, HTML only, Italian: the older thread quoted twice (the firm's answer, Rossi's first reply, the original)
    from kit20 import outlook_block

    rossi = P("Marco Rossi", "marco.rossi@rossi-edilizia.example")
    first = review("it-rossi2-0", "it", [rossi], "Gentile Signor Rossi,", "2027-03-02 10:00")
    r1 = Msg(
        "it-rossi2-1",
        rossi,
        [BERNASCONI],
        dt("2027-03-03 18:20"),
        "R: Aggiornamento annuale del suo profilo d'investimento",
        [
            "Buonasera Signora Bernasconi,",
            "",
            "nessun cambiamento per quanto riguarda la situazione familiare; a fine anno venderò la quota della ditta a mio cugino.",
            "",
            "Cordiali saluti",
            "Marco Rossi",
        ],
    )
    answer = Msg(
        "it-rossi2-2",
        BERNASCONI,
        [rossi],
        dt("2027-03-04 09:30"),
        "R: Aggiornamento annuale del suo profilo d'investimento",
        [
            "Gentile Signor Rossi,",
            "",
            "grazie per le informazioni. Per la vendita della quota le propongo un incontro con il nostro specialista fiscale: il 16 o il 17 marzo alle 10.00 le andrebbe bene?",
            "",
            *SIG["bernasconi"],
            "",
            *[f"{k} {v}" for k, v in outlook_block(r1, "it")],
            "",
            *r1.body,
            "",
            *[f"{k} {v}" for k, v in outlook_block(first, "it")],
            "",
            *first.body,
        ],
        mid=outlook_mid("sent-it-rossi2-2"),
    )
    out.append(
        reply(
            "it-rossi2",
            "it",
            "outlook",
            rossi,
            answer,
            "2027-03-04 11:02",
            new=L("""
                Va bene il 17 alle 10.00, da voi a Lugano.
                Saluti
                Marco Rossi
            """),
            html_only=True,
        )
    )

    # 11. iOS Mail on an iPad, Swiss German
    keller_b = P("Bruno Keller", "bruno.keller@icloud.example")
    from hum20_de import SAEULE

    o = letter(
        "de-bkeller",
        WYSS,
        "wyss",
        "de",
        [keller_b],
        "Lieber Herr Keller",
        "2027-03-03 14:35",
        "Ihre Säule 3a - Einzahlung 2027",
        SAEULE,
    )
    out.append(
        reply(
            "de-bkeller",
            "de",
            "ios_mail",
            keller_b,
            o,
            "2027-03-06 16:12",
            new=L("""
                Hoi Frau Wyss
                Variante 1, wie immer. Merci und es Grüessli
                Bruno Keller
            """),
            device="Von meinem iPad gesendet",
        )
    )

    # 12. Outlook, English, a family office with a long legal footer under the signature
    vos = P("Pieter de Vos", "pieter.devos@lowlands-fo.example")
    o = review("en-devos", "en", [vos], "Dear Pieter,", "2027-03-02 11:12")
    out.append(
        reply(
            "en-devos",
            "en",
            "outlook",
            vos,
            o,
            "2027-03-05 10:45",
            new=L("""
                Dear Nadia,

                On behalf of the de Vos family: no changes to report on 1, 3 and 4. On 2, the family expects to fund a philanthropic foundation in Geneva in the second half of the year (initial endowment EUR 2 million). We will share details once the lawyers have finalised the deed.

                Best regards,

                Pieter de Vos
                Chief Investment Officer
                Lowlands Family Office B.V.
                Herengracht 555, Amsterdam
                T +31 20 555 0199

                IMPORTANT NOTICE: This e-mail and any attachment are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this message; you must not copy, distribute or rely on it. Lowlands Family Office B.V. does not accept liability for any loss or damage arising from the use of this e-mail or attachments. E-mail transmission cannot be guaranteed to be secure or error-free. Lowlands Family Office B.V. is registered with the Chamber of Commerce under number 55501234.
            """),
        )
    )
    return out
