"""blind13 people (all invented) and the threads the replies of specs_human13 answer."""
from mime12 import L

VAL_DISC = [
    "Valmont Gestion Privée – SAS au capital de 250 000 € – RCS Paris 812 345 678 – Conseiller en investissements "
    "financiers, membre de la CNCGP, ORIAS n° 16001234 ([[www.orias.fr|https://www.orias.fr/]]).",
    "Ce message et ses pièces jointes sont confidentiels et établis à l’attention exclusive de leurs destinataires. "
    "Si vous l’avez reçu par erreur, merci d’en avertir immédiatement l’expéditeur et de le supprimer.",
    "This message and its attachments are confidential and intended solely for their addressees. If you have "
    "received it in error, please notify the sender immediately and delete it.",
]

P = {
    "cf": dict(name="Claire Fontanel", email="claire.fontanel@valmont-gp.fr", sig=L("""
        Claire Fontanel
        Associée | Conseil en gestion de patrimoine
        Valmont Gestion Privée
        14, rue de Miromesnil – 75008 Paris
        Tél. : +33 1 44 51 27 90 | Mob. : +33 6 71 28 44 15
        [[www.valmont-gp.fr|https://www.valmont-gp.fr/]] | [[LinkedIn|https://www.linkedin.com/in/claire-fontanel-valmont/]]
        """)),
    "ab": dict(name="Antoine Beaurivage", email="antoine.beaurivage@valmont-gp.fr", sig=L("""
        Antoine Beaurivage
        Conseiller en investissements financiers
        Valmont Gestion Privée
        Ligne directe : 01 44 51 27 93
        """)),
    "sm": dict(name="Sophie Marchetti", email="sophie.marchetti@valmont-gp.fr", sig=L("""
        Sophie Marchetti
        Responsable middle-office
        Valmont Gestion Privée – 14, rue de Miromesnil, 75008 Paris
        T. 01 44 51 27 96
        """)),
    "nb": dict(name="Nadia Benali", email="nadia.benali@valmont-gp.fr", sig=L("""
        Nadia Benali
        Assistante de direction – Valmont Gestion Privée
        01 44 51 27 90
        """)),
    "jk": dict(name="Julien Kessler", email="julien.kessler@valmont-gp.fr", sig=L("""
        Julien Kessler
        Directeur du bureau de Strasbourg | Leiter Büro Straßburg
        Valmont Gestion Privée – 3, quai Kléber – 67000 Strasbourg
        +33 3 88 21 40 55
        """)),
    "hl": dict(name="Hubert de Lanoy", email="hubert.delanoy@orange.fr", sig=["Hubert de Lanoy"]),
    "ir": dict(name="Isabelle Ternier", email="isabelle.ternier@icloud.com", sig=L("""
        Dr Isabelle Ternier
        Cabinet de cardiologie – 22 cours Gambetta, 69003 Lyon
        """)),
    "pb": dict(name="Pierre Brossard", email="p.brossard@menuiseries-brossard.fr", sig=L("""
        Pierre Brossard
        Président
        MENUISERIES BROSSARD SAS
        ZA des Trois Chênes – 49300 Cholet
        Tél : 02 41 58 63 20 – Fax : 02 41 58 63 29
        """)),
    "ml": dict(name="Marie Ravier", email="marie.ravier@gmail.com", sig=["-- ", "Marie Ravier", "06 62 18 40 97"]),
    "tr": dict(name="Thomas Ravier", email="thomas.ravier78@gmail.com", sig=["Thomas"]),
    "ec": dict(name="Évelyne Caradec", email="evelyne.caradec@caradec-notaires.fr", sig=L("""
        Maître Évelyne Caradec
        Notaire associée
        Office notarial Caradec & Associés
        5, place du Parlement – 35000 Rennes
        Tél. 02 99 79 31 40
        """)),
    "lg": dict(name="Laure Guégan", email="laure.guegan@caradec-notaires.fr", sig=L("""
        Laure Guégan
        Clerc de notaire – Office notarial Caradec & Associés
        02 99 79 31 44
        """)),
    "gl": dict(name="Grégoire Lestrade", email="g.lestrade@lestrade-audit.fr", sig=L("""
        Grégoire Lestrade
        Expert-comptable – Commissaire aux comptes
        Cabinet Lestrade Audit & Conseil
        02 41 62 10 10
        """)),
    "fm": dict(name="Frédéric Maubert", email="frederic.maubert@banque-heracles.fr", sig=L("""
        Frédéric Maubert
        Banquier privé – Direction de la Gestion de Fortune
        Banque Héraclès – 48, boulevard Haussmann – 75009 Paris
        Tél. : 01 53 77 60 12
        """)),
    "ca": dict(name="Céline Arnoux", email="celine.arnoux@mutualis-vie.fr", sig=L("""
        Céline Arnoux
        Service Partenaires CGP - Mutualis Vie
        Tél : 04 72 40 88 10
        """)),
    "mr": dict(name="Matthias Rheinfeld", email="m.rheinfeld@rheinfeld-vb.de", sig=L("""
        Mit freundlichen Grüßen
        Matthias Rheinfeld
        Geschäftsführer
        Rheinfeld Vermögensberatung GmbH
        Kaiserstraße 12 · 76133 Karlsruhe
        Tel. +49 721 915 33 0
        Sitz der Gesellschaft: Karlsruhe · Amtsgericht Mannheim HRB 712345 · Geschäftsführer: Matthias Rheinfeld
        """)),
    "kv": dict(name="Katrin Vogel", email="k.vogel@rheinfeld-vb.de", sig=L("""
        Katrin Vogel
        Portfoliomanagement
        Rheinfeld Vermögensberatung GmbH
        """)),
    "jc": dict(name="Jordi Castellví", email="jordi.castellvi@castellvi-asesores.es", sig=L("""
        Jordi Castellví
        Socio director
        Castellví Asesores, S.L.
        Carrer Nou 14, 17001 Girona
        Tel. +34 972 20 41 18
        """)),
    "lf": dict(name="Lucía Ferrer", email="lucia.ferrer@castellvi-asesores.es", sig=L("""
        Lucía Ferrer
        Departamento fiscal – Castellví Asesores
        """)),
    "pbi": dict(name="Paolo Bellandi", email="p.bellandi@studiobellandi.it", sig=L("""
        Dott. Paolo Bellandi
        Studio Bellandi Commercialisti Associati
        Via dei Servi 21 – 50122 Firenze
        Tel. +39 055 238 4410
        """)),
    "gc": dict(name="Giulia Conti", email="giulia.conti.studio@gmail.com", sig=["-- ", "Giulia Conti", "Studio Bellandi – Firenze"]),
    "sv": dict(name="Sander van Oordt", email="s.vanoordt@vanoordt-dewit.nl", sig=L("""
        Met vriendelijke groet,
        Sander van Oordt
        Van Oordt & De Wit Vermogensbeheer B.V.
        Herengracht 310, 1016 CE Amsterdam
        +31 20 624 55 10
        """)),
    "fw": dict(name="Femke de Wit", email="f.dewit@vanoordt-dewit.nl", sig=L("""
        Femke de Wit
        Van Oordt & De Wit Vermogensbeheer
        """)),
    "oh": dict(name="Oliver Harcourt", email="oliver.harcourt@harcourtlyle.co.uk", sig=L("""
        Oliver Harcourt
        Partner, Private Client
        Harcourt Lyle LLP
        41 Bedford Row, London WC1R 4JH
        T +44 20 7946 0321
        """)),
    "rl": dict(name="Rebecca Lyle", email="rebecca.lyle@harcourtlyle.co.uk", sig=L("""
        Rebecca Lyle
        Senior Associate | Harcourt Lyle LLP
        """)),
    "jd": dict(name="Jean-Marc Dufresne", email="jm.dufresne@dufresne-conseil.fr", sig=L("""
        Jean-Marc Dufresne
        Dufresne Conseil – Membre indépendant du comité d’investissement
        06 08 33 72 19
        """)),
    "ak": dict(name="Anne-Sophie Kerbrat", email="askerbrat@wanadoo.fr", sig=["Anne-Sophie Kerbrat"]),
    "lv": dict(name="Laurent Vasseur", email="laurent.vasseur@free.fr", sig=["-- ", "Laurent Vasseur", "12 allée des Tanneurs, 37000 Tours"]),
    "bo": dict(name="Bernard Oudin", email="bernard.oudin@laposte.net", sig=["Bernard Oudin"]),
    "kh": dict(name="Karim Haddad", email="karim.haddad@pharmacie-haddad.fr", sig=L("""
        Karim Haddad
        Pharmacien titulaire
        Pharmacie Haddad – 3 place de la Mairie, 78100 Saint-Germain-en-Laye
        01 39 73 12 08
        """)),
    "em": dict(name="Élodie Marchal", email="elodie.marchal@hotmail.fr", sig=["Élodie"]),
    "sc": dict(name="Sylvie Cormier", email="s.cormier@cormier-avocats.fr", sig=L("""
        Sylvie Cormier
        Avocate associée – Droit patrimonial de la famille
        Cormier Avocats – 19, rue Lafayette – 44000 Nantes
        02 40 12 77 30
        """)),
    "va": dict(name="Vincent Aubertin", email="vincent.aubertin@aubertin-immobilier.fr", sig=L("""
        Vincent Aubertin
        Gérant – Aubertin Immobilier
        """)),
    "dp": dict(name="Dominique Pelletier", email="dpelletier@groupe-saviane.com", sig=L("""
        Dominique Pelletier
        Directeur administratif et financier
        Groupe Saviane
        Tél. +33 4 78 95 60 00
        """)),
}
P["cf_d"] = dict(P["cf"], sig=P["cf"]["sig"] + ["{cid:image001.png@01DB6A2C.4F1E9B30}", ""] + VAL_DISC)
P["cf_img"] = dict(P["cf"], sig=P["cf"]["sig"] + ["{cid:image001.png@01DB6A2C.4F1E9B30}"])

