"""blind28 human replies, part B: iPhone and iPad Mail, Samsung Email, Outlook (mobile, desktop, on-premises
Exchange), Courrier pour Windows, Thunderbird, Roundcube and Horde at small hosts, a notary's in-house system, and
the Belgian, Swiss, Québec and British correspondents."""

from clients28 import Reply, a_rc_fr, a_tb_fr, mid_outlookcom
from firm28 import (
    ADV,
    Out,
    P,
    T_banque,
    T_bilan,
    T_bilan_en,
    T_comptable,
    T_frontalier,
    T_heritier_qc,
    T_kyc,
    T_lettre,
    T_notaire,
    T_pieces,
    T_reunion,
    T_versement,
    en_long,
    exo_msgid,
    mk,
    outlook_block,
)
from mime12 import D, rng

ORANGE = ("smtp.orange.fr", "203.0.113.23")
SFR = ("smtp-out.sfr.fr", "203.0.113.36")
GMAIL = ("mail-ej1-f52.google.com", "198.51.100.93")
LAPOSTE = ("smtp.laposte.net", "203.0.113.58")
OUTLOOKCOM = ("EUR05-AM6-obe.outbound.protection.outlook.com", "198.51.100.85")
EXO = ("EUR03-DBA-obe.outbound.protection.outlook.com", "198.51.100.87")
OVH = ("mo552.mail-out.ovh.net", "198.51.100.110")
GANDI = ("relay4-d.mail.gandi.net", "198.51.100.117")
INFOMANIAK = ("smtp-8fab.mail.infomaniak.ch", "198.51.100.121")
O2SWITCH = ("node74-eu.o2switch.net", "198.51.100.126")
FREE = ("smtp2-g21.free.fr", "203.0.113.49")
BT = ("sonic306-27.consmr.mail.ir2.yahoo.com", "198.51.100.72")
SKYNET = ("mailsec111.isp.belgacom.be", "203.0.113.140")
TELENET = ("smtp.telenet.be", "203.0.113.146")
BLUEWIN = ("mail-out.bluewin.ch", "203.0.113.152")
VIDEOTRON = ("smtp.videotron.ca", "203.0.113.160")
NOTAIRE = ("mail.riviere-coutant-notaires.example", "203.0.113.171")
ACL = ("mail.acl-experts.example", "203.0.113.176")
OCEANE = ("relais.banque-oceane.example", "203.0.113.181")

N = []


def add(*a, **k):
    N.append(Reply(*a, **k))


def slots_are(o, **want):
    for k, v in want.items():
        if o.vars[k] != v:
            raise ValueError(f"{o.key}: {k} is {o.vars[k]!r}, the reply was written for {v!r}")


# ---------------------------------------------------------------- iPhone / iPad Mail
sabatier = P("Éric Sabatier", "eric.sabatier@orange.fr")
o = mk("sabatier", "hm", sabatier, T_bilan, "2027-07-21 09:00", greet="Bonjour Monsieur Sabatier,")
add(
    "sabatier-parfait",
    "iphone",
    sabatier,
    o,
    "2027-07-21 12:02",
    top=["Parfait, merci. Ce sera le {s1c} à 10 h."],
    device="Envoyé de mon iPhone",
    relay=ORANGE,
)

carrere = P("Sylvie Carrère", "sylvie.carrere@sfr.fr")
o = mk("carrere", "jc", carrere, T_reunion, "2027-09-01 10:00", greet="Bonjour Madame Carrère,")
add("carrere-rien", "iphone", carrere, o, "2027-09-03 08:40", top=[], device="Envoyé de mon iPhone", relay=SFR)

tessier = P("Jean-Marc Tessier", "jm.tessier@gmail.com")
o = mk("tessier", None, tessier, T_lettre, "2027-09-02 09:00")
add(
    "tessier-ne-mecrivez-plus",
    "iphone",
    tessier,
    o,
    "2027-09-02 09:41",
    top=["Ne m'écrivez plus svp"],
    device="Envoyé de mon iPhone",
    opt_out=True,
    relay=GMAIL,
)

bardin = P("Henri Bardin", "henri.bardin@orange.fr")
o = mk("bardin", None, bardin, T_lettre, "2027-09-02 09:00")
add(
    "bardin-veuve",
    "iphone",
    bardin,
    o,
    "2027-09-08 16:25",
    top=[
        "Bonjour,",
        "Mon mari Henri Bardin est décédé le 14 août. Merci de ne plus lui écrire.",
        "Colette Bardin",
    ],
    device="Envoyé de mon iPhone",
    opt_out=True,
    relay=ORANGE,
)

