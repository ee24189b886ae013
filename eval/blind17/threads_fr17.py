"""French threads of blind17: Paris, Monaco and French-speaking Switzerland (and English replies to the Geneva desk).
Mail to the Geneva desk (Marco Bernasconi) gets the firm gateway's "[EXTERNAL]" tag and banner."""

from people17 import (
    AYMARD,
    BERARD,
    BERNASCONI,
    BOISSON,
    CHAPPUIS,
    DUFRESNOY,
    EVENTS,
    GASTAUD,
    GIORDAN,
    KIEFFER,
    LAGARDE,
    LEBRUN,
    LEMOINE,
    MAILLARD,
    MARCHETTI,
    MONTVALON,
    OTTAVI,
    PERRAULT,
    PICHON,
    RINALDI,
    ROCHAT,
    ROSENTHAL,
    SAINTAUBIN,
)
from spec17 import H, M, follow_up, invite, year_end

NB = "\u00a0"  # Outlook's French autocorrect puts a no-break space before : ; ? ! and inside « »
N = []

QUEUE_SIG = [
    "Direction de l'Accueil et des Formalités – Principauté de Monaco",
    "Accueil du public du lundi au vendredi, de 9 h 30 à 17 h",
]

# --------------------------------------------------------------------------
# A Monaco administration's help desk (Znuny/OTRS): the agent's reply
# --------------------------------------------------------------------------
N += [
    M(
        "fr-daf-1",
        None,
        RINALDI,
        [BOISSON],
        "2027-01-21 16:40",
        subject="Demande de rendez-vous – renouvellement des cartes de résident de M. et Mme de Montvalon",
        text="""
        Madame, Monsieur,

        Nous intervenons pour le compte de M. et Mme Charles-Henri de Montvalon, résidents en Principauté, dont les cartes de résident arrivent à échéance le 28 février 2027.

        Pourriez-vous nous indiquer la procédure de renouvellement et nous proposer un rendez-vous au guichet ?

        Avec nos remerciements,
        """,
    ),
    H(
        "fr-daf-2",
        "fr-daf-1",
        BOISSON,
        [RINALDI],
        "2027-01-28 10:40",
        client="otrs",
        queue_sig=QUEUE_SIG,
        subject="[Ticket#2027012110000217] RE: Demande de rendez-vous – renouvellement des cartes de résident de M. et Mme de Montvalon",
        text="""
        Madame,

        Nous accusons réception de votre demande concernant le renouvellement des cartes de résident de M. et Mme de Montvalon.

        Un rendez-vous leur est proposé le mardi 9 février 2027 à 10 h 30 au guichet des résidents. Les intéressés devront se présenter munis de leur passeport, de leur carte de résident actuelle, d'un justificatif de domicile de moins de trois mois et d'une attestation bancaire monégasque.

        Pour toute modification, merci de répondre à ce message sans en modifier l'objet.

        Veuillez agréer, Madame, l'expression de nos salutations distinguées.
        """,
        headers=[("X-Mailer", "Znuny Mail Service (7.0.15)"), ("X-OTRS-Ticket", "2027012110000217")],
    ),
    M(
        "fr-mon-1",
        "fr-daf-2",
        RINALDI,
        [MONTVALON],
        "2027-01-28 15:20",
        fwd=True,
        text="""
        Cher Monsieur,

        La Direction de l'Accueil et des Formalités vous propose un rendez-vous le mardi 9 février à 10 h 30 pour le renouvellement de vos cartes de résident. Vous trouverez ci-dessous la liste des documents à apporter.

        Bien à vous,
        """,
    ),
    H(
        "fr-mon-2",
        "fr-mon-1",
        MONTVALON,
        [RINALDI],
        "2027-01-28 19:02",
        client="ios_mail",
        bom=True,
        text="""
        Parfait, merci Camille. Nous y serons tous les deux.
        Bonne soirée
        CH de Montvalon
        """,
    ),
]

