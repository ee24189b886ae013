"""Set H, French replies h001–h030. A line of `new` that starts with § is a signature line (the mark is removed)."""

CASES = [
    dict(
        id="h001",
        lang="fr",
        kind="notary",
        client="outlook",
        layout="multi-office",
        sreg="FR",
        user="jm",
        sender=("Anne-Laure DUCASSE", "al.ducasse@ducasse-lavigne.notaires.example"),
        new="""\
Bonjour Monsieur Marchetti,

Je vous confirme la signature de l'acte de donation-partage des époux Lafargue le jeudi 16 avril à 14 h 30 en \
notre office de Libourne.
Merci de bien vouloir transmettre à vos clients la liste des pièces ci-jointe.

Bien cordialement,

§Maître Anne-Laure DUCASSE
§Notaire associée
§SCP DUCASSE & LAVIGNE, Notaires associés
§Office de Libourne : 18 allées de Tourny – 33500 Libourne
§Office de Saint-Émilion : 3 place du Marché – 33330 Saint-Émilion
§Tél. 05 36 49 31 70 – Fax 05 36 49 31 79
§al.ducasse@ducasse-lavigne.notaires.example

Cet e-mail et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Attention aux \
tentatives de fraude au virement : l'office ne vous communiquera jamais de changement de RIB par e-mail.
""",
        quote=(
            "outlook_fr",
            (2026, 3, 31, 9, 47),
            "Donation-partage Lafargue",
            "Maître,\n\nMes clients, M. et Mme Lafargue, souhaitent signer la donation-partage avant l'été. "
            "Pourriez-vous me proposer une date ?",
        ),
        f=dict(
            name="Anne-Laure DUCASSE",
            title="Notaire associée",
            company="SCP DUCASSE & LAVIGNE",
            email="al.ducasse@ducasse-lavigne.notaires.example",
            address="18 allées de Tourny, 33500 Libourne",
        ),
        ph=[("05 36 49 31 70", "landline"), ("05 36 49 31 79", "fax")],
    ),
    dict(
        id="h002",
        lang="fr",
        kind="notary",
        client="outlook",
        layout="assistant",
        sreg="FR",
        user="tl",
        sender=("COUTANCEAU Nadège", "n.coutanceau@office-erdre.notaires.example"),
        new="""\
Monsieur Le Bihan,

Suite à notre échange téléphonique, vous trouverez ci-joint le projet d'attestation de propriété pour la \
succession de Mme Veuve Guérin.
Maître Rivière reste à votre disposition pour toute question.

Cordialement,

Pour Maître Bertrand RIVIÈRE,
§Nadège COUTANCEAU
§Clerc de notaire
§Service Successions
§Office notarial de l'Erdre
§12 rue de Strasbourg
§CS 20417
§44004 Nantes Cedex 1
§Standard : 02.61.91.52.00
§Ligne directe : 02.61.91.52.14
""",
        quote=(
            "outlook_old_fr",
            (2026, 4, 7, 16, 5),
            "Succession Guérin – attestation de propriété",
            "Madame,\n\nPourriez-vous m'indiquer où en est l'attestation de propriété du studio de Mme Guérin ? "
            "Ses enfants souhaitent le vendre rapidement.",
        ),
        f=dict(
            name="Nadège COUTANCEAU",
            title="Clerc de notaire",
            company="Office notarial de l'Erdre",
            address="12 rue de Strasbourg, CS 20417, 44004 Nantes Cedex 1",
        ),
        ph=[("02.61.91.52.00", "landline"), ("02.61.91.52.14", "landline")],
    ),
    dict(
        id="h003",
        lang="fr",
        kind="lawyer",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Grégoire Saint-Marc", "g.saintmarc@saintmarc-avocats.example"),
        new="""\
Cher Monsieur,

Je vous remercie pour votre appel. Je vous adresse ci-joint notre note sur la clause bénéficiaire démembrée ; nous \
pourrons en parler avec M. et Mme Vidal lors du rendez-vous du 12.

Bien à vous,

§Me Grégoire SAINT-MARC
§Avocat associé – Saint-Marc Avocats
§Avocat au Barreau de Bordeaux – Toque 1142
§27 cours Georges Clemenceau, 33000 Bordeaux
§T. +33 (0)5 36 49 44 10 – P. +33 (0)6 80 71 42 19
§www.saintmarc-avocats.example
""",
        quote=(
            "outlook_fr",
            (2026, 5, 4, 11, 20),
            "Clause bénéficiaire Vidal",
            "Maître,\n\nComme évoqué, M. et Mme Vidal envisagent une clause bénéficiaire démembrée sur leurs contrats. "
            "Auriez-vous une note à ce sujet ?",
        ),
        f=dict(
            name="Grégoire SAINT-MARC",
            title="Avocat associé",
            company="Saint-Marc Avocats",
            website="www.saintmarc-avocats.example",
            address="27 cours Georges Clemenceau, 33000 Bordeaux",
        ),
        ph=[("+33 (0)5 36 49 44 10", "landline"), ("+33 (0)6 80 71 42 19", "mobile")],
    ),
    dict(
        id="h004",
        lang="fr",
        kind="accountant",
        client="owa",
        layout="multi-office",
        sreg="FR",
        user="hc",
        sender=("Romain Tessier", "r.tessier@atlantique-audit.example"),
        new="""\
Bonjour Hélène,

Voici la liasse 2025 de la SARL Menuiserie Guillou ainsi que le bilan. Le résultat est en hausse ; la remontée de \
dividendes envisagée reste possible.
Je reste joignable cette semaine.

Cordialement

§Romain TESSIER
§Expert-comptable associé – Commissaire aux comptes
§Pôle Conseil & Transmission
§ATLANTIQUE AUDIT CONSEIL
§Nantes – Saint-Nazaire – La Roche-sur-Yon
§Siège : 5 boulevard Guist'hau, 44000 Nantes
§Tél. : 02 61 91 63 30 | Mob. : 07 68 24 19 55
§r.tessier@atlantique-audit.example

Atlantique Audit Conseil – Société d'expertise comptable inscrite au Tableau de l'Ordre de la région Pays de la \
Loire – SAS au capital de 120 000 € – RCS Nantes 512 846 330
""",
        quote=(
            "owa_fr",
            (2026, 4, 14, 8, 58),
            "Bilan 2025 Menuiserie Guillou",
            "Bonjour Romain,\n\nPourrais-tu m'envoyer la liasse 2025 de la SARL Menuiserie Guillou ? "
            "M. Guillou voudrait se verser un dividende pour financer son PER.",
        ),
        f=dict(
            name="Romain TESSIER",
            title="Expert-comptable associé – Commissaire aux comptes",
            company="ATLANTIQUE AUDIT CONSEIL",
            email="r.tessier@atlantique-audit.example",
            address="5 boulevard Guist'hau, 44000 Nantes",
        ),
        ph=[("02 61 91 63 30", "landline"), ("07 68 24 19 55", "mobile")],
    ),
    dict(
        id="h005",
        lang="fr",
        kind="health",
        client="gmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Camille Ferrand-Roux", "dr.ferrandroux@medecins-capucins.example"),
        new="""\
Bonjour Monsieur Marchetti,

Je vous retourne le questionnaire de santé signé pour le contrat de prévoyance. Pour le rendez-vous, le mardi en fin \
de journée m'arrange mieux.

Bonne journée,

§Dr Camille FERRAND-ROUX
§Médecin généraliste
§Cabinet médical des Capucins
§8 place des Capucins – 33800 Bordeaux
§Secrétariat : 05 36 49 57 20
N° RPPS 10101645378
Rendez-vous en ligne : www.doctolib.fr/medecin-generaliste/bordeaux/camille-ferrand-roux
""",
        quote=(
            "gmail_fr",
            (2026, 2, 19, 18, 2),
            "Prévoyance Madelin",
            "Docteur,\n\nVoici le questionnaire de santé à compléter pour votre contrat de prévoyance. "
            "Quand seriez-vous disponible pour un rendez-vous ?",
        ),
        f=dict(
            name="Camille FERRAND-ROUX",
            title="Médecin généraliste",
            company="Cabinet médical des Capucins",
            address="8 place des Capucins, 33800 Bordeaux",
        ),
        ph=[("05 36 49 57 20", "landline")],
    ),
    dict(
        id="h006",
        lang="fr",
        kind="health",
        client="outlook",
        layout="block",
        sreg="FR",
        user="ma",
        sender=("Mathilde Barrère", "secretariat@centre-dentaire-lac.example"),
        new="""\
Bonjour,

Ci-joint l'attestation de revenus 2025 demandée. Pour le reste je vous laisse voir directement avec mon comptable.

Cordialement,

§Docteur Mathilde Barrère
§Chirurgien-dentiste
§Omnipratique – Implantologie – Parodontologie
§Centre dentaire du Lac
§Rue du Professeur Calmette, 33300 Bordeaux
§Tél. cabinet : 05-36-49-62-08
§Urgences (patients du cabinet) : 06-33-41-87-02
RPPS 10003987412
""",
        quote=(
            "outlook_fr",
            (2026, 6, 2, 14, 30),
            "Dossier emprunteur – pièces manquantes",
            "Docteur,\n\nPour finaliser le dossier de financement du cabinet, il nous manque votre attestation de "
            "revenus 2025.",
        ),
        f=dict(
            name="Mathilde Barrère",
            title="Chirurgien-dentiste",
            company="Centre dentaire du Lac",
            address="Rue du Professeur Calmette, 33300 Bordeaux",
        ),
        ph=[("05-36-49-62-08", "landline"), ("06-33-41-87-02", "mobile")],
    ),
    dict(
        id="h007",
        lang="fr",
        kind="health",
        client="outlook",
        layout="block",
        sreg="FR",
        user="ma",
        sender=("Pharmacie de la Bastide", "pharmacie.bastide@pharmacie-bastide.example"),
        new="""\
Bonjour Monsieur Aubertin,

Bien reçu votre proposition pour le rachat des parts de ma consœur. Je vous rappelle lundi après la fermeture.

§Sandrine Lagarde
§Pharmacienne titulaire
§Pharmacie de la Bastide – SELAS Lagarde-Pujol
§62 avenue Thiers, 33100 Bordeaux
§Tél. 05 36 49 70 45 – Fax 05 36 49 70 46
Ouvert du lundi au samedi, 8 h 30 – 20 h
""",
        quote=(
            "outlook_fr",
            (2026, 3, 12, 17, 41),
            "Rachat des parts de la SELAS",
            "Madame,\n\nVous trouverez ci-joint notre proposition de montage pour le rachat des parts de "
            "Mme Pujol par votre holding.",
        ),
        f=dict(
            name="Sandrine Lagarde",
            title="Pharmacienne titulaire",
            company="Pharmacie de la Bastide",
            address="62 avenue Thiers, 33100 Bordeaux",
        ),
        ph=[("05 36 49 70 45", "landline"), ("05 36 49 70 46", "fax")],
    ),
    dict(
        id="h008",
        lang="fr",
        kind="health",
        client="iphone",
        layout="mobile",
        sreg="FR",
        user="hc",
        sender=("Guillaume Hamon", "g.hamon.kine@laposte.example"),
        new="""\
Bonjour Mme Carbonnel,

Oui c'est bon pour jeudi 9 h au cabinet, j'apporterai les relevés du PER.

§Guillaume Hamon
§Masseur-kinésithérapeute
§N° ADELI 447012345
§Cabinet de kinésithérapie du Hangar
§21 quai des Antilles, 44200 Nantes
§06 12 57 83 40

Envoyé de mon iPhone
""",
        quote=(
            "iphone_fr",
            (2026, 9, 8, 12, 15),
            "Point PER",
            "Bonjour Monsieur Hamon,\n\nJe vous propose de faire le point sur votre PER jeudi à 9 h à votre cabinet. "
            "Cela vous convient-il ?",
        ),
        f=dict(
            name="Guillaume Hamon",
            title="Masseur-kinésithérapeute",
            company="Cabinet de kinésithérapie du Hangar",
            address="21 quai des Antilles, 44200 Nantes",
        ),
        ph=[("06 12 57 83 40", "mobile")],
        allow=["ADELI"],
    ),
    dict(
        id="h009",
        lang="fr",
        kind="farm",
        client="gmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Pierre-Henri Cazaubon", "ph.cazaubon@chateau-haut-brignac.example"),
        new="""\
Bonjour Julien,

Merci pour le tableau. Avec ma sœur on préfère attendre les vendanges pour décider du pacte Dutreil. On peut se voir \
au château début octobre ?

Bien amicalement,

§Pierre-Henri CAZAUBON
§Gérant
§SCEA Château Haut-Brignac
§Lieu-dit Brignac
§33340 Saint-Christoly-Médoc
§Tél : 05 36 49 81 12
§Port : 06 80 34 12 77
§www.chateau-haut-brignac.example
""",
        quote=(
            "gmail_fr",
            (2026, 8, 27, 7, 55),
            "Transmission du château – simulation Dutreil",
            "Bonjour Pierre-Henri,\n\nVoici la simulation de la transmission des parts de la SCEA avec et sans "
            "pacte Dutreil.",
        ),
        f=dict(
            name="Pierre-Henri CAZAUBON",
            title="Gérant",
            company="SCEA Château Haut-Brignac",
            website="www.chateau-haut-brignac.example",
            address="Lieu-dit Brignac, 33340 Saint-Christoly-Médoc",
        ),
        ph=[("05 36 49 81 12", "landline"), ("06 80 34 12 77", "mobile")],
    ),
    dict(
        id="h010",
        lang="fr",
        kind="farm",
        client="webmail",
        layout="couple",
        sreg="FR",
        user="tl",
        sender=("Yvon PAITIER", "yvon.paitier@orange.example"),
        new="""\
Bonjour Monsieur Le Bihan,

Nous avons bien reçu le dossier. Nous passerons à l'agence de Nantes le 22 avec le bilan du GAEC et les statuts.

Cordialement

§Yvon et Martine PAITIER
§GAEC de la Noë Verte
§La Noë Verte
§44850 Le Cellier
§02 61 91 77 03 / 06 71 92 36 04 (Yvon) / 06 45 21 83 19 (Martine)
""",
        quote=(
            "orange_fr",
            (2026, 10, 5, 10, 3),
            "Départ à la retraite – dossier",
            "Bonjour Monsieur et Madame Paitier,\n\nVous trouverez ci-joint le dossier préparatoire pour votre "
            "départ à la retraite et la cession de vos parts du GAEC.",
        ),
        f=dict(
            name="Yvon PAITIER",
            company="GAEC de la Noë Verte",
            address="La Noë Verte, 44850 Le Cellier",
        ),
        ph=[("02 61 91 77 03", "landline"), ("06 71 92 36 04", "mobile"), ("06 45 21 83 19", "mobile")],
        name_tokens=True,
    ),
    dict(
        id="h011",
        lang="fr",
        kind="farm",
        client="android",
        layout="mobile",
        sreg="FR",
        user="tl",
        sender=("Benoît Rouillé", "earl.rouille@wanadoo.example"),
        new="""\
Bonsoir,
Voilà les relevés MSA que vous m'aviez demandés. Pour les parts de l'EARL on en reparle après la moisson.
§Benoît Rouillé
§EARL Rouillé – Céréales et semences
§La Grande Métairie, route de Cerizay, 79700 Mauléon
§06.71.03.58.21

Envoyé depuis mon smartphone Samsung Galaxy.
""",
        quote=(
            "samsung_fr",
            (2026, 6, 18, 21, 12),
            "Relevés MSA",
            "Bonjour Monsieur Rouillé,\n\nPour estimer votre future retraite, pourriez-vous m'envoyer vos relevés "
            "de carrière MSA ?",
        ),
        f=dict(
            name="Benoît Rouillé",
            company="EARL Rouillé",
            address="La Grande Métairie, route de Cerizay, 79700 Mauléon",
        ),
        ph=[("06.71.03.58.21", "mobile")],
    ),
    dict(
        id="h012",
        lang="fr",
        kind="craft-shop",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("SARL GUERY", "contact@guery-couverture.example"),
        new="""\
Bonjour Madame,

Je vous transmets comme convenu le devis pour la rénovation de la toiture de la longère de Mme Perrot (SCI des \
Bruyères). Le montant TTC est de 38 460 €.

Restant à votre disposition,

§Laurent GUÉRY
§Gérant
§SARL GUÉRY Couverture Zinguerie
§ZA de la Bréhaudière – 7 rue des Artisans – 44240 Sucé-sur-Erdre
§Tél./Fax : 02 61 91 23 48
§Portable : 06 84 27 15 90
SIRET 481 256 937 00028 – APE 4391A
Horaires : du lundi au vendredi, 8 h – 12 h / 13 h 30 – 17 h 30
""",
        quote=(
            "outlook_fr",
            (2026, 1, 20, 15, 36),
            "Devis toiture – SCI des Bruyères",
            "Monsieur,\n\nMme Perrot m'a transmis vos coordonnées. Pourriez-vous m'adresser votre devis pour la "
            "toiture de la longère ? Nous devons chiffrer les travaux dans le cadre d'un déficit foncier.",
        ),
        f=dict(
            name="Laurent GUÉRY",
            title="Gérant",
            company="SARL GUÉRY Couverture Zinguerie",
            address="ZA de la Bréhaudière, 7 rue des Artisans, 44240 Sucé-sur-Erdre",
        ),
        ph=[("02 61 91 23 48", "landline"), ("06 84 27 15 90", "mobile")],
    ),
    dict(
        id="h013",
        lang="fr",
        kind="insurer-bank",
        client="outlook",
        layout="block",
        sreg="FR",
        user="sd",
        sender=("MAUDUIT Christelle", "christelle.mauduit@mutuelle-atlantique-vie.example"),
        new="""\
Madame, Monsieur,

Nous accusons réception de votre demande d'arbitrage sur le contrat n° 0457 8821 36 de M. Jean Lafargue. \
L'opération sera traitée sous 72 heures ouvrées à réception de l'original signé.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

§Christelle MAUDUIT
§Gestionnaire Épargne – Partenaires CGP
§Direction des Opérations Assurance Vie
§Service Gestion des Contrats Partenaires
§MUTUELLE ATLANTIQUE VIE
§TSA 40123
§79060 Niort Cedex 9
§Tél. : 05 36 49 88 40
Pour toute question relative à vos contrats : 3639 (service gratuit + prix d'appel)
Mutuelle Atlantique Vie – Société d'assurance mutuelle régie par le Code des assurances – Siège social : 12 avenue \
de Limoges, 79000 Niort – 781 452 963 RCS Niort
Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont \
confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
""",
        quote=(
            "outlook_fr",
            (2026, 2, 9, 10, 44),
            "Arbitrage contrat Lafargue",
            "Madame, Monsieur,\n\nVeuillez trouver ci-joint une demande d'arbitrage pour le contrat de "
            "M. Jean Lafargue (50 % vers le fonds en euros).",
        ),
        f=dict(
            name="Christelle MAUDUIT",
            title="Gestionnaire Épargne – Partenaires CGP",
            company="MUTUELLE ATLANTIQUE VIE",
            address="TSA 40123, 79060 Niort Cedex 9",
        ),
        ph=[("05 36 49 88 40", "landline")],
    ),
    dict(
        id="h014",
        lang="fr",
        kind="insurer-bank",
        client="outlook",
        layout="lastname-first",
        sreg="FR",
        user="jm",
        sender=("DUPRAT Sylvie", "sylvie.duprat@banque-garonne-ocean.example"),
        new="""\
Bonjour,

Suite à votre courrier du 3 juin, nous vous informons que les avoirs de M. Guérin Roger ont été bloqués à la date \
du décès. Le certificat d'hérédité ne suffit pas : merci de nous adresser l'attestation du notaire.

Cordialement.

§DUPRAT Sylvie
§Chargée de successions
§Plateforme Successions Sud-Ouest
§Banque Garonne Océan
§Tél. direct : +33 5 36 49 90 12
§Fax : +33 5 36 49 90 99
§Adresse postale : Banque Garonne Océan – Plateforme Successions – BP 40075 – 33041 Bordeaux Cedex

Banque Garonne Océan, société anonyme coopérative de banque à capital variable, RCS Bordeaux 755 501 590. \
Intermédiaire en assurance immatriculé à l'ORIAS sous le n° 07 023 116.
""",
        quote=(
            "outlook_fr",
            (2026, 6, 3, 9, 10),
            "Succession de M. Roger Guérin",
            "Madame, Monsieur,\n\nNous accompagnons les héritiers de M. Roger Guérin. Pourriez-vous nous indiquer "
            "la procédure de déblocage des comptes ?",
        ),
        f=dict(
            name="DUPRAT Sylvie",
            title="Chargée de successions",
            company="Banque Garonne Océan",
            address="BP 40075, 33041 Bordeaux Cedex",
        ),
        ph=[("+33 5 36 49 90 12", "landline"), ("+33 5 36 49 90 99", "fax")],
    ),
    dict(
        id="h015",
        lang="fr",
        kind="public-assoc",
        client="outlook",
        layout="block",
        sreg="FR",
        user="sd",
        sender=("NAUDIN Valérie", "etat-civil@castelnau-sur-jalle.example"),
        new="""\
Monsieur,

Le service de l'état civil de la commune vous a bien adressé l'acte de décès en trois exemplaires le 4 mai. Si vous \
ne l'avez pas reçu, merci de nous le signaler.

Cordialement,

§Valérie NAUDIN
§Agent d'état civil
§Service Population – État civil – Élections
§Direction des Services à la Population
§Mairie de Castelnau-sur-Jalle
§Place de la Mairie – CS 20085 – 33614 Castelnau-sur-Jalle Cedex
§Tél. 05 36 49 17 33
§Accueil : 05 36 49 17 00
Horaires d'ouverture : lundi au vendredi 8 h 30 – 17 h ; samedi 9 h – 12 h (permanence état civil)
""",
        quote=(
            "outlook_fr",
            (2026, 5, 11, 8, 32),
            "Demande d'actes de décès",
            "Madame, Monsieur,\n\nPourriez-vous nous confirmer l'envoi des trois copies de l'acte de décès de "
            "M. André Castets demandées le 28 avril ?",
        ),
        f=dict(
            name="Valérie NAUDIN",
            title="Agent d'état civil",
            company="Mairie de Castelnau-sur-Jalle",
            address="Place de la Mairie, CS 20085, 33614 Castelnau-sur-Jalle Cedex",
        ),
        ph=[("05 36 49 17 33", "landline"), ("05 36 49 17 00", "landline")],
    ),
    dict(
        id="h016",
        lang="fr",
        kind="public-assoc",
        client="gmail",
        layout="dash-dash",
        sreg="FR",
        user="ma",
        sender=("Jacqueline Morin-Lestage", "j.morin-lestage@laposte.example"),
        new="""\
Bonjour Monsieur Aubertin,

Le bureau a validé le placement de la trésorerie de l'association sur le contrat de capitalisation. Je vous envoie \
le PV de l'AG signé.

Bien cordialement
--\x20
§Jacqueline Morin-Lestage
§Trésorière
§Association Patrimoine et Mémoire des Chartrons
§Maison des associations, 14 rue de la Rousselle – 33000 Bordeaux
§06 45 70 28 13
""",
        quote=(
            "gmail_fr",
            (2026, 3, 23, 14, 0),
            "Placement de la trésorerie de l'association",
            "Madame,\n\nComme convenu, je vous adresse la proposition de contrat de capitalisation pour la "
            "trésorerie de l'association.",
        ),
        f=dict(
            name="Jacqueline Morin-Lestage",
            title="Trésorière",
            company="Association Patrimoine et Mémoire des Chartrons",
            address="Maison des associations, 14 rue de la Rousselle, 33000 Bordeaux",
        ),
        ph=[("06 45 70 28 13", "mobile")],
    ),
    dict(
        id="h017",
        lang="fr",
        kind="retiree",
        client="webmail",
        layout="none",
        sreg="FR",
        user="jm",
        sender=("jean.lafargue", "jean.lafargue@orange.example"),
        new="""\
Bonjour Monsieur Marchetti,
C'est d'accord pour le rachat partiel de 15 000 €, je vous renvoie le bulletin signé par la poste demain.
Merci et bonne journée.
""",
        quote=(
            "orange_fr",
            (2026, 4, 28, 11, 5),
            "Rachat partiel",
            "Bonjour Monsieur Lafargue,\n\nJe vous confirme qu'un rachat partiel de 15 000 € est possible sur votre "
            "contrat sans fiscalité, grâce à l'abattement. Souhaitez-vous que je prépare le bulletin ?",
        ),
        f={},
    ),
    dict(
        id="h018",
        lang="fr",
        kind="retiree",
        client="webmail",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("Jean-Paul Mercier", "jp.mercier@free.example"),
        new="""\
Bonjour Madame Carbonnel,

Ma femme et moi serons présents le 14. Pouvez-vous nous rappeler quels documents apporter pour le renouvellement \
du mandat ?

Salutations,
§Jean-Paul Mercier
§09 52 41 73 06
""",
        quote=(
            "zimbra_fr",
            (2026, 10, 1, 16, 48),
            "Rendez-vous annuel",
            "Bonjour Monsieur Mercier,\n\nJe vous propose notre rendez-vous annuel le mercredi 14 octobre à 10 h "
            "à l'agence.",
        ),
        f=dict(name="Jean-Paul Mercier"),
        ph=[("09 52 41 73 06", "landline")],
    ),
    dict(
        id="h019",
        lang="fr",
        kind="retiree",
        client="iphone",
        layout="closing-name",
        sreg="FR",
        user="jm",
        sender=("Monique Lestrade", "monique.lestrade@laposte.example"),
        new="""\
Merci pour ces explications très claires, je vous rappelle la semaine prochaine.
§Bien à vous, Monique Lestrade

Envoyé de mon iPhone
""",
        quote=(
            "iphone_fr",
            (2026, 7, 7, 9, 26),
            "Fiscalité de la rente viagère",
            "Chère Madame,\n\nComme promis, voici en quelques lignes le traitement fiscal de la rente viagère issue "
            "de la vente de votre appartement.",
        ),
        f=dict(name="Monique Lestrade"),
    ),
    dict(
        id="h020",
        lang="fr",
        kind="notary",
        client="outlook",
        layout="team",
        sreg="FR",
        user="tl",
        sender=("Secrétariat Maître Kerjean", "notaire.kerjean@notaires-kerjean.example"),
        new="""\
Bonjour Monsieur Le Bihan,

Maître Kerjean est en rendez-vous extérieur toute la journée. Elle vous rappellera demain matin au sujet de \
l'évaluation des parts de la SCI.

Très cordialement,

§Le secrétariat de Maître Gwenaëlle KERJEAN
§Notaire à Saint-Nazaire
§Étude KERJEAN – 31 avenue de la République – 44600 Saint-Nazaire
§Tél. 02 61 91 35 60
§notaire.kerjean@notaires-kerjean.example
""",
        quote=(
            "outlook_fr",
            (2026, 9, 15, 13, 51),
            "Évaluation des parts de la SCI du Port",
            "Maître,\n\nPourrions-nous échanger sur l'évaluation des parts de la SCI du Port avant la donation ? "
            "Je suis joignable au 02 61 91 40 27.",
        ),
        f=dict(
            company="Étude KERJEAN",
            email="notaire.kerjean@notaires-kerjean.example",
            address="31 avenue de la République, 44600 Saint-Nazaire",
        ),
        ph=[("02 61 91 35 60", "landline")],
    ),
    dict(
        id="h021",
        lang="fr",
        kind="lawyer",
        client="outlook",
        layout="two-people",
        sreg="FR",
        user="hc",
        sender=("Olivier Bruneau", "o.bruneau@bc-avocats.example"),
        new="""\
Madame,

Nous vous confirmons notre accord sur le calendrier proposé pour la cession. Vous trouverez en pièce jointe la \
lettre de mission signée.

Bien cordialement,

§Olivier BRUNEAU
§Avocat associé

§Léa CHAUVIN
§Avocate collaboratrice

§BRUNEAU CHAUVIN AVOCATS
§Avocats au Barreau de Nantes
§3 rue Lafayette, 44000 Nantes
§Tél. 02 61 91 84 00
§o.bruneau@bc-avocats.example | l.chauvin@bc-avocats.example
""",
        quote=(
            "outlook_fr",
            (2026, 2, 24, 17, 3),
            "Cession Nautic Ouest – calendrier",
            "Maîtres,\n\nVoici le calendrier que nous proposons pour la cession de la société de M. Roussel-Lemoine, "
            "avec un apport préalable à la holding.",
        ),
        f=dict(
            name="Olivier BRUNEAU",
            title="Avocat associé",
            company="BRUNEAU CHAUVIN AVOCATS",
            email="o.bruneau@bc-avocats.example",
            address="3 rue Lafayette, 44000 Nantes",
        ),
        ph=[("02 61 91 84 00", "landline")],
    ),
    dict(
        id="h022",
        lang="fr",
        kind="accountant",
        client="gmail",
        layout="oneline",
        sreg="FR",
        user="jm",
        sender=("Franck Labat", "franck.labat@labat-associes.example"),
        new="""\
Bonjour Julien,

Je te confirme que le rapport du commissaire aux apports sera prêt pour le 30. On se cale un point avec le client \
la semaine prochaine ?

A+

§Franck Labat, expert-comptable, commissaire aux comptes – Cabinet Labat & Associés
§Immeuble Le Cristal
§2 avenue Neil Armstrong
§33700 Mérignac
§05-36-49-26-41 / 06-12-74-90-33
""",
        quote=(
            "gmail_fr",
            (2026, 11, 2, 19, 20),
            "Apport des titres à la holding",
            "Salut Franck,\n\nLe client a validé l'apport de ses titres à la holding. Le rapport du commissaire "
            "aux apports peut-il être prêt fin novembre ?",
        ),
        f=dict(
            name="Franck Labat",
            title="expert-comptable, commissaire aux comptes",
            company="Cabinet Labat & Associés",
            address="Immeuble Le Cristal, 2 avenue Neil Armstrong, 33700 Mérignac",
        ),
        ph=[("05-36-49-26-41", "landline"), ("06-12-74-90-33", "mobile")],
    ),
    dict(
        id="h023",
        lang="fr",
        kind="farm",
        client="outlook",
        layout="firm-first",
        sreg="FR",
        user="tl",
        sender=("GAEC DU BOURG NEUF", "gaec.bourgneuf@orange.example"),
        new="""\
Bonjour,

Je vous envoie la copie de l'acte de vente de la parcelle. Le chèque du fermier a été encaissé le 2.

§GAEC DU BOURG NEUF
§LEBRETON Dominique, associé
§Le Bourg
§49270 Champtoceaux
§Tél 02 61 91 09 84 - Port 07 86 12 44 19
""",
        quote=(
            "outlook_fr",
            (2026, 7, 3, 8, 14),
            "Vente de la parcelle ZB 17",
            "Monsieur Lebreton,\n\nPour mettre à jour votre bilan patrimonial, pourriez-vous m'adresser une copie "
            "de l'acte de vente de la parcelle ZB 17 ?",
        ),
        f=dict(
            name="LEBRETON Dominique",
            title="associé",
            company="GAEC DU BOURG NEUF",
            address="Le Bourg, 49270 Champtoceaux",
        ),
        ph=[("02 61 91 09 84", "landline"), ("07 86 12 44 19", "mobile")],
    ),
    dict(
        id="h024",
        lang="fr",
        kind="farm",
        client="gmail",
        layout="dash-dash",
        sreg="FR",
        user="hc",
        sender=("Arnaud Fonteneau", "arnaud@domaine-fonteneau.example"),
        new="""\
Hélène,

Ok pour mardi 18 h au domaine. Je préviens mon frère.

Amitiés,
§Arnaud

--\x20
§Arnaud FONTENEAU
§Vigneron – Domaine Fonteneau Père & Fils
§AOC Muscadet Sèvre et Maine
§Lieu-dit La Ramée, 44690 La Haie-Fouassière
§06 80 55 17 32
§www.domaine-fonteneau.example
Suivez-nous sur Instagram : @domainefonteneau
""",
        quote=(
            "gmail_fr",
            (2026, 5, 19, 10, 2),
            "Rendez-vous au domaine",
            "Bonjour Arnaud,\n\nJe peux passer au domaine mardi en fin de journée pour parler de la transmission "
            "avec vous et votre frère.",
        ),
        f=dict(
            name="Arnaud FONTENEAU",
            title="Vigneron",
            company="Domaine Fonteneau Père & Fils",
            website="www.domaine-fonteneau.example",
            address="Lieu-dit La Ramée, 44690 La Haie-Fouassière",
        ),
        ph=[("06 80 55 17 32", "mobile")],
    ),
    dict(
        id="h025",
        lang="fr",
        kind="insurer-bank",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Stéphane Dorgeval", "s.dorgeval@dorgeval-assurances.example"),
        new="""\
Bonjour Monsieur Marchetti,

Je vous joins l'avenant de la multirisque pour le local professionnel de votre client M. Arrieta. La garantie perte \
d'exploitation est bien incluse.

Cordialement,

§Stéphane DORGEVAL
§Agent général d'assurances
§Cabinet Dorgeval Assurances
§17 cours de la Marne – 33800 Bordeaux
§Tél : 0033 5 36 49 51 14
§Mobile : 0033 6 71 20 83 56
N° ORIAS 07 012 345
Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.
""",
        quote=(
            "outlook_fr",
            (2026, 4, 2, 16, 22),
            "Multirisque local Arrieta",
            "Monsieur,\n\nPourriez-vous confirmer que la garantie perte d'exploitation est incluse dans le contrat "
            "multirisque de M. Arrieta ?",
        ),
        f=dict(
            name="Stéphane DORGEVAL",
            title="Agent général d'assurances",
            company="Cabinet Dorgeval Assurances",
            address="17 cours de la Marne, 33800 Bordeaux",
        ),
        ph=[("0033 5 36 49 51 14", "landline"), ("0033 6 71 20 83 56", "mobile")],
    ),
    dict(
        id="h026",
        lang="fr",
        kind="public-assoc",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("LE GOFF Karine", "karine.legoff@loire-atlantique.example"),
        new="""\
Madame,

Le dossier d'aide sociale de Mme Ginette Roux est complet. La commission se réunira le 23 juin ; la décision sera \
notifiée à la famille et à l'établissement.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

§Karine LE GOFF
§Instructrice Aide sociale à l'hébergement
§Service Aide sociale – Pôle Prestations
§Direction de l'Autonomie
§Direction générale adjointe Solidarités
§Département de Loire-Atlantique
§12 boulevard Gaston Serpette – CS 94120 – 44041 Nantes Cedex 1
§Tél. 02 61 91 70 00, poste 4512
§karine.legoff@loire-atlantique.example
""",
        quote=(
            "outlook_fr",
            (2026, 6, 8, 9, 37),
            "Aide sociale à l'hébergement – Mme Ginette Roux",
            "Madame,\n\nJ'accompagne la famille de Mme Ginette Roux. Pourriez-vous me dire si son dossier d'aide "
            "sociale est complet ?",
        ),
        f=dict(
            name="Karine LE GOFF",
            title="Instructrice Aide sociale à l'hébergement",
            company="Département de Loire-Atlantique",
            email="karine.legoff@loire-atlantique.example",
            address="12 boulevard Gaston Serpette, CS 94120, 44041 Nantes Cedex 1",
        ),
        ph=[("02 61 91 70 00", "landline")],
    ),
    dict(
        id="h027",
        lang="fr",
        kind="retiree",
        client="thunderbird",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Gérard PRADEL", "gerard.pradel@sfr.example"),
        new="""\
Bonjour Monsieur Marchetti,

Voici mon avis d'imposition 2026 (revenus 2025) comme demandé. Je n'ai pas de scanner, ce sont des photos, \
j'espère que ce sera lisible.

Bien cordialement

§Gérard PRADEL
§7, impasse des Mésanges
§33160 Saint-Médard-en-Jalles
§Tél. 05.36.49.14.62 – Port. 06.12.88.45.03
""",
        quote=(
            "thunderbird_fr",
            (2026, 9, 1, 15, 9),
            "Avis d'imposition",
            "Bonjour Monsieur Pradel,\n\nPour préparer notre rendez-vous, pourriez-vous m'envoyer votre dernier "
            "avis d'imposition ?",
        ),
        f=dict(name="Gérard PRADEL", address="7, impasse des Mésanges, 33160 Saint-Médard-en-Jalles"),
        ph=[("05.36.49.14.62", "landline"), ("06.12.88.45.03", "mobile")],
    ),
    dict(
        id="h028",
        lang="fr",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="MC",
        user="ma",
        sender=("Laetitia Giordano", "l.giordano@rocher-monaco.example"),
        new="""\
Cher Monsieur Aubertin,

Nous accusons bonne réception des documents KYC de M. et Mme Darrigrand. Le compte sera ouvert dès réception de la \
copie certifiée du passeport.

Bien à vous,

§Laetitia GIORDANO
§Private Banker – Clientèle France
§Banque Rocher & Cie (Monaco) S.A.M.
§Le Saint-André, 20 boulevard de Suisse
§MC 98000 Monaco
§T. +377 97 97 42 18 | M. +377 6 40 81 27 53
§l.giordano@rocher-monaco.example

Banque Rocher & Cie (Monaco) S.A.M. – Établissement de crédit agréé en Principauté de Monaco. Ce courriel et ses \
pièces jointes sont confidentiels.
""",
        quote=(
            "outlook_fr",
            (2026, 10, 20, 11, 31),
            "Ouverture de compte – M. et Mme Darrigrand",
            "Madame,\n\nVous trouverez ci-joint les documents KYC de M. et Mme Darrigrand pour l'ouverture de leur "
            "compte.",
        ),
        f=dict(
            name="Laetitia GIORDANO",
            title="Private Banker – Clientèle France",
            company="Banque Rocher & Cie (Monaco) S.A.M.",
            email="l.giordano@rocher-monaco.example",
            address="Le Saint-André, 20 boulevard de Suisse, MC 98000 Monaco",
        ),
        ph=[("+377 97 97 42 18", "landline"), ("+377 6 40 81 27 53", "mobile")],
    ),
    dict(
        id="h029",
        lang="fr",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="BE",
        user="ma",
        sender=("Pierre-Yves Delvaux", "py.delvaux@delvaux-mertens.example"),
        new="""\
Monsieur,

Comme convenu, je vous adresse l'état liquidatif de la succession de feu M. Vanderlinden, dont votre cliente est \
légataire. Le montant des droits belges figure en page 4.

Veuillez agréer, Monsieur, l'expression de mes sentiments distingués.

§Maître Pierre-Yves DELVAUX
§Notaire associé
§Delvaux & Mertens SRL
§Notaires associés
§Avenue Louise 287, bte 12
§B-1050 Bruxelles
§Tél. +32 (0)2 555 14 20 – Fax +32 (0)2 555 14 29
BCE 0712.345.678
""",
        quote=(
            "outlook_fr",
            (2026, 3, 5, 14, 18),
            "Succession Vanderlinden",
            "Maître,\n\nMa cliente, Mme Hélène Roques, est légataire de M. Vanderlinden. Pourriez-vous me transmettre "
            "l'état liquidatif ?",
        ),
        f=dict(
            name="Pierre-Yves DELVAUX",
            title="Notaire associé",
            company="Delvaux & Mertens SRL",
            address="Avenue Louise 287, bte 12, B-1050 Bruxelles",
        ),
        ph=[("+32 (0)2 555 14 20", "landline"), ("+32 (0)2 555 14 29", "fax")],
    ),
    dict(
        id="h030",
        lang="fr",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="CH",
        user="hc",
        sender=("Sébastien Rochat", "s.rochat@fiduciaire-rochat.example"),
        new="""\
Bonjour Madame Carbonnel,

Nous avons reçu l'attestation de résidence fiscale de M. Favre. La déclaration genevoise 2025 sera déposée avant la \
fin du mois.

Meilleures salutations

§Sébastien Rochat
§Associé, expert fiscal diplômé
§Fiduciaire Rochat & Dufour SA
§Rue du Rhône 48
§Case postale 3127
§1211 Genève 3
§Suisse
§Tél. +41 22 555 41 90
§Mobile 078 641 22 15
""",
        quote=(
            "outlook_fr",
            (2026, 3, 16, 10, 50),
            "Attestation de résidence fiscale – M. Favre",
            "Monsieur,\n\nVoici l'attestation de résidence fiscale française de M. Favre, pour sa déclaration "
            "genevoise.",
        ),
        f=dict(
            name="Sébastien Rochat",
            title="Associé, expert fiscal diplômé",
            company="Fiduciaire Rochat & Dufour SA",
            address="Rue du Rhône 48, Case postale 3127, 1211 Genève 3, Suisse",
        ),
        ph=[("+41 22 555 41 90", "landline"), ("078 641 22 15", "mobile")],
        ambiguous={"078 641 22 15": "CH"},
    ),
]