pembridge = P("Geoffrey Pembridge", "g.pembridge@btinternet.com")
o = mk("pembridge", "hm", pembridge, T_bilan_en, "2027-07-05 14:30", greet="Dear Mr Pembridge,", lang="en")
add(
    "pembridge-ipad",
    "ipad",
    pembridge,
    o,
    "2027-07-07 09:15",
    top=[
        "Dear Hélène,",
        "",
        "{s2c} afternoon is fine. We are in Monpazier until the end of September, then back in England until April.",
        "",
        "Regards",
        "Geoffrey",
    ],
    device="Sent from my iPad",
    lang="en",
    relay=BT,
)

lacoste = P("Bertrand Lacoste", "b.lacoste@chateau-lacoste-gaillard.example")
o = mk("lacoste", "jc", lacoste, T_bilan, "2027-09-06 10:00", greet="Bonjour Monsieur Lacoste,", place="au château")
add(
    "lacoste-pas-avant-vendanges",
    "iphone",
    lacoste,
    o,
    "2027-09-06 18:50",
    top=[
        "Pas avant les vendanges, on commence le 13 septembre et on en a jusqu'au 5 octobre au moins.",
        "Rappelez-moi début octobre.",
        "Bertrand",
    ],
    device="Envoyé de mon iPhone",
    relay=OVH,
)

# ---------------------------------------------------------------- Samsung Email
gouin = P("Stéphane Gouin", "sgouin.plomberie@orange.fr")
o = mk("gouin", "av", gouin, T_bilan, "2027-09-08 10:00", greet="Bonjour Monsieur Gouin,")
add(
    "gouin-chantier",
    "samsung_email",
    gouin,
    o,
    "2027-09-08 12:18",
    top=[
        "Bonjour oui le {s2c} ça me va mais plutôt 17h si possible je suis sur un chantier à Rumilly jusqu'à 16h",
        "Stéphane Gouin",
    ],
    device="Envoyé depuis mon smartphone Samsung Galaxy.",
    relay=ORANGE,
)

bonnet = P("Nathalie Bonnet", "nathalie.bonnet@laposte.net")
o = mk("bonnet", "hm", bonnet, T_pieces, "2027-07-26 11:00", greet="Bonjour Madame Bonnet,")
add(
    "bonnet-stop-deja-envoye",
    "samsung_email",
    bonnet,
    o,
    "2027-07-26 14:35",
    top=[
        "Stop ! J'ai déjà envoyé l'avis d'imposition à votre assistante Nadia la semaine dernière, regardez bien svp.",
        "Il vous manque juste la carte d'identité, je la scanne ce soir.",
        "N. Bonnet",
    ],
    device="Envoyé depuis mon smartphone Samsung Galaxy.",
    relay=LAPOSTE,
)

celerier = P("Raymond Célérier", "r.celerier@wanadoo.fr")
o = mk(
    "celerier", "jc", celerier, T_versement, "2027-07-29 10:00", greet="Bonjour Monsieur Célérier,", debut="5 septembre"
)
add(
    "celerier-ok",
    "samsung_email",
    celerier,
    o,
    "2027-07-29 10:47",
    top=["Ok"],
    device="Envoyé depuis mon appareil Galaxy",
    relay=ORANGE,
)

# ---------------------------------------------------------------- Outlook for iOS / Android
brunet = P("Olivier Brunet", "olivier.brunet@brunet-transports.example")
o = mk("brunet", "sl", brunet, T_bilan, "2027-09-14 09:00", greet="Bonjour Monsieur Brunet,")
add(
    "brunet-au-depot",
    "outlook_mobile",
    brunet,
    o,
    "2027-09-14 18:22",
    top=[
        "Bonjour Sophie,",
        "",
        "Va pour le {s1c} à 10 h, mais au dépôt de Saint-Herblain plutôt qu'au cabinet si ça ne vous dérange pas.",
        "",
        "Olivier Brunet",
        "Brunet Transports",
    ],
    device="Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    relay=EXO,
    opts={"block": "fr_mobile", "owa": True},
)

