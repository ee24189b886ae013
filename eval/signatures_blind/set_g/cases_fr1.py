"""Blind set G, French replies g001-g025 (Maghreb, West and Central Africa, Levant, Monaco, Luxembourg,
overseas France, Québec, Acadia, Switzerland, Belgium, the French regions). Plain data read by build.py.

A line of `new` that starts with "§" is a line of the sender's signature. `sreg` is the sender's country,
in which national-format numbers are read (the mailbox's own region is always FR).
"""

CASES = [
    {
        "id": "g001",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "MA",
        "hard": True,
        "sender": ("Nadia Bennani", "n.bennani@notaire-bennani.example"),
        "user": "cm",
        "new": """
Chère Madame,

Je vous confirme que l'acte de vente de l'appartement de Monsieur et Madame Lahlou (résidence Les Orangers, Anfa) pourra être signé le jeudi 19 mars à 11h en mon étude.
Pour finaliser le dossier, il me manque encore la copie certifiée conforme du passeport de Madame Lahlou ainsi que l'attestation de provenance des fonds (virement depuis la France sur compte en dirhams convertibles).
Je reste à votre disposition pour tout complément.

Bien cordialement,

§Maître Nadia BENNANI
§Notaire
§Étude de Maître Nadia Bennani
§112, boulevard d'Anfa, 4ème étage
§20050 Casablanca – Maroc
§Tél : 05 22 47 18 30 / Fax : 05 22 47 18 31
§n.bennani@notaire-bennani.example
[cid:image002.jpg@01DC4B22.5A1E6F30]
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 2, 18, 4),
            "subject": "Acte de vente – appartement Anfa (M. et Mme Lahlou)",
            "text": """
Maître,

Nos clients, M. et Mme Lahlou, me confirment leur accord sur le prix et sur les conditions suspensives. Pourriez-vous m'indiquer une date de signature possible et la liste des pièces qui vous manquent encore ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Nadia BENNANI",
            "title": "Notaire",
            "company": "Étude de Maître Nadia Bennani",
            "email": "n.bennani@notaire-bennani.example",
            "address": "112, boulevard d'Anfa, 4ème étage, 20050 Casablanca, Maroc",
            "phones": [("+212522471830", "landline"), ("+212522471831", "fax")],
        },
    },
    {
        "id": "g002",
        "lang": "fr",
        "client": "outlook",
        "layout": "table-pipes",
        "sreg": "TN",
        "sender": ("Mohamed Ali Ben Salah", "ma.bensalah@bsa-audit.example"),
        "user": "jfh",
        "new": """
Bonjour Monsieur Ferrand-Huet,

Vous trouverez ci-joint les états financiers 2025 certifiés de la société Medina Textiles SARL ainsi que la balance âgée clients au 31/12.
Concernant votre question sur les retraitements : les loyers de l'entrepôt de Ben Arous sont payés à la SCI familiale, nous pourrons en parler lors de la visio de jeudi.

Cordialement

§Mohamed Ali BEN SALAH | Expert-comptable, Associé | BSA Audit & Conseil
§Immeuble Les Jasmins, Bloc B, 2e étage, Rue du Lac Léman, Les Berges du Lac, 1053 Tunis | Tél. (+216) 71 962 418 | GSM (+216) 98 407 215
§www.bsa-audit.example

Membre de l'Ordre des Experts Comptables de Tunisie
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 2, 23, 9, 41),
            "subject": "Medina Textiles – éléments financiers",
            "text": """
Bonjour Monsieur Ben Salah,

Dans le cadre de la valorisation de Medina Textiles, pourriez-vous nous transmettre les comptes certifiés 2025 et la balance âgée clients ? J'aurais aussi une question sur les loyers versés à des parties liées.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Mohamed Ali BEN SALAH",
            "title": "Expert-comptable, Associé",
            "company": "BSA Audit & Conseil",
            "website": "www.bsa-audit.example",
            "address": "Immeuble Les Jasmins, Bloc B, 2e étage, Rue du Lac Léman, Les Berges du Lac, 1053 Tunis",
            "phones": [("+21671962418", "landline"), ("+21698407215", "mobile")],
        },
    },
    {
        "id": "g003",
        "lang": "fr",
        "client": "gmail",
        "layout": "block",
        "sreg": "DZ",
        "hard": True,
        "sender": ("Karim Ould Ameur", "k.ouldameur@cabinet-ouldameur.example"),
        "user": "cm",
        "new": """
Chère Madame Mercadier,

Suite à notre échange téléphonique, je vous confirme que la déclaration de succession de feu M. Rachid Bensaïd a été déposée auprès de l'inspection des impôts de Hydra le 24 février.
La frédha (acte de notoriété) est établie ; je vous en adresse une copie scannée, l'original sera remis aux héritiers en mains propres.
Pour l'appartement de Nice, je laisse le notaire français se rapprocher de moi directement.

Respectueusement,

§Maître Karim OULD AMEUR
§Avocat agréé près la Cour suprême et le Conseil d'État
§Cité des Asphodèles, Bt 12, n° 4
§Ben Aknoun – Alger
§Tél/Fax : 023 45 61 87
§Mob : 0661 74 29 03
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 2, 26, 11, 15),
            "subject": "Succession Bensaïd",
            "text": """
Maître,

Je me permets de revenir vers vous au sujet de la succession de M. Bensaïd. Pourriez-vous me confirmer où en est la déclaration en Algérie et si l'acte de notoriété a pu être établi ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Karim OULD AMEUR",
            "title": "Avocat agréé près la Cour suprême et le Conseil d'État",
            "address": "Cité des Asphodèles, Bt 12, n° 4, Ben Aknoun, Alger",
            "phones": [("+21323456187", "landline"), ("+213661742903", "mobile")],
        },
    },
    {
        "id": "g004",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "SN",
        "sender": ("Aïssatou Sow Diallo", "aissatou.sowdiallo@bsgp-senegal.example"),
        "user": "cm",
        "new": """
Bonjour Madame,

Nous avons bien reçu l'ordre de virement de 85 000 EUR signé par Monsieur Faye. Il sera exécuté valeur J+1, sous réserve de la réception du justificatif de l'origine des fonds (acte de cession des parts de la SCI Ngor) demandé par notre service conformité.
Je vous remercie de bien vouloir nous le transmettre au plus tôt.

Bien à vous,

§Aïssatou SOW DIALLO
§Responsable Banque Privée
§Direction de la Clientèle Patrimoniale
§Banque Sahélienne de Gestion Privée
§Immeuble Fahd, 5e étage – Boulevard Djily Mbaye
§BP 3214 Dakar – Sénégal
§Tél. : +221 33 849 27 60 | Cel. : +221 77 538 14 92
[cid:logo_bsgp_2c1f.png]

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. / DISCLAIMER: This message and any attachments are confidential and intended solely for the addressees.
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 4, 16, 37),
            "subject": "Ordre de virement – M. Ousmane Faye",
            "text": """
Madame,

Veuillez trouver ci-joint l'ordre de virement signé par M. Faye au profit de son contrat de capitalisation en France. Pourriez-vous me confirmer la date d'exécution ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Aïssatou SOW DIALLO",
            "title": "Responsable Banque Privée",
            "company": "Banque Sahélienne de Gestion Privée",
            "address": "Immeuble Fahd, 5e étage, Boulevard Djily Mbaye, BP 3214 Dakar, Sénégal",
            "phones": [("+221338492760", "landline"), ("+221775381492", "mobile")],
        },
    },
    {
        "id": "g005",
        "lang": "fr",
        "client": "outlook",
        "layout": "lastname-first",
        "sreg": "CI",
        "hard": True,
        "sender": ("Serge Kouassi", "ys.kouassi@ivoire-courtage.example"),
        "user": "cm",
        "new": """
Madame,

Suite à votre demande, je vous prie de trouver ci-joint la proposition de couverture homme-clé pour M. Diabaté (capital de 150 millions FCFA, durée 5 ans), ainsi que le questionnaire médical à compléter.
La prime annuelle indicative est de 1 275 000 FCFA, hors frais de visite médicale.
Nous restons à votre entière disposition pour toute précision.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

§KOUASSI Yao Serge
§Directeur Technique – Assurances de Personnes
§IVOIRE COURTAGE & CONSEIL (ICC) SA
§Plateau, Avenue Chardy, Immeuble Alpha 2000, 8e étage
§01 BP 4512 Abidjan 01
§Tél. : (+225) 27 20 31 48 65 / Cel. : (+225) 07 48 22 91 35
Société de courtage agréée CIMA – Agrément n° 0218/MEF/DGTCP/DA
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 9, 10, 2),
            "subject": "Assurance homme-clé – M. Diabaté",
            "text": """
Monsieur,

Notre client M. Diabaté souhaite assurer le dirigeant de sa société ivoirienne dans le cadre de la reprise. Pourriez-vous nous adresser une proposition pour un capital de 150 millions FCFA sur 5 ans ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "KOUASSI Yao Serge",
            "title": "Directeur Technique – Assurances de Personnes",
            "company": "IVOIRE COURTAGE & CONSEIL (ICC) SA",
            "address": "Plateau, Avenue Chardy, Immeuble Alpha 2000, 8e étage, 01 BP 4512 Abidjan 01",
            "phones": [("+2252720314865", "landline"), ("+2250748229135", "mobile")],
        },
    },
    {
        "id": "g006",
        "lang": "fr",
        "client": "outlook",
        "layout": "table-cells",
        "sreg": "CM",
        "hard": True,
        "sender": ("Emmanuel Njoya", "e.njoya@logicam-services.example"),
        "user": "tl",
        "new": """
Bonjour Monsieur Lesueur,

Merci pour la lettre d'intention reçue hier. Notre conseil d'administration se réunit le 26 mars : je vous propose de vous faire un retour consolidé le lendemain.
En attendant, j'ai demandé à notre contrôleur de gestion d'ouvrir l'accès à la data room (comptes 2023-2025, contrats de concession portuaire, état des effectifs).

Cordialement,

§Emmanuel NJOYA
§Directeur Administratif et Financier
[cid:image001.png@01DC4C10.2E5B8A70]
§LOGICAM SERVICES SA
§Rue Joss, Akwa
§BP 4127 Douala – Cameroun
§Tél.
§+237 233 42 15 67
§Mobile
§+237 677 48 21 09
§E-mail
§e.njoya@logicam-services.example
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 12, 17, 20),
            "subject": "Projet Wouri – lettre d'intention",
            "text": """
Monsieur Njoya,

Comme convenu, vous trouverez ci-joint la lettre d'intention non engageante de notre client pour l'acquisition d'une participation minoritaire dans Logicam Services.
Nous restons à votre disposition pour en discuter avec votre conseil d'administration.
""",
        },
        "fields": {
            "name": "Emmanuel NJOYA",
            "title": "Directeur Administratif et Financier",
            "company": "LOGICAM SERVICES SA",
            "email": "e.njoya@logicam-services.example",
            "address": "Rue Joss, Akwa, BP 4127 Douala, Cameroun",
            "phones": [("+237233421567", "landline"), ("+237677482109", "mobile")],
        },
    },
    {
        "id": "g007",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "LB",
        "sender": ("Rami Haddad", "rhaddad@cedre-fo.example"),
        "user": "cm",
        "new": """
Chère Claire,

Merci pour la présentation de jeudi. Nous sommes d'accord pour loger une partie des liquidités de la famille (autour de 3 M EUR) dans un contrat luxembourgeois, à condition que la banque dépositaire soit hors zone euro pour la moitié des avoirs.
Mon père souhaite rencontrer l'assureur à Paris lors de son passage, la semaine du 13 avril.

Bien amicalement,

§Rami Haddad
§Associé gérant
§Cèdre Family Office SAL
§Immeuble Nahas, Bloc C, 9e étage, Rue Clemenceau
§Hamra, Beyrouth – Liban
§T +961 1 987 654 | M / WhatsApp +961 3 218 447
§www.cedre-fo.example

Ce courriel peut contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci de le détruire. / This e-mail may contain confidential information. If you received it in error, please delete it.
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 6, 19, 12),
            "subject": "Suite de notre rendez-vous – allocation des liquidités",
            "text": """
Cher Rami,

Je vous remercie pour votre accueil. Vous trouverez ci-joint la note récapitulant les options envisagées pour les liquidités de la famille, dont le contrat luxembourgeois.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Rami Haddad",
            "title": "Associé gérant",
            "company": "Cèdre Family Office SAL",
            "website": "www.cedre-fo.example",
            "address": "Immeuble Nahas, Bloc C, 9e étage, Rue Clemenceau, Hamra, Beyrouth, Liban",
            "phones": [("+9611987654", "landline"), ("+9613218447", "mobile")],
        },
    },
    {
        "id": "g008",
        "lang": "fr",
        "client": "owa",
        "layout": "block",
        "sreg": "MC",
        "sender": ("Stéphane de Castelbajac", "s.decastelbajac@mgp-monaco.example"),
        "user": "sa",
        "new": """