# --------------------------------------------------------------------------
# Lumen Vie, French desk: a beneficiary clause quoted in the new text; a client forwards the insurer's letter
# --------------------------------------------------------------------------
N += [
    M(
        "fr-kie-1",
        None,
        AYMARD,
        [KIEFFER],
        "2027-01-25 11:15",
        subject="Contrat n° LV-FR-33418 – M. Saint-Aubin : modification de la clause bénéficiaire",
        attach=[("Avenant_clause_beneficiaire_Saint-Aubin.pdf", "application/pdf")],
        text="""
        Madame,

        Vous trouverez ci-joint l'avenant de modification de la clause bénéficiaire du contrat n° LV-FR-33418, signé par M. Bertrand Saint-Aubin. Pourriez-vous nous confirmer son enregistrement ?

        Bien cordialement,
        """,
    ),
    H(
        "fr-kie-2",
        "fr-kie-1",
        KIEFFER,
        [AYMARD],
        "2027-01-26 14:22",
        text=f"""
        Bonjour Monsieur Aymard,

        Nous avons bien reçu l'avenant signé par M. Saint-Aubin. La clause bénéficiaire enregistrée est désormais la suivante{NB}:

        «{NB}Mon conjoint, Mme Hélène Saint-Aubin née Ravel, à défaut mes enfants, nés ou à naître, vivants ou représentés, par parts égales entre eux, à défaut mes héritiers.{NB}»

        Nous attirons toutefois votre attention sur le fait que le bénéfice du contrat avait été accepté par Mme Saint-Aubin en 2019{NB}: toute modification de la clause nécessite donc son accord écrit. Pourriez-vous nous faire parvenir son consentement signé{NB}?

        Bien cordialement,
        """,
    ),
    M(
        "fr-sta-0",
        None,
        KIEFFER,
        [SAINTAUBIN],
        "2027-01-27 09:30",
        subject="Votre contrat n° LV-FR-33418 – acceptation du bénéficiaire",
        text="""
        Monsieur,

        Suite à votre demande de modification de la clause bénéficiaire, nous vous rappelons que le bénéfice de votre contrat a été accepté par Mme Hélène Saint-Aubin. La nouvelle clause ne pourra prendre effet qu'avec son consentement écrit.

        Nous restons à votre disposition.

        Bien cordialement,
        """,
    ),
    H(
        "fr-sta-1",
        "fr-sta-0",
        SAINTAUBIN,
        [AYMARD],
        "2027-01-27 18:44",
        fwd=True,
        text="""
        Julien,

        Je vous transfère le message de Lumen Vie. Hélène est d'accord, elle signera ce qu'il faut. Pouvez-vous préparer le document ?

        Bertrand
        """,
    ),
]