vigier = P("Laurence Vigier", "laurence.vigier@hotmail.fr")
o = mk("vigier", "cp", vigier, T_frontalier, "2027-07-13 10:00", greet="Bonjour Madame Vigier,")
add(
    "vigier-certificats-ce-week-end",
    "outlook_mobile",
    vigier,
    o,
    "2027-07-15 07:10",
    top=[
        "Bonjour Camille,",
        "Je vous envoie les deux certificats ce week-end, je ne les ai pas sous la main.",
        "Bonne journée",
        "Laurence",
    ],
    device="Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>",
    relay=OUTLOOKCOM,
    opts={"block": "fr_mobile", "owa": True},
)

# ---------------------------------------------------------------- Outlook for Windows
masson = P("Thierry Masson", "t.masson@masson-agencement.example")
o = mk("masson", "sl", masson, T_kyc, "2027-07-19 09:30", greet="Bonjour Monsieur Masson,")
add(
    "masson-reponses-en-rouge",
    "outlook_desktop",
    masson,
    o,
    "2027-07-20 11:02",
    top=[
        "Bonjour Sophie,",
        "",
        "Voir mes réponses en rouge ci-dessous.",
        "",
        "Cordialement,",
        "",
        "Thierry Masson",
        "Président – Masson Agencement SAS",
        "Tél. 01 99 00 77 18",
    ],
    inline=[
        ("1. Votre", ["==> Non, aucun changement."]),
        ("2. Vos", ["==> Oui : +25 % avec les dividendes 2026, je vous enverrai l'avis."]),
        ("3. Avez-vous", ["==> Cession de la société envisagée en 2029, on en reparlera."]),
    ],
    relay=EXO,
    cs="utf-8",
    opts={"exchange": "PA4P264MB6140.FRAP264.PROD.OUTLOOK.COM"},
    sent_copy=True,
)

dumas = P("Hervé Dumas", "pharmacie.dumas@wanadoo.fr")
o = mk("dumas", "hm", dumas, T_versement, "2027-07-12 10:00", greet="Bonjour Monsieur Dumas,")
add(
    "dumas-outlook-texte",
    "outlook_desktop",
    dumas,
    o,
    "2027-07-13 08:05",
    top=[
        "Bonjour,",
        "",
        "C'est d'accord pour les 200 € par mois à partir du 5 août. Envoyez-moi le bulletin, je le signerai ce "
        "week-end.",
        "",
        "Hervé Dumas",
        "Pharmacie Dumas – Cenon",
    ],
    relay=ORANGE,
    cs="windows-1252",
    opts={"block": "fr_old", "struct": "text"},
)

whitfield = P("Susan Whitfield", "susan.whitfield@btinternet.com")
o = mk("whitfield", "hm", whitfield, T_bilan, "2027-09-06 10:00", greet="Bonjour Madame Whitfield,")
add(
    "whitfield-francais-hesitant",
    "outlook_desktop",
    whitfield,
    o,
    "2027-09-07 10:30",
    top=[
        "Bonjour Madame Marchetti,",
        "",
        "Merci pour votre email. Nous sommes d'accord pour le rendez-vous le {s1c} à 10 heures, à notre maison de "
        "Eymet.",
        "Mon mari va être là aussi. Il est possible de parler en anglais un peu, notre français n'est pas très bien ?",
        "",
        "Cordialement,",
        "Susan Whitfield",
    ],
    relay=BT,
    subject="RE: Votre bilan patrimonial annuel",
    cs="windows-1252",
    opts={"block": "en", "clang": "en-GB"},
)

verstraeten = P("Koen Verstraeten", "koen.verstraeten@telenet.be")
o = mk("verstraeten", "cp", verstraeten, T_bilan, "2027-07-20 10:00", greet="Bonjour Monsieur Verstraeten,")
slots_are(o, s2="jeudi 5 août")
add(
    "verstraeten-nederlands",
    "outlook_desktop",
    verstraeten,
    o,
    "2027-07-22 08:50",
    top=[
        "Goedemorgen mevrouw Perrin,",
        "",
        "Bedankt voor uw bericht. Donderdag 5 augustus om 14.30 uur past ons goed; wij zijn dan in ons appartement "
        "in Annecy-le-Vieux. Mijn Frans is niet zo goed, ik schrijf liever in het Nederlands.",
        "",
        "Met vriendelijke groeten,",
        "Koen Verstraeten",
    ],
    lang="nl",
    country="BE",
    relay=TELENET,
    subject="RE: Votre bilan patrimonial annuel",
    cs="utf-8",
    opts={"block": "nl", "clang": "nl-BE"},
)

