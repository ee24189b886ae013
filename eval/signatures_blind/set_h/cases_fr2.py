"""Set H, French replies h031–h060. A line of `new` that starts with § is a signature line (the mark is removed)."""

CASES = [
    dict(
        id="h031",
        lang="fr",
        kind="notary",
        client="outlook",
        layout="caps",
        sreg="FR",
        user="jm",
        sender=("DUCOURNAU Jean-Marc", "jm.ducournau@notaires-bazadais.example"),
        new="""\
Monsieur,

Je vous informe que l'acte de vente de la maison de Mme Veuve Larrieu est signé. Les fonds (412 000 €) seront virés \
sur le compte de votre cliente sous huitaine, déduction faite de l'impôt sur la plus-value.

Salutations distinguées.

§DUCOURNAU Jean-Marc, Notaire
§OFFICE NOTARIAL DU BAZADAIS
§1 PLACE DE LA CATHÉDRALE – 33430 BAZAS
§BUREAU ANNEXE : 4 RUE DU MARCHÉ – 33210 LANGON
§TÉL. 05 36 49 73 20
§FAX 05 36 49 73 21
""",
        quote=(
            "outlook_fr",
            (2026, 6, 22, 15, 2),
            "Vente Larrieu – remploi des fonds",
            "Maître,\n\nMme Larrieu souhaite placer le produit de la vente dès sa réception. Pourriez-vous "
            "m'indiquer la date prévue du virement ?",
        ),
        f=dict(
            name="DUCOURNAU Jean-Marc",
            title="Notaire",
            company="OFFICE NOTARIAL DU BAZADAIS",
            address="1 PLACE DE LA CATHÉDRALE, 33430 BAZAS",
        ),
        ph=[("05 36 49 73 20", "landline"), ("05 36 49 73 21", "fax")],
    ),
    dict(
        id="h032",
        lang="fr",
        kind="accountant",
        client="outlook",
        layout="assistant",
        sreg="FR",
        user="tl",
        sender=("Élodie Marchand", "e.marchand@gouin-expertise.example"),
        new="""\
Bonjour Monsieur Le Bihan,

M. Gouin étant en congés jusqu'au 24, je vous adresse à sa demande les bilans 2023 à 2025 de la SAS Hervouet \
Transports.

Bonne réception,

§Élodie MARCHAND
§Assistante de Patrick GOUIN, expert-comptable
§CABINET GOUIN EXPERTISE
§Parc de la Chantrerie – 7 rue de la Géraudière – 44300 Nantes
§Tél. 02 61 91 45 80
""",
        quote=(
            "outlook_fr",
            (2026, 8, 12, 9, 5),
            "Bilans SAS Hervouet Transports",
            "Monsieur,\n\nPour préparer la cession de la SAS Hervouet Transports, pourriez-vous m'adresser les "
            "trois derniers bilans ?",
        ),
        f=dict(
            name="Élodie MARCHAND",
            title="Assistante",
            company="CABINET GOUIN EXPERTISE",
            address="Parc de la Chantrerie, 7 rue de la Géraudière, 44300 Nantes",
        ),
        ph=[("02 61 91 45 80", "landline")],
    ),
    dict(
        id="h033",
        lang="fr",
        kind="health",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("LAMBERT Hugues", "h.lambert@hp-chartrons.example"),
        new="""\
Bonjour Julien,

J'ai lu votre proposition pour l'investissement en SCPI. Je préfère en discuter de vive voix : je suis de garde ce \
week-end mais libre lundi à partir de 18 h.

Cordialement,

§Pr Hugues LAMBERT
§Chirurgien orthopédiste – Chef de service
§Pôle Locomoteur
§Hôpital privé des Chartrons
§Secrétariat : 05 36 49 66 02 – Fax : 05 36 49 66 09
§Portable (urgences) : 06 80 41 73 26
""",
        quote=(
            "outlook_fr",
            (2026, 10, 8, 12, 40),
            "Proposition SCPI",
            "Bonjour Professeur,\n\nVous trouverez ci-joint notre proposition d'investissement en SCPI de "
            "rendement, en démembrement temporaire.",
        ),
        f=dict(
            name="Hugues LAMBERT",
            title="Chirurgien orthopédiste – Chef de service",
            company="Hôpital privé des Chartrons",
        ),
        ph=[("05 36 49 66 02", "landline"), ("05 36 49 66 09", "fax"), ("06 80 41 73 26", "mobile")],
    ),
    dict(
        id="h034",
        lang="fr",
        kind="health",
        client="android",
        layout="mobile",
        sreg="FR",
        user="hc",
        sender=("Nathalie Guiheneuf", "n.guiheneuf.ide@orange.example"),
        new="""\
Bonjour Madame,
Je vous confirme que je passerai chez Mme Bertin lundi à 8 h, vous pourrez l'appeler ensuite pour la signature de \
l'avenant.
Cordialement
§Nathalie GUIHENEUF
§Infirmière diplômée d'État – Soins à domicile
§06 71 58 92 40

Envoyé depuis Outlook pour Android
""",
        quote=(
            "android_fr",
            (2026, 11, 13, 18, 6),
            "Mme Bertin – signature",
            "Madame,\n\nMme Bertin m'a dit que vous passiez chez elle le lundi matin. Pourrais-je l'appeler juste "
            "après votre passage pour la signature électronique de l'avenant ?",
        ),
        f=dict(name="Nathalie GUIHENEUF", title="Infirmière diplômée d'État – Soins à domicile"),
        ph=[("06 71 58 92 40", "mobile")],
    ),
    dict(
        id="h035",
        lang="fr",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="team",
        sreg="LU",
        user="ma",
        sender=("Belair Vie – Partenaires France", "partenaires.fr@belair-vie.example"),
        new="""\
Monsieur Aubertin,

Veuillez trouver ci-joint la valorisation au 30 juin du contrat luxembourgeois de M. et Mme Ithurbide. Le rachat \
partiel demandé a été exécuté le 2 juillet.

Avec nos meilleures salutations,

§Service Relations Partenaires France
§Belair Vie Luxembourg S.A.
§2, rue Edward Steichen
§L-2540 Luxembourg
§Tél. : (+352) 26 47 31 80
§partenaires.fr@belair-vie.example
""",
        quote=(
            "outlook_fr",
            (2026, 7, 1, 17, 25),
            "Contrat Ithurbide – rachat partiel",
            "Madame, Monsieur,\n\nPourriez-vous nous confirmer l'exécution du rachat partiel demandé le 24 juin "
            "sur le contrat de M. et Mme Ithurbide ?",
        ),
        f=dict(
            company="Belair Vie Luxembourg S.A.",
            email="partenaires.fr@belair-vie.example",
            address="2, rue Edward Steichen, L-2540 Luxembourg",
        ),
        ph=[("(+352) 26 47 31 80", "landline")],
        exc=["2540"],
    ),
    dict(
        id="h036",
        lang="fr",
        kind="farm",
        client="gmail",
        layout="two-people",
        sreg="FR",
        user="jm",
        sender=("Château Lamothe-Larralde", "chateau@lamothe-larralde.example"),
        new="""\
Bonjour Monsieur Marchetti,

Nous sommes d'accord sur le principe de la donation des parts de la SCEA à Thibault, avec réserve d'usufruit. Merci \
de prévoir le rendez-vous chez Maître Ducasse.

Bien cordialement,

§Françoise de Larralde, gérante
§Thibault de Larralde, directeur technique
§Château Lamothe-Larralde – AOC Côtes de Bourg
§Lieu-dit Lamothe, 33710 Bourg
§05 36 49 84 50
§chateau@lamothe-larralde.example
""",
        quote=(
            "gmail_fr",
            (2026, 2, 10, 16, 11),
            "Donation des parts de la SCEA",
            "Madame,\n\nSuite à notre réunion, voici le schéma de donation des parts de la SCEA à Thibault avec "
            "réserve d'usufruit.",
        ),
        f=dict(
            name="Françoise de Larralde",
            title="gérante",
            company="Château Lamothe-Larralde",
            email="chateau@lamothe-larralde.example",
            address="Lieu-dit Lamothe, 33710 Bourg",
        ),
        ph=[("05 36 49 84 50", "landline")],
    ),
    dict(
        id="h037",
        lang="fr",
        kind="craft-shop",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("Atelier Jousseaume", "contact@atelier-jousseaume.example"),
        new="""\
Bonjour,

Je vous envoie en pièce jointe la facture acquittée pour le dossier de votre client (travaux sur le mobilier classé \
du manoir).

Cordialement,

§Mickaël JOUSSEAUME
§Ébéniste – Restauration de mobilier ancien
§Atelier Jousseaume SARL
§SIRET 823 417 560 00014
§3 rue des Tanneurs, 44190 Clisson
§06.84.52.13.07
§www.atelier-jousseaume.example
""",
        quote=(
            "outlook_fr",
            (2026, 9, 22, 11, 58),
            "Facture restauration – manoir de la Sèvre",
            "Monsieur,\n\nPour le dossier fiscal de notre client, nous aurions besoin de votre facture acquittée "
            "pour la restauration du mobilier.",
        ),
        f=dict(
            name="Mickaël JOUSSEAUME",
            title="Ébéniste – Restauration de mobilier ancien",
            company="Atelier Jousseaume SARL",
            website="www.atelier-jousseaume.example",
            address="3 rue des Tanneurs, 44190 Clisson",
        ),
        ph=[("06.84.52.13.07", "mobile")],
        allow=["SIRET 823 417 560 00014"],
    ),
    dict(
        id="h038",
        lang="fr",
        kind="craft-shop",
        client="iphone",
        layout="block",
        sreg="FR",
        user="tl",
        sender=("Isabelle Toublanc", "fromagerie.halles@orange.example"),
        new="""\
Bonjour Monsieur Le Bihan,

Le compromis de cession du fonds est signé, le prix définitif est de 185 000 €. Je voudrais qu'on voie ensemble où \
placer cette somme avant l'été.

Merci d'avance

§Isabelle Toublanc
§Gérante de la SARL Fromagerie des Halles
§Marché de Talensac, 44000 Nantes
§02 61 91 38 27 (boutique) – 06 80 62 74 15
Ouvert du mardi au dimanche de 7 h à 13 h 30
""",
        quote=(
            "iphone_fr",
            (2026, 4, 20, 14, 47),
            "Cession du fonds",
            "Bonjour Madame Toublanc,\n\nAvez-vous des nouvelles de la cession de votre fonds de commerce ? "
            "Nous pourrons réfléchir au placement du prix dès la signature.",
        ),
        f=dict(
            name="Isabelle Toublanc",
            title="Gérante",
            company="SARL Fromagerie des Halles",
            address="Marché de Talensac, 44000 Nantes",
        ),
        ph=[("02 61 91 38 27", "landline"), ("06 80 62 74 15", "mobile")],
    ),
    dict(
        id="h039",
        lang="fr",
        kind="insurer-bank",
        client="outlook",
        layout="team",
        sreg="FR",
        user="sd",
        sender=("BPE Titres", "titres.partenaires@banque-privee-estuaire.example"),
        new="""\
Bonjour,

Votre demande de transfert du PEA de Mme Jeanne Lacombe (PEA n° 30004 01234 00012345678) a bien été enregistrée. \
Le transfert sera effectif sous 3 semaines.

Cordialement,

§SERVICE TITRES ET TRANSFERTS – BACK-OFFICE PARTENAIRES
§BANQUE PRIVÉE DE L'ESTUAIRE
§BP 70231 – 44002 NANTES CEDEX 1
§Fax : 02 61 91 96 44
Service clients : 3230 (service gratuit + prix appel)
Banque Privée de l'Estuaire – SA au capital de 18 000 000 € – RCS Nantes 312 456 789 – ORIAS 07 004 433. Ce \
message est confidentiel ; s'il ne vous est pas destiné, merci de le supprimer et d'en informer l'expéditeur.
""",
        quote=(
            "outlook_fr",
            (2026, 1, 13, 10, 15),
            "Transfert PEA – Mme Jeanne Lacombe",
            "Madame, Monsieur,\n\nVeuillez trouver ci-joint la demande de transfert du PEA de Mme Jeanne Lacombe "
            "vers notre établissement partenaire.",
        ),
        f=dict(company="BANQUE PRIVÉE DE L'ESTUAIRE", address="BP 70231, 44002 NANTES CEDEX 1"),
        ph=[("02 61 91 96 44", "fax")],
    ),
    dict(
        id="h040",
        lang="fr",
        kind="retiree",
        client="iphone",
        layout="first-name",
        sreg="FR",
        user="hc",
        sender=("Colette Fleury", "colette.fleury@orange.example"),
        new="""\
Merci Hélène pour votre message. Je passerai déposer les papiers vendredi.
Bonne soirée
§Colette

Envoyé de mon iPad
""",
        quote=(
            "iphone_fr",
            (2026, 5, 6, 17, 30),
            "Papiers pour la succession",
            "Bonjour Colette,\n\nPour la déclaration de succession, il me manque encore le relevé du livret A de "
            "votre mari et la facture des obsèques.",
        ),
        f=dict(name="Colette"),
    ),
    dict(
        id="h041",
        lang="fr",
        kind="retiree",
        client="webmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Bernard Castaing", "bernard.castaing@free.example"),
        new="""\
Monsieur,

Suite à notre entretien, je vous confirme ma décision de ne pas donner suite à la proposition d'investissement en \
Girardin. En vous remerciant de votre compréhension, je vous prie de croire, Monsieur, à mes sentiments les meilleurs.

§Bernard Castaing
§12 chemin de Peyrelongue – 33360 Camblanes-et-Meynac
§05 36 49 38 71
""",
        quote=(
            "zimbra_fr",
            (2026, 10, 26, 9, 0),
            "Proposition Girardin industriel",
            "Monsieur,\n\nComme convenu, je vous adresse la proposition d'investissement en Girardin industriel, "
            "à nous retourner avant le 15 novembre.",
        ),
        f=dict(name="Bernard Castaing", address="12 chemin de Peyrelongue, 33360 Camblanes-et-Meynac"),
        ph=[("05 36 49 38 71", "landline")],
    ),
    dict(
        id="h042",
        lang="fr",
        kind="insurer-bank",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("VIGNAUD Aurélie", "aurelie.vignaud@prevoyance-oceane.example"),
        new="""\
Bonjour Monsieur Marchetti,

Le dossier de souscription Prévoyance Madelin de M. Thomas Arrieta est incomplet : il manque le questionnaire \
médical et le relevé d'identité bancaire. Merci de nous les faire parvenir via l'extranet partenaires.

Bien cordialement,

§Aurélie VIGNAUD
§Chargée de relations partenaires – Région Sud-Ouest
§Direction Commerciale Courtage
§GROUPE PRÉVOYANCE OCÉANE
§Immeuble Le Méridien – 45 rue Lucien Faure – 33300 Bordeaux
§Ligne directe : +33 5 36 49 92 31
§Standard : +33 5 36 49 92 00
§Mobile : +33 7 81 44 20 57
§aurelie.vignaud@prevoyance-oceane.example
§www.prevoyance-oceane.example
Groupe Prévoyance Océane – Institution de prévoyance régie par le Code de la Sécurité sociale – Siège social : \
45 rue Lucien Faure, 33300 Bordeaux.
Pensez à l'environnement avant d'imprimer ce message.
""",
        quote=(
            "outlook_old_fr",
            (2026, 3, 17, 8, 49),
            "Souscription Prévoyance Madelin – M. Arrieta",
            "Madame,\n\nVeuillez trouver ci-joint le dossier de souscription de M. Thomas Arrieta.",
        ),
        f=dict(
            name="Aurélie VIGNAUD",
            title="Chargée de relations partenaires – Région Sud-Ouest",
            company="GROUPE PRÉVOYANCE OCÉANE",
            email="aurelie.vignaud@prevoyance-oceane.example",
            website="www.prevoyance-oceane.example",
            address="Immeuble Le Méridien, 45 rue Lucien Faure, 33300 Bordeaux",
        ),
        ph=[("+33 5 36 49 92 31", "landline"), ("+33 5 36 49 92 00", "landline"), ("+33 7 81 44 20 57", "mobile")],
    ),
    dict(
        id="h043",
        lang="fr",
        kind="lawyer",
        client="outlook",
        layout="oneline",
        sreg="FR",
        user="jm",
        sender=("Claire Maupas", "c.maupas@maupas-lestrade.example"),
        new="""\
Cher Julien,

Voici mes observations sur le projet de statuts de la holding : l'agrément des cessions aux tiers doit couvrir les \
transmissions aux héritiers. Je vous propose d'en parler jeudi.

Amitiés

§Claire Maupas | Avocate associée | Maupas Lestrade Avocats
§14 rue Esprit des Lois | 33000 Bordeaux | Toque n° 487
§T +33 5 36 49 46 60 | M +33 6 45 13 92 78
§linkedin.com/in/claire-maupas-avocate
""",
        quote=(
            "outlook_fr",
            (2026, 11, 17, 18, 12),
            "Statuts de la holding familiale",
            "Chère Claire,\n\nPourrais-tu relire le projet de statuts de la holding familiale des Arrieta, "
            "en particulier la clause d'agrément ?",
        ),
        f=dict(
            name="Claire Maupas",
            title="Avocate associée",
            company="Maupas Lestrade Avocats",
            linkedin="linkedin.com/in/claire-maupas-avocate",
            address="14 rue Esprit des Lois, 33000 Bordeaux",
        ),
        ph=[("+33 5 36 49 46 60", "landline"), ("+33 6 45 13 92 78", "mobile")],
    ),
    dict(
        id="h044",
        lang="fr",
        kind="accountant",
        client="outlook",
        layout="multi-office",
        sreg="FR",
        user="hc",
        sender=("Anne-Sophie Guillou", "as.guillou@kerneve-expertise.example"),
        new="""\
Bonjour,

Je vous confirme que la déclaration IFI de M. et Mme Le Floch a été télétransmise hier. L'accusé de réception est \
joint.

Cordialement,

§Anne-Sophie GUILLOU
§Collaboratrice comptable
§Service Fiscalité des particuliers
§KERNÉVÉ EXPERTISE & CONSEIL
§Nantes : 10 rue de la Fosse, 44000 Nantes – Tél. 02 61 91 12 30
§Vannes : 4 place Gambetta, 56000 Vannes – Tél. 02 61 91 12 50
§Ancenis : 22 rue du Château, 44150 Ancenis – Tél. 02 61 91 12 70
""",
        quote=(
            "outlook_fr",
            (2026, 6, 10, 14, 4),
            "IFI 2026 – M. et Mme Le Floch",
            "Madame,\n\nPouvez-vous me confirmer le dépôt de la déclaration IFI de M. et Mme Le Floch ?",
        ),
        f=dict(
            name="Anne-Sophie GUILLOU",
            title="Collaboratrice comptable",
            company="KERNÉVÉ EXPERTISE & CONSEIL",
            address="10 rue de la Fosse, 44000 Nantes",
        ),
        ph=[("02 61 91 12 30", "landline"), ("02 61 91 12 50", "landline"), ("02 61 91 12 70", "landline")],
    ),
    dict(
        id="h045",
        lang="fr",
        kind="retiree",
        client="thunderbird",
        layout="couple",
        sreg="FR",
        user="ma",
        sender=("Michel Fourcade", "michel.fourcade@wanadoo.example"),
        new="""\
Bonjour Monsieur Aubertin,

Nous avons bien reçu le relevé annuel. Nous aimerions savoir pourquoi le fonds euros a si peu rapporté cette année.

Cordialement,

§Michel et Annie Fourcade
§Le Bourg
§47120 Saint-Jean-de-Duras
§05 36 49 05 17
""",
        quote=(
            "thunderbird_fr",
            (2026, 2, 2, 11, 43),
            "Relevé annuel 2025",
            "Madame, Monsieur,\n\nVous trouverez ci-joint le relevé annuel 2025 de votre contrat d'assurance-vie.",
        ),
        f=dict(name="Michel Fourcade", address="Le Bourg, 47120 Saint-Jean-de-Duras"),
        ph=[("05 36 49 05 17", "landline")],
        name_tokens=True,
    ),
    dict(
        id="h046",
        lang="fr",
        kind="farm",
        client="android",
        layout="block",
        sreg="FR",
        user="tl",
        sender=("Sébastien Baudry", "earl.baudry@orange.example"),
        new="""\
Bonjour Monsieur Le Bihan

je vous envoie le tableau d'amortissement du prêt pour les serres. Dites moi si il vous faut autre chose

Cordialement
§Sébastien Baudry
§EARL Baudry Maraîchage
§Lieu-dit La Rivière Caillaud
§Route de Vertou
§44115 Haute-Goulaine
§Fixe 02 61 91 56 34
§Portable 06 12 93 40 81
""",
        quote=(
            "samsung_fr",
            (2026, 11, 24, 20, 15),
            "Prêt des serres",
            "Bonjour Monsieur Baudry,\n\nPour le bilan de l'exploitation, il me faudrait le tableau d'amortissement "
            "du prêt souscrit pour les serres.",
        ),
        f=dict(
            name="Sébastien Baudry",
            company="EARL Baudry Maraîchage",
            address="Lieu-dit La Rivière Caillaud, Route de Vertou, 44115 Haute-Goulaine",
        ),
        ph=[("02 61 91 56 34", "landline"), ("06 12 93 40 81", "mobile")],
    ),
    dict(
        id="h047",
        lang="fr",
        kind="public-assoc",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Mairie de Saint-Germain-de-Grave", "mairie@saintgermaindegrave.example"),
        new="""\
Monsieur,

Je vous confirme que la commune n'exercera pas son droit de préemption sur la parcelle cadastrée section B n° 412. \
La déclaration d'intention d'aliéner vous a été retournée visée.

Veuillez agréer, Monsieur, mes salutations distinguées.

§Le Maire,
§Jean-Louis BRETAUD
§Mairie de Saint-Germain-de-Grave
§Le Bourg – 33490 Saint-Germain-de-Grave
§Tél. 05 36 49 29 05 – Fax 05 36 49 29 06
§mairie@saintgermaindegrave.example
Secrétariat ouvert le lundi, mardi et jeudi de 9 h à 12 h.
""",
        quote=(
            "outlook_fr",
            (2026, 9, 29, 10, 21),
            "DIA – parcelle B 412",
            "Monsieur le Maire,\n\nPourriez-vous nous indiquer si la commune entend exercer son droit de préemption "
            "sur la parcelle B 412 ?",
        ),
        f=dict(
            name="Jean-Louis BRETAUD",
            title="Maire",
            company="Mairie de Saint-Germain-de-Grave",
            email="mairie@saintgermaindegrave.example",
            address="Le Bourg, 33490 Saint-Germain-de-Grave",
        ),
        ph=[("05 36 49 29 05", "landline"), ("05 36 49 29 06", "fax")],
        allow=["Le Maire,"],
    ),
    dict(
        id="h048",
        lang="fr",
        kind="public-assoc",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("OLLIVIER Marie-Christine", "mc.ollivier@fondation-abbe-lebrun.example"),
        new="""\
Madame Carbonnel,

Nous vous remercions pour votre appel. Je vous adresse notre brochure sur les legs et assurances-vie au profit de la \
Fondation ; votre client peut nous contacter directement s'il le souhaite.

Bien cordialement,

§Marie-Christine OLLIVIER
§Responsable Legs, Donations et Assurances-vie
§Direction de la Générosité du public
§Fondation Abbé Lebrun pour l'Enfance
§9 rue Mercœur – 44000 Nantes
§Tél. : 02 61 91 66 80
§Portable : 07 86 34 51 92
§www.fondation-abbe-lebrun.example
Fondation reconnue d'utilité publique par décret du 12 mai 1978.
""",
        quote=(
            "outlook_fr",
            (2026, 4, 9, 15, 55),
            "Legs et assurance-vie",
            "Madame,\n\nUn de nos clients envisage de désigner la Fondation bénéficiaire d'un contrat d'assurance-vie. "
            "Auriez-vous une documentation ?",
        ),
        f=dict(
            name="Marie-Christine OLLIVIER",
            title="Responsable Legs, Donations et Assurances-vie",
            company="Fondation Abbé Lebrun pour l'Enfance",
            website="www.fondation-abbe-lebrun.example",
            address="9 rue Mercœur, 44000 Nantes",
        ),
        ph=[("02 61 91 66 80", "landline"), ("07 86 34 51 92", "mobile")],
    ),
    dict(
        id="h049",
        lang="fr",
        kind="notary",
        client="owa",
        layout="block",
        sreg="FR",
        user="sd",
        sender=("Hugo Lasserre", "hugo.lasserre@quinconces.notaires.example"),
        new="""\
Bonjour,

Ci-joint la copie authentique de l'acte de notoriété. L'attestation immobilière sera publiée au service de la \
publicité foncière dans les prochaines semaines.

Cordialement,

§Me Hugo LASSERRE
§Notaire diplômé
§Office notarial des Quinconces
§Maîtres Lafon, Sarrazin et Lasserre
§16 cours du XXX-Juillet – CS 61027 – 33081 Bordeaux Cedex
§Tél. +33 (0)5 36 49 40 55
§hugo.lasserre@quinconces.notaires.example
§www.office-quinconces.notaires.example
""",
        quote=(
            "owa_fr",
            (2026, 1, 27, 16, 40),
            "Succession Castets – acte de notoriété",
            "Maître,\n\nPourriez-vous nous transmettre une copie de l'acte de notoriété de la succession de "
            "M. André Castets ? Les assureurs nous la demandent.",
        ),
        f=dict(
            name="Hugo LASSERRE",
            title="Notaire diplômé",
            company="Office notarial des Quinconces",
            email="hugo.lasserre@quinconces.notaires.example",
            website="www.office-quinconces.notaires.example",
            address="16 cours du XXX-Juillet, CS 61027, 33081 Bordeaux Cedex",
        ),
        ph=[("+33 (0)5 36 49 40 55", "landline")],
    ),
    dict(
        id="h050",
        lang="fr",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="BE",
        user="tl",
        sender=("Laurence Dethier", "l.dethier@fiduciaire-dethier.example"),
        new="""\
Bonjour Monsieur Le Bihan,

Pour la déclaration belge de votre client (revenus de l'appartement loué à Liège), j'ai besoin du montant du revenu \
cadastral indexé. Pouvez-vous me le transmettre ?

Bien à vous,

§Laurence Dethier
§Expert-comptable et conseil fiscal ITAA
§Fiduciaire Dethier SRL
§Rue Louvrex 52 – 4000 Liège – Belgique
§T. 04 223 45 67 – GSM 0495 27 31 08
""",
        quote=(
            "outlook_fr",
            (2026, 5, 26, 9, 33),
            "Déclaration belge – M. Lambotte",
            "Madame,\n\nNotre client M. Lambotte nous indique que vous préparez sa déclaration de non-résident "
            "belge. Avez-vous besoin d'éléments de notre part ?",
        ),
        f=dict(
            name="Laurence Dethier",
            title="Expert-comptable et conseil fiscal ITAA",
            company="Fiduciaire Dethier SRL",
            address="Rue Louvrex 52, 4000 Liège, Belgique",
        ),
        ph=[("04 223 45 67", "landline"), ("0495 27 31 08", "mobile")],
        ambiguous={"0495 27 31 08": "BE"},
    ),
    dict(
        id="h051",
        lang="fr",
        kind="health",
        client="gmail",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Fabien Miqueu", "f.miqueu@veto-landes.example"),
        new="""\
Bonjour Julien,

Oui pour le rendez-vous du 3 à 12 h 30. Je viendrai avec mon associée pour parler de la SELARL.

§Dr Fabien MIQUEU
§Docteur vétérinaire associé
§Clinique vétérinaire des Landes de Gascogne
§140 route de Bordeaux, 40410 Pissos
§Tél. 05 36 49 77 80 – Urgences 24 h/24 : 05 36 49 77 89
""",
        quote=(
            "gmail_fr",
            (2026, 11, 26, 13, 9),
            "Rendez-vous SELARL",
            "Bonjour Fabien,\n\nJe vous propose de nous retrouver le jeudi 3 décembre à 12 h 30 à la clinique "
            "pour parler de l'entrée de votre associée au capital.",
        ),
        f=dict(
            name="Fabien MIQUEU",
            title="Docteur vétérinaire associé",
            company="Clinique vétérinaire des Landes de Gascogne",
            address="140 route de Bordeaux, 40410 Pissos",
        ),
        ph=[("05 36 49 77 80", "landline"), ("05 36 49 77 89", "landline")],
    ),
    dict(
        id="h052",
        lang="fr",
        kind="health",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("Manon Le Gall", "manon.legall.kine@laposte.example"),
        new="""\
Bonjour Madame,

Je vous joins ma dernière déclaration 2035 comme convenu. Je suis au cabinet tous les jours sauf le mercredi.

Cordialement

§Manon Le Gall
§Kinésithérapeute – Ostéopathe D.O.
§Cabinet paramédical de la Gare
§4 rue de la Gare, 44400 Rezé
§Secrétariat : 02.61.91.31.72
RDV en ligne sur Doctolib : https://www.doctolib.fr/masseur-kinesitherapeute/reze/manon-le-gall
""",
        quote=(
            "outlook_fr",
            (2026, 5, 13, 12, 22),
            "Étude retraite Madelin",
            "Madame,\n\nPour l'étude de votre retraite, pourriez-vous m'adresser votre dernière déclaration 2035 ?",
        ),
        f=dict(
            name="Manon Le Gall",
            title="Kinésithérapeute – Ostéopathe D.O.",
            company="Cabinet paramédical de la Gare",
            address="4 rue de la Gare, 44400 Rezé",
        ),
        ph=[("02.61.91.31.72", "landline")],
    ),
    dict(
        id="h053",
        lang="fr",
        kind="notary",
        client="iphone",
        layout="mobile",
        sreg="FR",
        user="jm",
        sender=("Jacques Bérard", "j.berard@notaires-berard.example"),
        new="""\
Bien reçu, je regarde ça ce soir et vous appelle demain.

§Me Jacques BÉRARD
§Notaire

Envoyé de mon iPhone
""",
        quote=(
            "iphone_fr",
            (2026, 7, 21, 18, 55),
            "Projet de donation Cazaubon",
            "Maître,\n\nVoici le projet de donation des parts de la SCEA Château Haut-Brignac tel que validé par "
            "la famille.",
        ),
        f=dict(name="Jacques BÉRARD", title="Notaire"),
    ),
    dict(
        id="h054",
        lang="fr",
        kind="public-assoc",
        client="outlook",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("BARRAUD Stéphanie", "stephanie.barraud@dgfip-pdl.example"),
        new="""\
Madame,

Votre demande de délai de paiement pour la taxe foncière de M. Roger Guérin (succession) a été accordée. Un \
échéancier vous sera adressé par courrier.

Cordialement,

§Stéphanie BARRAUD
§Inspectrice des Finances publiques
§Service des Impôts des Particuliers de Nantes Sud
§Direction régionale des Finances publiques des Pays de la Loire
§2 rue du Général Margueritte – 44035 Nantes Cedex 1
§Tél. : 02 61 91 88 12
""",
        quote=(
            "outlook_fr",
            (2026, 10, 14, 11, 2),
            "Taxe foncière 2026 – succession Guérin",
            "Madame, Monsieur,\n\nLes héritiers de M. Roger Guérin sollicitent un délai de paiement pour la taxe "
            "foncière 2026, dans l'attente du déblocage des comptes.",
        ),
        f=dict(
            name="Stéphanie BARRAUD",
            title="Inspectrice des Finances publiques",
            company="Direction régionale des Finances publiques des Pays de la Loire",
            address="2 rue du Général Margueritte, 44035 Nantes Cedex 1",
        ),
        ph=[("02 61 91 88 12", "landline")],
    ),
    dict(
        id="h055",
        lang="fr",
        kind="public-assoc",
        client="outlook",
        layout="block",
        sreg="FR",
        user="jm",
        sender=("Audrey PEYRET", "a.peyret@gironde.chambagri.example"),
        new="""\
Bonjour Monsieur Marchetti,

Comme évoqué, je vous transmets l'étude de transmission de l'exploitation de M. et Mme Cazenave. Le repreneur hors \
cadre familial est toujours intéressé.

Cordialement,

§Audrey PEYRET
§Conseillère Installation-Transmission
§Pôle Entreprises et Territoires
§Chambre d'agriculture de la Gironde
§Antenne de Libourne
§12 avenue de l'Europe – 33500 Libourne
§Tél : 05 36 49 55 72 – Port : 07 86 90 12 34
""",
        quote=(
            "outlook_fr",
            (2026, 3, 9, 14, 26),
            "Transmission exploitation Cazenave",
            "Madame,\n\nM. et Mme Cazenave m'ont indiqué que vous aviez réalisé une étude de transmission de leur "
            "exploitation. Pourriez-vous me la transmettre ?",
        ),
        f=dict(
            name="Audrey PEYRET",
            title="Conseillère Installation-Transmission",
            company="Chambre d'agriculture de la Gironde",
            address="12 avenue de l'Europe, 33500 Libourne",
        ),
        ph=[("05 36 49 55 72", "landline"), ("07 86 90 12 34", "mobile")],
    ),
    dict(
        id="h056",
        lang="fr",
        kind="retiree",
        client="webmail",
        layout="block",
        sreg="FR",
        user="sd",
        sender=("odette.lacaze", "odette.lacaze@orange.example"),
        new="""\
Bonjour Monsieur,

Je n'arrive pas à ouvrir le document que vous m'avez envoyé. Pouvez-vous me l'envoyer par la poste ?

Merci beaucoup.

§Mme Odette Lacaze
§Résidence Les Tilleuls, appt 14
§3 avenue Pasteur
§33600 Pessac
""",
        quote=(
            "orange_fr",
            (2026, 8, 4, 10, 37),
            "Votre relevé de situation",
            "Madame,\n\nVous trouverez ci-joint votre relevé de situation au 30 juin.",
        ),
        f=dict(name="Odette Lacaze", address="Résidence Les Tilleuls, appt 14, 3 avenue Pasteur, 33600 Pessac"),
    ),
    dict(
        id="h057",
        lang="fr",
        kind="retiree",
        client="thunderbird",
        layout="dash-dash",
        sreg="FR",
        user="tl",
        sender=("Alain Guillotin", "alain.guillotin@free.example"),
        new="""\
Bonjour Thomas,

Pour le virement sur l'assurance-vie, j'ai fait l'ordre ce matin depuis mon compte courant. Vous devriez le voir \
passer d'ici jeudi.

Cordialement,
--\x20
§Alain Guillotin
§Mob. 06-71-33-20-84
""",
        quote=(
            "thunderbird_fr",
            (2026, 12, 1, 8, 20),
            "Versement complémentaire",
            "Bonjour Monsieur Guillotin,\n\nLe bulletin de versement complémentaire est prêt ; il ne reste que le "
            "virement à effectuer.",
        ),
        f=dict(name="Alain Guillotin"),
        ph=[("06-71-33-20-84", "mobile")],
    ),
    dict(
        id="h058",
        lang="fr",
        kind="client-pro",
        client="gmail",
        layout="block",
        sreg="FR",
        user="hc",
        sender=("Maxime Roussel-Lemoine", "maxime@nautic-ouest.example"),
        new="""\
Salut Hélène,

Top, merci. On part sur l'apport-cession avant la signature du protocole. Je te mets en copie mon avocat pour qu'il \
te transmette le projet.

À+

§Maxime Roussel-Lemoine
§Président @ Nautic Ouest SAS
§12 quai Saint-Paul – 44420 La Turballe
§+33 6 80 27 15 49
§linkedin.com/in/maxime-roussel-lemoine
""",
        quote=(
            "gmail_fr",
            (2026, 2, 17, 22, 4),
            "Apport-cession",
            "Bonjour Maxime,\n\nVoici le schéma d'apport-cession dont nous avons parlé, avec le calendrier à "
            "respecter avant la signature du protocole.",
        ),
        f=dict(
            name="Maxime Roussel-Lemoine",
            title="Président",
            company="Nautic Ouest SAS",
            linkedin="linkedin.com/in/maxime-roussel-lemoine",
            address="12 quai Saint-Paul, 44420 La Turballe",
        ),
        ph=[("+33 6 80 27 15 49", "mobile")],
    ),
    dict(
        id="h059",
        lang="fr",
        kind="insurer-bank",
        client="outlook",
        layout="team",
        sreg="FR",
        user="sd",
        sender=("Règlements Décès LER", "reglements.deces@littoral-epargne-retraite.example"),
        new="""\
Bonjour,

Suite au décès de Mme Paulette Renaud, assurée, nous vous informons que le capital du contrat sera réglé aux \
bénéficiaires après réception des pièces listées ci-dessous :
- acte de décès ;
- pièce d'identité et RIB de chaque bénéficiaire ;
- formulaire 2705-A visé par le service des impôts.

Nous restons à votre disposition.

§Équipe Règlements Décès
§Service Successions Assurance Vie
§LITTORAL ÉPARGNE RETRAITE
§TSA 91234 – 92894 Nanterre Cedex 9
§Tél. 01 99 00 47 20 (du lundi au vendredi de 9 h à 18 h)
""",
        quote=(
            "outlook_fr",
            (2026, 4, 22, 9, 58),
            "Décès de Mme Paulette Renaud",
            "Madame, Monsieur,\n\nNous vous informons du décès de Mme Paulette Renaud, assurée au titre du contrat "
            "n° LER-448120. Quelles pièces faut-il fournir ?",
        ),
        f=dict(company="LITTORAL ÉPARGNE RETRAITE", address="TSA 91234, 92894 Nanterre Cedex 9"),
        ph=[("01 99 00 47 20", "landline")],
    ),
    dict(
        id="h060",
        lang="fr",
        kind="be-ch-lu-mc",
        client="outlook",
        layout="block",
        sreg="CH",
        user="ma",
        sender=("Valérie Chappuis", "v.chappuis@chappuis-borel.example"),
        new="""\
Monsieur,

J'ai bien reçu l'acte de notoriété établi en France. Pour la part vaudoise de la succession, un inventaire fiscal \
sera nécessaire ; je vous adresse la liste des justificatifs.

Avec mes salutations distinguées,

§Valérie CHAPPUIS
§Notaire
§Étude Chappuis & Borel
§Avenue de la Gare 29
§Case postale 1241
§1001 Lausanne
§Tél. 021 312 47 80
§Fax 021 312 47 81
""",
        quote=(
            "outlook_fr",
            (2026, 7, 9, 16, 16),
            "Succession Favre – biens vaudois",
            "Maître,\n\nLa succession de M. Henri Favre comprend un appartement à Lausanne. Pourriez-vous nous "
            "indiquer les formalités à prévoir ?",
        ),
        f=dict(
            name="Valérie CHAPPUIS",
            title="Notaire",
            company="Étude Chappuis & Borel",
            address="Avenue de la Gare 29, Case postale 1241, 1001 Lausanne",
        ),
        ph=[("021 312 47 80", "landline"), ("021 312 47 81", "fax")],
        ambiguous={"021 312 47 80": "CH", "021 312 47 81": "CH"},
    ),
]