# --------------------------------------------------------------------------
# Office notarial Dufresnoy (Paris): a donation; the reply of a clerk to a message forwarded to him internally
# --------------------------------------------------------------------------
N += [
    M(
        "fr-duf-1",
        None,
        AYMARD,
        [DUFRESNOY],
        "2027-01-12 15:30",
        cc=[LEBRUN],
        subject="Donation-partage Saint-Aubin : parts de la SCI du Parc",
        text="""
        Maître,

        M. et Mme Saint-Aubin souhaitent consentir à leurs trois enfants une donation-partage de la nue-propriété des parts de la SCI du Parc, qui détient deux immeubles à Paris.

        Pourriez-vous nous indiquer la valeur fiscale de la nue-propriété compte tenu de leur âge (68 et 64 ans), les pièces nécessaires et un calendrier possible ?

        Bien cordialement,
        """,
    ),
    H(
        "fr-duf-2",
        "fr-duf-1",
        DUFRESNOY,
        [AYMARD],
        "2027-01-13 18:30",
        cc=[LEBRUN],
        text=f"""
        Cher Monsieur,

        Je vous remercie pour votre message.

        M. Saint-Aubin ayant 68 ans, la valeur de la nue-propriété selon le barème de l'article 669 du CGI est de 60{NB}% de la valeur en pleine propriété{NB}; pour Mme Saint-Aubin (64 ans), elle est également de 60{NB}%.

        Pour la valorisation des parts de la SCI, il nous faudra les derniers comptes, une estimation récente des deux immeubles et le détail du compte courant d'associé. Je vous propose une signature dans la seconde quinzaine de mars, après réception de ces éléments.

        Mon clerc, Thomas Lebrun, vous adressera la liste complète des pièces.

        Bien à vous,
        """,
    ),
    M(
        "fr-duf-3",
        "fr-duf-2",
        AYMARD,
        [DUFRESNOY],
        "2027-01-14 09:20",
        text="""
        Maître,

        Merci pour ces éléments. Nous rassemblons les pièces avec l'expert-comptable de la SCI ; pourriez-vous nous adresser la liste complète ?

        Bien cordialement,
        """,
    ),
    M(
        "fr-duf-4",
        "fr-duf-3",
        DUFRESNOY,
        [LEBRUN],
        "2027-01-14 10:02",
        fwd=True,
        sig=False,
        disc=False,
        text="""
        Thomas, pouvez-vous lui adresser la liste des pièces ? Merci.
        HD
        """,
    ),
    H(
        "fr-duf-5",
        "fr-duf-4",
        LEBRUN,
        [AYMARD],
        "2027-01-14 16:15",
        cc=[DUFRESNOY],
        text=f"""
        Bonjour Monsieur,

        Comme convenu avec Maître Dufresnoy, voici la liste des pièces à nous transmettre pour la donation-partage{NB}:
        - statuts à jour de la SCI et derniers procès-verbaux d'assemblée{NB};
        - bilans 2024 et 2025{NB};
        - attestations de valeur des deux immeubles (moins de six mois){NB};
        - état du compte courant d'associé au jour de la donation{NB};
        - livret de famille et pièces d'identité des donateurs et des donataires.

        Je reste à votre disposition.

        Bien cordialement,
        """,
    ),
    M(
        "fr-per-1",
        None,
        AYMARD,
        [PERRAULT],
        "2027-02-08 14:00",
        subject="SCI du Parc – comptes pour la donation-partage",
        text="""
        Bonjour Sylvie,

        Pour la donation-partage des parts de la SCI du Parc, le notaire nous demande les bilans 2024 et 2025 et l'état du compte courant d'associé. Pourriez-vous me les adresser ?

        Merci d'avance,
        """,
    ),
    H(
        "fr-per-2",
        "fr-per-1",
        PERRAULT,
        [AYMARD],
        "2027-02-09 10:20",
        client="zimbra",
        attach=[
            ("SCI du Parc - bilans 2024-2025.pdf", "application/pdf"),
            ("SCI du Parc - compte courant 31-12-2026.pdf", "application/pdf"),
        ],
        text="""
        Bonjour Julien,

        Je vous joins les bilans 2024 et 2025 de la SCI du Parc ainsi que l'état du compte courant d'associé au 31 décembre 2026 (412 350 €).

        Attention, les comptes 2026 ne seront arrêtés qu'en avril ; si le notaire a besoin d'une situation plus récente, je peux établir une situation intermédiaire au 31 janvier.

        Bien cordialement,
        """,
    ),
]