fabre = P("Michel Fabre", "michel.fabre@outlook.fr")
o = mk("fabre", "av", fabre, T_bilan, "2027-09-15 10:00", greet="Bonjour Monsieur Fabre,")
add(
    "fabre-courrier-windows",
    "windows_mail",
    fabre,
    o,
    "2027-09-16 09:12",
    top=["Bonjour Monsieur Vuillermoz,", "", "Je vous confirme le {s2c} à 14 h 30 au cabinet.", "", "Michel Fabre"],
    device="Provenance : Courrier pour Windows",
    relay=OUTLOOKCOM,
    opts={"block": "fr_winmail"},
)

# ---------------------------------------------------------------- Outlook on on-premises Exchange (accountant, bank)
chevalier = P("Isabelle Chevalier", "i.chevalier@acl-experts.example")
favre = P("Romain Favre", "r.favre@acl-experts.example")
o = mk("chevalier", "sl", chevalier, T_comptable, "2027-07-22 11:00", greet="Bonjour Madame Chevalier,")
add(
    "chevalier-transfert-collegue",
    "exchange_onprem",
    chevalier,
    o,
    "2027-07-22 15:47",
    top=[
        "Romain,",
        "",
        "Peux-tu envoyer à Mme Le Goff la liasse 2026 de Lebreton Menuiserie ? Pour les dividendes, je vois avec "
        "M. Lebreton à mon retour de congés, le 23 août.",
        "",
        "Merci,",
        "Isabelle",
        "",
        "Isabelle Chevalier",
        "Expert-comptable associée",
        "Audit Conseil Loire – 3 rue Crébillon – 44000 Nantes",
        "",
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous "
        "l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.",
    ],
    to=favre,
    cc=[ADV["sl"].p],
    subject="TR : " + o.subject,
    irt=False,
    relay=ACL,
    opts={"exchange": "EXCH01.acl-experts.local"},
)

pons = P("Aurélie Pons", "service.titres@banque-oceane.example")
o = mk("pons", "hm", pons, T_banque, "2027-07-05 10:00", greet="Bonjour,")
add(
    "pons-back-office-titres",
    "exchange_onprem",
    pons,
    o,
    "2027-07-07 16:30",
    top=[
        "Bonjour,",
        "",
        "Le transfert du PEA de Mme Ferrer a été initié le 5 juillet. Comptez trois à quatre semaines pour la "
        "réception des titres par Assurances Atlantique Vie.",
        "",
        "Cordialement,",
        "",
        "Aurélie Pons",
        "Service Titres – Back office",
        "Banque Océane",
        "",
        "Ce message est confidentiel et établi à l'attention exclusive de ses destinataires. Toute utilisation ou "
        "diffusion non autorisée est interdite. La Banque Océane décline toute responsabilité au titre de ce message "
        "s'il a été altéré, déformé ou falsifié.",
    ],
    relay=OCEANE,
    opts={"exchange": "SRV-EXCH03.banque-oceane.local"},
)

# ---------------------------------------------------------------- Thunderbird (format=flowed)
rivoire = P("Claude Rivoire", "claude.rivoire@free.fr")
o = mk("rivoire", "av", rivoire, T_bilan, "2027-07-06 09:00", greet="Bonjour Monsieur Rivoire,")
add(
    "rivoire-sous-la-citation",
    "thunderbird",
    rivoire,
    o,
    "2027-07-06 21:12",
    top=[],
    bottom=[
        "Bonsoir,",
        "",
        "Le {s3c} à 9 h 30 me convient. Je passerai au cabinet.",
        "",
        "Cordialement,",
        "-- ",
        "Claude Rivoire",
        "Ingénieur retraité – Seynod",
    ],
    relay=FREE,
    opts={"attr": a_tb_fr, "ua": "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Thunderbird/140.3.0"},
)

delmas = P("François Delmas", "f.delmas@delmas-architecte.example")
o = mk("delmas", "sl", delmas, T_kyc, "2027-08-30 09:30", greet="Bonjour Monsieur Delmas,")
add(
    "delmas-reponses-sous-les-questions",
    "thunderbird",
    delmas,
    o,
    "2027-08-31 18:20",
    top=["Bonjour,", "", "Réponses ci-dessous."],
    inline=[
        ("1. Votre", ["Non."]),
        ("2. Vos", ["Oui, en baisse : environ -15 % cette année, le marché est calme."]),
        ("3. Avez-vous", ["Non, rien de prévu."]),
    ],
    bottom=["Cordialement,", "-- ", "François Delmas", "Architecte DPLG – Nantes"],
    relay=GANDI,
    opts={
        "attr": a_tb_fr,
        "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:140.0) Gecko/20100101 Thunderbird/140.2.1",
    },
    sent_copy=True,
)

