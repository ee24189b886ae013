"""blind13 human replies (kind "human"): corporate Outlook-heavy mail around an invented French wealth-management firm.

Each spec: slug, client, lang, who (sender key in people13.P), thread (key, depth: how many earlier messages of the
thread are in the history), date, body (the new text), and options: sig (default: the sender's), device (a device
line the client adds, never labelled), o (history-block options: sep none/underscore/original, datelabel, nobold),
style (top / inline_ol / inline_q / bottom / fwd), answers (inline answers: [(answered line, [answer lines])]),
segments (inline_q), gateway (lines a gateway appends after the history: not labelled), cs/cte/plain_only/
html_only/image, opt_out.
"""
from mime12 import L

GW_BROSSARD = L("""
    --
    Ce message a été analysé par MailSecure Pro – Menuiseries Brossard SAS. Aucun virus détecté.
    """)
GW_CARADEC = L("""
    ************************************************************************
    Office notarial Caradec & Associés – Les informations contenues dans ce courriel et ses pièces jointes sont
    confidentielles et couvertes par le secret professionnel. Toute diffusion non autorisée est interdite.
    Nous ne demandons jamais de virement par courriel : en cas de doute, appelez l’office au 02 99 79 31 40.
    ************************************************************************
    """)
GW_HERACLES = L("""
    _____________________________________________________________________________
    Banque Héraclès – SA au capital de 42 000 000 € – RCS Paris 552 000 123.
    Ce message est confidentiel ; son intégrité n’étant pas assurée sur Internet, la Banque Héraclès ne peut être
    tenue responsable de son contenu. This message is confidential; as its integrity cannot be secured on the
    Internet, Banque Héraclès cannot be held liable for its content.
    """)
GW_RHEIN = L("""
    --
    Diese E-Mail wurde von unserem Virenscanner geprüft. / This e-mail has been scanned for viruses.
    Rheinfeld Vermögensberatung GmbH · Amtsgericht Mannheim HRB 712345
    """)
GW_HARCOURT = L("""
    ------------------------------------------------------------------
    Harcourt Lyle LLP is a limited liability partnership registered in England and Wales (OC401234) and is
    authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). This email is confidential
    and may be legally privileged. If you are not the intended recipient, please notify us and delete it.
    ------------------------------------------------------------------
    """)
GW_SAVIANE = L("""
    Groupe Saviane SA – Ce courriel et ses annexes sont strictement confidentiels. Le Groupe Saviane ne prend
    jamais d’engagement par courriel.
    """)

CARADEC_DISC = L("""
    Les informations contenues dans ce message sont couvertes par le secret professionnel du notaire.
    """)
BROSSARD_DISC = ["Pensez à l’environnement avant d’imprimer ce message."]

IOS_OUTLOOK_FR = "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>"

