"""blind20: more automatic replies: insurers' and a pension fund's acknowledgements, an Italian HCL Notes notice and a
Gmail vacation reply."""

from auto20 import auto
from kit20 import BERNASCONI, CHEVALLEY, FAVRE, WYSS, letter, review
from mime20 import P, gmail_mid


def cases():
    out = []
    # --- desks' acknowledgements ---------------------------------------------------------------------------
    desk = P("Assurances Romandes - Service sinistres", "sinistres@assurances-romandes.example")
    o = letter(
        "ack-sinistres",
        FAVRE,
        "favre",
        "fr",
        [desk],
        "Madame, Monsieur,",
        "2027-03-03 15:00",
        "Sinistre dégât d'eau - M. Yves Pasche - police 55-01.210.774",
        "Nous vous déclarons un dégât d'eau survenu le 2 mars 2027 chez notre client M. Yves Pasche. Photos et constat en annexe.",
    )
    out.append(
        auto(
            "ack-sinistres",
            "fr",
            "desk",
            desk,
            o,
            "2027-03-03 15:01",
            """
            Madame, Monsieur,

            Nous accusons réception de votre message, qui a été enregistré sous le numéro de dossier SIN-2027-055012.
            Un collaborateur du service sinistres le traitera dans un délai de 3 jours ouvrables. Merci de mentionner ce numéro dans toute correspondance.

            Ceci est un message automatique, merci de ne pas y répondre.

            Assurances Romandes SA
            Service sinistres
            """,
            None,
            subject="Accusé de réception - SIN-2027-055012 - " + o.subject,
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
            mid="<ack.SIN-2027-055012@crm.assurances-romandes.example>",
        )
    )
    desk = P("Alpina Leben Kundendienst", "kundendienst@alpina-leben.example")
    o = letter(
        "ack-alpina",
        WYSS,
        "wyss",
        "de",
        [desk],
        "Sehr geehrte Damen und Herren",
        "2027-03-04 11:00",
        "Police 3a-55-01.331 - Änderung der Begünstigung",
        "Im Auftrag unseres Kunden Herr Lukas Baumann senden wir Ihnen die unterzeichnete Änderung der Begünstigung.",
    )
    out.append(
        auto(
            "ack-alpina",
            "de",
            "desk",
            desk,
            o,
            "2027-03-04 11:00",
            """
            Sehr geehrte Damen und Herren

            Vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen erhalten und werden es innert 5 Arbeitstagen bearbeiten.

            Bitte beachten Sie, dass diese E-Mail-Adresse keine Antworten entgegennimmt.

            Freundliche Grüsse
            Ihr Kundendienst
            Alpina Lebensversicherungs-Gesellschaft AG
            """,
            None,
            subject="Eingangsbestätigung: " + o.subject,
            headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
            mid="<CRM.55012.0304110012@alpina-leben.example>",
        )
    )
    desk = P("Ticino Assicurazioni - Servizio clienti", "servizio.clienti@ticino-assicurazioni.example")
    o = letter(
        "ack-ticino",
        BERNASCONI,
        "bernasconi",
        "it",
        [desk],
        "Gentili signore e signori,",
        "2027-03-12 09:00",
        "Richiesta offerta RC aziendale - Rossi Edilizia SA",
        "vi chiediamo un'offerta per la responsabilità civile aziendale della Rossi Edilizia SA, Lamone.",
    )
    out.append(
        auto(
            "ack-ticino",
            "it",
            "desk",
            desk,
            o,
            "2027-03-12 09:01",
            """
            Gentile cliente,

            la ringraziamo per il suo messaggio. La sua richiesta è stata registrata con il numero 2027-TI-55012 e sarà evasa il prima possibile.

            Messaggio generato automaticamente, si prega di non rispondere.

            Ticino Assicurazioni SA
            """,
            None,
            subject="[2027-TI-55012] Conferma di ricezione",
            headers=[("Auto-Submitted", "auto-replied")],
            mid="<ticket.2027-TI-55012@helpdesk.ticino-assicurazioni.example>",
        )
    )

    # --- added: HCL Notes in Italian, a pension fund's desk in French, a Gmail vacation reply in English -----------
    p = P("Claudio Rusconi", "claudio.rusconi@rusconi-legnami.example")
    o = review("ooo-rusconi", "it", [p], "Gentile Signor Rusconi,", "2027-03-15 08:30")
    out.append(
        auto(
            "ooo-rusconi",
            "it",
            "notes",
            p,
            o,
            "2027-03-15 08:30",
            """
            Sarò fuori ufficio a partire da  15/03/2027 e non ritornerò fino al 19/03/2027.

            Risponderò al messaggio al mio ritorno. Per urgenze: ufficio@rusconi-legnami.example
            """,
            "2027-03-19",
            subject="Claudio Rusconi è fuori ufficio.",
            html=False,
            headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "HCL Notes Release 12.0.2FP4 June 14, 2024")],
        )
    )
    desk = P("Caisse de pension Horizon - Service assurés", "assures@cp-horizon.example")
    o = letter(
        "ack-horizon",
        CHEVALLEY,
        "chevalley",
        "fr",
        [desk],
        "Madame, Monsieur,",
        "2027-03-16 09:00",
        "Demande de rachat - M. Laurent Dubois, n° AVS 756.5550.1234.97",
        "Au nom de notre client M. Laurent Dubois, nous vous prions de nous indiquer le montant de rachat possible au 30 juin 2027.",
    )
    out.append(
        auto(
            "ack-horizon",
            "fr",
            "desk",
            desk,
            o,
            "2027-03-16 09:00",
            """
            Bonjour,

            Votre demande a bien été reçue. Nous y répondrons dans les meilleurs délais, au plus tard sous 10 jours ouvrables.
            En raison du volume élevé de demandes en période de clôture annuelle, nous vous remercions de ne pas renvoyer votre message.

            Caisse de pension Horizon
            Service assurés
            """,
            None,
            subject="Re: " + o.subject,
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
            mid="<auto.55012.1773648000@cp-horizon.example>",
        )
    )
    p = P("Sophie Turner", "sophie.turner.ch@gmail.example")
    o = review("ooo-turner", "en", [p], "Dear Ms Turner,", "2027-03-02 11:11")
    out.append(
        auto(
            "ooo-turner",
            "en",
            "gmail",
            p,
            o,
            "2027-03-02 11:12",
            """
            Hi, I'm away skiing this week with patchy signal - back online on 8 March.
            Sophie
            """,
            "2027-03-08",
            subject="Re: " + o.subject,
            headers=[("Auto-Submitted", "auto-replied")],
            mid=gmail_mid("ooo-turner"),
        )
    )

    return out