# ---------------------------------------------------------------- Roundcube (OVH, Infomaniak, o2switch)
rambaud = P("Émilie Rambaud", "emilie@rambaud-architecture.example")
o = mk("rambaud", "hm", rambaud, T_pieces, "2027-07-15 14:00", greet="Bonjour Madame Rambaud,")
add(
    "rambaud-roundcube-ovh",
    "roundcube",
    rambaud,
    o,
    "2027-07-16 09:10",
    top=[
        "Bonjour Hélène,",
        "",
        "Voici les trois documents en pièces jointes. L'avis d'imposition est celui de 2027 sur les revenus 2026.",
        "",
        "Bonne journée,",
        "-- ",
        "Émilie Rambaud",
        "Architecte – Rambaud Architecture",
        "Bordeaux",
    ],
    relay=OVH,
    opts={"attr": a_rc_fr},
)

rochat = P("Pierre-Alain Rochat", "pa.rochat@rochat-menuiserie.example")
o = mk("rochat", "cp", rochat, T_bilan, "2027-09-21 10:00", greet="Bonjour Monsieur Rochat,")
add(
    "rochat-infomaniak-nyon",
    "roundcube",
    rochat,
    o,
    "2027-09-22 07:40",
    top=[
        "Bonjour Madame Perrin,",
        "",
        "Le {s1dot} à 10 h me convient, je viendrai à Annecy.",
        "",
        "Meilleures salutations",
        "-- ",
        "Pierre-Alain Rochat",
        "Rochat Menuiserie Sàrl",
        "Nyon",
    ],
    country="CH",
    relay=INFOMANIAK,
    opts={"attr": a_rc_fr, "ua": "Roundcube Webmail/1.6.9"},
)

roque = P("Sébastien Roque", "contact@domaine-peyrelongue.example")
o = mk("roque", "jc", roque, T_reunion, "2027-09-01 10:00", greet="Bonjour Monsieur Roque,")
add(
    "roque-pied-de-page-domaine",
    "roundcube",
    roque,
    o,
    "2027-09-02 11:30",
    top=[
        "Bonjour Julien,",
        "",
        "Nous serons deux, mon père et moi, pour la réunion du 23.",
        "",
        "-- ",
        "Sébastien Roque",
        "Domaine de Peyrelongue – Côtes de Bourg",
        "Vente à la propriété du lundi au samedi",
        "Pour ne plus recevoir nos offres, répondez STOP à ce message.",
    ],
    relay=O2SWITCH,
    opts={"attr": a_rc_fr},
)

# ---------------------------------------------------------------- Horde (o2switch)
mercadier = P("Gilles Mercadier", "gilles@mercadier-electricite.example")
o = mk("mercadier", "jc", mercadier, T_bilan, "2027-09-10 10:00", greet="Bonjour Monsieur Mercadier,")
add(
    "mercadier-horde-octobre",
    "horde",
    mercadier,
    o,
    "2027-09-13 07:05",
    top=[
        "Bonjour,",
        "",
        "Je préfère qu'on se voie en octobre, septembre c'est la folie avec les chantiers.",
        "Le lundi 4 ou le mardi 5 octobre, en fin d'après-midi ?",
        "",
        "Gilles Mercadier",
        "Mercadier Électricité, Blaye",
    ],
    relay=O2SWITCH,
    cs="iso-8859-1",
    opts={"attr": lambda o, dt: f"Citation {o.frm.name} <{o.frm.email}> :", "attr_gap": True},
)

# ---------------------------------------------------------------- a notary's in-house system
riviere = P("Anne-Sophie Rivière", "as.riviere@riviere-coutant-notaires.example")
o = mk("riviere", "tg", riviere, T_notaire, "2027-07-06 11:00", greet="Maître,")
add(
    "riviere-acte-signe",
    "notary_inhouse",
    riviere,
    o,
    "2027-07-08 16:40",
    top=[
        "Monsieur,",
        "",
        "L'acte de notoriété a été signé le 2 juillet dernier. Je vous en adresse une copie par courrier, avec la "
        "liste des héritiers et leurs coordonnées.",
        "",
        "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
        "",
        "Maître Anne-Sophie Rivière",
        "Notaire associée",
        "Étude Rivière & Coutant – 12 place du Marché – 44150 Ancenis-Saint-Géréon",
        "",
        "Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont "
        "confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement "
        "l'expéditeur.",
    ],
    relay=NOTAIRE,
)