# --------------------------------------------------------------------------
# Maître Giordan (Nice): answers in red, "AG :", inside the history
# --------------------------------------------------------------------------
N += [
    M(
        "fr-gio-1",
        None,
        RINALDI,
        [GIORDAN],
        "2027-02-01 10:30",
        subject="Vente villa Cap-d'Ail – M. de Montvalon",
        text="""
        Maître,

        Dans la perspective de la vente de la villa de M. de Montvalon à Cap-d'Ail, voici les points que nous souhaiterions éclaircir avant la signature du compromis :

        1. M. de Montvalon étant résident monégasque de nationalité française, la plus-value est-elle imposable en France ?
        2. Faut-il désigner un représentant fiscal ?
        3. Le délai de rétractation de l'acquéreur court-il à compter de la notification du compromis signé ?
        4. Quel est le calendrier prévisible jusqu'à l'acte authentique ?

        Avec mes remerciements,
        """,
    ),
    H(
        "fr-gio-2",
        "fr-gio-1",
        GIORDAN,
        [RINALDI],
        "2027-02-02 11:50",
        color="#C00000",
        bold=True,
        text="""
        Madame,

        Vous trouverez mes réponses ci-dessous, en rouge.

        Bien à vous,
        """,
        inline=[
            (
                "1. M. de Montvalon",
                "AG : Oui. Les Français résidant à Monaco sont imposés en France comme s'ils y avaient leur domicile (convention franco-monégasque de 1963) ; la plus-value est taxée selon le régime des particuliers, avec les abattements pour durée de détention.",
            ),
            (
                "2. Faut-il",
                "AG : Non : M. de Montvalon étant assimilé à un résident de France en application de la convention, aucun représentant fiscal n'est nécessaire.",
            ),
            (
                "3. Le délai",
                "AG : Oui, dix jours à compter du lendemain de la première présentation de la lettre recommandée.",
            ),
            (
                "4. Quel est",
                "AG : Comptez environ trois mois : purge du droit de préemption de la commune, pièces d'urbanisme et état hypothécaire.",
            ),
        ],
    ),
]