THREADS_SRC = {
    # succession of the client's father: notary, client, adviser ------------------------------------------
    "succ": ("Succession de M. Georges de Lanoy – pièces manquantes", [
        dict(who="lg", to=["cf"], cc=["ec"], date="2026-11-16 09:12", client="outlook2016", lang="fr", body=L("""
            Madame,

            Dans le cadre du règlement de la succession de M. Georges de Lanoy, il nous manque encore les relevés
            des contrats d’assurance-vie au jour du décès ainsi que l’attestation de la Banque Héraclès.
            Pourriez-vous nous les faire parvenir ?

            Bien cordialement,
            """)),
        dict(who="cf", to=["lg"], cc=["ec", "hl"], date="2026-11-16 14:40", client="outlook365", lang="fr", body=L("""
            Bonjour Madame Guégan,

            Je relance la Banque Héraclès aujourd’hui. Pour les contrats, je mets M. de Lanoy en copie : les
            courriers de Mutualis Vie ont été adressés directement à son domicile.

            Bien à vous,
            """)),
        dict(who="hl", to=["cf"], date="2026-11-17 08:03", client="ios_mail", lang="fr", body=L("""
            Bonjour Claire,
            Je les ai retrouvés, je les scanne ce soir et vous les envoie.
            Cordialement
            """), sig=None, device="Envoyé de mon iPhone"),
        dict(who="cf", to=["hl"], cc=["nb"], date="2026-11-17 09:25", client="outlook365", lang="fr", body=L("""
            Merci beaucoup Monsieur.
            Nadia centralisera les pièces et les transmettra à l’office notarial.
            """)),
        dict(who="ec", to=["cf"], cc=["lg"], date="2026-11-24 11:47", client="outlook2016", lang="fr", body=L("""
            Chère Madame,

            Nous avons bien reçu les relevés, merci. Reste l’attestation de la Banque Héraclès : sans elle, je ne
            peux pas établir la déclaration de succession avant l’échéance du 18 décembre.

            Bien à vous,
            """)),
        dict(who="cf", to=["fm"], cc=["ec"], date="2026-11-24 15:02", client="outlook365", lang="fr", body=L("""
            Bonjour Frédéric,

            Pourriez-vous m’indiquer où en est l’attestation de soldes au décès pour M. Georges de Lanoy (compte
            n° 30012 00045 7781) ? Maître Caradec en a besoin avant le 18 décembre.

            Merci d’avance,
            """)),
    ]),
    # SCI : client (Outlook 2013), accountant, adviser --------------------------------------------------------
    "sci": ("SCI Les Tilleuls – apport des parts et valorisation", [
        dict(who="ab", to=["pb"], cc=["gl"], date="2026-11-09 10:05", client="outlook365", lang="fr", body=L("""
            Bonjour Monsieur Brossard,

            Comme convenu, vous trouverez ci-joint la note sur l’apport des parts de la SCI Les Tilleuls à la
            holding. Trois points restent à valider avec M. Lestrade :
            1. la valeur retenue pour l’immeuble de Cholet ;
            2. le traitement du compte courant d’associé ;
            3. la date d’effet de l’apport.

            Je reste à votre disposition.
            """)),
        dict(who="pb", to=["ab"], cc=["gl"], date="2026-11-09 18:41", client="outlook2013", lang="fr", body=L("""
            Bonjour,

            Merci pour la note. Grégoire, peux-tu regarder le point 2 ? Pour le point 1, l’expertise de 2025
            donnait 1 150 000 €.

            Cordialement
            """)),
        dict(who="gl", to=["pb", "ab"], date="2026-11-12 09:30", client="hcl_notes", lang="fr", body=L("""
            Bonjour,

            Le compte courant s’élève à 212 430 € au 31/10. Il peut être apporté avec les parts ou remboursé par
            la SCI avant l’opération ; je penche pour la seconde solution.

            Bien cordialement
            """)),
        dict(who="ab", to=["gl"], cc=["pb"], date="2026-11-12 11:15", client="outlook365", lang="fr", body=L("""
            Merci Grégoire. D’accord avec toi sur le remboursement préalable.
            Monsieur Brossard, pouvons-nous fixer la date d’effet au 1er janvier 2027 ?
            """)),
        dict(who="pb", to=["ab"], cc=["gl"], date="2026-11-13 07:52", client="outlook2013", lang="fr", body=L("""
            Le 1er janvier me va. Il faudra aussi prévenir la banque pour le prêt en cours.
            """)),
    ]),
    # German partner: long mixed thread -------------------------------------------------------------------------
    "rhein": ("Kooperation Rheinfeld / Valmont – Retrozessionen 2027", [
        dict(who="mr", to=["jk"], date="2026-11-02 08:30", client="outlook2016", lang="de", body=L("""
            Sehr geehrter Herr Kessler,

            anbei unser Vorschlag für die Aufteilung der Retrozessionen ab dem 1. Januar 2027: 60 % Rheinfeld,
            40 % Valmont für alle von Ihnen vermittelten Mandate.

            Ich freue mich auf Ihre Rückmeldung.
            """)),
        dict(who="jk", to=["mr"], cc=["cf"], date="2026-11-03 17:10", client="outlook2019", lang="de", body=L("""
            Sehr geehrter Herr Rheinfeld,

            vielen Dank. Ich habe Frau Fontanel in Kopie gesetzt, sie entscheidet bei uns über die Partnerschaften.

            Beste Grüße
            """)),
        dict(who="cf", to=["jk"], date="2026-11-04 09:02", client="outlook365", lang="fr", body=L("""
            Julien,

            60/40 me paraît déséquilibré vu que c’est nous qui suivons les clients. Peux-tu proposer 50/50 avec
            une clause de revoyure à 12 mois ?

            Merci
            """)),
        dict(who="jk", to=["mr"], cc=["cf"], date="2026-11-04 11:20", client="outlook2019", lang="de", body=L("""
            Sehr geehrter Herr Rheinfeld,

            nach Rücksprache schlagen wir 50/50 vor, mit einer Überprüfung nach zwölf Monaten.

            Beste Grüße
            """)),
        dict(who="kv", to=["jk"], cc=["mr"], date="2026-11-05 14:45", client="hcl_notes", lang="de", body=L("""
            Hallo Herr Kessler,

            Herr Rheinfeld ist bis Montag unterwegs. Ich habe die Zahlen für 2026 zusammengestellt, damit wir
            die Diskussion auf einer soliden Basis führen können (Anlage).

            Viele Grüße
            """)),
        dict(who="mr", to=["jk"], cc=["kv", "cf"], date="2026-11-10 08:15", client="outlook2016", lang="de", body=L("""
            Sehr geehrter Herr Kessler,

            50/50 können wir akzeptieren, wenn Valmont die Compliance-Prüfung (KYC) der Kunden übernimmt.
            Die Überprüfung nach 12 Monaten ist in Ordnung.
            """)),
        dict(who="cf", to=["mr"], cc=["jk", "kv"], date="2026-11-10 16:30", client="outlook365", lang="en", body=L("""
            Dear Mr Rheinfeld,

            Thank you – we agree to take over the KYC checks. Julien will send you the amended draft of the
            cooperation agreement by the end of next week.

            Kind regards,
            """)),
        dict(who="jk", to=["mr"], cc=["cf", "kv"], date="2026-11-20 12:05", client="outlook2019", lang="de", body=L("""
            Sehr geehrter Herr Rheinfeld,

            anbei der überarbeitete Kooperationsvertrag (Fassung vom 20.11.2026). Die Änderungen sind markiert.

            Beste Grüße
            """)),
    ]),
    # Spanish property sale -------------------------------------------------------------------------------------
    "girona": ("Venta del inmueble de Girona – documentación", [
        dict(who="jc", to=["cf"], date="2026-11-06 12:30", client="outlook2016", lang="es", body=L("""
            Estimada Sra. Fontanel:

            Para la venta del piso de la familia Ravier en Girona necesitamos el certificado de residencia fiscal
            en Francia de ambos vendedores y el NIE de la Sra. Marie Ravier.

            Un cordial saludo,
            """)),
        dict(who="cf", to=["ml"], cc=["jc"], date="2026-11-06 15:10", client="outlook365", lang="fr", body=L("""
            Bonjour Marie,

            Le cabinet Castellví a besoin de vos certificats de résidence fiscale (à demander à votre centre des
            impôts) et de votre NIE. Pouvez-vous me les transmettre ?

            Bien à vous,
            """)),
        dict(who="ml", to=["cf"], cc=["jc"], date="2026-11-08 21:44", client="gmail", lang="fr", body=L("""
            Bonsoir Claire,

            Voici mon NIE : Y-4471208-K. Pour les certificats, j’ai fait la demande sur impots.gouv.fr.

            Bonne soirée
            """)),
        dict(who="lf", to=["cf"], cc=["jc"], date="2026-11-19 10:02", client="outlook2016", lang="es", body=L("""
            Buenos días,

            Hemos recibido el NIE, gracias. Seguimos pendientes de los certificados de residencia. La firma ante
            notario está prevista para el 15 de diciembre.

            Saludos,
            """)),
        dict(who="cf", to=["lf"], cc=["jc", "ml"], date="2026-11-19 11:30", client="outlook365", lang="en", body=L("""
            Dear Ms Ferrer,

            The certificates should arrive next week. Could you confirm whether a scanned copy is acceptable for
            the notary, or whether the originals are required?

            Best regards,
            """)),
    ]),
    # Italian holding -------------------------------------------------------------------------------------------
    "firenze": ("Holding Bellandi – dichiarazione IFI", [
        dict(who="ab", to=["pbi"], date="2026-11-03 10:00", client="outlook365", lang="fr", body=L("""
            Bonjour Monsieur Bellandi,

            Pour la déclaration d’IFI de votre client M. Rinaldi, pourriez-vous nous transmettre la valeur des
            parts de la holding italienne au 1er janvier 2026 ?

            Cordialement,
            """)),
        dict(who="pbi", to=["ab"], cc=["gc"], date="2026-11-05 16:20", client="outlook2013", lang="it", body=L("""
            Gentile dott. Beaurivage,

            la valutazione al 1° gennaio 2026 è in corso. La dott.ssa Conti le invierà il prospetto entro fine
            mese.

            Cordiali saluti
            """)),
        dict(who="gc", to=["ab"], cc=["pbi"], date="2026-11-27 18:05", client="gmail", lang="it", body=L("""
            Buonasera,

            in allegato il prospetto di valutazione: patrimonio netto rettificato di 3.412.000 euro, di cui
            immobili per 2.870.000 euro.

            Cordiali saluti
            """)),
    ]),
    # Dutch pension -------------------------------------------------------------------------------------------
    "pensioen": ("Pensioenoverdracht de heer Oudin / transfert de la retraite", [
        dict(who="sm", to=["sv"], date="2026-11-10 09:40", client="outlook365", lang="en", body=L("""
            Dear Mr van Oordt,

            Our client Mr Bernard Oudin worked in the Netherlands from 1994 to 2009. Could you tell us whether his
            pension rights with the fund can be transferred, and which documents you need?

            Kind regards,
            """)),
        dict(who="sv", to=["sm"], cc=["fw"], date="2026-11-11 13:05", client="outlook365", lang="nl", body=L("""
            Beste mevrouw Marchetti,

            Een waardeoverdracht naar Frankrijk is helaas niet mogelijk. De heer Oudin kan wel een
            uitkeringsoverzicht opvragen. Femke stuurt u de formulieren.

            Met vriendelijke groet,
            """), sig=["Sander van Oordt"]),
        dict(who="fw", to=["sm"], cc=["sv"], date="2026-11-12 10:30", client="owa", lang="nl", body=L("""
            Beste mevrouw Marchetti,

            Hierbij de formulieren (in het Engels). Graag ondertekend terugsturen, met een kopie van het paspoort.

            Groet,
            """)),
        dict(who="sm", to=["bo"], date="2026-11-12 15:20", client="outlook365", lang="fr", body=L("""
            Bonjour Monsieur Oudin,

            Vous trouverez ci-joint les formulaires de la caisse néerlandaise. Pouvez-vous les signer et me les
            renvoyer avec une copie de votre passeport ?

            Bien cordialement,
            """)),
    ]),
    # English trust: long mixed thread --------------------------------------------------------------------------
    "trust": ("Lanoy family – deed of variation (UK estate)", [
        dict(who="oh", to=["cf"], date="2026-10-26 10:15", client="outlook2016", lang="en", body=L("""
            Dear Claire,

            Further to our call, the late Mr Georges de Lanoy held a flat in Kensington. His son Hubert may wish to
            redirect his share to his children by a deed of variation within two years of death.

            Kind regards,
            """)),
        dict(who="cf", to=["oh"], cc=["ec"], date="2026-10-27 09:30", client="outlook365", lang="en", body=L("""
            Dear Oliver,

            Many thanks. I copy Maître Caradec, who handles the French side of the estate. Could you outline the
            inheritance tax consequences?

            Best regards,
            """)),
        dict(who="rl", to=["cf"], cc=["oh", "ec"], date="2026-10-29 17:45", client="apple_mail", lang="en", body=L("""
            Dear Ms Fontanel,

            Oliver asked me to reply. A deed of variation is read back for IHT purposes, so no additional
            charge arises on Hubert; the children take as if they had inherited directly.
            """)),
        dict(who="ec", to=["cf"], date="2026-10-30 08:50", client="outlook2016", lang="fr", body=L("""
            Chère Claire,

            Attention : côté français, la renonciation au profit des enfants sera traitée comme une donation.
            Il faut en parler à M. de Lanoy avant d’aller plus loin.

            Bien à vous,
            """)),
        dict(who="cf", to=["hl"], date="2026-11-02 10:10", client="outlook365", lang="fr", body=L("""
            Monsieur,

            Je vous propose un rendez-vous pour évoquer l’appartement de Londres et les options qui s’offrent à
            vous. Seriez-vous disponible le jeudi 12 novembre ?

            Bien à vous,
            """)),
        dict(who="hl", to=["cf"], date="2026-11-02 19:21", client="ios_mail", lang="fr", body=L("""
            Jeudi 12 à 15 h me convient.
            """), sig=["Hubert de Lanoy"], device="Envoyé de mon iPhone"),
        dict(who="cf", to=["oh"], cc=["rl"], date="2026-11-13 12:00", client="outlook365", lang="en", body=L("""
            Dear Oliver,

            Hubert has decided to go ahead with the deed of variation in favour of his two children. Could you
            prepare a draft and an engagement letter?

            Best regards,
            """)),
        dict(who="oh", to=["cf"], cc=["rl"], date="2026-11-18 16:35", client="outlook2016", lang="en", body=L("""
            Dear Claire,

            Please find attached the draft deed and our engagement letter. Our fixed fee is £2,400 plus VAT.
            Rebecca will deal with the HMRC formalities.

            Kind regards,
            """)),
        dict(who="rl", to=["cf"], cc=["oh"], date="2026-11-25 09:10", client="apple_mail", lang="en", body=L("""
            Dear Claire,

            A quick reminder that we need Hubert's signed engagement letter before we can send the deed for
            signature.

            Best wishes,
            """), sig=["Rebecca"]),
    ]),
    # simple client thread ----------------------------------------------------------------------------------
    "bilan": ("Rendez-vous bilan patrimonial annuel", [
        dict(who="cf", to=["ml", "tr"], date="2026-11-23 10:00", client="outlook365", lang="fr", body=L("""
            Bonjour Marie, bonjour Thomas,

            Comme chaque année, je vous propose de faire le point sur votre situation patrimoniale. Voici mes
            disponibilités : mardi 8 décembre à 10 h, jeudi 10 décembre à 14 h ou vendredi 11 décembre à 17 h.

            Bien à vous,
            """)),
        dict(who="tr", to=["cf"], cc=["ml"], date="2026-11-23 12:31", client="gmail_android", lang="fr", body=L("""
            Bonjour Claire, le jeudi nous irait bien. Marie confirme ce soir.
            """)),
    ]),
    # insurer (Lotus Notes) -------------------------------------------------------------------------------
    "av": ("Arbitrage contrat Mutualis Patrimoine n° 4471-22", [
        dict(who="ab", to=["ca"], date="2026-11-17 10:20", client="outlook365", lang="fr", body=L("""
            Bonjour Madame Arnoux,

            Je vous adresse la demande d’arbitrage signée par M. de Lanoy : 40 000 € du fonds euros vers l’unité de
            compte Mutualis Actions Europe.

            Cordialement,
            """)),
        dict(who="ca", to=["ab"], date="2026-11-18 14:02", client="lotus_notes", lang="fr", body=L("""
            Bonjour,

            La demande est incomplète : il manque la date sur le bulletin et le paraphe de l’assuré en page 2.

            Cordialement
            """)),
        dict(who="ab", to=["hl"], date="2026-11-18 15:30", client="outlook365", lang="fr", body=L("""
            Monsieur,

            Mutualis Vie me signale qu’il manque la date et votre paraphe en page 2 du bulletin d’arbitrage.
            Je vous renvoie le document à compléter.

            Bien cordialement,
            """)),
        dict(who="ca", to=["ab"], date="2026-11-26 09:45", client="lotus_notes", lang="fr", body=L("""
            Bonjour,

            Nous avons bien reçu le bulletin complété. L’arbitrage sera exécuté sur la valeur liquidative du
            30/11/2026.

            Cordialement
            """)),
    ]),
    # PER -------------------------------------------------------------------------------------------------
    "per": ("Ouverture PER – pièces justificatives", [
        dict(who="nb", to=["kh"], cc=["ab"], date="2026-11-20 11:00", client="outlook365", lang="fr", body=L("""
            Bonjour Monsieur Haddad,

            Pour finaliser l’ouverture de votre plan d’épargne retraite, il nous manque :
            - une pièce d’identité en cours de validité ;
            - un justificatif de domicile de moins de trois mois ;
            - votre dernier avis d’imposition.

            Bien cordialement,
            """)),
        dict(who="kh", to=["nb"], cc=["ab"], date="2026-11-21 20:14", client="outlook2019", lang="fr", body=L("""
            Bonsoir,

            Ci-joint la CNI et l’avis d’imposition. Le justificatif de domicile suivra lundi.
            """)),
    ]),
    # fees ------------------------------------------------------------------------------------------------
    "fees": ("Grille tarifaire 2027 – mandat de conseil", [
        dict(who="cf", to=["dp"], date="2026-11-25 17:00", client="outlook365", lang="fr", body=L("""
            Bonjour Monsieur Pelletier,

            Vous trouverez ci-dessous la grille applicable au mandat de conseil du Groupe Saviane en 2027 :
            - jusqu’à 2 M€ : 0,60 % HT
            - de 2 à 5 M€ : 0,45 % HT
            - au-delà de 5 M€ : 0,30 % HT

            Je reste à votre disposition pour en discuter.
            """)),
    ]),
    # bank (HCL Notes) -------------------------------------------------------------------------------------
    "lombard": ("Crédit lombard – Menuiseries Brossard – conditions", [
        dict(who="cf", to=["fm"], cc=["pb"], date="2026-11-19 09:15", client="outlook365", lang="fr", body=L("""
            Bonjour Frédéric,

            M. Brossard souhaiterait un crédit lombard de 500 000 € adossé à son contrat de capitalisation.
            Pouvez-vous nous indiquer vos conditions (taux, quotité, durée) ?

            Merci,
            """)),
        dict(who="fm", to=["cf"], cc=["pb"], date="2026-11-20 16:48", client="hcl_notes", lang="fr", body=L("""
            Bonjour Claire,

            Nous pouvons proposer Euribor 3 mois + 1,10 %, quotité de 70 % sur la poche obligataire et 50 % sur
            les actions, durée 24 mois renouvelable.

            Bien cordialement
            """)),
        dict(who="pb", to=["fm"], cc=["cf"], date="2026-11-23 08:20", client="outlook2013", lang="fr", body=L("""
            Bonjour,

            La marge de 1,10 % me semble élevée. Pouvez-vous faire un effort ?
            """)),
    ]),
    # SCPI, Thunderbird user ------------------------------------------------------------------------------
    "scpi": ("Souscription SCPI – dossier Vasseur", [
        dict(who="ab", to=["lv"], date="2026-11-26 10:30", client="outlook365", lang="fr", body=L("""
            Bonjour Monsieur Vasseur,

            Suite à notre échange, voici les deux SCPI que je vous propose :
            - Pierre Avenir Santé : rendement 2025 de 4,9 %, frais de souscription 10 % ;
            - Horizon Bureaux Europe : rendement 2025 de 5,3 %, frais de souscription 9 %.
            Le délai de jouissance est de 4 mois pour la première et de 6 mois pour la seconde.

            Quel montant souhaitez-vous investir ?
            """)),
    ]),
    # lawyer / new Outlook ------------------------------------------------------------------------------
    "donation": ("Donation-partage Ravier – projet d’acte", [
        dict(who="sc", to=["cf"], cc=["ec"], date="2026-11-18 18:10", client="new_outlook", lang="fr", body=L("""
            Chère Madame,

            Vous trouverez ci-joint mes observations sur le projet de donation-partage. La clause d’exclusion de
            communauté doit être revue et la réserve d’usufruit précisée.

            Bien à vous,
            """)),
        dict(who="ec", to=["sc"], cc=["cf"], date="2026-11-20 10:25", client="outlook2016", lang="fr", body=L("""
            Chère Consœur,

            D’accord pour la clause d’exclusion. Pour l’usufruit, je propose une réserve au profit des deux
            donateurs avec réversion au survivant.

            Bien confraternellement,
            """)),
        dict(who="cf", to=["ec", "sc"], date="2026-11-20 14:00", client="outlook365", lang="fr", body=L("""
            Merci à toutes les deux. Je présente ces modifications aux époux Ravier lundi et je reviens vers vous.
            """), sig=["Claire"]),
    ]),
    # investment committee (OWA) ----------------------------------------------------------------------
    "comite": ("Comité d’investissement du 10 décembre – ordre du jour", [
        dict(who="sm", to=["jd", "ab", "cf"], date="2026-11-27 09:00", client="outlook365", lang="fr", body=L("""
            Bonjour à tous,

            Voici l’ordre du jour proposé pour le comité du 10 décembre :
            1. Revue des performances des allocations au 30 novembre
            2. Sortie du fonds Aurore Crédit Court Terme
            3. Sélection de fonds 2027 : private equity
            4. Questions diverses

            Merci de me faire part de vos remarques d’ici vendredi.
            """)),
        dict(who="jd", to=["sm"], cc=["ab", "cf"], date="2026-11-27 13:40", client="owa", lang="fr", body=L("""
            Bonjour Sophie,

            Je souhaiterais ajouter un point sur l’exposition au dollar des portefeuilles équilibrés.

            Cordialement,
            """)),
        dict(who="ab", to=["jd", "sm"], cc=["cf"], date="2026-11-27 15:05", client="outlook365", lang="fr", body=L("""
            Bonne idée. Je prépare une note de deux pages sur le sujet.
            """)),
    ]),
}