menard = P("Claire Ménard", "c.menard@riviere-coutant-notaires.example")
o = mk(
    "menard",
    "tg",
    menard,
    T_notaire,
    "2027-09-13 10:00",
    greet="Maître,",
    defunt="Mme Yvette Guilbaud",
    ville="Varades",
)
add(
    "menard-clerc-maitre-en-conge",
    "notary_inhouse",
    menard,
    o,
    "2027-09-15 09:30",
    top=[
        "Monsieur Guérin,",
        "",
        "Maître Coutant est en congé jusqu'au 20 septembre. Le dossier est en attente de l'attestation immobilière ; "
        "je reviens vers vous dès son retour.",
        "",
        "Bien cordialement,",
        "",
        "Claire Ménard",
        "Clerc de notaire – Étude Rivière & Coutant",
    ],
    relay=NOTAIRE,
)

# ---------------------------------------------------------------- Belgium (Proximus / Skynet webmail)
dewaele = P("Jacqueline Dewaele", "jacqueline.dewaele@skynet.be")
o = mk(
    "dewaele",
    "cp",
    dewaele,
    T_bilan,
    "2027-07-02 10:00",
    greet="Bonjour Madame Dewaele,",
    place="à Annecy ou au chalet",
)
add(
    "dewaele-au-chalet",
    "proximus_webmail",
    dewaele,
    o,
    "2027-07-05 10:45",
    top=[
        "Bonjour Madame Perrin,",
        "",
        "Nous serons au chalet de La Clusaz à partir du 10 juillet. Le {s1c} à 10 h nous convient très bien, au "
        "chalet si cela ne vous dérange pas.",
        "",
        "Bien à vous,",
        "Jacqueline et André Dewaele",
    ],
    country="BE",
    relay=SKYNET,
    opts={"ox_host": "webmail.proximus.be"},
)

lambotte = P("Philippe Lambotte", "philippe.lambotte@proximus.be")
o = mk("lambotte", None, lambotte, T_lettre, "2027-08-03 09:00")
add(
    "lambotte-desinscrire",
    "proximus_webmail",
    lambotte,
    o,
    "2027-08-05 14:12",
    top=["Bonjour,", "Veuillez me désinscrire de votre mailing, s'il vous plaît.", "Bien à vous,", "Ph. Lambotte"],
    opt_out=True,
    country="BE",
    relay=SKYNET,
    opts={"ox_host": "webmail.proximus.be"},
)

# ---------------------------------------------------------------- Switzerland (Bluewin webmail)
decosterd = P("Marianne Décosterd", "marianne.decosterd@bluewin.ch")
o = mk("decosterd", "cp", decosterd, T_bilan, "2027-09-01 10:00", greet="Bonjour Madame Décosterd,")
add(
    "decosterd-bord-du-lac",
    "bluewin_webmail",
    decosterd,
    o,
    "2027-09-02 07:55",
    top=[
        "Bonjour Madame Perrin,",
        "",
        "Je vous confirme le rendez-vous du {s2dot} à 14h30 à Annecy.",
        "Je viendrai avec mon mari, nous en profiterons pour dîner au bord du lac.",
        "",
        "Meilleures salutations",
        "Marianne Décosterd",
    ],
    country="CH",
    relay=BLUEWIN,
    opts={"ox_host": "webmail.bluewin.ch"},
)

pittet = P("Jean-Luc Pittet", "jl.pittet@bluewin.ch")
o = mk("pittet", "av", pittet, T_frontalier, "2027-07-14 09:00", greet="Bonjour Monsieur Pittet,")
add(
    "pittet-pas-sur-le-natel",
    "bluewin_webmail",
    pittet,
    o,
    "2027-07-15 19:05",
    top=[
        "Bonjour,",
        "",
        "Merci de ne plus m'appeler sur mon natel pendant les heures de travail, je ne peux pas répondre sur le "
        "chantier. Écrivez-moi plutôt ici, je réponds le soir.",
        "",
        "Les certificats suivent la semaine prochaine.",
        "",
        "Salutations",
        "J.-L. Pittet",
    ],
    country="CH",
    relay=BLUEWIN,
    opts={"ox_host": "webmail.bluewin.ch"},
)