Madame,

Pour l'ouverture du compte de M. et Mme Ferracci, notre service conformité a encore besoin d'un justificatif de domicile de moins de trois mois et d'une attestation de résidence fiscale monégasque (ou, à défaut, la carte de résident).
Dès réception, le compte pourra être ouvert sous 48 heures.

Je vous prie de croire, Madame, à l'assurance de mes sentiments les meilleurs.

§Stéphane de Castelbajac
§Directeur Général Délégué
§Monégasque de Gestion Patrimoniale S.A.M.
§Le Panorama – 57, rue Grimaldi – 98000 Monaco
§Tél. : +377 97 97 42 10
§Portable : +377 6 40 18 27 53

Société agréée par la Commission de Contrôle des Activités Financières (CCAF).
""",
        "quote": {
            "style": "owa_fr",
            "when": (2026, 3, 10, 8, 55),
            "subject": "Ouverture de compte – M. et Mme Ferracci",
            "text": """
Monsieur,

Suite à notre conversation, je vous adresse le dossier d'ouverture de compte de M. et Mme Ferracci, résidents monégasques depuis 2024.
""",
        },
        "fields": {
            "name": "Stéphane de Castelbajac",
            "title": "Directeur Général Délégué",
            "company": "Monégasque de Gestion Patrimoniale S.A.M.",
            "address": "Le Panorama, 57, rue Grimaldi, 98000 Monaco",
            "phones": [("+37797974210", "landline"), ("+377640182753", "mobile")],
        },
    },
    {
        "id": "g009",
        "lang": "fr",
        "client": "outlook",
        "layout": "team",
        "sreg": "LU",
        "sender": ("TA Dealing", "ta.dealing@moselle-fs.example"),
        "not_phones": {"+3525365": "the postcode in L-5365 Munsbach"},
        "user": "sa",
        "new": """
