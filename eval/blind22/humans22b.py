"""Human replies of blind22, part b: Flemish and French-speaking Belgians writing to the Brussels office (whose gateway
stamps "[EXTERN]" and a bilingual banner on inbound mail), and English-speaking clients and counterparts."""

from clients22 import Case as C

N = [
    # ---- Flemish (Brussels office, stamped by the firm's gateway)
    C(
        "peeters-blauw",
        "outlook",
        "nl",
        ("Luc Peeters", "luc.peeters@peeters-bouw.example"),
        "profile_be",
        "2027-03-05 09:30",
        """
      Dag Pieter,

      Zie mijn antwoorden in het blauw hieronder.

      Met vriendelijke groeten,

      Luc Peeters
      Zaakvoerder
      Peeters Bouw BV
      Kapelstraat 12, 2500 Lier
      T +32 3 555 01 77
      """,
        style="outlook",
        ans_color="blue",
        cs="windows-1252",
        answers=[
            ("langer dan tien jaar?", "Ja, zeker. Pas bij ons pensioen in 2040 hebben we het nodig."),
            (
                "schenking aan de kinderen?",
                "Ja: in 2028 willen we een schenking doen aan onze dochter voor haar appartement, ongeveer € 150.000.",
            ),
            ("15% daalt?", "Niets, afwachten."),
            ("voorrang geven?", "Graag, zolang het rendement niet veel lager ligt."),
        ],
    ),
    C(
        "claes-telenet",
        "zimbra",
        "nl",
        ("Marleen Claes", "marleen.claes@telenet-mail.example"),
        "profile_be",
        "2027-03-04 13:05",
        """
      Goeiemiddag Pieter,

      Hierbij mijn antwoorden:
      1. ja
      2. neen, niets gepland
      3. niets doen, dat hebben we in 2022 ook zo gedaan
      4. ja graag

      Vriendelijke groeten,
      Marleen
      """,
        style="zimbra",
    ),
    C(
        "wouters-schrappen",
        "outlook",
        "nl",
        ("Jozef Wouters", "jozef.wouters@skynet-mail.example"),
        "rem_be",
        "2027-03-15 15:40",
        """
      Geachte heer De Smedt,

      Ik heb mijn effectenportefeuille begin dit jaar aan mijn zoon overgedragen. Gelieve mijn adres te schrappen uit al uw verzendlijsten; ik wens van uw kantoor geen e-mails meer te ontvangen.

      Met de meeste hoogachting,
      Jozef Wouters
      """,
        style="outlook",
        opt_out=True,
        greet="Geachte heer Wouters,",
    ),
    C(
        "maes-gmail-inline",
        "gmail",
        "nl",
        ("Sofie Maes", "sofie.maes@gmail.example"),
        "profile_be",
        "2027-03-06 10:10",
        """
      Dag Pieter,

      Mijn antwoorden staan tussen je vragen.

      Sofie
      """,
        style="gmail",
        answers=[
            ("langer dan tien jaar?", "Eerder vijftien."),
            ("schenking aan de kinderen?", "Misschien een nieuwe keuken, maar niet meer dan 30.000 euro."),
            ("15% daalt?", "Bijkopen als het kan."),
            ("voorrang geven?", "Maakt me niet veel uit."),
        ],
    ),
    C(
        "jacobs-medehouder",
        "apple_mail",
        "nl",
        ("Hilde Jacobs", "hilde.jacobs@proximus-mail.example"),
        "profile_be",
        "2027-03-08 20:14",
        """
      Dag Pieter,

      Eerst iets anders: nu de scheiding definitief is, moet Koen verwijderd worden als medehouder van de effectenrekening. Welke documenten heeft u daarvoor nodig?

      De vragenlijst vul ik volgende week in.

      Groeten,
      Hilde
      """,
        style="apple",
    ),
    C(
        "willems-android",
        "outlook_mobile",
        "nl",
        ("Dirk Willems", "dirk.willems@willemsfruit.example"),
        "rem_be",
        "2027-03-29 18:20",
        """
      Dag Pieter,

      Excuses voor de vertraging. Ik bel je na de paasvakantie om de vragenlijst samen te overlopen.

      Dirk
      """,
        style="outlook_bar",
        device="Outlook voor Android<https://aka.ms/AAb9ysg> downloaden",
    ),
    # ---- French (Brussels office, stamped)
    C(
        "dubois-avocate",
        "outlook",
        "fr",
        ("Catherine Dubois", "c.dubois@duboisassocies.example"),
        "bilan_fr",
        "2027-03-05 08:45",
        """
      Bonjour Madame Vandamme,

      Le jeudi 18 mars à 14h30 me convient parfaitement. Je déposerai l'avertissement-extrait de rôle dans l'espace client cette semaine ; l'attestation d'épargne-pension suivra dès réception.

      Bien cordialement,

      Catherine Dubois
      Avocate associée
      Dubois & Associés SRL
      Avenue des Érables 40, 1180 Bruxelles
      T +32 2 555 01 93

      Dubois & Associés SRL | BCE 0712.345.118 | RPM Bruxelles
      Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
      """,
        style="outlook",
        cs="windows-1252",
        greet="Bonjour Madame Dubois,",
    ),
    C(
        "lambert-gmail",
        "gmail",
        "fr",
        ("Thomas Lambert", "thomas.lambert@gmail.example"),
        "bilan_fr",
        "2027-03-04 19:02",
        """
      Bonjour Élodie,

      Mardi 16 mars à 10h, c'est parfait pour nous deux.

      Bonne soirée,
      Thomas
      """,
        style="gmail",
    ),
    C(
        "lejeune-desinscription",
        "ios_mail",
        "fr",
        ("Bernard Lejeune", "b.lejeune@lejeune-immo.example"),
        "rem_fr",
        "2027-03-24 12:30",
        """
      Madame,

      Je vous remercie, mais je ne souhaite plus recevoir de courriels de votre bureau. Veuillez retirer mon adresse de vos listes.

      B. Lejeune
      """,
        style="ios",
        device="Envoyé de mon iPhone",
        opt_out=True,
        greet="Bonjour Monsieur Lejeune,",
    ),
    C(
        "renard-owa",
        "outlook_web",
        "fr",
        ("Nathalie Renard", "n.renard@renard-pharma.example"),
        "bilan_fr",
        "2027-03-05 11:02",
        """
      Bonjour Élodie,

      Aucune des dates ne me convient. Pourrions-nous prévoir un rendez-vous le mardi 30 mars en fin de journée ?

      Merci et bonne journée,
      Nathalie Renard
      """,
        style="owa",
    ),
    C(
        "gerard-apple",
        "apple_mail",
        "fr",
        ("Philippe Gérard", "philippe.gerard@gerard-conseil.example"),
        "rem_fr",
        "2027-03-29 21:10",
        """
      Bonjour Élodie,

      Pardon pour le retard, voici où j'en suis :
      - l'avertissement-extrait de rôle est dans l'espace client ;
      - l'attestation d'épargne-pension n'est pas encore arrivée ;
      - pour le rendez-vous, le jeudi 8 avril à 10h me conviendrait.

      Bien à vous,
      Philippe Gérard
      """,
        style="apple",
    ),
    # ---- English
    C(
        "hale-solicitor",
        "outlook",
        "en",
        ("Rebecca Hale", "rhale@halemorrow.example"),
        "letter_en",
        "2027-03-06 09:05",
        """
      Dear Maartje,

      Thank you. GBP reporting would be helpful, alongside EUR. I will sign the letter in the portal this weekend.

      One question on point 2: will quarterly billing for the holding start in April or in July?

      Kind regards,

      Rebecca Hale
      Partner
      Hale Morrow LLP
      020 7946 0321

      Hale Morrow LLP is a limited liability partnership registered in England and Wales (OC412887), authorised and regulated by the Solicitors Regulation Authority (SRA no. 812334).
      This email is confidential and may be legally privileged. If you are not the intended recipient, please tell the sender and delete it.
      """,
        style="outlook",
        zone="uk",
        rewrite="mimecast-uk",
    ),
    C(
        "pembroke-easter",
        "gmail",
        "en",
        ("Oliver Pembroke", "oliver.pembroke@gmail.example"),
        "rem_en",
        "2027-03-30 07:45",
        """
      Hi Maartje,

      Signed this morning. Apologies, Easter got in the way.

      Best,
      Oliver
      """,
        style="gmail",
        zone="uk",
    ),
    C(
        "okafor-mailinglist",
        "gmail",
        "en",
        ("Daniel Okafor", "d.okafor@okafor-family.example"),
        "newsletter_en",
        "2027-03-08 18:40",
        """
      Hello,

      Could you please take me off the mailing list for these quarterly letters? My adviser keeps me informed directly, which is plenty.

      Thanks,
      Daniel Okafor
      """,
        style="gmail",
        opt_out=True,
        zone="uk",
    ),
    C(
        "whitfield-footer",
        "apple_mail",
        "en",
        ("Sarah Whitfield", "sarah@whitfield-home.example"),
        "newsletter_en",
        "2027-03-09 08:15",
        """
      Hi,

      The piece on gifting across borders was useful. Does the Dutch exemption for a home purchase apply if our son lives in the UK?

      Best wishes,
      Sarah Whitfield
      """,
        style="apple",
        zone="uk",
    ),
    C(
        "whitaker-front",
        "front",
        "en",
        ("James Whitaker", "james@whitaker-cpa.example"),
        "letter_en",
        "2027-03-08 14:20",
        """
      Hi Maartje,

      Thanks for this. The family holding's year end is 30 June, so quarterly billing is fine from April. Please send invoices to accounts@whitaker-cpa.example rather than to me.

      Best regards,
      James Whitaker
      Whitaker & Co Chartered Accountants
      0113 496 0581
      """,
        style="front",
        zone="uk",
    ),
    C(
        "hamblin-initials",
        "outlook_mac",
        "en",
        ("Richard Hamblin", "richard@hamblin-estates.example"),
        "letter_en",
        "2027-03-07 10:30",
        """
      Maartje,

      My answers below, marked RH.

      Richard
      """,
        style="mac",
        zone="uk",
        answers=[
            ("0.50% on assets above", "RH: Noted, thank you."),
            ("billed quarterly.", "RH: Fine."),
            ("GBP if you wish.", "RH: Yes please, both currencies."),
            ("before 31 March?", "RH: Will do this week."),
        ],
    ),
]