# --------------------------------------------------------------------------
# Geneva desk: HCL Notes (French and English), Thunderbird in ISO-8859-15, a lawyer, an Apple Mail forward
# --------------------------------------------------------------------------
N += [
    M(
        "fr-roc-1",
        None,
        BERNASCONI,
        [ROCHAT],
        "2027-02-02 14:20",
        subject="Mme Isabelle Marchetti – procuration de gestion",
        text="""
        Bonjour Monsieur Rochat,

        Je vous adresse ci-joint la procuration de gestion signée par Mme Marchetti en faveur d'Aubrac Lérins (Suisse) SA. Pouvez-vous nous confirmer son enregistrement et nous indiquer les modalités d'accès à votre plateforme pour gérants externes ?

        Meilleures salutations,
        """,
    ),
    H(
        "fr-roc-2",
        "fr-roc-1",
        ROCHAT,
        [BERNASCONI],
        "2027-02-03 09:15",
        client="notes",
        text="""
        Bonjour Monsieur Bernasconi,

        Je vous confirme que la procuration de gestion en faveur d'Aubrac Lérins (Suisse) SA a été enregistrée sur la relation de Mme Marchetti avec effet au 1er février.

        Les accès à notre plateforme pour gérants externes vous seront communiqués par courrier séparé. Pour des raisons de sécurité, les ordres transmis par e-mail ne seront exécutés qu'après rappel téléphonique.

        Meilleures salutations
        """,
    ),
    M(
        "fr-roc-3",
        None,
        BERNASCONI,
        [ROCHAT],
        "2027-02-09 17:05",
        cc=[ROSENTHAL],
        subject="Coral Gables structure – USD sub-account",
        text="""
        Dear Mr Rochat,

        As discussed, we would like to open a USD sub-account for the Coral Gables holding structure, which we will manage under the existing mandate. Mr Rosenthal, in copy, is the family's chief investment officer in Miami.

        Could you let us know the documents required?

        Best regards,
        """,
    ),
    H(
        "fr-roc-4",
        "fr-roc-3",
        ROCHAT,
        [BERNASCONI],
        "2027-02-10 08:40",
        cc=[ROSENTHAL],
        client="notes",
        loc="en-GB",
        lang="en",
        text="""
        Dear Mr Bernasconi,

        Thank you for your message. We can open the USD sub-account for the Coral Gables structure as soon as we receive the form W-8BEN-E and the updated organisational chart showing the controlling persons.

        Please note that, under our current policy, we cannot accept US persons as authorised signatories on this relationship.

        Best regards
        """,
    ),
    H(
        "fr-ros-1",
        "fr-roc-4",
        ROSENTHAL,
        [BERNASCONI],
        "2027-02-10 11:40",
        cc=[ROCHAT],
        lang="en",
        text="""
        Marco,

        Thanks for the update. The W-8BEN-E is signed and I'll send the org chart by Friday. For the record, none of the authorized signatories will be US persons; our two directors are Argentine and Uruguayan nationals resident in Uruguay.

        Let's speak next week about the fee arrangement.

        Best regards,
        Daniel
        """,
    ),
    M(
        "fr-cha-1",
        None,
        BERNASCONI,
        [CHAPPUIS],
        "2027-02-04 16:00",
        subject="Mme Marchetti – déclaration d'impôt 2026",
        text="""
        Bonjour Madame Chappuis,

        Comme chaque année, nous pouvons vous transmettre les documents bancaires de Mme Marchetti pour sa déclaration 2026. De quoi aurez-vous besoin cette année ?

        Meilleures salutations,
        """,
    ),
    H(
        "fr-cha-2",
        "fr-cha-1",
        CHAPPUIS,
        [BERNASCONI],
        "2027-02-05 08:55",
        client="thunderbird",
        cs="ISO-8859-15",
        cte="8bit",
        trim="cette année ?",
        text="""
        Bonjour Monsieur Bernasconi,

        Merci pour votre message. Pour la déclaration 2026 de Mme Marchetti, imposée d'après la dépense dans le canton de Vaud, nous aurons seulement besoin des éléments du calcul de contrôle, c'est-à-dire des revenus de source suisse et des revenus étrangers pour lesquels elle revendique le bénéfice d'une convention (France et Italie).

        Pourriez-vous nous transmettre d'ici fin février les attestations fiscales des comptes ouverts auprès de la Banque Privée du Léman ?

        Avec mes meilleures salutations,
        """,
    ),
    M(
        "fr-mai-1",
        None,
        BERNASCONI,
        [MAILLARD],
        "2027-02-08 10:00",
        subject="Mme Marchetti – pacte successoral et fondation",
        text="""
        Cher Maître,

        Mme Marchetti souhaite doter sa fondation d'une partie importante de sa succession. Quelle est la quotité disponible depuis la révision du droit successoral, et quelles options s'offrent à elle compte tenu de sa nationalité italienne ?

        Meilleures salutations,
        """,
    ),
    H(
        "fr-mai-2",
        "fr-mai-1",
        MAILLARD,
        [BERNASCONI],
        "2027-02-09 16:20",
        text="""
        Cher Monsieur,

        Depuis le 1er janvier 2023, la réserve des descendants est réduite à la moitié de leur part légale, et celle des parents a été supprimée. Mme Marchetti peut donc disposer librement de la moitié de sa succession en faveur de sa fondation.

        Toutefois, Mme Marchetti étant de nationalité italienne, une professio juris en faveur du droit italien serait possible et modifierait sensiblement le calcul. Je vous propose d'en discuter avec elle avant de rédiger le pacte successoral.

        Avec mes meilleures salutations,
        """,
    ),
    M(
        "fr-mar-0",
        None,
        ROCHAT,
        [MARCHETTI],
        "2027-02-11 09:00",
        subject="Mise à jour de votre profil investisseur (LSFin)",
        client="notes",
        text="""
        Madame,

        Conformément à la loi sur les services financiers (LSFin), nous vous prions de bien vouloir mettre à jour votre profil investisseur au moyen du questionnaire disponible dans votre espace e-banking, d'ici au 15 mars 2027.

        Meilleures salutations
        """,
    ),
    H(
        "fr-mar-1",
        "fr-mar-0",
        MARCHETTI,
        [BERNASCONI],
        "2027-02-11 12:30",
        client="apple_mail",
        fwd=True,
        text="""
        Bonjour Marco,

        Je reçois ce message de la banque. Est-ce que je dois remplir le questionnaire moi-même ou est-ce que vous vous en chargez ?

        Merci et belle journée,
        Isabelle
        """,
    ),
]