Bonjour Madame Arnoult,

Nous accusons réception de l'ordre de souscription de 250 parts de la classe I du compartiment « Verdalle Sélection Europe » pour le compte de M. et Mme Giraud.
Le dossier est toutefois incomplet : il manque la copie certifiée de la pièce d'identité de Madame ainsi que le formulaire d'auto-certification FATCA/CRS signé.
L'ordre sera traité sur la première valeur liquidative suivant la réception des documents.

Meilleures salutations,

§Service Agent de Transfert / Transfer Agency
§Moselle Fund Services S.A.
§6, rue Gabriel Lippmann, L-5365 Munsbach
§Tél. (+352) 26 49 58 20
§Fax (+352) 26 49 58 99
§ta.dealing@moselle-fs.example

Moselle Fund Services S.A. – R.C.S. Luxembourg B 187 432 – Soumise à la surveillance de la CSSF
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 11, 14, 30),
            "subject": "Souscription Verdalle Sélection Europe – M. et Mme Giraud",
            "text": """
Madame, Monsieur,

Veuillez trouver ci-joint le bulletin de souscription signé de M. et Mme Giraud pour 250 parts I, ainsi que les pièces KYC dont nous disposons.
""",
        },
        "fields": {
            "company": "Moselle Fund Services S.A.",
            "email": "ta.dealing@moselle-fs.example",
            "address": "6, rue Gabriel Lippmann, L-5365 Munsbach",
            "phones": [("+35226495820", "landline"), ("+35226495899", "fax")],
        },
    },
    {
        "id": "g010",
        "lang": "fr",
        "client": "android",
        "layout": "mobile",
        "sreg": "RE",
        "hard": True,
        "sender": ("Jean-Hugues Payet", "jh.payet@vanille-des-hauts.example"),
        "user": "sa",
        "new": """
Bonjour Sophie,

C'est bon pour le rendez-vous du 12 à Saint-Pierre, je serai là vers 10h. J'apporte le bilan de la SCEA et le tableau d'amortissement du prêt pour le tracteur.
Pour la donation aux enfants on en parle sur place.

§Jean-Hugues
§Jean-Hugues PAYET
§Gérant – SCEA Vanille des Hauts
§0692 63 18 40

Envoyé depuis mon smartphone Samsung Galaxy.
""",
        "quote": {
            "style": "samsung_fr",
            "when": (2026, 3, 3, 15, 48),
            "subject": "Rendez-vous à Saint-Pierre",
            "text": """
Bonjour Monsieur Payet,

Je serai à La Réunion la semaine du 9 mars. Seriez-vous disponible le jeudi 12 au matin, à Saint-Pierre, pour faire le point sur la SCEA et sur votre projet de donation ?
""",
        },
        "fields": {
            "name": "Jean-Hugues PAYET",
            "title": "Gérant",
            "company": "SCEA Vanille des Hauts",
            "phones": [("+262692631840", "mobile")],
        },
    },
    {
        "id": "g011",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "MQ",
        "hard": True,
        "sender": ("Jean-Marc Lubin-Ramassamy", "jm.lubin@atelier-caraibes.example"),
        "user": "cm",
        "new": """
Bonjour Madame Mercadier,

Veuillez trouver ci-joint le devis estimatif de la réhabilitation de la villa de Mme Rosette au Diamant (412 000 € HT, hors VRD), ainsi que le planning prévisionnel.
Le permis de construire modificatif devrait être déposé en mairie d'ici la fin du mois.

Cordialement,

§ATELIER D'ARCHITECTURE CARAÏBES
§Jean-Marc LUBIN-RAMASSAMY
§Architecte DE-HMONP, gérant
§Immeuble Les Palmistes – Lot. Dillon Valmenière
§97200 Fort-de-France
§Tél. 0596 71 42 08 – Port. 0696 28 53 17
§www.atelier-caraibes.example
Inscrit à l'Ordre des architectes de Martinique sous le n° S 1024
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 13, 12, 6),
            "subject": "Villa Rosette – budget des travaux",
            "text": """
Monsieur Lubin-Ramassamy,

Mme Rosette m'a demandé de faire le point sur le financement des travaux. Pourriez-vous me transmettre le devis estimatif et le calendrier prévu ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Jean-Marc LUBIN-RAMASSAMY",
            "title": "Architecte DE-HMONP, gérant",
            "company": "ATELIER D'ARCHITECTURE CARAÏBES",
            "website": "www.atelier-caraibes.example",
            "address": "Immeuble Les Palmistes, Lot. Dillon Valmenière, 97200 Fort-de-France",
            "phones": [("+596596714208", "landline"), ("+596696285317", "mobile")],
        },
    },
    {
        "id": "g012",
        "lang": "fr",
        "client": "gmail",
        "layout": "dash-dash",
        "sreg": "GP",
        "hard": True,
        "sender": ("Sandrine Zami-Bellerose", "s.zami@zb-conseil.example"),
        "user": "jfh",
        "new": """
Bonjour Monsieur,

Je vous transmets la liasse fiscale 2025 de la SARL Karukera Distribution ainsi que le détail des comptes courants d'associés, comme demandé pour la valorisation.
Attention, le compte courant de M. Zami (186 000 €) fait l'objet d'une convention de blocage jusqu'en 2027.

Bonne réception,
--\x20
§Sandrine ZAMI-BELLEROSE
§Expert-comptable diplômée
§Cabinet ZB Conseil & Expertise
§Zone de Jarry – Immeuble Le Karukera, 97122 Baie-Mahault
§Tél : 0590 82 14 63 | Portable : 0690 47 21 39
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 2, 27, 16, 22),
            "subject": "Karukera Distribution – liasse 2025",
            "text": """
Madame Zami-Bellerose,

Pour avancer sur la valorisation de Karukera Distribution, pourriez-vous me faire parvenir la liasse 2025 et le détail des comptes courants ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Sandrine ZAMI-BELLEROSE",
            "title": "Expert-comptable diplômée",
            "company": "Cabinet ZB Conseil & Expertise",
            "address": "Zone de Jarry, Immeuble Le Karukera, 97122 Baie-Mahault",
            "phones": [("+590590821463", "landline"), ("+590690472139", "mobile")],
        },
    },
    {
        "id": "g013",
        "lang": "fr",
        "client": "iphone",
        "layout": "block",
        "sreg": "NC",
        "hard": True,
        "sender": ("Marie-Laure Lefèvre-Wahetra", "pharmacie.ansevata@lagoon-mail.example"),
        "user": "sa",
        "new": """
Bonjour Madame Arnoult,

Merci pour la simulation. Pour le rachat des parts de mon associée dans la SELARL, la banque nous propose finalement un prêt sur 7 ans : pouvez-vous refaire le calcul avec ce paramètre ?
Attention au décalage horaire, je suis joignable à l'officine entre 7h30 et 9h, heure de Nouméa.

Bien cordialement,

§Dr Marie-Laure LEFÈVRE-WAHETRA
§Pharmacien titulaire
§Pharmacie de l'Anse Vata
§BP 12 345 – 98849 Nouméa Cedex
§Tél. 27 14 52 – Mob. 78 36 21

Envoyé de mon iPhone
""",
        "quote": {
            "style": "iphone_fr",
            "when": (2026, 3, 16, 9, 10),
            "subject": "Simulation – rachat de parts SELARL",
            "text": """
Madame,

Comme promis, voici la simulation du rachat des parts de votre associée, sur la base d'un prêt à 10 ans. Je reste à votre disposition pour la commenter.
""",
        },
        "fields": {
            "name": "Marie-Laure LEFÈVRE-WAHETRA",
            "title": "Pharmacien titulaire",
            "company": "Pharmacie de l'Anse Vata",
            "address": "BP 12 345, 98849 Nouméa Cedex",
            "phones": [("+687271452", "landline"), ("+687783621", "mobile")],
        },
    },
    {
        "id": "g014",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "PF",
        "hard": True,
        "sender": ("Heimana Teheiura", "etude.teheiura@notaires-tahiti.example"),
        "user": "cm",
        "new": """
Madame,

J'ai bien reçu la procuration de vos clients pour la vente du terrain de Punaauia. Elle devra toutefois être établie devant notaire en métropole, puis m'être adressée en original.
Compte tenu des délais postaux, je vous propose de fixer la signature au plus tôt le 14 avril.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

§Heimana TEHEIURA
§Notaire à Papeete
§Étude de Maître Heimana Teheiura
§Immeuble Le Mahana, 2e étage – Rue du Général de Gaulle
§BP 4521 – 98713 Papeete, Tahiti
§Standard : 40 54 21 87
§Vini : 87 72 46 13
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 5, 21, 40),
            "subject": "Vente terrain Punaauia – procuration",
            "text": """
Maître,

Vous trouverez ci-joint la procuration sous seing privé signée par M. et Mme Vidal pour la vente de leur terrain de Punaauia. Pouvez-vous me confirmer qu'elle vous convient ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Heimana TEHEIURA",
            "title": "Notaire à Papeete",
            "company": "Étude de Maître Heimana Teheiura",
            "address": "Immeuble Le Mahana, 2e étage, Rue du Général de Gaulle, BP 4521, 98713 Papeete, Tahiti",
            "phones": [("+68940542187", "landline"), ("+68987724613", "mobile")],
        },
    },
    {
        "id": "g015",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "CA",
        "sender": ("Geneviève Tremblay-Roy", "gtremblayroy@lafontaine-desrosiers.example"),
        "user": "cm",
        "new": """
Bonjour Madame Mercadier,

Merci pour votre courriel. Je confirme que le testament de M. Beaulieu, signé devant notaire à Montréal en 2019, est valide au Québec; la question de son application aux biens situés en France relève toutefois du règlement européen, et je vous suggère de valider ce point avec le notaire français.
Je peux me rendre disponible pour un appel à trois mardi prochain, 10 h (heure de Montréal), soit 15 h à Paris.

Au plaisir,

§Me Geneviève Tremblay-Roy (elle/she)
§Avocate associée | Partner
§Fiscalité et planification successorale
§Lafontaine Desrosiers S.E.N.C.R.L.
§1250, boulevard René-Lévesque Ouest, bureau 2200
§Montréal (Québec)  H3B 4W8
§T 514 555-0142 | C 514 555-0187
§www.lafontaine-desrosiers.example

Ce courriel est confidentiel et peut être protégé par le secret professionnel. / This email is confidential and may be privileged.
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 17, 14, 25),
            "subject": "Succession Beaulieu – testament québécois",
            "text": """
Maître,

Je suis la conseillère patrimoniale de la famille Beaulieu. Pourriez-vous me confirmer la validité du testament de M. Beaulieu au Québec, et me dire si vous seriez disponible pour un échange avec le notaire parisien ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Geneviève Tremblay-Roy",
            "title": "Avocate associée | Partner",
            "company": "Lafontaine Desrosiers S.E.N.C.R.L.",
            "website": "www.lafontaine-desrosiers.example",
            "address": "1250, boulevard René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8",
            "phones": [("+15145550142", "landline"), ("+15145550187", "mobile")],
        },
    },
    {
        "id": "g016",
        "lang": "fr",
        "client": "gmail",
        "layout": "table-pipes",
        "sreg": "CA",
        "sender": ("Luc Arsenault", "luc@arsenault-leblanc.example"),
        "user": "jfh",
        "new": """
Bonjour Julien,

Comme convenu, voici les états financiers consolidés au 30 septembre et le calcul du BAIIA normalisé (ajusté pour la rémunération des actionnaires).
Les chiffres de la filiale de Dieppe seront finalisés la semaine prochaine.

Merci et bonne fin de journée,

§Luc Arsenault, CPA | Associé | Arsenault LeBlanc CPA inc.
§770, rue Main, bureau 400, Moncton (N.-B.) E1C 1E7 | T 506 555-0177 | C 506 555-0164
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 18, 13, 50),
            "subject": "Acadie Marine – états financiers",
            "text": """
Bonjour Luc,

Pour préparer la réunion avec l'acquéreur, pourrais-tu m'envoyer les états financiers consolidés et ton calcul du BAIIA normalisé ?

Merci d'avance,
""",
        },
        "fields": {
            "name": "Luc Arsenault",
            "title": "Associé",
            "company": "Arsenault LeBlanc CPA inc.",
            "address": "770, rue Main, bureau 400, Moncton (N.-B.) E1C 1E7",
            "phones": [("+15065550177", "landline"), ("+15065550164", "mobile")],
        },
    },
    {
        "id": "g017",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "CH",
        "sender": ("Olivier Favre-Bulle", "o.favre-bulle@rhoneleman.example"),
        "user": "cm",
        "new": """
Chère Madame,

Je vous confirme la bonne réception des fonds (CHF 1 200 000) sur le compte de la Fondation Morel auprès de notre banque dépositaire.
Le mandat de gestion discrétionnaire prendra effet au 1er avril ; je vous adresserai d'ici là la proposition d'allocation validée par notre comité d'investissement.

Avec mes meilleures salutations,

§Olivier Favre-Bulle
§Associé gérant
§Rhône Léman Gestion SA
§Rue du Rhône 62 | Case postale 3120 | 1211 Genève 3
§T +41 22 310 45 67 | D +41 22 310 45 61
§o.favre-bulle@rhoneleman.example | www.rhoneleman.example

Gestionnaire de fortune autorisé par l'Autorité fédérale de surveillance des marchés financiers FINMA.
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 19, 8, 32),
            "subject": "Fondation Morel – transfert des avoirs",
            "text": """
Cher Monsieur,

Le virement de CHF 1 200 000 a été émis hier par la banque de la Fondation Morel. Pourriez-vous m'en confirmer la réception ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Olivier Favre-Bulle",
            "title": "Associé gérant",
            "company": "Rhône Léman Gestion SA",
            "email": "o.favre-bulle@rhoneleman.example",
            "website": "www.rhoneleman.example",
            "address": "Rue du Rhône 62, Case postale 3120, 1211 Genève 3",
            "phones": [("+41223104567", "landline"), ("+41223104561", "landline")],
        },
    },
    {
        "id": "g018",
        "lang": "fr",
        "client": "gmail",
        "layout": "first-name",
        "sreg": "CH",
        "hard": True,
        "sender": ("Pascal Rochat", "p.rochat@cardio-gare.example"),
        "user": "sa",
        "new": """