P.update({
    "forum": dict(name="Forum du Cercle des CGP", email="forum@listes.cercle-patrimoine.fr"),
    "gg": dict(name="Private Client Europe", email="private-client-europe@googlegroups.com"),
    "leden": dict(name="Leden VVB", email="leden@lists.vvb-vermogensbeheerders.nl"),
    "yb": dict(name="Yann Le Bihan", email="yann.lebihan@lebihan-patrimoine.fr", sig=L("""
        Yann Le Bihan
        Le Bihan Patrimoine – Conseil indépendant – Brest
        """)),
    "nh": dict(name="Nicholas Hale", email="nick.hale@halewealth.co.uk", sig=["Nick"]),
    "rk": dict(name="Ruud Kramer", email="r.kramer@kramer-vermogen.nl", sig=["Ruud Kramer", "Kramer Vermogensbeheer"]),
})

THREADS_SRC.update({
    "forum": ("[Cercle CGP] Réforme de la fiscalité des SCPI étrangères", [
        dict(who="yb", to=["forum"], date="2026-11-30 09:00", client="thunderbird", lang="fr", body=L("""
            Bonjour à tous,

            Quelqu’un a-t-il déjà une lecture de l’article 12 du PLF 2027 sur les revenus des SCPI investies en
            Allemagne ? Le crédit d’impôt semble disparaître pour les revenus perçus à partir de 2027.
            """)),
    ]),
    "gg": ("French assurance-vie held by UK residents", [
        dict(who="nh", to=["gg"], date="2026-11-28 15:00", client="gmail", lang="en", body=L("""
            Hi all,

            Has anyone seen HMRC's latest position on French assurance-vie held by UK residents since the end of
            the remittance basis? A client of mine has three contracts with a French insurer.
            """)),
    ]),
    "leden": ("[Leden] Bijeenkomst 14 januari – sprekers gezocht", [
        dict(who="rk", to=["leden"], date="2026-11-27 10:00", client="thunderbird", lang="nl", body=L("""
            Beste leden,

            Voor de nieuwjaarsbijeenkomst van 14 januari zoeken we nog twee sprekers, bij voorkeur over
            grensoverschrijdende vermogensplanning. Wie meldt zich aan?
            """)),
    ]),
})