# --------------------------------------------------------------------------
# Private clients, family offices, an agent in Monaco
# --------------------------------------------------------------------------
N += [
    year_end("fr-ber-1", AYMARD, BERARD, "2026-12-16 11:00", "Chère Madame Bérard,", "fr"),
    follow_up("fr-ber-2", "fr-ber-1", AYMARD, BERARD, "2027-01-12 09:00", "Chère Madame Bérard,", "fr"),
    H(
        "fr-ber-3",
        "fr-ber-2",
        BERARD,
        [AYMARD],
        "2027-01-13 10:05",
        client="orange",
        text="""
        Bonjour Monsieur Aymard,

        Merci pour votre relance et pardon pour le retard. Je n'ai pas encore reçu l'imprimé fiscal unique de la banque, je vous l'envoie dès que je l'ai. Pour le rendez-vous, je préfère après le 15 février, car je pars chez ma fille à Lyon.

        Bien cordialement,
        Jacqueline Bérard
        """,
    ),
    M(
        "fr-lag-1",
        None,
        AYMARD,
        [LAGARDE],
        "2027-02-10 11:10",
        subject="Rendez-vous jeudi 11 février",
        text="""
        Cher Monsieur,

        Je vous confirme notre rendez-vous jeudi 11 février à 14 h 30 dans nos bureaux, 12 rue d'Anjou.

        Bien cordialement,
        """,
    ),
    H(
        "fr-lag-2",
        "fr-lag-1",
        LAGARDE,
        [AYMARD],
        "2027-02-10 12:31",
        client="gmail",
        text="""
        Ok !
        """,
    ),
    M(
        "fr-pic-1",
        None,
        AYMARD,
        [PICHON],
        "2027-02-11 10:00",
        subject="Club deal hôtel de Megève – teaser",
        text="""
        Bonjour Arnaud,

        Comme évoqué, je vous adresse le teaser du club deal sur l'hôtel de Megève. Le closing est envisagé fin mars.

        Bien à vous,
        """,
    ),
    H(
        "fr-pic-2",
        "fr-pic-1",
        PICHON,
        [AYMARD],
        "2027-02-11 17:45",
        client="owa",
        html_only=True,
        text="""
        Bonjour Julien,

        Merci pour le teaser. Le dossier nous intéresse, mais notre comité ne pourra pas l'examiner avant le 4 mars. Est-ce compatible avec votre calendrier de closing ?

        Par ailleurs, pouvez-vous nous confirmer le montant minimum du ticket et la structure envisagée (SAS ou SCA) ?

        Bien à vous,
        """,
    ),
    invite("fr-lem-1", EVENTS, LEMOINE, "2027-01-07 09:00", "Cher Monsieur,", "fr"),
    H(
        "fr-lem-2",
        "fr-lem-1",
        LEMOINE,
        [EVENTS],
        "2027-01-07 21:03",
        client="gmail",
        opt_out=True,
        text="""
        Bonsoir,

        Merci de me retirer de vos listes de diffusion. Je ne souhaite plus recevoir vos invitations.

        G. Lemoine
        """,
    ),
    M(
        "fr-gas-1",
        None,
        OTTAVI,
        [GASTAUD],
        "2027-01-19 18:00",
        subject="Recherche appartement Carré d'Or",
        text="""
        Bonjour Stéphanie,

        Nous recherchons pour un client un appartement de 3 ou 4 pièces au Carré d'Or ou à Fontvieille, budget jusqu'à 12 M€. Auriez-vous des biens à nous proposer, y compris off-market ?

        Bien à vous,
        """,
    ),
    H(
        "fr-gas-2",
        "fr-gas-1",
        GASTAUD,
        [OTTAVI],
        "2027-01-20 10:02",
        sig=[*GASTAUD.sig[:1], "[logo]", *GASTAUD.sig[1:]],
        text="""
        Bonjour Laurent,

        Merci pour votre message. J'ai deux biens qui pourraient correspondre, tous deux off-market :
        - un 4 pièces de 180 m² au Carré d'Or, avec terrasse et deux parkings, à 11,5 M€ ;
        - un 3 pièces de 140 m² à Fontvieille, vue port, à 7,9 M€, avec possibilité de reprendre la SCI propriétaire.

        Les propriétaires souhaitent une NDA signée avant toute visite. Je vous envoie le modèle ?

        Very best,
        """,
    ),
]