Bonjour Madame Arnoult,

D'accord pour transférer mon 2e pilier sur le compte de libre passage que vous proposez. Je vous renvoie le formulaire signé par la poste cette semaine.
Pouvons-nous fixer un appel après le 20 ? Je suis en congé jusque-là.

Merci et belle journée,
§Pascal
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 9, 18, 45),
            "subject": "Votre 2e pilier",
            "text": """
Bonjour Docteur,

Comme évoqué, je vous propose de transférer votre avoir de 2e pilier sur un compte de libre passage. Vous trouverez le formulaire en pièce jointe.
""",
            "deeper": {
                "when": (2026, 3, 2, 20, 11),
                "subject": "Votre 2e pilier",
                "text": """
Madame,

Suite à la fermeture de mon cabinet de groupe, je quitte ma caisse de pension au 31 mars. Que me conseillez-vous ?

Dr méd. Pascal Rochat
Spécialiste FMH en cardiologie
Avenue de la Gare 12, 1003 Lausanne
Tél. 021 613 27 48
""",
            },
        },
        "fields": {"name": "Pascal"},
    },
    {
        "id": "g019",
        "lang": "fr",
        "client": "outlook",
        "layout": "two-firms",
        "sreg": "BE",
        "hard": True,
        "sender": ("Maxime Van den Bossche", "m.vandenbossche@vbl-avocats.example"),
        "user": "jfh",
        "new": """
Cher Monsieur,

Comme évoqué, la convention de cession des actions de la SRL Atelier Sablon peut être signée par voie électronique ; aucun enregistrement n'est requis en Belgique pour ce type d'acte.
Je vous adresse la version finale ce soir, après relecture par mon confrère parisien.

Bien à vous,

§Maxime Van den Bossche
§Avocat associé – Van den Bossche & Lemaire
§Of counsel – Lexvia Avocats (Paris)
§Avenue Louise 326, bte 12 – 1050 Bruxelles
§T. +32 (0)2 543 18 20 – GSM +32 (0)475 63 28 14
§www.vbl-avocats.example
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 20, 11, 3),
            "subject": "Atelier Sablon – convention de cession",
            "text": """
Maître,

Pouvez-vous me confirmer les modalités de signature de la convention de cession (signature électronique possible ?) et le calendrier d'envoi de la version finale ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Maxime Van den Bossche",
            "title": "Avocat associé",
            "company": "Van den Bossche & Lemaire",
            "website": "www.vbl-avocats.example",
            "address": "Avenue Louise 326, bte 12, 1050 Bruxelles",
            "phones": [("+3225431820", "landline"), ("+32475632814", "mobile")],
        },
    },
    {
        "id": "g020",
        "lang": "fr",
        "client": "thunderbird",
        "layout": "block",
        "sreg": "BE",
        "sender": ("Thierry Lonneux", "t.lonneux@isg-liege.example"),
        "user": "cm",
        "new": """
Chère Madame Mercadier,

J'ai relu le rapport d'évaluation de la société Mosa Composites. La méthode des multiples me paraît correcte, mais le taux d'actualisation retenu (9,5 %) est à mon avis trop bas pour une société de cette taille : une prime de taille de 2 à 3 points serait plus défendable devant le tribunal.
Je vous envoie mes commentaires détaillés d'ici vendredi.

Bien cordialement,

--\x20
§Prof. Thierry Lonneux
§Professeur ordinaire de finance d'entreprise
§Institut supérieur de gestion de Liège
§Rue Louvrex 14, B-4000 Liège
§Tél. : +32 (0)4 232 18 77
""",
        "quote": {
            "style": "thunderbird_fr",
            "when": (2026, 3, 23, 10, 18),
            "subject": "Mosa Composites – relecture du rapport d'évaluation",
            "text": """
Monsieur le Professeur,

Comme convenu, je vous adresse le rapport d'évaluation de Mosa Composites. Votre avis sur le taux d'actualisation nous serait très utile avant l'audience.

Bien cordialement,
""",
        },
        "fields": {
            "name": "Thierry Lonneux",
            "title": "Professeur ordinaire de finance d'entreprise",
            "company": "Institut supérieur de gestion de Liège",
            "address": "Rue Louvrex 14, B-4000 Liège",
            "phones": [("+3242321877", "landline")],
        },
    },
    {
        "id": "g021",
        "lang": "fr",
        "client": "other",
        "layout": "team",
        "sreg": "FR",
        "sender": ("Urbanisme – Mairie de Saint-Aubin-des-Vignes", "urbanisme@saint-aubin-des-vignes.example"),
        "user": "tl",
        "new": """
Madame, Monsieur,

Nous accusons réception de la déclaration d'intention d'aliéner (DIA) concernant la parcelle AB 214, lieu-dit Les Grands Prés, transmise par Maître Roux pour le compte de la SCI Verchères.
La commune dispose d'un délai de deux mois pour exercer son droit de préemption ; le dossier sera examiné lors de la commission d'urbanisme du 7 avril.

Nous restons à votre disposition.

§Le service Urbanisme
§Mairie de Saint-Aubin-des-Vignes
§Place de la Mairie – 69440 Saint-Aubin-des-Vignes
§Tél. 04 65 71 90 12

Accueil du public : lundi, mercredi et vendredi de 9h à 12h
""",
        "quote": {
            "style": "webmail_fr",
            "when": (2026, 3, 24, 9, 5),
            "subject": "DIA parcelle AB 214 – SCI Verchères",
            "text": """
Madame, Monsieur,

Dans le cadre de la cession de la parcelle AB 214 par la SCI Verchères, pourriez-vous me confirmer la bonne réception de la DIA et le calendrier d'instruction ?

Cordialement,
""",
        },
        "fields": {
            "company": "Mairie de Saint-Aubin-des-Vignes",
            "address": "Place de la Mairie, 69440 Saint-Aubin-des-Vignes",
            "phones": [("+33465719012", "landline")],
        },
    },
    {
        "id": "g022",
        "lang": "fr",
        "client": "outlook",
        "layout": "block",
        "sreg": "FR",
        "sender": ("Héloïse de La Brissetière", "heloise@lalande-brisset.example"),
        "user": "jfh",
        "new": """
Bonjour Julien,

Merci pour la note sur le pacte Dutreil. Mes frères sont d'accord sur le principe de l'engagement collectif, mais souhaitent que le groupement foncier viticole reste en dehors de l'opération.
Pourrions-nous en parler au château le 2 avril ? Je vous ferai goûter le 2024 en primeur.

Bien à vous,

§Héloïse de La Brissetière
§Propriétaire – Gérante
§Château Lalande-Brisset
§Lieu-dit Le Bourdieu – 33180 Saint-Estèphe
§Tél. +33 (0)5 36 49 21 70 – Mobile +33 (0)6 83 41 57 26
§www.lalande-brisset.example
Suivez-nous sur Instagram @chateaulalandebrisset
L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 18, 19, 2),
            "subject": "Transmission du château – note Dutreil",
            "text": """
Chère Madame,

Vous trouverez ci-joint notre note sur la mise en place d'un pacte Dutreil pour la transmission des parts de la société d'exploitation.
""",
        },
        "fields": {
            "name": "Héloïse de La Brissetière",
            "title": "Propriétaire – Gérante",
            "company": "Château Lalande-Brisset",
            "website": "www.lalande-brisset.example",
            "address": "Lieu-dit Le Bourdieu, 33180 Saint-Estèphe",
            "phones": [("+33536492170", "landline"), ("+33683415726", "mobile")],
        },
    },
    {
        "id": "g023",
        "lang": "fr",
        "client": "applemail",
        "layout": "caps",
        "sreg": "FR",
        "sender": ("Pierre-Louis Guyot", "pl.guyot@guyot-mairet.example"),
        "user": "cm",
        "new": """
Bonjour Madame,

Je vous renvoie signé le mandat pour l'estimation du domaine. Le notaire de Nuits a les actes des parcelles (3,2 ha en Hautes-Côtes, 0,8 ha en appellation village).
Je suis dans les vignes toute la semaine, le plus simple est de m'appeler le soir.

§PIERRE-LOUIS GUYOT
§VIGNERON RÉCOLTANT
§DOMAINE GUYOT-MAIRET
§12 RUE DES TONNELIERS – 21700 MEUILLEY-LE-HAUT
§TÉL. 03 53 01 62 48 – PORT. 06 84 27 15 39
""",
        "quote": {
            "style": "apple_fr",
            "when": (2026, 3, 12, 8, 14),
            "subject": "Estimation du domaine",
            "text": """
Monsieur Guyot,

Je vous adresse le mandat pour l'estimation du domaine, à me retourner signé. Pourriez-vous aussi m'indiquer qui détient les titres de propriété des parcelles ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "PIERRE-LOUIS GUYOT",
            "title": "VIGNERON RÉCOLTANT",
            "company": "DOMAINE GUYOT-MAIRET",
            "address": "12 RUE DES TONNELIERS, 21700 MEUILLEY-LE-HAUT",
            "phones": [("+33353016248", "landline"), ("+33684271539", "mobile")],
        },
    },
    {
        "id": "g024",
        "lang": "fr",
        "client": "gmail",
        "layout": "oneline",
        "sreg": "FR",
        "sender": ("Yannick Le Gall", "gaec.kerbrat@agri-mail.example"),
        "user": "tl",
        "new": """
Bonjour Thomas,

Voici les trois derniers bilans du GAEC comme demandé. Pour la transmission à notre fils, on aimerait garder le foncier dans le GFA familial et ne céder que les parts du GAEC.
On peut se voir à la ferme un mardi après-midi, après la traite ?

Cordialement
§Yannick Le Gall – cogérant du GAEC de Kerbrat
§Kerbrat – 29800 Plouédern
§06 73 58 21 94
""",
        "quote": {
            "style": "gmail_fr",
            "when": (2026, 3, 2, 7, 58),
            "subject": "Transmission GAEC de Kerbrat",
            "text": """
Bonjour Monsieur Le Gall,

Pour préparer notre rendez-vous, pourriez-vous m'envoyer les trois derniers bilans du GAEC ? Nous ferons le point sur les options de transmission.
""",
        },
        "fields": {
            "name": "Yannick Le Gall",
            "title": "cogérant",
            "company": "GAEC de Kerbrat",
            "address": "Kerbrat, 29800 Plouédern",
            "phones": [("+33673582194", "mobile")],
        },
    },
    {
        "id": "g025",
        "lang": "fr",
        "client": "outlook",
        "layout": "assistant",
        "sreg": "FR",
        "hard": True,
        "sender": ("Séverine Marchal", "s.marchal@ducros-vernet.notaires.example"),
        "user": "cm",
        "new": """
Madame,

À la demande de Maître Ducros-Vernet, je vous informe que le rendez-vous de signature de la donation-partage Chambon est confirmé le mardi 24 mars à 14h30 en l'étude.
Les donataires devront se munir d'une pièce d'identité en cours de validité ; la provision sur frais (8 450 €) est à virer sur le compte de l'office au plus tard 48h avant.

Cordialement,

§Séverine Marchal
§Assistante de Maître Anne-Laure Ducros-Vernet
§Office notarial Ducros-Vernet & Associés
§Notaires associés
§8, place Bellecour – 69002 Lyon
§Tél. direct : 04 65 71 44 83
§Standard : 04 65 71 44 80
§Fax : 04 65 71 44 89
""",
        "quote": {
            "style": "outlook_fr",
            "when": (2026, 3, 13, 17, 44),
            "cc": "Anne-Laure Ducros-Vernet <al.ducros-vernet@ducros-vernet.notaires.example>",
            "subject": "Donation-partage Chambon – date de signature",
            "text": """
Maître,

Les enfants Chambon sont disponibles le 24 mars après-midi. Pouvez-vous me confirmer l'heure du rendez-vous et le montant de la provision ?

Bien cordialement,
""",
        },
        "fields": {
            "name": "Séverine Marchal",
            "title": "Assistante de Maître Anne-Laure Ducros-Vernet",
            "company": "Office notarial Ducros-Vernet & Associés",
            "address": "8, place Bellecour, 69002 Lyon",
            "phones": [("+33465714483", "landline"), ("+33465714480", "landline"), ("+33465714489", "fax")],
        },
    },
]
