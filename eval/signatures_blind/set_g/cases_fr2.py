"""Blind set G, French replies g026-g050 (France, Maghreb, Cameroon, Senegal, Lebanon, Luxembourg, Belgium,
Québec, La Réunion). Plain data read by build.py; see cases_fr1.py for the marks.
"""

CASES = [
    {
        "id": "g026",
        "lang": "fr",
        "client": "outlook",
        "layout": "table-tabs",
        "sreg": "FR",
        "hard": True,
        "sender": ("Laurent Chevalier-Aubry", "l.chevalier-aubry@aca-expertise.example"),
        "user": "sa",
        "new": """
Bonjour Sophie,

Ci-joint l'attestation de l'expert-comptable sur les revenus 2025 de M. Benhamou (BNC), demandée par la banque pour le prêt in fine.
Je te laisse vérifier le montant retenu pour les plus-values professionnelles, il y a eu un reclassement en fin d'exercice.

Bonne journée,

[cid:image001.png@01DC4D01.9F2A6E10]
§Laurent Chevalier-Aubry\tExpert-comptable associé\tCabinet Aubry Chevalier & Associés
§42, rue de Châteaudun\t75009 Paris\t01 99 00 73 15\t06 62 18 40 97
[cid:image002.png@01DC4D01.9F2A6E10]\t[cid:image003.png@01DC4D01.9F2A6E10]
Membre de l'Ordre des experts-comptables Paris Île-de-France
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 25, 10, 12),
            "subject": "M. Benhamou – attestation de revenus",
            "text": """
Bonjour Laurent,

La banque de M. Benhamou demande une attestation de l'expert-comptable sur ses revenus 2025. Peux-tu nous l'envoyer ?
""",
        },
        "fields": {
            "name": "Laurent Chevalier-Aubry",
            "title": "Expert-comptable associé",
            "company": "Cabinet Aubry Chevalier & Associés",
            "address": "42, rue de Châteaudun, 75009 Paris",
            "phones": [("+33199007315", "landline"), ("+33662184097", "mobile")],
        },
    },
    {
        "id": "g027",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "FR",
        "hard": True,
        "sender": ("Benoît Kerhervé", "b.kerherve@aca-atlantique.example"),
        "user": "jfh",
        "new": """
Bonjour Monsieur Ferrand-Huet,

Nous n'avons pas d'objection à vous transmettre notre rapport sur les comptes 2025 de la société Océane Composites, sous réserve de l'accord écrit de son président, que je vous remercie de nous faire parvenir.
Je vous précise que nous avons émis une observation sur la valorisation des stocks (note 4.3 de l'annexe).

Sincères salutations,

§Benoît KERHERVÉ
§Associé – Commissaire aux comptes
§Audit & Certification Atlantique
§Département Audit légal
§11, boulevard Gabriel-Guist'hau – CS 30127
§44001 Nantes Cedex 1
§Ligne directe : 02 61 91 47 35
§Standard : 02 61 91 47 00
Société de commissaires aux comptes inscrite à la Compagnie régionale de Rennes – SAS au capital de 150 000 € – RCS Nantes 812 457 309
""",
        "quote": {
            "style": "oldoutlook_fr",
            "when": (2026, 3, 24, 15, 9),
            "subject": "Océane Composites – rapport du commissaire aux comptes",
            "text": """
Monsieur,

Dans le cadre de la cession envisagée d'Océane Composites, l'acquéreur souhaite disposer de votre rapport sur les comptes 2025. Pouvez-vous nous le communiquer ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Benoît KERHERVÉ",
            "title": "Associé – Commissaire aux comptes",
            "company": "Audit & Certification Atlantique",
            "address": "11, boulevard Gabriel-Guist'hau, CS 30127, 44001 Nantes Cedex 1",
            "phones": [("+33261914735", "landline"), ("+33261914700", "landline")],
        },
    },
    {
        "id": "g028",
        "lang": "fr",
        "client": "owa",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Marie-Pierre Achard-Vigne", "mp.achard-vigne@alpimeca.example"),
        "user": "tl",
        "new": """
Bonjour Thomas,

Je vous confirme que le conseil de surveillance a validé le principe de l'ouverture du capital à un fonds minoritaire (20 à 30 %).
Je vous transmets sous pli séparé le business plan 2026-2030 et le fichier des retraitements d'EBITDA. Merci de ne pas diffuser ces éléments hors de l'équipe projet.

Bien cordialement,

§Marie-Pierre Achard-Vigne
§Directrice Administrative et Financière
§Direction Financière Groupe
§Alpimeca Industries – Groupe Vigne
§ZI des Glairons – 38400 Saint-Martin-d'Hères
§+33 4 65 71 52 30 / +33 6 07 39 84 61
§www.alpimeca.example

P Pensez à l'environnement : n'imprimez ce courriel que si nécessaire.
""",
        "quote": {
            "style": "owa_fr",
            "when": (2026, 3, 19, 18, 27),
            "subject": "Projet Cristal – ouverture du capital",
            "text": """
Bonjour Madame Achard-Vigne,

Suite à notre réunion, pourriez-vous me confirmer la position du conseil de surveillance sur l'ouverture du capital et m'adresser le business plan ?

Bien à vous,
""",
        },
        "fields": {
            "name": "Marie-Pierre Achard-Vigne",
            "title": "Directrice Administrative et Financière",
            "company": "Alpimeca Industries",
            "website": "www.alpimeca.example",
            "address": "ZI des Glairons, 38400 Saint-Martin-d'Hères",
            "phones": [("+33465715230", "landline"), ("+33607398461", "mobile")],
        },
    },
    {
        "id": "g029",
        "lang": "fr",
        "client": "gmail",
        "layout": "dash-dash",
        "sreg": "FR",
        "sender": ("Inès Bouaziz", "ines@plumea.example"),
        "user": "cm",
        "new": """
Salut Claire,

Top, merci pour l'intro à Marc ! On a calé un call jeudi.
Pour les BSPCE, je t'envoie le règlement du plan ce soir. La levée (seed de 2,5 M€) devrait closer fin avril, je te tiens au courant pour le sujet apport-cession.

À très vite,
--\x20
§Inès Bouaziz (elle/her)
§Co-fondatrice & CEO – Plumea
§+33 6 19 47 28 53
§linkedin.com/in/ines-bouaziz-plumea
📅 Prendre rendez-vous : calendly.com/ines-plumea/30min
🚀 On recrute ! plumea.example/jobs
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 26, 22, 4),
            "subject": "Intro Marc Delorme / Inès Bouaziz",
            "text": """
Bonjour Inès,

Comme promis, je te mets en relation avec Marc Delorme, business angel dans la fintech, qui serait intéressé par votre tour.
""",
        },
        "fields": {
            "name": "Inès Bouaziz",
            "title": "Co-fondatrice & CEO",
            "company": "Plumea",
            "linkedin": "linkedin.com/in/ines-bouaziz-plumea",
            "phones": [("+33619472853", "mobile")],
        },
    },
    {
        "id": "g030",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Agnès Perrin-Lacombe", "pharmacie.dumarche@officine-mail.example"),
        "user": "sa",
        "new": """
Bonjour Madame Arnoult,

Je vous confirme mon accord pour l'arbitrage proposé sur le contrat d'assurance-vie (sortie du fonds euros à hauteur de 60 000 € vers les unités de compte prudentes).
En revanche, je préfère attendre la cession de l'officine avant de toucher au PER.

Cordialement,

§Dr Agnès Perrin-Lacombe
§Pharmacien titulaire
§Pharmacie du Marché – SELARL Perrin-Lacombe
§3, place du Marché – 63000 Clermont-Ferrand
§Tél. 04 65 71 63 28

Pharmacie de garde : composez le 32 37
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 20, 12, 40),
            "subject": "Arbitrage sur votre contrat d'assurance-vie",
            "text": """
Madame,

Comme évoqué, je vous propose d'arbitrer 60 000 € du fonds euros vers des unités de compte prudentes. Pouvez-vous me confirmer votre accord ?
""",
        },
        "fields": {
            "name": "Agnès Perrin-Lacombe",
            "title": "Pharmacien titulaire",
            "company": "Pharmacie du Marché",
            "address": "3, place du Marché, 63000 Clermont-Ferrand",
            "phones": [("+33465716328", "landline")],
        },
    },
    {
        "id": "g031",
        "lang": "fr",
        "client": "iphone",
        "layout": "none",
        "sreg": "FR",
        "sender": ("Brigitte Chauvel", "brigitte.chauvel@laposte-mail.example"),
        "user": "cm",
        "new": """
Oui parfait pour jeudi 15h à votre bureau.
Merci

Envoyé de mon iPhone
""",
        "quote": {
            "style": "iphone_fr",
            "when": (2026, 3, 30, 11, 22),
            "subject": "Rendez-vous – bilan annuel",
            "text": """
Chère Madame,

Je vous propose de faire notre point annuel jeudi 2 avril à 15h, à notre bureau de la rue Clément-Marot. Cela vous convient-il ?
""",
        },
        "fields": {},
    },
    {
        "id": "g032",
        "lang": "fr",
        "client": "outlook",
        "layout": "closing-name",
        "sreg": "FR",
        "sender": ("Olivier Garnier-Sauvage", "ogarnier-sauvage@vallee-dor.example"),
        "user": "cm",
        "new": """
Bonjour Claire,

Bien reçu le relevé du PEA, merci. Je ferai le virement de 40 000 € depuis le compte joint lundi, pour profiter du plafond avant la clôture de l'exercice.

§Bien à vous, Olivier Garnier-Sauvage
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 27, 9, 3),
            "subject": "Relevé PEA au 28 février",
            "text": """
Cher Olivier,

Vous trouverez ci-joint le relevé de votre PEA au 28 février. Il vous reste 40 000 € de versements possibles.

Bien cordialement,
""",
        },
        "fields": {"name": "Olivier Garnier-Sauvage"},
    },
    {
        "id": "g033",
        "lang": "fr",
        "client": "android",
        "layout": "first-name",
        "sreg": "FR",
        "sender": ("Hervé Lambert", "herve.lambert@free-mail.example"),
        "user": "tl",
        "new": """
Ok pour moi, je signe le bulletin de souscription ce soir et je vous le renvoie scanné.

§Hervé

Envoyé depuis Outlook pour Android
""",
        "quote": {
            "style": "outlookmobile_fr",
            "when": (2026, 3, 31, 17, 51),
            "subject": "Souscription au capital de la holding – bulletin",
            "text": """
Bonjour Hervé,

Voici le bulletin de souscription pour l'augmentation de capital de la holding, à signer et à me retourner avant vendredi.
""",
        },
        "fields": {"name": "Hervé"},
    },
    {
        "id": "g034",
        "lang": "fr",
        "client": "outlook",
        "layout": "lastname-first",
        "sreg": "FR",
        "sender": ("Catherine Dupuis-Moreau", "catherine.dupuis-moreau@credit-rhodanien.example"),
        "user": "tl",
        "new": """
Bonjour Monsieur Lesueur,

Suite à notre comité de crédit de ce jour, je vous confirme l'accord de principe pour le financement de l'acquisition des titres de la société Dauphiné Emballages : 4,2 M€ sur 7 ans, avec nantissement des titres et garantie à 50 %.
L'offre définitive vous sera adressée après réception du rapport de due diligence financière.

Cordialement,

§DUPUIS-MOREAU Catherine
§Chargée d'affaires Entreprises – Financements structurés
§Crédit Rhodanien – Centre d'Affaires Lyon Part-Dieu
§45, boulevard Marius-Vivier-Merle – 69003 Lyon
§Tél. : 04 65 71 36 92
§Mobile : 06 35 82 14 07
Caisse régionale de Crédit Rhodanien, société coopérative à capital variable – Intermédiaire en assurance ORIAS n° 07 019 431
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 23, 16, 30),
            "subject": "Dauphiné Emballages – demande de financement",
            "text": """
Madame,

Je me permets de revenir vers vous sur la demande de financement de l'acquisition de Dauphiné Emballages, présentée à votre comité de ce jour.

Bien cordialement,
""",
        },
        "fields": {
            "name": "DUPUIS-MOREAU Catherine",
            "title": "Chargée d'affaires Entreprises – Financements structurés",
            "company": "Crédit Rhodanien",
            "address": "45, boulevard Marius-Vivier-Merle, 69003 Lyon",
            "phones": [("+33465713692", "landline"), ("+33635821407", "mobile")],
        },
    },
    {
        "id": "g035",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "FR",
        "hard": True,
        "sender": ("Frédéric Castagnola", "f.castagnola@castagnola-courtage.example"),
        "user": "cm",
        "new": """
Bonjour Claire,

J'ai obtenu l'accord de l'assureur pour la garantie homme-clé de M. Castellani à hauteur de 1,5 M€, sans surprime médicale. Je vous joins les conditions particulières à faire signer.
L'avis d'échéance partira à la date d'effet, le 1er avril.

Bonne journée,

§Frédéric Castagnola
§Courtier associé
§Castagnola & Fils Courtage
§Immeuble Le Silo – 35, quai du Lazaret – 13002 Marseille
§T. 04 65 71 84 20 | M. 06 48 73 51 26
SARL de courtage d'assurances au capital de 50 000 € – RCS Marseille 812 345 678 – ORIAS n° 07 012 345 (www.orias.fr)
Retrouvez-nous aux Rencontres du courtage, à Marseille, les 11 et 12 juin !
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 17, 10, 49),
            "subject": "Garantie homme-clé – M. Castellani",
            "text": """
Bonjour Frédéric,

Avez-vous pu obtenir la position de l'assureur sur la garantie homme-clé de M. Castellani ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Frédéric Castagnola",
            "title": "Courtier associé",
            "company": "Castagnola & Fils Courtage",
            "address": "Immeuble Le Silo, 35, quai du Lazaret, 13002 Marseille",
            "phones": [("+33465718420", "landline"), ("+33648735126", "mobile")],
        },
    },
    {
        "id": "g036",
        "lang": "fr",
        "client": "owa",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Jean-Baptiste d'Ornano", "jb.dornano@dornano-salvi.example"),
        "user": "cm",
        "new": """
Chère Madame,

Je vous adresse le projet de pacte d'associés de la holding familiale Ravel, intégrant la clause d'agrément et la clause de sortie conjointe dont nous avons parlé.
Je n'ai pas encore la position de Monsieur Ravel père sur la répartition des droits de vote en cas de démembrement : je le relance cette semaine.

Bien à vous,

§Me Jean-Baptiste d'Ornano
§Avocat associé
§Droit des sociétés & Private Equity
§D'ORNANO SALVI AVOCATS AARPI
§65, avenue Kléber – 75116 Paris
§T. +33 (0)1 99 00 58 14 | M. +33 (0)6 12 87 43 96
§jb.dornano@dornano-salvi.example
§linkedin.com/in/jbdornano
""",
        "quote": {
            "style": "owa_fr",
            "when": (2026, 3, 16, 19, 31),
            "subject": "Holding Ravel – pacte d'associés",
            "text": """
Maître,

Où en est le projet de pacte d'associés de la holding Ravel ? La famille souhaiterait le signer avant l'assemblée de juin.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Jean-Baptiste d'Ornano",
            "title": "Avocat associé",
            "company": "D'ORNANO SALVI AVOCATS AARPI",
            "email": "jb.dornano@dornano-salvi.example",
            "linkedin": "linkedin.com/in/jbdornano",
            "address": "65, avenue Kléber, 75116 Paris",
            "phones": [("+33199005814", "landline"), ("+33612874396", "mobile")],
        },
    },
    {
        "id": "g037",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "CA",
        "sender": ("Catherine Bélanger", "cbelanger@belanger-cote-notaires.example"),
        "user": "cm",
        "new": """
Bonjour Madame Mercadier,

J'ai bien reçu la procuration notariée de Mme Gagnon-Lévesque, dûment apostillée. La vente du condo de Sainte-Foy pourra donc être signée le 31 mars à mon étude, en son absence.
Le produit net de la vente (environ 312 000 $ CA) sera versé en fidéicommis, puis transféré selon les instructions que vous me ferez parvenir.

Cordialement,

§Me Catherine Bélanger, notaire
§Bélanger Côté notaires inc.
§2600, boulevard Laurier, bureau 740
§Québec (Québec)  G1V 4T3
§Tél. : 418 555-0163, poste 12
§Téléc. : 418 555-0119
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 18, 22, 15),
            "subject": "Vente du condo de Mme Gagnon-Lévesque",
            "text": """
Maître,

Vous devriez recevoir cette semaine la procuration de Mme Gagnon-Lévesque, signée devant notaire à Paris et apostillée. Pouvez-vous me confirmer la date de signature ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Catherine Bélanger",
            "title": "notaire",
            "company": "Bélanger Côté notaires inc.",
            "address": "2600, boulevard Laurier, bureau 740, Québec (Québec) G1V 4T3",
            "phones": [("+14185550163", "landline"), ("+14185550119", "fax")],
        },
    },
    {
        "id": "g038",
        "lang": "fr",
        "client": "iphone",
        "layout": "mobile",
        "sreg": "LB",
        "hard": True,
        "sender": ("Nayla Khoury", "nayla.khoury@cedarmail.example"),
        "user": "cm",
        "new": """
Bonsoir Claire,

Bien reçu, merci. Je valide l'arbitrage. Pour le virement depuis Beyrouth, ma banque exige une lettre de votre part sur papier à en-tête précisant le bénéficiaire et l'objet, pouvez-vous me l'envoyer demain ?

§Nayla Khoury
§71 504 382

Envoyé de mon iPhone
""",
        "quote": {
            "style": "iphone_fr",
            "when": (2026, 3, 25, 18, 2),
            "subject": "Arbitrage et versement complémentaire",
            "text": """
Chère Nayla,

Voici la proposition d'arbitrage dont nous avons parlé, ainsi que les coordonnées bancaires pour le versement complémentaire.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Nayla Khoury",
            "phones": [("+96171504382", "mobile")],
        },
    },
    {
        "id": "g039",
        "lang": "fr",
        "client": "gmail",
        "layout": "dash-dash",
        "sreg": "FR",
        "sender": ("Jean-Pierre Lacoste", "jp.lacoste@orange-mail.example"),
        "user": "cm",
        "new": """
Chère Madame,

Je vous remercie pour le compte rendu de notre rendez-vous. Mon épouse et moi sommes d'accord pour la donation de la nue-propriété de l'appartement d'Anglet à nos deux filles, en conservant l'usufruit jusqu'au dernier vivant.
Pouvez-vous transmettre le dossier à Maître Etcheverry, qui attend votre appel pour fixer une date ?

Avec nos meilleures salutations,
--\x20
§Jean-Pierre Lacoste
§12, allée des Tamaris
§64200 Biarritz
§05 36 49 58 02 – 06 81 27 46 93
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 10, 17, 26),
            "subject": "Compte rendu de notre rendez-vous du 6 mars",
            "text": """
Cher Monsieur,

Vous trouverez ci-joint le compte rendu de notre rendez-vous, avec les deux scénarios de donation de l'appartement d'Anglet.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Jean-Pierre Lacoste",
            "address": "12, allée des Tamaris, 64200 Biarritz",
            "phones": [("+33536495802", "landline"), ("+33681274693", "mobile")],
        },
    },
    {
        "id": "g040",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Arnaud Le Bihan", "a.lebihan@transmar-consignation.example"),
        "user": "jfh",
        "new": """
Bonjour Monsieur Ferrand-Huet,

Comme demandé, vous trouverez ci-joint le détail du chiffre d'affaires par armateur sur les trois derniers exercices (consignation, manutention, transit) ainsi que la liste des contrats d'agence arrivant à échéance en 2026.
Le contrat avec la ligne Nordic Feeder est reconduit tacitement jusqu'en décembre 2027.

Cordialement,

§Arnaud Le Bihan
§Directeur Général
§Transmar Consignation SAS
§Agent maritime – Consignation – Transit
§Terminal de l'Europe – Quai de Southampton
§CS 80412 – 76057 Le Havre Cedex
§Tél. : +33 2 61 91 38 70 – Fax : +33 2 61 91 38 79 – Mob. : +33 6 74 12 58 33
§Opérations 24/7 : +33 2 61 91 38 77
[cid:image003.jpg@01DC4F18.6B0C2D40]
Transmar Consignation SAS au capital de 400 000 € – SIREN 512 374 860 – TVA intracommunautaire FR 27 512 374 860
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 11, 8, 20),
            "subject": "Projet Escale – chiffre d'affaires par armateur",
            "text": """
Monsieur Le Bihan,

Pour compléter le mémorandum, nous aurions besoin de la répartition du chiffre d'affaires par armateur sur trois ans et de la liste des contrats d'agence à échéance proche.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Arnaud Le Bihan",
            "title": "Directeur Général",
            "company": "Transmar Consignation SAS",
            "address": "Terminal de l'Europe, Quai de Southampton, CS 80412, 76057 Le Havre Cedex",
            "phones": [
                ("+33261913870", "landline"),
                ("+33261913879", "fax"),
                ("+33674125833", "mobile"),
                ("+33261913877", "landline"),
            ],
        },
    },
    {
        "id": "g041",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "LU",
        "hard": True,
        "sender": ("Romain Schmit", "romain.schmit@petrusse-bank.example"),
        "not_phones": {"+3522449": "the postcode in L-2449 Luxembourg"},
        "user": "sa",
        "new": """
Bonjour Madame Arnoult,

Le contrat d'assurance-vie luxembourgeois de M. et Mme Perret est désormais actif : la prime de 1,5 M EUR a été investie hier dans le fonds interne dédié, conformément au profil « équilibré » validé.
Vous recevrez les accès à l'extranet d'ici la fin de la semaine. Je reste joignable pour organiser la revue trimestrielle.

Meilleures salutations,

§Romain Schmit
§Conseiller Banque Privée – Clientèle française
§Banque de la Pétrusse S.A.
§14, boulevard Royal
§L-2449 Luxembourg
§Tél. : 27 86 14 50
§GSM : 621 473 958
§romain.schmit@petrusse-bank.example
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 24, 11, 37),
            "subject": "Contrat Perret – investissement de la prime",
            "text": """
Monsieur,

Pourriez-vous me confirmer que la prime de M. et Mme Perret a bien été investie, et à quelle date ils recevront leurs accès ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Romain Schmit",
            "title": "Conseiller Banque Privée – Clientèle française",
            "company": "Banque de la Pétrusse S.A.",
            "email": "romain.schmit@petrusse-bank.example",
            "address": "14, boulevard Royal, L-2449 Luxembourg",
            "phones": [("+35227861450", "landline"), ("+352621473958", "mobile")],
        },
    },
    {
        "id": "g042",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "TN",
        "hard": True,
        "sender": ("Slim Ben Romdhane", "s.benromdhane@huilerie-benromdhane.example"),
        "user": "tl",
        "new": """
Bonjour Monsieur Lesueur,

Suite à notre échange, je vous confirme que mon frère et moi sommes vendeurs de 35 % de la société, mais pas de la marque, qui restera dans notre holding familiale.
Les comptes 2025 seront arrêtés fin avril par notre commissaire aux comptes. Je serai à Lyon la semaine du 20 avril, nous pourrions nous voir à votre bureau.

Cordialement,

§Slim BEN ROMDHANE
§Directeur Général
§Huilerie Ben Romdhane SA
§شركة زيوت بن رمضان
§Route de Gabès km 4 – 3003 Sfax – Tunisie
§Tél : +216 74 246 318 / Mobile : +216 20 541 777
§www.huilerie-benromdhane.example
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 30, 14, 58),
            "subject": "Ouverture du capital – Huilerie Ben Romdhane",
            "text": """
Monsieur Ben Romdhane,

Merci pour notre appel de ce jour. Pourriez-vous me confirmer le périmètre de l'opération envisagée (pourcentage cédé, sort de la marque) ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Slim BEN ROMDHANE",
            "title": "Directeur Général",
            "company": "Huilerie Ben Romdhane SA",
            "website": "www.huilerie-benromdhane.example",
            "address": "Route de Gabès km 4, 3003 Sfax, Tunisie",
            "phones": [("+21674246318", "landline"), ("+21620541777", "mobile")],
        },
    },
    {
        "id": "g043",
        "lang": "fr",
        "client": "owa",
        "layout": "block",
        "sreg": "MA",
        "sender": ("Youssef El Idrissi", "y.elidrissi@detroit-logistique.example"),
        "user": "jfh",
        "new": """
Bonjour Julien,

Je vous confirme que nous maintenons le calendrier : remise des offres indicatives le 15 mai, visites de site la semaine du 25.
Vous trouverez dans la data room le mémorandum d'information mis à jour, avec l'avenant à la convention avec la zone franche.

Bien cordialement,

§Youssef El Idrissi
§Directeur Financier
§Détroit Logistique SA
§Zone Franche Logistique, Îlot 14, Lot 7
§90000 Tanger – Maroc
§Tél. : +212 (0)5 39 39 42 18
§Mobile : +212 (0)6 61 48 27 90
§www.detroit-logistique.example
§LinkedIn : linkedin.com/in/youssef-el-idrissi
""",
        "quote": {
            "style": "owa_fr",
            "when": (2026, 4, 1, 9, 45),
            "subject": "Projet Détroit – calendrier",
            "text": """
Bonjour Youssef,

Deux acquéreurs nous demandent si le calendrier du processus est maintenu. Pouvez-vous me le confirmer ?

Bien à vous,
""",
        },
        "fields": {
            "name": "Youssef El Idrissi",
            "title": "Directeur Financier",
            "company": "Détroit Logistique SA",
            "website": "www.detroit-logistique.example",
            "linkedin": "linkedin.com/in/youssef-el-idrissi",
            "address": "Zone Franche Logistique, Îlot 14, Lot 7, 90000 Tanger, Maroc",
            "phones": [("+212539394218", "landline"), ("+212661482790", "mobile")],
        },
    },
    {
        "id": "g044",
        "lang": "fr",
        "client": "gmail",
        "layout": "block",
        "sreg": "CM",
        "sender": ("Christiane Mbarga Atangana", "c.mbarga@cabinet-mbarga.example"),
        "user": "cm",
        "new": """
Madame,

Je fais suite à votre courrier concernant la succession de feu M. Essomba. Le jugement d'hérédité a été rendu par le tribunal de premier degré de Yaoundé le 3 mars ; j'en attends la grosse pour la semaine prochaine.
Les héritiers résidant en France devront ensuite signer une procuration pour la vente de l'immeuble de Bastos.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

§Me Christiane MBARGA ATANGANA
§Avocat au Barreau du Cameroun
§Cabinet Mbarga Atangana & Associés
§Immeuble Le Bastion, 3e étage, Avenue Kennedy
§BP 8214 Yaoundé – Cameroun
§Tél. (+237) 222 21 58 04 – Cel. (+237) 699 31 84 27
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 12, 10, 30),
            "subject": "Succession Essomba",
            "text": """
Maître,

Je suis la conseillère des héritiers de M. Essomba résidant en France. Pourriez-vous m'indiquer où en est la procédure au Cameroun ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Christiane MBARGA ATANGANA",
            "title": "Avocat au Barreau du Cameroun",
            "company": "Cabinet Mbarga Atangana & Associés",
            "address": "Immeuble Le Bastion, 3e étage, Avenue Kennedy, BP 8214 Yaoundé, Cameroun",
            "phones": [("+237222215804", "landline"), ("+237699318427", "mobile")],
        },
    },
    {
        "id": "g045",
        "lang": "fr",
        "client": "gmail",
        "layout": "dash-dash",
        "sreg": "SN",
        "sender": ("Ousmane Ndiaye", "ousmane@terangapay.example"),
        "user": "cm",
        "new": """
Hello Claire,

Merci pour ton retour rapide ! Pour la holding en France, on part sur une SAS avec mes deux associés à parts égales, et le BSA AIR de l'investisseur sénégalais sera converti au prochain tour.
Je suis à Paris du 6 au 10 avril, on peut caler un déjeuner ?

Bien à toi,
--\x20
§Ousmane Ndiaye
§Fondateur & CEO | Teranga Pay
§Résidence Les Filaos, Villa 12, Almadies – Dakar
§WhatsApp : +221 78 614 29 57
§www.terangapay.example
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 27, 12, 5),
            "subject": "Structuration holding France",
            "text": """
Bonjour Ousmane,

Suite à notre appel, voici les deux schémas possibles pour la holding française. Dis-moi lequel a ta préférence.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Ousmane Ndiaye",
            "title": "Fondateur & CEO",
            "company": "Teranga Pay",
            "website": "www.terangapay.example",
            "address": "Résidence Les Filaos, Villa 12, Almadies, Dakar",
            "phones": [("+221786142957", "mobile")],
        },
    },
    {
        "id": "g046",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "BE",
        "sender": ("Olivier Peeters", "olivier.peeters@notaires-pv.example"),
        "user": "cm",
        "new": """
Madame,

Nous avons bien reçu le projet d'acte de donation des titres de la SA Brabant Invest. Les droits de donation seront de 3 % (taux réduit applicable aux entreprises familiales), sous réserve du maintien de l'activité pendant trois ans.
Le rendez-vous de signature pourrait avoir lieu le 16 avril à 10h en notre étude.

Veuillez agréer, Madame, nos salutations distinguées.

Pour l'étude,
§Olivier Peeters
§Notaire associé
§Peeters & Vanderhaegen
§Notaires associés
§Avenue de Tervueren 168 – 1150 Bruxelles
§T +32 2 736 41 09 – F +32 2 736 41 99

Société notariale SRL – BCE 0712.345.961 – RPM Bruxelles
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 31, 16, 12),
            "subject": "Donation des titres Brabant Invest",
            "text": """
Maître,

Je vous adresse le projet d'acte préparé par le conseil de la famille pour la donation des titres de Brabant Invest. Quel serait le coût fiscal de l'opération ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Olivier Peeters",
            "title": "Notaire associé",
            "company": "Peeters & Vanderhaegen",
            "address": "Avenue de Tervueren 168, 1150 Bruxelles",
            "phones": [("+3227364109", "landline"), ("+3227364199", "fax")],
        },
    },
    {
        "id": "g047",
        "lang": "fr",
        "client": "outlook",
        "layout": "table-cells",
        "sreg": "FR",
        "hard": True,
        "sender": ("Laurent Moisan", "l.moisan@roche-participations.example"),
        "user": "jfh",
        "new": """
Bonjour Julien,

Nous sommes intéressés par le dossier Dauphiné Emballages en co-investissement minoritaire, pour un ticket de 1,5 à 2 M€. Merci de nous ajouter à la liste de diffusion du mémorandum.
Pouvez-vous nous envoyer l'accord de confidentialité ?

Cordialement,

§Laurent Moisan
§Directeur des investissements
[cid:image001.png@01DC5012.0A4C7E20]
§ROCHE PARTICIPATIONS
§T
§+33 4 65 71 33 20
§M
§+33 6 27 94 51 08
§A
§5, place des Célestins
§69002 Lyon
§W
§www.roche-participations.example
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 4, 2, 8, 40),
            "subject": "Dauphiné Emballages – teaser",
            "text": """
Bonjour Laurent,

Comme évoqué, je vous adresse le teaser anonyme d'une société d'emballage dauphinoise ouverte à un co-investisseur minoritaire.

Bien à vous,
""",
        },
        "fields": {
            "name": "Laurent Moisan",
            "title": "Directeur des investissements",
            "company": "ROCHE PARTICIPATIONS",
            "website": "www.roche-participations.example",
            "address": "5, place des Célestins, 69002 Lyon",
            "phones": [("+33465713320", "landline"), ("+33627945108", "mobile")],
        },
    },
    {
        "id": "g048",
        "lang": "fr",
        "client": "thunderbird",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Hélène Vasseur", "helene.vasseur@ch-sainte-blandine.example"),
        "user": "sa",
        "new": """
Madame,

Je vous remercie pour ces simulations. Compte tenu de mon activité libérale à l'hôpital, je préfère que nous partions sur l'option 2 (SCI à l'IS pour le cabinet de consultation).
Mes disponibilités sont très limitées en avril : le mieux serait un appel le mardi 14 à 18h30.

Bien cordialement,

§Pr Hélène Vasseur
§PU-PH, cheffe du service de cardiologie
§Centre hospitalier Sainte-Blandine
§Pavillon B – 12, avenue des Hospices – 69008 Lyon
§Secrétariat : 04 65 71 27 40
""",
        "quote": {
            "style": "thunderbird_fr",
            "when": (2026, 4, 3, 13, 1),
            "subject": "Acquisition du cabinet de consultation – simulations",
            "text": """
Madame la Professeure,

Voici les deux simulations pour l'acquisition des locaux de consultation : en direct ou par une SCI à l'IS.
""",
        },
        "fields": {
            "name": "Hélène Vasseur",
            "title": "PU-PH, cheffe du service de cardiologie",
            "company": "Centre hospitalier Sainte-Blandine",
            "address": "Pavillon B, 12, avenue des Hospices, 69008 Lyon",
            "phones": [("+33465712740", "landline")],
        },
    },
    {
        "id": "g049",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "RE",
        "sender": ("Fabrice Hoarau", "f.hoarau@hoarau-audit.example"),
        "user": "jfh",
        "new": """
Bonjour Monsieur Ferrand-Huet,

Vous trouverez ci-joint les comptes consolidés 2025 du groupe Ti Kaz Frais (la SAS de tête et ses deux filiales de distribution), ainsi que l'attestation sur le chiffre d'affaires demandée par l'acquéreur.
L'écart de 312 K€ avec le budget s'explique par la fermeture du site du Port pendant le cyclone de janvier.

Bien cordialement,

§Fabrice HOARAU
§Expert-comptable – Commissaire aux comptes
§Cabinet Hoarau Audit & Conseil
§Immeuble Le Cristal, 14 rue de Paris – 97400 Saint-Denis
§Tél. : +262 (0)262 41 27 85
§Mobile : +262 (0)692 47 83 16
§www.hoarau-audit.example
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 4, 6, 7, 15),
            "subject": "Ti Kaz Frais – comptes consolidés et attestation",
            "text": """
Monsieur Hoarau,

L'acquéreur demande les comptes consolidés 2025 et une attestation sur le chiffre d'affaires. Pourriez-vous nous les adresser cette semaine ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Fabrice HOARAU",
            "title": "Expert-comptable – Commissaire aux comptes",
            "company": "Cabinet Hoarau Audit & Conseil",
            "website": "www.hoarau-audit.example",
            "address": "Immeuble Le Cristal, 14 rue de Paris, 97400 Saint-Denis",
            "phones": [("+262262412785", "landline"), ("+262692478316", "mobile")],
        },
    },
    {
        "id": "g050",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Philippe Marchand", "scea.grandeborne@agri-mail.example"),
        "user": "tl",
        "new": """
Monsieur,

Comme convenu, je vous adresse la copie du bail rural à long terme consenti à la SCEA par le groupement foncier agricole, ainsi que les statuts de la SCEA mis à jour en 2024.
Mon neveu reprendra l'exploitation à mon départ à la retraite, en 2027 ; nous aimerions que la cession des parts se fasse progressivement.

Salutations,

§SCEA DE LA GRANDE BORNE
§Philippe Marchand, exploitant
§Ferme de la Grande Borne
§28310 Janville-en-Beauce
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 26, 18, 48),
            "subject": "Transmission de la SCEA – documents",
            "text": """
Monsieur Marchand,

Pour étudier la transmission progressive des parts de la SCEA à votre neveu, j'aurais besoin du bail rural et des statuts à jour.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Philippe Marchand",
            "title": "exploitant",
            "company": "SCEA DE LA GRANDE BORNE",
            "address": "Ferme de la Grande Borne, 28310 Janville-en-Beauce",
        },
    },
]