# ---------------------------------------------------------------- Québec (Vidéotron webmail, HTML only)
gagnon = P("Sylvie Mermillod-Gagnon", "sylvie.gagnon@videotron.ca")
o = mk("gagnon", "av", gagnon, T_heritier_qc, "2027-07-08 16:00", greet="Bonjour Madame Mermillod-Gagnon,")
add(
    "gagnon-appel-video",
    "videotron_webmail",
    gagnon,
    o,
    "2027-07-08 15:20",
    top=[
        "Bonjour Monsieur Vuillermoz,",
        "",
        "Merci beaucoup pour votre courriel. Je suis présentement au chalet jusqu'au 18 juillet, mais je peux faire "
        "un appel vidéo le mardi 20 juillet à 11 h, heure du Québec (17 h chez vous).",
        "",
        "Pour le certificat de résidence, j'ai fait la demande à mon comptable.",
        "",
        "Bonne journée!",
        "Sylvie",
    ],
    country="QC",
    relay=VIDEOTRON,
    opts={
        "sep": "----- Message d'origine -----",
        "mailer": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC128 (Win))",
    },
)

# ---------------------------------------------------------------- British retirees in English
cartwright = P("Jenny Cartwright", "jenny.cartwright@btinternet.com")
o = mk(
    "cartwright",
    "hm",
    cartwright,
    T_versement,
    "2027-09-06 10:00",
    greet="Bonjour Madame Cartwright,",
    debut="5 octobre",
)
add(
    "cartwright-when-tom-is-back",
    "iphone",
    cartwright,
    o,
    "2027-09-07 08:05",
    top=["Thanks Hélène, that's fine for us.", "We'll sign the form when Tom is back from England on the 14th."],
    device="Sent from my iPhone",
    lang="en",
    relay=BT,
)

# a long thread: the firm's answer quotes his Outlook.com question, which quotes the firm's first message
sheldon = P("Richard Sheldon", "richard.sheldon@outlook.com")
hm = ADV["hm"]
t1_date = D("2027-08-16 10:00", 2)
t1 = [
    "Dear Mr Sheldon,",
    "",
    "As requested, please find attached the statement of your assurance-vie contract at 30 June. The monthly "
    "partial withdrawal of 400 € continues as agreed last year.",
    "",
    "Kind regards,",
    "",
    *hm.sig("en"),
]
t2_date = D("2027-08-17 09:12", 2)
t2 = [
    "Dear Hélène,",
    "",
    "Thank you. Could you tell me how much tax is withheld on each withdrawal?",
    "",
    "Richard",
]
t3 = [
    "Dear Mr Sheldon,",
    "",
    "Only the share of gains in each withdrawal is taxed: about 15 € a month at present, withheld by the insurer, "
    "plus the social charges, which you do not pay as you are covered by the UK.",
    "",
    "Kind regards,",
    "",
    *hm.sig("en"),
    "",
    *outlook_block(sheldon, t2_date, hm.p, "RE: Your assurance-vie statement"),
    "",
    *t2,
    "",
    "________________________________",
    f"From: {hm.name} <{hm.email}>",
    f"Sent: {en_long(t1_date)}",
    f"To: {sheldon.name} <{sheldon.email}>",
    "Subject: Your assurance-vie statement",
    "",
    *t1,
]
t2_id = mid_outlookcom(rng("blind28-sheldon-2"))[0]
o = Out("sheldon-3", "hm", sheldon, "RE: Your assurance-vie statement", t3, "2027-08-18 11:30", lang="en")
o.refs = [exo_msgid(rng("blind28-sheldon-1"))[0], t2_id]
add(
    "sheldon-stop-the-withdrawal",
    "outlook_com",
    sheldon,
    o,
    "2027-08-19 08:40",
    top=[
        "Dear Hélène,",
        "",
        "Thank you for the explanation. In that case, could you please stop the monthly withdrawal from October? We "
        "no longer need it now that my UK pension has started.",
        "",
        "Best regards,",
        "Richard Sheldon",
    ],
    subject="RE: Your assurance-vie statement",
    lang="en",
    relay=OUTLOOKCOM,
    opts={"owa": True, "block": "en", "clang": "en-GB"},
)