SPECS = [
    # ================================================================ Outlook 2013 (8)
    dict(slug="brossard-date-effet", client="outlook2013", lang="fr", who="pb", thread=("sci", 4),
         date="2026-11-12 12:03", body=L("""
            Bonjour Antoine,

            Oui pour le 1er janvier 2027.
            J’ai prévenu le Crédit Mutuel pour le prêt de la SCI, ils attendent le projet de traité d’apport.

            Cordialement
            """), sig=L("""
            Pierre Brossard
            Président
            MENUISERIES BROSSARD SAS
            """) + [""] + BROSSARD_DISC),
    dict(slug="brossard-lombard-table", client="outlook2013", lang="fr", who="pb", thread=("lombard", 2),
         date="2026-11-21 07:40", plain_only=True, cs="windows-1252", o={"sep": "original"}, body=[
            "Bonjour Monsieur Maubert,",
            "",
            "J'ai comparé avec l'offre reçue de ma banque habituelle :",
            "",
            "Banque\tMarge\tQuotité oblig.\tQuotité actions\tDurée",
            "Héraclès\t1,10 %\t70 %\t50 %\t24 mois",
            "Crédit Mutuel\t0,85 %\t65 %\t45 %\t36 mois",
            "",
            "Si vous pouvez vous aligner sur 0,85 %, je signe avant Noël.",
            "",
            "Cordialement",
         ], sig=["P. Brossard"]),
    dict(slug="brossard-underscore", client="outlook2013", lang="fr", who="pb", thread=("sci", 3),
         date="2026-11-12 10:02", o={"sep": "underscore"}, gateway=GW_BROSSARD, body=L("""
            Grégoire,

            D’accord pour le remboursement préalable du compte courant, à condition que la SCI ait la trésorerie.
            Tu peux me confirmer le solde du compte au 30/11 ?

            Merci
            Pierre
            """), sig=None),
    dict(slug="bellandi-valutazione", client="outlook2013", lang="it", who="pbi", thread=("firenze", 3),
         to=["ab"], cc=["gc"], date="2026-11-30 09:15", body=L("""
            Gentile dott. Beaurivage,

            confermo i valori inviati dalla dott.ssa Conti. Per l'IFI francese le segnalo che gli immobili sono
            tutti situati in Toscana; se le serve una perizia giurata possiamo farla predisporre entro gennaio.

            Resto a disposizione.
            Cordiali saluti
            """)),
    dict(slug="harcourt-fees-2013", client="outlook2013", lang="en", who="oh", thread=("trust", 4),
         to=["cf"], date="2026-10-30 12:20", body=L("""
            Dear Claire,

            Maître Caradec is right to flag this. On the English side the variation is effective for IHT, but we
            cannot advise on French gift tax. Perhaps a joint call next week, Tuesday 3 November at 11:00 UK time?

            Kind regards,
            Oliver
            """), sig=None, gateway=GW_HARCOURT),
    dict(slug="rheinfeld-lange-kette", client="outlook2013", lang="de", who="mr", thread=("rhein", 8),
         to=["jk"], cc=["cf", "kv"], date="2026-11-23 08:45", gateway=GW_RHEIN, body=L("""
            Sehr geehrter Herr Kessler,

            vielen Dank für die überarbeitete Fassung. Mit den Änderungen in § 4 und § 7 sind wir einverstanden.
            Bei § 9 (Haftung) möchte unser Anwalt noch eine Formulierung vorschlagen; Sie erhalten sie bis
            Mittwoch.
            """)),
    dict(slug="brossard-iso-nobold", client="outlook2013", lang="fr", who="pb", thread=("lombard", 3),
         to=["fm"], cc=["cf"], date="2026-11-23 17:55", cs="iso-8859-1", bestfit=True, o={"nobold": True}, body=L("""
            Re-bonjour,

            Je precise ma question de ce matin : le taux plancher de l'Euribor est-il a 0 % dans votre offre ?
            Merci de me repondre avant jeudi, je vois mon conseil d'administration vendredi.

            P. Brossard
            """), sig=None),
    dict(slug="brossard-de-ligne", client="outlook2013", lang="fr", who="pb", thread=("sci", 5),
         to=["ab", "gl"], date="2026-11-13 08:30", body=L("""
            Antoine, Grégoire,

            Petite précision pour le traité d’apport, à reprendre telle quelle :
            De : la SCI Les Tilleuls, représentée par son gérant M. Pierre Brossard,
            À : la société BROSSARD PARTICIPATIONS, SAS au capital de 10 000 €.

            Merci
            """), sig=["Pierre Brossard"]),

    # ================================================================ Outlook 2016 (16)
    dict(slug="caradec-merci-relance", client="outlook2016", lang="fr", who="ec", thread=("succ", 6),
         to=["cf"], cc=["fm", "lg"], date="2026-11-24 16:10", gateway=GW_CARADEC, body=L("""
            Chère Claire,

            Merci pour la relance. Si l’attestation ne peut être délivrée avant le 18, la Banque peut-elle au
            moins nous adresser un relevé des soldes au 4 septembre, date du décès ?
            """), sig=L("""
            Bien à vous,
            Évelyne Caradec
            """)),
    dict(slug="guegan-date-label", client="outlook2016", lang="fr", who="lg", thread=("succ", 4),
         to=["cf"], cc=["nb"], date="2026-11-17 10:05", o={"datelabel": True}, body=L("""
            Bonjour Madame Fontanel,

            Très bien, j’attends donc l’envoi de Mme Benali.
            """)),
    dict(slug="caradec-donation-disc", client="outlook2016", lang="fr", who="ec", thread=("donation", 3),
         to=["cf"], cc=["sc"], date="2026-11-20 15:30", body=L("""
            Merci Claire.

            Pour lundi, pensez à demander aux époux Ravier s’ils souhaitent une clause de retour conventionnel :
            c’est le moment ou jamais de l’insérer.
            """), sig=L("""
            Maître Évelyne Caradec
            Notaire associée – Office notarial Caradec & Associés
            """) + [""] + CARADEC_DISC),
    dict(slug="harcourt-draft", client="outlook2016", lang="en", who="oh", thread=("trust", 7),
         to=["cf"], cc=["rl"], date="2026-11-13 15:05", gateway=GW_HARCOURT, body=L("""
            Dear Claire,

            Delighted to help. We will send the draft deed and our engagement letter early next week.
            Could you confirm the full names and dates of birth of Hubert's two children?
            """), sig=L("""
            Kind regards,
            Oliver Harcourt
            Partner, Private Client
            Harcourt Lyle LLP
            41 Bedford Row, London WC1R 4JH
            T +44 20 7946 0321 | [[LinkedIn|https://www.linkedin.com/in/oliver-harcourt-private-client/]]
            """)),
    dict(slug="harcourt-nine-levels", client="outlook2016", lang="en", who="oh", thread=("trust", 9),
         to=["rl"], cc=["cf"], date="2026-11-25 10:40", body=L("""
            Rebecca,

            Thanks. Claire tells me Hubert signed the engagement letter yesterday and posted it to us; it should
            arrive by Friday. Please diary a follow-up for Monday 30 November.

            Oliver
            """), sig=None),
    dict(slug="castellvi-escaneado", client="outlook2016", lang="es", who="jc", thread=("girona", 5),
         to=["cf"], cc=["lf", "ml"], date="2026-11-19 13:20", body=L("""
            Estimada Claire:

            Para la notaría basta con una copia escaneada, pero el día de la firma necesitaremos los originales
            con la apostilla de La Haya. Le ruego que lo tenga en cuenta.

            Un cordial saludo,
            """), sig=L("""
            Jordi Castellví
            Socio director
            Castellví Asesores, S.L.
            Carrer Nou 14, 17001 Girona
            Tel. +34 972 20 41 18
            AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus
            destinatarios. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
            """)),
    dict(slug="ferrer-inline-color", client="outlook2016", lang="es", who="lf", thread=("girona", 5),
         style="inline_ol", to=["cf"], cc=["jc"], date="2026-11-19 12:10", body=L("""
            Buenos días Claire,

            Le contesto en rojo en el texto.

            Saludos,
            Lucía Ferrer
            """), sig=None, answers=[
             ("scanned copy is acceptable", ["Sí para la notaría; los originales, el día de la firma.",
                                             "Los certificados deben llevar apostilla."]),
         ]),
    dict(slug="rheinfeld-englisch", client="outlook2016", lang="de", who="mr", thread=("rhein", 7),
         to=["cf"], cc=["jk", "kv"], date="2026-11-11 09:05", body=L("""
            Sehr geehrte Frau Fontanel,

            vielen Dank für die schnelle Zusage. Dann warten wir auf den Entwurf von Herrn Kessler.
            Dear Ms Fontanel, in case Julien is away: any of my colleagues can receive the draft.
            """)),
    dict(slug="vanoordt-formulieren", client="outlook2016", lang="nl", who="sv", thread=("pensioen", 3),
         to=["sm"], cc=["fw"], date="2026-11-12 11:45", body=L("""
            Beste mevrouw Marchetti,

            Een aanvulling op de mail van Femke: het uitkeringsoverzicht kan alleen worden aangevraagd door de
            heer Oudin zelf, met zijn DigiD of per post.

            Met vriendelijke groet,
            Sander van Oordt
            """), sig=None),
    dict(slug="caradec-consoeur", client="outlook2016", lang="fr", who="ec", thread=("donation", 1),
         to=["sc"], cc=["cf"], date="2026-11-19 09:10", o={"sep": "underscore"}, body=L("""
            Chère Consœur,

            Bien reçu, merci. Je reprends le projet et vous adresse une version modifiée d’ici vendredi.
            """), sig=L("""
            Bien confraternellement,
            Évelyne Caradec
            """), gateway=GW_CARADEC),
    dict(slug="harcourt-short", client="outlook2016", lang="en", who="oh", thread=("trust", 2),
         to=["cf"], cc=["ec"], date="2026-10-27 11:02", body=L("""
            Claire, happy to. Rebecca in my team will send you a note on IHT by Thursday.
            Best, Oliver
            """), sig=None),
    dict(slug="castellvi-nie", client="outlook2016", lang="es", who="jc", thread=("girona", 3),
         to=["ml"], cc=["cf"], date="2026-11-09 09:30", body=L("""
            Estimada Sra. Ravier:

            Muchas gracias por el NIE. Cuando reciba los certificados, envíelos directamente a Lucía Ferrer
            (lucia.ferrer@castellvi-asesores.es), que lleva el expediente.

            Atentamente,
            """)),
    dict(slug="rheinfeld-vogel", client="outlook2016", lang="de", who="mr", thread=("rhein", 5),
         to=["kv"], cc=["jk"], date="2026-11-09 07:55", o={"sep": "original"}, body=L("""
            Danke, Frau Vogel.

            Herr Kessler, ich melde mich morgen mit unserer Position.
            """), sig=["M. Rheinfeld"]),
    dict(slug="pelletier-initiales", client="outlook2016", lang="fr", who="dp", thread=("fees", 1),
         style="inline_ol", to=["cf"], date="2026-11-26 09:20", body=L("""
            Bonjour Madame Fontanel,

            Merci pour la grille. Mes remarques sont insérées ci-dessous, précédées de mes initiales.

            Cordialement,
            """), gateway=GW_SAVIANE, answers=[
             ("jusqu’à 2 M€", ["[DP] Notre encours actuel est de 4,2 M€ : la tranche intermédiaire s’applique-t-elle à tout l’encours ou seulement au-delà de 2 M€ ?"]),
             ("au-delà de 5 M€", ["[DP] Nous souhaiterions un plafond annuel de 25 000 € HT."]),
         ]),
    dict(slug="haddad-2016-justif", client="outlook2016", lang="fr", who="kh", thread=("per", 2),
         to=["nb"], cc=["ab"], date="2026-11-23 08:10", body=L("""
            Bonjour,

            Comme promis, voici le justificatif de domicile (facture EDF du 12/11/2026).
            """), sig=["K. Haddad"]),
    dict(slug="guegan-attestation", client="outlook2016", lang="fr", who="lg", thread=("succ", 2),
         to=["cf"], cc=["ec", "hl"], date="2026-11-16 15:02", body=L("""
            Madame,

            Merci. Je note que M. de Lanoy nous fera suivre les relevés Mutualis Vie.
            """)),
    dict(slug="vanoordt-oudin-nl", client="outlook2016", lang="nl", who="fw", thread=("pensioen", 4),
         to=["sm"], date="2026-11-13 09:00", subject="RE: Pensioenoverdracht de heer Oudin / transfert de la retraite",
         o={"datelabel": True}, body=L("""
            Beste mevrouw Marchetti,

            Ik zie in uw bericht aan de heer Oudin dat u het paspoort vraagt; een kopie van de identiteitskaart is
            ook voldoende.

            Groet,
            Femke
            """), sig=None),

    # ================================================================ Outlook 2019 (10)
    dict(slug="kessler-entwurf", client="outlook2019", lang="de", who="jk", thread=("rhein", 6),
         to=["mr"], cc=["cf", "kv"], date="2026-11-10 10:20", body=L("""
            Sehr geehrter Herr Rheinfeld,

            danke für Ihre Rückmeldung. Ich stimme mich heute mit Frau Fontanel ab und melde mich.
            """)),
    dict(slug="haddad-per-2019", client="outlook2019", lang="fr", who="kh", thread=("per", 1),
         to=["nb"], cc=["ab"], date="2026-11-20 19:02", cs="windows-1252", body=L("""
            Bonsoir Madame Benali,

            Je vous envoie tout ça demain soir, la pharmacie est ouverte jusqu’à 20 h.
            Question : l’avis d’imposition 2026 (revenus 2025) convient-il ?
            """)),
    dict(slug="kessler-fr-interne", client="outlook2019", lang="fr", who="jk", thread=("rhein", 3),
         to=["cf"], date="2026-11-04 10:00", body=L("""
            Claire,

            OK pour 50/50 + revoyure. Je leur écris en allemand dans la matinée.
            À noter : Rheinfeld > Valmont sur le nombre de clients en Allemagne (38 contre 11).

            Julien
            """), sig=None),
    dict(slug="haddad-no-sep", client="outlook2019", lang="fr", who="kh", thread=("per", 2),
         to=["nb"], cc=["ab"], date="2026-11-22 11:30", o={"nobold": True}, body=L("""
            Madame Benali,

            J’oubliais : mon épouse souhaite aussi ouvrir un PER. Peut-on prévoir un rendez-vous commun ?
            """)),
    dict(slug="kessler-en-vogel", client="outlook2019", lang="en", who="jk", thread=("rhein", 5),
         to=["kv"], cc=["mr", "cf"], date="2026-11-05 16:05", body=L("""
            Dear Ms Vogel,

            Thank you for the figures. I am forwarding them to Claire Fontanel, who reads German but prefers
            English for contracts.

            Best regards,
            """)),
    dict(slug="kessler-inline-arrow", client="outlook2019", lang="fr", who="jk", thread=("comite", 1),
         style="inline_ol", to=["sm"], cc=["jd", "ab", "cf"], date="2026-11-27 11:15", body=L("""
            Sophie,

            Mes commentaires dans le texte.
            """), sig=["Julien"], answers=[
             ("Sortie du fonds Aurore", ["--> d’accord, mais étalée sur deux mois pour les mandats du bureau de Strasbourg."]),
             ("private equity", ["--> je propose d’inviter la société de gestion Altiplano Partners pour 20 minutes."]),
         ]),
    dict(slug="haddad-rdv-date", client="outlook2019", lang="fr", who="kh", thread=("per", 1),
         to=["nb"], date="2026-11-21 08:30", body=L("""
            Bonjour,

            Pour le rendez-vous de signature :
            Le mardi 8 décembre 2026 à 13:30, à la pharmacie, me convient.
            Sinon le jeudi suivant, même heure.
            """)),
    dict(slug="kessler-cid-sig", client="outlook2019", lang="de", who="jk", thread=("rhein", 1),
         to=["mr"], cc=["cf"], date="2026-11-02 14:12", image="image002.png@01DB6A2C.4F1E9B30", body=L("""
            Sehr geehrter Herr Rheinfeld,

            vielen Dank für Ihren Vorschlag. Ich bespreche ihn mit Frau Fontanel und melde mich bis Ende der Woche.
            """), sig=L("""
            Mit freundlichen Grüßen / Bien cordialement
            Julien Kessler
            Directeur du bureau de Strasbourg | Leiter Büro Straßburg
            {cid:image002.png@01DB6A2C.4F1E9B30}
            Valmont Gestion Privée – 3, quai Kléber – 67000 Strasbourg
            [[www.valmont-gp.fr|https://www.valmont-gp.fr/]]
            """)),
    dict(slug="haddad-opt-out", client="outlook2019", lang="fr", who="kh", thread=("per", 1),
         to=["nb"], cc=["ab"], date="2026-12-02 18:40", opt_out=True, body=L("""
            Madame,

            Après réflexion je renonce au PER pour cette année. Merci de ne plus me relancer à ce sujet, je
            reprendrai contact moi-même si besoin.
            """), sig=["Karim Haddad"]),
    dict(slug="kessler-underscore-en", client="outlook2019", lang="en", who="jk", thread=("rhein", 7),
         to=["mr"], cc=["cf", "kv"], date="2026-11-10 17:02", o={"sep": "underscore"}, body=L("""
            Dear Mr Rheinfeld,

            To confirm Claire's message below: you will have the draft by Friday 20 November.
            """)),

    # ================================================================ Outlook 365 desktop (14)
    dict(slug="fontanel-heracles-relance", client="outlook365", lang="fr", who="cf_d", thread=("succ", 5),
         to=["fm"], cc=["ec"], date="2026-11-25 09:00", image="image001.png@01DB6A2C.4F1E9B30", body=L("""
            Bonjour Frédéric,

            Je me permets de vous relancer : Maître Caradec attend toujours l’attestation de soldes au décès de
            M. Georges de Lanoy. Pourriez-vous me donner une date ?

            Merci par avance,
            """)),
    dict(slug="fontanel-deed-fr-en", client="outlook365", lang="en", who="cf", thread=("trust", 8),
         to=["oh"], cc=["rl"], date="2026-11-19 09:45", body=L("""
            Dear Oliver,

            Thank you. Hubert agrees with the fee. He will sign the engagement letter when he comes to our office
            on 24 November.
            One point from Maître Caradec: the French gift tax filing must be made within one month of signature.
            """)),
    dict(slug="beaurivage-av-date", client="outlook365", lang="fr", who="ab", thread=("av", 4),
         to=["ca"], date="2026-11-26 10:12", o={"datelabel": True}, body=L("""
            Bonjour Madame Arnoux,

            Merci. Pouvez-vous m’envoyer l’avenant dès l’exécution ? M. de Lanoy souhaite le recevoir avant le
            15 décembre.

            Cordialement,
            """)),
    dict(slug="fontanel-inline-rouge", client="outlook365", lang="fr", who="cf", thread=("comite", 3),
         style="inline_ol", to=["ab", "jd", "sm"], date="2026-11-27 16:20", body=L("""
            Bonjour à tous,

            Quelques réponses en rouge ci-dessous.
            """), answers=[
             ("Bonne idée", ["Merci Antoine. Limite-toi aux portefeuilles équilibrés et dynamiques, s’il te plaît."]),
         ]),
    dict(slug="marchetti-oudin", client="outlook365", lang="fr", who="sm", thread=("pensioen", 3),
         to=["fw"], cc=["sv"], date="2026-11-12 14:02", body=L("""
            Dear Ms de Wit,

            Thank you, well received. I will send the signed forms back as soon as I have them from Mr Oudin.

            Met vriendelijke groet / Kind regards,
            """)),
    dict(slug="beaurivage-sci-gateway", client="outlook365", lang="fr", who="ab", thread=("sci", 5),
         to=["pb"], cc=["gl"], date="2026-11-13 09:20", body=L("""
            Bonjour Monsieur Brossard,

            Parfait, je prépare le projet de traité d’apport avec une date d’effet au 1er janvier 2027 et
            l’adresse au Crédit Mutuel en même temps qu’à vous.

            Bien cordialement,
            """)),
    dict(slug="fontanel-long-de", client="outlook365", lang="fr", who="cf", thread=("rhein", 8),
         to=["jk"], date="2026-11-20 13:30", body=L("""
            Julien,

            Merci, c’est parfait. Une seule remarque : au § 9, la limitation de responsabilité doit être
            réciproque.

            Claire
            """), sig=None),
    dict(slug="fontanel-quoted-from-prose", client="outlook365", lang="fr", who="cf", thread=("lombard", 3),
         to=["pb"], cc=["fm"], date="2026-11-23 09:30", body=L("""
            Monsieur Brossard,

            Je vous transmets ci-dessous la réponse de la banque sur un dossier comparable, à titre indicatif :
            « From: Crédit Agricole Private Banking – la marge peut descendre à 0,90 % au-delà de 1 M€ de nantissement. »
            Je pense que nous pouvons obtenir un geste de la Banque Héraclès.
            """), sig=["Claire Fontanel"]),
    dict(slug="nadia-per-merci", client="outlook365", lang="fr", who="nb", thread=("per", 2),
         to=["kh"], cc=["ab"], date="2026-11-23 09:02", body=L("""
            Bonjour Monsieur Haddad,

            Bien reçu, merci. Nous attendons le justificatif de domicile.
            """)),
    dict(slug="fontanel-bilan-jeudi", client="outlook365", lang="fr", who="cf_img", thread=("bilan", 2),
         to=["tr"], cc=["ml"], date="2026-11-23 14:00", image="image001.png@01DB6A2C.4F1E9B30", body=L("""
            Bonjour Thomas,

            C’est noté pour le jeudi 10 décembre à 14 h, au cabinet.
            """)),
    dict(slug="marchetti-long-trust", client="outlook365", lang="en", who="sm", thread=("trust", 9),
         to=["rl"], cc=["oh", "cf"], date="2026-11-25 11:30", body=L("""
            Dear Rebecca,

            Claire is out of the office today. Mr de Lanoy posted the signed engagement letter on 24 November by
            recorded delivery (tracking number LB 2211 4587 3 FR).

            Kind regards,
            Sophie Marchetti
            Middle office – Valmont Gestion Privée
            """), sig=None),
    dict(slug="fontanel-girona", client="outlook365", lang="fr", who="cf", thread=("girona", 3),
         to=["ml"], cc=["jc"], date="2026-11-09 08:45", o={"sep": "underscore"}, body=L("""
            Bonjour Marie,

            Merci. Je transmets au cabinet Castellví. Dès que vous avez les certificats, envoyez-les directement à
            Mme Ferrer.
            """)),
    dict(slug="beaurivage-firenze-en", client="outlook365", lang="en", who="ab", thread=("firenze", 3),
         to=["gc"], cc=["pbi"], date="2026-11-30 10:30", body=L("""
            Dear Ms Conti,

            Many thanks for the valuation. One question: does the adjusted net asset value include the
            shareholder loan of 410,000 euros mentioned in last year's accounts?

            Best regards,
            """)),
    dict(slug="fontanel-opt-out-fees", client="outlook365", lang="fr", who="dp", thread=("fees", 1),
         to=["cf"], date="2026-12-01 08:55", opt_out=True, gateway=GW_SAVIANE, body=L("""
            Madame Fontanel,

            Le conseil d’administration a décidé de ne pas renouveler le mandat en 2027. Je vous remercie de
            retirer nos adresses de vos envois et de ne plus nous relancer.
            """), sig=["D. Pelletier"]),

    # ================================================================ OWA (6) -- HTML only
    dict(slug="dufresne-owa", client="owa", lang="fr", who="jd", thread=("comite", 3),
         to=["ab", "sm"], cc=["cf"], date="2026-11-27 17:02", body=L("""
            Merci Antoine.

            Si possible, ajoute une simulation avec une couverture de change à 50 %.
            """), sig=["JM Dufresne"]),
    dict(slug="dewit-owa-nl", client="owa", lang="nl", who="fw", thread=("pensioen", 2),
         to=["sm"], cc=["sv"], date="2026-11-11 15:40", body=L("""
            Beste mevrouw Marchetti,

            Ik stuur u morgen de formulieren. Heeft de heer Oudin een BSN-nummer?

            Groet,
            Femke de Wit
            """), sig=None),
    dict(slug="aubertin-owa", client="owa", lang="fr", who="va", thread=("scpi", 1),
         to=["ab"], date="2026-11-27 09:10", subject="RE: Souscription SCPI – dossier Vasseur", body=L("""
            Bonjour Antoine,

            M. Vasseur m’a transmis votre message. Pour information, la SCPI Horizon Bureaux Europe détient deux
            immeubles que nous gérons à Tours ; le taux d’occupation y est de 96 %.
            """)),
    dict(slug="dufresne-owa-en", client="owa", lang="en", who="jd", thread=("comite", 1),
         to=["sm"], cc=["ab", "cf"], date="2026-11-27 10:05", body=L("""
            Hi Sophie,

            Fine with the agenda. I will be dialling in from Geneva.
            """), sig=["Jean-Marc"]),
    dict(slug="dewit-owa-quote-like", client="owa", lang="en", who="fw", thread=("pensioen", 4),
         to=["sm"], date="2026-11-13 14:20", subject="RE: Pensioenoverdracht de heer Oudin / transfert de la retraite",
         body=L("""
            Dear Ms Marchetti,

            Please note the form asks for the following line to be copied exactly:
            > I, the undersigned, request a statement of my accrued pension rights.
            Mr Oudin should sign below it.

            Kind regards,
            Femke de Wit
            """), sig=None),
    dict(slug="aubertin-owa-fr2", client="owa", lang="fr", who="va", thread=("scpi", 1),
         to=["ab"], cc=["lv"], date="2026-11-28 11:00", subject="RE: Souscription SCPI – dossier Vasseur", body=L("""
            Antoine,

            Je complète : le délai de jouissance de 6 mois est un frein pour M. Vasseur qui compte sur les revenus
            dès le printemps.
            """), sig=["Vincent Aubertin"]),

    # ================================================================ new Outlook (6) -- HTML only
    dict(slug="cormier-new-outlook", client="new_outlook", lang="fr", who="sc", thread=("donation", 2),
         to=["ec"], cc=["cf"], date="2026-11-20 11:40", body=L("""
            Chère Consœur,

            Parfait pour la réversion de l’usufruit. Je vous propose d’ajouter une interdiction d’aliéner pendant
            la vie des donateurs.
            """), sig=L("""
            Bien confraternellement,
            Sylvie Cormier
            Avocate associée – Droit patrimonial de la famille
            Cormier Avocats – 19, rue Lafayette – 44000 Nantes
            """)),
    dict(slug="cormier-new-outlook-2", client="new_outlook", lang="fr", who="sc", thread=("donation", 3),
         to=["cf"], cc=["ec"], date="2026-11-23 18:05", body=L("""
            Chère Madame,

            Des nouvelles des époux Ravier après votre rendez-vous de lundi ?
            """), sig=["S. Cormier"]),
    dict(slug="pelletier-new-outlook", client="new_outlook", lang="fr", who="dp", thread=("fees", 1),
         to=["cf"], date="2026-11-25 18:30", body=L("""
            Bonjour,

            Bien reçu, je vous réponds après notre comité de direction du 1er décembre.
            """)),
    dict(slug="harcourt-new-outlook", client="new_outlook", lang="en", who="rl", thread=("trust", 8),
         to=["cf"], cc=["oh"], date="2026-11-18 17:20", body=L("""
            Dear Claire,

            Just to add to Oliver's email: as Oliver Harcourt wrote to you in October, the deed must be signed by
            3 September 2028 at the latest, i.e. within two years of death.

            Best wishes,
            Rebecca
            """), sig=None),
    dict(slug="dufresne-new-outlook", client="new_outlook", lang="fr", who="jd", thread=("comite", 2),
         to=["sm"], cc=["ab", "cf"], date="2026-11-27 14:10", body=L("""
            Sophie,

            J’oubliais : je ne pourrai rester que jusqu’à 17 h le 10 décembre.
            """), sig=["Jean-Marc Dufresne"]),
    dict(slug="kessler-new-outlook-de", client="new_outlook", lang="de", who="jk", thread=("rhein", 6),
         to=["mr"], cc=["kv", "cf"], date="2026-11-10 09:00", body=L("""
            Sehr geehrter Herr Rheinfeld,

            einverstanden – die KYC-Prüfung übernehmen wir. Den Vertragsentwurf erhalten Sie bis zum 20. November.

            Beste Grüße
            Julien Kessler
            """), sig=None),

    # ================================================================ Outlook iOS / Android (8)
    dict(slug="fontanel-ios-train", client="outlook_ios", lang="fr", who="cf", thread=("succ", 5),
         to=["ec"], cc=["lg"], date="2026-11-24 12:20", device=IOS_OUTLOOK_FR, body=L("""
            Chère Maître,

            Je suis dans le train, je relance la banque dès mon retour au bureau cet après-midi.

            Claire
            """), sig=None),
    dict(slug="beaurivage-ios", client="outlook_ios", lang="fr", who="ab", thread=("av", 2),
         to=["ca"], date="2026-11-18 14:30", device=IOS_OUTLOOK_FR, body=L("""
            Merci Madame, je fais compléter le bulletin par le client et vous le renvoie.
            """), sig=["Antoine Beaurivage", "Valmont Gestion Privée"]),
    dict(slug="fontanel-ios-en", client="outlook_ios", lang="en", who="cf", thread=("trust", 9),
         to=["rl"], cc=["oh"], date="2026-11-25 19:05", device="Get Outlook for iOS<https://aka.ms/o0ukef>",
         body=L("""
            Dear Rebecca,

            Hubert signed it yesterday in my office and posted it himself. I will send you a scan tomorrow morning.

            Best,
            Claire
            """), sig=None),
    dict(slug="oudin-ios", client="outlook_ios", lang="fr", who="bo", thread=("pensioen", 4),
         to=["sm"], date="2026-11-14 10:22", device=IOS_OUTLOOK_FR, body=L("""
            Bonjour Madame,
            Je passe déposer les formulaires signés lundi au cabinet.
            Bien cordialement
            """)),
    dict(slug="marchetti-ios-cc", client="outlook_ios", lang="fr", who="sm", thread=("comite", 2),
         to=["jd"], cc=["ab", "cf"], date="2026-11-27 14:00", device=IOS_OUTLOOK_FR, body=L("""
            C’est noté, je l’ajoute en point 4.
            """), sig=["Sophie"]),
    dict(slug="marchal-android", client="outlook_android", lang="fr", who="em", thread=("bilan", 1),
         to=["cf"], subject="RE: Rendez-vous bilan patrimonial annuel", date="2026-11-24 07:50",
         device="Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>", body=L("""
            Bonjour Claire,
            Je crois que ce message m’a été envoyé par erreur, je ne suis pas Marie Ravier 🙂
            Bonne journée
            """)),
    dict(slug="kessler-android-de", client="outlook_android", lang="de", who="jk", thread=("rhein", 6),
         to=["mr"], cc=["cf", "kv"], date="2026-11-10 08:40", device="Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
         body=L("""
            Guten Morgen Herr Rheinfeld,
            danke, ich antworte Ihnen heute im Laufe des Tages ausführlich.
            J. Kessler
            """), sig=None),
    dict(slug="haddad-android", client="outlook_android", lang="fr", who="kh", thread=("per", 1),
         to=["nb"], date="2026-11-20 12:15", device="Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
         body=L("""
            Bien reçu, je m’en occupe ce soir.
            K. Haddad
            """), sig=None),

    # ================================================================ Gmail (11)
    dict(slug="ravier-gmail-certificats", client="gmail", lang="fr", who="ml", thread=("girona", 5),
         to=["cf"], cc=["lf", "jc"], date="2026-11-26 20:12", body=L("""
            Bonsoir Claire,

            Les deux certificats de résidence sont arrivés aujourd’hui, je les scanne et je les envoie à Mme Ferrer
            demain. Dois-je aussi faire faire l’apostille moi-même ?

            Merci !
            """)),
    dict(slug="ravier-gmail-bilan", client="gmail", lang="fr", who="ml", thread=("bilan", 2),
         to=["cf", "tr"], date="2026-11-23 21:05", body=L("""
            Bonsoir Claire,

            Je confirme le jeudi 10 décembre à 14 h. Thomas viendra directement de son bureau.
            """)),
    dict(slug="conti-gmail-it", client="gmail", lang="it", who="gc", thread=("firenze", 2),
         to=["ab"], cc=["pbi"], date="2026-11-16 11:00", body=L("""
            Buongiorno dott. Beaurivage,

            le scrivo per dirle che il prospetto sarà pronto il 27 novembre. Le serve anche una traduzione in
            francese?

            Grazie e buona giornata
            """)),
    dict(slug="ravier-gmail-inline", client="gmail", lang="fr", who="ml", thread=("bilan", 1),
         style="inline_q", to=["cf"], date="2026-11-23 18:20", body=[], segments=[
             ("q", ["Comme chaque année, je vous propose de faire le point sur votre situation patrimoniale. Voici mes",
                    "disponibilités : mardi 8 décembre à 10 h, jeudi 10 décembre à 14 h ou vendredi 11 décembre à 17 h."]),
             ("a", ["Le jeudi 10 à 14 h nous convient (Thomas vous l’a dit).",
                    "Pouvez-vous prévoir un point sur l’assurance-vie de ma mère ?"]),
         ]),
    dict(slug="ravier-gmail-fwd", client="gmail", lang="fr", who="ml", thread=("girona", 1),
         style="fwd", to=["tr"], date="2026-11-06 19:30", body=L("""
            Thomas, regarde le mail ci-dessous du cabinet espagnol : il faut que tu demandes aussi ton certificat
            de résidence fiscale.
            Bises
            """), sig=None),
    dict(slug="ravier-gmail-wrote", client="gmail", lang="fr", who="tr", thread=("bilan", 2),
         to=["cf"], cc=["ml"], date="2026-11-24 08:30", body=L("""
            Bonjour Claire,

            Comme marie.ravier@gmail.com a écrit hier soir à tout le monde, c’est bon pour le 10.
            Petite question : peut-on faire le rendez-vous en visio ? Je serai à Lyon ce jour-là.

            Thomas
            """), sig=None),
    dict(slug="harcourt-gmail-en", client="gmail", lang="en", who="oh", thread=("trust", 3),
         to=["rl"], cc=["cf", "ec"], date="2026-10-29 21:40", subject="Re: Lanoy family – deed of variation (UK estate)",
         body=L("""
            Rebecca, many thanks – spot on.
            Sent from my personal account, I'm travelling.
            Oliver
            """), sig=None),
    dict(slug="ravier-gmail-es", client="gmail", lang="es", who="ml", thread=("girona", 4),
         to=["lf"], cc=["cf", "jc"], date="2026-11-20 09:14", body=L("""
            Buenos días Sra. Ferrer,

            Los certificados llegarán la semana que viene. ¿El 15 de diciembre es seguro? Tengo que reservar
            el vuelo a Girona.

            Gracias,
            Marie Ravier
            """), sig=None),
    dict(slug="ravier-gmail-bottom", client="gmail", lang="fr", who="tr", thread=("bilan", 1),
         style="bottom", to=["cf"], date="2026-11-23 11:02", body=L("""
            Bonjour Claire,
            Plutôt le jeudi pour nous, je vérifie avec Marie.
            """)),
    dict(slug="ravier-android-short", client="gmail_android", lang="fr", who="tr", thread=("girona", 2),
         to=["cf"], cc=["ml"], date="2026-11-06 18:02", body=L("""
            Bonjour Claire, je m’occupe de mon certificat, Marie du sien. Merci
            """), sig=None),
    dict(slug="conti-android-it", client="gmail_android", lang="it", who="gc", thread=("firenze", 3),
         to=["ab"], date="2026-11-30 12:40", body=L("""
            Sì, il finanziamento soci è incluso nel patrimonio netto rettificato. Le mando i dettagli domani.
            Giulia Conti
            """), sig=None),

    # ================================================================ Apple Mail / iOS Mail (11)
    dict(slug="ternier-apple", client="apple_mail", lang="fr", who="ir", thread=("scpi", 1),
         to=["ab"], subject="Re: Souscription SCPI – dossier Vasseur", date="2026-11-26 22:10", body=L("""
            Bonsoir Monsieur Beaurivage,

            Je pense que ce message était destiné à M. Vasseur, mais il m’intéresse : pourriez-vous me faire la même
            proposition pour 50 000 € ?

            Bien à vous
            """)),
    dict(slug="lyle-apple-en", client="apple_mail", lang="en", who="rl", thread=("trust", 7),
         to=["cf"], cc=["oh"], date="2026-11-13 14:30", body=L("""
            Dear Claire,

            Oliver is in court today; he will come back to you tomorrow. In the meantime, could you send me copies
            of the children's passports?

            Many thanks,
            Rebecca
            """), sig=None),
    dict(slug="ternier-apple-fwd", client="apple_mail", lang="fr", who="ir", thread=("scpi", 1),
         style="fwd", to=["ab"], cc=[], subject="Fwd: Souscription SCPI – dossier Vasseur", date="2026-11-27 08:05",
         body=L("""
            Je vous renvoie votre propre message pour que vous voyiez à qui il est parti : mon adresse apparaît
            en destinataire.
            Isabelle Ternier
            """), sig=None),
    dict(slug="lanoy-apple-mac", client="apple_mail", lang="fr", who="hl", thread=("av", 3),
         to=["ab"], date="2026-11-19 10:30", body=L("""
            Monsieur,

            J’ai bien reçu le bulletin, je le complète et le renvoie par courrier demain.

            Cordialement
            """)),
    dict(slug="lyle-apple-bottom", client="apple_mail", lang="en", who="rl", thread=("trust", 8),
         style="bottom", to=["oh"], date="2026-11-18 17:00", body=L("""
            Noted, I'll prepare the IHT400 schedule and the letter to HMRC.
            R.
            """), sig=None),
    dict(slug="lyle-apple-de", client="apple_mail", lang="de", who="kv", thread=("rhein", 6),
         to=["mr"], date="2026-11-10 12:00", body=L("""
            Hallo Herr Rheinfeld,

            kurze Frage zur KYC-Übernahme: Sollen wir unsere bestehenden Kundenakten an Valmont übergeben?

            Viele Grüße
            Katrin Vogel
            """), sig=None),
    dict(slug="lanoy-iphone-rdv", client="ios_mail", lang="fr", who="hl", thread=("trust", 5),
         to=["cf"], date="2026-11-02 12:10", device="Envoyé de mon iPhone", body=L("""
            Bonjour Claire,
            Le jeudi 12 me va, plutôt l’après-midi.
            Bien à vous
            Hubert de Lanoy
            """), sig=None),
    dict(slug="lanoy-iphone-succ", client="ios_mail", lang="fr", who="hl", thread=("succ", 4),
         to=["cf"], cc=["nb"], date="2026-11-17 18:40", device="Envoyé de mon iPhone", body=L("""
            Parfait, j’ai tout envoyé à Mme Benali ce soir.
            HdL
            """), sig=None),
    dict(slug="ternier-iphone-optout", client="ios_mail", lang="fr", who="ir", thread=("scpi", 1),
         to=["ab"], subject="Re: Souscription SCPI – dossier Vasseur", date="2026-12-01 13:05", opt_out=True,
         device="Envoyé de mon iPhone", body=L("""
            Finalement je ne donnerai pas suite. Merci de me retirer de votre liste de diffusion.
            I. Ternier
            """), sig=None),
    dict(slug="ferrer-iphone-es", client="ios_mail", lang="es", who="lf", thread=("girona", 5),
         to=["cf"], date="2026-11-19 19:30", device="Enviado desde mi iPhone", body=L("""
            Hola Claire, sí, una copia escaneada es suficiente por ahora. Mañana le escribo con más detalle.
            Lucía
            """), sig=None),
    dict(slug="oudin-iphone", client="ios_mail", lang="fr", who="bo", thread=("pensioen", 4),
         to=["sm"], date="2026-11-12 19:50", device="Envoyé de mon iPad", body=L("""
            Bonsoir Madame Marchetti,

            Mon passeport est périmé depuis mars. Une copie de ma carte d’identité suffira-t-elle ?

            Bernard Oudin
            """), sig=None),

    # ================================================================ Thunderbird (6)
    dict(slug="vasseur-tb-inline", client="thunderbird", lang="fr", who="lv", thread=("scpi", 1),
         style="inline_q", to=["ab"], date="2026-11-26 18:45", body=L("""
            Bonjour Monsieur Beaurivage,
            """), segments=[
             ("q", ["- Pierre Avenir Santé : rendement 2025 de 4,9 %, frais de souscription 10 % ;",
                    "- Horizon Bureaux Europe : rendement 2025 de 5,3 %, frais de souscription 9 %."]),
             ("a", ["Les frais de souscription me paraissent élevés dans les deux cas. Sont-ils négociables ?"]),
             ("q", ["Quel montant souhaitez-vous investir ?"]),
             ("a", ["Entre 60 000 et 80 000 €, selon les frais."]),
         ]),
    dict(slug="kerbrat-tb-bottom", client="thunderbird", lang="fr", who="ak", thread=("bilan", 1),
         style="bottom", to=["cf"], subject="Re: Rendez-vous bilan patrimonial annuel", date="2026-11-24 09:30",
         body=L("""
            Bonjour Madame Fontanel,

            Je crois que vous m’avez mise en copie par erreur (je suis Anne-Sophie Kerbrat, votre cliente de
            Quimper), mais j’en profite : je souhaite moi aussi un rendez-vous de bilan en janvier.

            Cordialement,
            """)),
    dict(slug="vasseur-tb-top", client="thunderbird", lang="fr", who="lv", thread=("scpi", 1),
         to=["ab"], date="2026-11-28 10:20", body=L("""
            Bonjour,

            Après réflexion je pars sur 70 000 € en Pierre Avenir Santé, si vous m’obtenez des frais à 8 %.
            Prochaine étape ?
            """)),
    dict(slug="kerbrat-tb-greater", client="thunderbird", lang="fr", who="ak", thread=("fees", 1),
         to=["cf"], subject="Re: Grille tarifaire 2027 – mandat de conseil", date="2026-11-26 14:05", body=L("""
            Bonjour,

            Je reçois votre grille alors que je ne suis pas le Groupe Saviane ! Pour mon propre contrat, je lis :
            > 5 M€ : 0,30 % HT
            ce qui ne me concerne évidemment pas. Pouvez-vous me confirmer mes frais 2027 ?
            """)),
    dict(slug="vasseur-tb-partial", client="thunderbird", lang="fr", who="lv", thread=("scpi", 1),
         style="inline_q", to=["ab"], date="2026-11-27 07:40", body=[], segments=[
             ("q", ["Le délai de jouissance est de 4 mois pour la première et de 6 mois pour la seconde."]),
             ("a", ["Donc si je souscris en décembre, premiers revenus en mai pour Pierre Avenir Santé ?"]),
         ]),
    dict(slug="rheinfeld-tb-de", client="thunderbird", lang="de", who="kv", thread=("rhein", 7),
         to=["mr"], cc=["jk"], date="2026-11-10 18:15", body=L("""
            Hallo Herr Rheinfeld,

            ich habe die Nachricht von Frau Fontanel gelesen. Soll ich die KYC-Unterlagen schon jetzt
            vorbereiten, oder warten wir den Vertragsentwurf ab?

            Viele Grüße
            Katrin
            """), sig=None),

    # ================================================================ Lotus Notes / HCL Notes (6)
    dict(slug="arnoux-notes-date", client="lotus_notes", lang="fr", who="ca", thread=("av", 3),
         to=["ab"], date="2026-11-19 09:15", cs="iso-8859-1", bestfit=True, body=L("""
            Bonjour,

            Pas de souci, nous conservons la demande en attente jusqu'au 27/11. Au-delà, il faudra un nouveau
            bulletin.
            """)),
    dict(slug="arnoux-notes-fwd", client="lotus_notes", lang="fr", who="ca", thread=("av", 1),
         style="fwd", to=["ab"], subject="Fw: Arbitrage contrat Mutualis Patrimoine n° 4471-22",
         date="2026-11-18 14:00", body=L("""
            Monsieur Beaurivage,

            Je vous transfère votre propre envoi : la pièce jointe était vide (0 Ko). Pouvez-vous la renvoyer ?

            Cordialement
            """)),
    dict(slug="arnoux-notes-long", client="lotus_notes", lang="fr", who="ca", thread=("av", 4),
         to=["ab"], date="2026-12-01 15:20", cte="quoted-printable", cs="iso-8859-1", bestfit=True, body=L("""
            Bonjour,

            L'arbitrage a été exécuté le 30/11. L'avenant part au courrier de demain.
            """)),
    dict(slug="maubert-hcl-marge", client="hcl_notes", lang="fr", who="fm", thread=("lombard", 3),
         to=["pb"], cc=["cf"], date="2026-11-23 14:00", gateway=GW_HERACLES, body=L("""
            Monsieur,

            Nous pouvons ramener la marge à 0,95 % pour une durée de 36 mois, sous réserve de l'accord de notre
            comité des engagements du 3 décembre.

            Bien cordialement
            """)),
    dict(slug="maubert-hcl-attestation", client="hcl_notes", lang="fr", who="fm", thread=("succ", 6),
         to=["cf"], cc=["ec"], date="2026-11-25 11:10", gateway=GW_HERACLES, body=L("""
            Bonjour Claire,

            L'attestation a été signée ce matin ; elle part en recommandé à l'office notarial aujourd'hui. Je vous
            en joins une copie.
            """)),
    dict(slug="lestrade-hcl", client="hcl_notes", lang="fr", who="gl", thread=("sci", 4),
         to=["ab"], cc=["pb"], date="2026-11-12 14:25", body=L("""
            Antoine,

            Je prépare la situation de trésorerie de la SCI au 30/11 pour vérifier que le remboursement du compte
            courant est possible sans découvert.
            """)),
]
