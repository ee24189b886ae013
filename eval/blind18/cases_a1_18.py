"""Group A, French: answers typed inside the quoted copy of the firm's message, without any mark."""

import texts_fr18 as F
from compose18 import Reply
from people18 import BANNERS, HELENE, MARC, P

CASES = []
IPHONE_FR = "Envoyé de mon iPhone"


def case(**kw):
    CASES.append(Reply(group="A", **kw))


# Outlook 2016 over IMAP (Orange), a pointer above, answers under the questions and one at the end of a line
c = P("Paul Bertin", "paul.bertin@orange.example")
case(key="bertin", frm=c, date="2027-03-03 18:40", client="outlook", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-02 09:14", "Bonjour Monsieur Bertin,"),
     top=["Bonjour Madame Marchetti,", "", "Voir mes réponses dans votre message.", "", "Cordialement,", "Paul Bertin"],
     edits=[("after", "adresse actuelle", "Toujours 14 chemin des Vignes à Saint-Cyr-au-Mont-d’Or."),
            ("tail", "situation professionnelle", "Non."),
            ("after", "effectué par virement", "Par virement, la semaine prochaine.")])  # fmt: skip

# Exchange Online at an employer with a French banner and a subject tag; numbered answers in capitals, nothing above
c = P("Claire Roux", "claire.roux@groupe-vallorcine.example")
case(key="roux", frm=c, date="2027-03-09 12:51", client="outlook", lang="fr",
     parent=F.kyc(HELENE, c, "2027-03-08 16:20", "Bonjour Madame Roux,"),
     banner=BANNERS["m365_fr"], tag="[EXTERNE]",
     edits=[("after", "résidence fiscale", "NON"),
            ("after", "situation familiale", "OUI : PACS SIGNÉ LE 15 JANVIER AVEC M. THOMAS GIRAUD"),
            ("after", "même activité", "OUI"),
            ("after", "même tranche", "OUI"),
            ("after", "liquidités important", "NON")])  # fmt: skip

# greeting and sign-off only above; an answer at the end of a bullet and one under the question
c = P("Sophie Garnier", "sophie.garnier@free.example")
case(key="garnier", frm=c, date="2027-03-04 07:58", client="outlook", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-03 17:45", "Bonjour Madame Garnier,"),
     top=["Bonjour,", "", "Bonne journée", "Sophie Garnier"],
     edits=[("tail", "jeudi 18 mars", "celui-ci me convient"),
            ("after", "en visioconférence", "Au cabinet, je serai à Lyon ce jour-là.")])  # fmt: skip

# new Outlook (OWA): a form filled in after each colon
c = P("Nathalie Lefort", "nathalie.lefort@outlook.example")
case(key="lefort", frm=c, date="2027-03-10 21:05", client="owa", lang="fr",
     parent=F.form(HELENE, c, "2027-03-10 11:30", "Bonjour Madame Lefort,"),
     edits=[("tail", "Nom de naissance", "LEFORT"),
            ("tail", "Adresse postale complète", "7 allée des Tilleuls, 38240 Meylan"),
            ("tail", "Téléphone portable", "06 39 98 57 12"),
            ("tail", "Adresse e-mail à utiliser", "celle-ci"),
            ("tail", "Profession", "pharmacienne"),
            ("after", "uniquement en ligne", "En ligne uniquement.")])  # fmt: skip

# iPhone: a pointer above, answers as unquoted lines between the "> " lines
c = P("Marc Chevalier", "marc.chevalier@icloud.example")
case(key="chevalier", frm=c, date="2027-03-05 22:14", client="ios_mail", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-05 10:02", "Bonjour Monsieur Chevalier,", ref="jeudi 25 février"),
     top=["Réponses dans votre mail"], device=IPHONE_FR,
     edits=[("after", "adresse actuelle", "Pas de changement"),
            ("after", "situation professionnelle", "J’ai quitté Transalp Rail en décembre, je suis consultant indépendant"),
            ("after", "effectué par virement", "Prélèvement")])  # fmt: skip

# Apple Mail, nothing above, one answer after each item
c = P("Françoise Perrin", "f.perrin@laposte.example")
case(key="perrin", frm=c, date="2027-04-06 19:32", client="apple_mail", lang="fr",
     parent=F.ifi(HELENE, c, "2027-04-06 09:10", "Bonjour Madame Perrin,"),
     edits=[("after", "résidence principale", "", "Environ 620 000 €", ""),
            ("after", "capital restant dû", "", "148 300 € d’après l’échéancier de la banque", ""),
            ("after", "acquis ou cédé", "", "Non", ""),
            ("after", "parts de SCPI", "", "Oui, 120 parts de Pierre Rhône Habitat achetées en 2019", "")])  # fmt: skip

# Thunderbird (format=flowed): answers inside, a list typed with dashes, the signature under the whole quote
c = P("Bernard Dumas", "bernard.dumas@wanadoo.example")
case(key="dumas", frm=c, date="2027-03-12 16:47", client="thunderbird", lang="fr",
     parent=F.clause(HELENE, c, "2027-03-11 14:05", "Bonjour Monsieur Dumas,"),
     edits=[("after", "conserver en l", "", "Non, je souhaite la modifier.", ""),
            ("after", "chaque bénéficiaire", "", "Mes deux enfants uniquement, à parts égales :",
             "- Camille Dumas, née le 14/06/1998 à Lyon", "- Hugo Dumas, né le 02/11/2001 à Lyon",
             "Mon épouse est protégée par ailleurs (donation au dernier vivant).", ""),
            ("end", "", "Cordialement", "Bernard Dumas")])  # fmt: skip

# Gmail app: a sentence above, answers under each question
c = P("Julie Lambert", "julie.lambert@gmail.example")
case(key="lambert", frm=c, date="2027-03-15 13:02", client="gmail_mobile", lang="fr",
     parent=F.scpi(HELENE, c, "2027-03-15 09:40", "Bonjour Madame Lambert,"),
     top=["Bonjour Hélène, je vous ai répondu point par point."],
     edits=[("after", "pas garanti", "Oui bien noté"),
            ("after", "horizon de placement", "Au moins 10 ans, c’est pour la retraite"),
            ("after", "trimestriellement", "Réinvestir"),
            ("after", "en direct ou au sein", "Je ne sais pas, qu’est-ce que vous me conseillez ?")])  # fmt: skip

# a short real answer above, more inside
c = P("Étienne Carpentier", "etienne.carpentier@orange.example", sig=["Étienne Carpentier", "06 39 98 02 77"])
case(key="carpentier", frm=c, date="2027-03-16 08:12", client="outlook", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-15 15:20", "Bonjour Monsieur Carpentier,", ref="vendredi 12 mars"),
     top=["Bonjour Madame,", "", "Je vous envoie les pièces ce soir depuis la maison.", "",
          "Bien cordialement,", ""],
     sig=c.sig,
     edits=[("after", "adresse actuelle", "Oui, c’est bien le 3 rue Pasteur à Villeurbanne."),
            ("after", "situation professionnelle", "Toujours chez Bioméra, mais je passe cadre au 1er avril.")])  # fmt: skip

# an answer typed under the adviser's signature (the person has changed employer); Outlook links the address
c = P("Anne Blanchard", "anne.blanchard@groupe-vallorcine.example")
case(key="blanchard", frm=c, date="2027-03-17 10:31", client="outlook", lang="fr",
     parent=F.kyc(HELENE, c, "2027-03-16 11:00", "Bonjour Madame Blanchard,", deadline="9 avril"),
     banner=BANNERS["m365_fr"], tag="[EXTERNE]",
     edits=[("after", "même activité", "Non, voir plus bas."),
            ("after", "[cid:",
             "Je quitte Vallorcine à la fin du mois : merci d’écrire désormais à "
             "anne.blanchard@free.example<mailto:anne.blanchard@free.example>")])  # fmt: skip

# Outlook in plain-text mode: the quote under "-----Message d'origine-----", wrapped at 76, answers inside
c = P("Gérard Noël", "gerard.noel@sfr.example")
case(key="noel", frm=c, date="2027-03-05 09:26", client="outlook_plain", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-04 18:02", "Bonjour Monsieur Noël,"),
     top=["Bonjour,", "", "Cordialement", "G. Noël"],
     edits=[("after", "vendredi 19 mars", "Le vendredi matin me va très bien."),
            ("after", "en visioconférence", "Visio, je suis à Megève jusqu'à fin mars.")])  # fmt: skip

# Gmail: the person stops the relationship inside the quote (opt-out), greeting only above
c = P("Hervé Renaud", "herve.renaud@gmail.example")
case(key="renaud", frm=c, date="2027-03-18 20:15", client="gmail", lang="fr", opt_out=True,
     parent=F.scpi(HELENE, c, "2027-03-18 10:30", "Bonjour Monsieur Renaud,", amount="80 000 €"),
     top=["Bonjour,"],
     edits=[("after", "pas garanti", "",
             "Après réflexion je ne donne pas suite. Merci de ne plus me solliciter, ni par mail ni par téléphone.",
             "")])  # fmt: skip

# a hospital's gateway banner; numbered questions typed as paragraphs, answers at the end of the lines
c = P(
    "Dr Isabelle Fontaine",
    "isabelle.fontaine@chu-rhone.example",
    sig=["Dr Isabelle Fontaine", "Service de cardiologie – Centre hospitalier de Bellecombe", "Poste 40 12"],
)
case(key="fontaine", frm=c, date="2027-03-22 13:40", client="outlook", lang="fr",
     parent=F.kyc_plain(HELENE, c, "2027-03-19 09:12", "Bonjour Docteur,", deadline="9 avril"),
     banner=BANNERS["fr_hospital"],
     edits=[("tail", "résidence fiscale", "NON"),
            ("tail", "situation familiale", "NON"),
            ("tail", "même activité", "OUI"),
            ("tail", "même tranche", "OUI, un peu plus (gardes)"),
            ("tail", "liquidités important", "OUI : achat d’un appartement pour ma fille en 2028")])  # fmt: skip

# Apple Mail: a table rendered with tabs, answers under a row and under the question
c = P("Chantal Mercier", "chantal.mercier@icloud.example")
case(key="mercier", frm=c, date="2027-03-23 18:05", client="apple_mail", lang="fr",
     parent=F.table(HELENE, c, "2027-03-22 14:45", "Bonjour Madame Mercier,"),
     top=["Bonsoir,", ""],
     edits=[("after", "Relevés bancaires au jour", "La banque me les a promis pour le 2 avril."),
            ("after", "joindre l’étude", "",
             "Oui, j’ai eu Maître Roussillon mardi : l’attestation part cette semaine.", ""),
            ("end", "Chantal")])  # fmt: skip

# iPhone, nothing typed above the device line, one-word answers under the numbered items
c = P("Luc Guérin", "luc.guerin@icloud.example")
case(key="guerin", frm=c, date="2027-03-24 07:41", client="ios_mail", lang="fr",
     parent=F.kyc(HELENE, c, "2027-03-23 16:30", "Bonjour Monsieur Guérin,", deadline="9 avril"),
     device=IPHONE_FR,
     edits=[("after", "résidence fiscale", "Non."), ("after", "situation familiale", "Non."),
            ("after", "même activité", "Oui"), ("after", "même tranche", "Oui"),
            ("after", "liquidités important", "Non, rien de prévu")])  # fmt: skip

# Outlook: a pointer above ("cf. ci-dessous"), answers at the end of two lines
c = P("Gérard Moulinier", "g.moulinier@orange.example")
case(key="moulinier", frm=c, date="2027-03-08 11:20", client="outlook", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-05 15:00", "Bonjour Monsieur Moulinier,"),
     top=["Bonjour Madame Marchetti,", "cf. ci-dessous", "Bien à vous", "Gérard Moulinier"],
     edits=[("tail", "Lequel vous conviendrait", "Le vendredi 19."),
            ("tail", "cabinet ou en visioconférence", "Visio svp")])  # fmt: skip

# Thunderbird without format=flowed (quote wrapped at 72), answers inside
c = P("Denis Picard", "denis.picard@free.example")
case(key="picard", frm=c, date="2027-03-25 22:50", client="thunderbird_fixed", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-25 09:05", "Bonjour Monsieur Picard,", ref="lundi 22 mars"),
     top=["Bonsoir Madame,", "", "Quelques réponses en attendant les pièces.", "", "D. Picard", ""],
     edits=[("after", "adresse actuelle", "", "Oui, 22 bis avenue Jean-Jaurès, 69007 Lyon.", ""),
            ("after", "par virement", "", "Virement depuis mon compte au Crédit Rhodanien.", "")])  # fmt: skip

# Orange webmail (ISO-8859-15, "> Message du ..." block), answers under the form's lines
c = P("Monique Robin", "monique.robin@orange.example")
case(key="robin", frm=c, date="2027-03-26 15:33", client="orange", lang="fr",
     parent=F.form(HELENE, c, "2027-03-26 10:12", "Bonjour Madame Robin,", insurer="Lumière Assurances"),
     top=["Bonjour", "Voici mes renseignements", "Monique Robin", ""],
     edits=[("after", "Nom de naissance", "BESSON"),
            ("after", "Adresse postale", "5 place de l'Eglise 01480 Fareins"),
            ("after", "Téléphone portable", "06 39 98 60 33"),
            ("after", "Profession", "retraitée de l'enseignement"),
            ("after", "uniquement en ligne", "", "papier s'il vous plait", "")])  # fmt: skip

# Gmail: answers inside and a PS typed between the adviser's signature and the disclaimer
c = P("Pierre Gauthier", "pierre.gauthier@gmail.example")
case(key="gauthier", frm=c, date="2027-03-29 12:10", client="gmail", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-29 08:55", "Bonjour Monsieur Gauthier,", ref="jeudi 25 mars"),
     edits=[("after", "adresse actuelle", "", "Oui", ""),
            ("after", "situation professionnelle", "", "Non", ""),
            ("after", "par virement", "", "Virement", ""),
            ("after", "image001.png", "", "PS : mon fils vous appellera pour le RIB, c’est lui qui gère mes comptes.",
             "")])  # fmt: skip

# Outlook: one-line answers glued to the questions, a closing at the very end of the quote
c = P("Valérie Masson", "valerie.masson@bouygues.example")
case(key="masson", frm=c, date="2027-04-01 17:19", client="outlook", lang="fr",
     parent=F.clause(HELENE, c, "2027-03-31 10:40", "Bonjour Madame Masson,", num="AV-311 092"),
     top=[""],
     edits=[("tail", "conserver en l", "Oui, on ne change rien finalement."),
            ("after", "Pensez à l", "", "Merci pour votre suivi, bonne fin de semaine.", "V. Masson")])  # fmt: skip

# new Outlook (OWA): a stop request typed under the first question (Marc Delorme's client)
c = P("Jacques Leroy", "jacques.leroy@outlook.example")
case(key="leroy", frm=c, date="2027-04-07 09:03", client="owa", lang="fr", opt_out=True,
     parent=F.clause(MARC, c, "2027-04-06 14:20", "Bonjour Monsieur Leroy,", num="AV-118 540"),
     top=["Bonjour Monsieur Delorme,", "", "J. Leroy"],
     edits=[("after", "conserver en l",
             "Je ne souhaite plus être contacté par votre cabinet. Merci de clôturer mon dossier et de supprimer "
             "mes coordonnées.")])  # fmt: skip

# Gmail in plain-text mode (quote wrapped at 78), answers inside
c = P("Thierry Colin", "thierry.colin@gmail.example")
case(key="colin", frm=c, date="2027-04-08 08:44", client="gmail_plain", lang="fr",
     parent=F.docs(MARC, c, "2027-04-07 16:10", "Bonjour Monsieur Colin,", ref="jeudi 1er avril"),
     top=["Bonjour,", "", "Réponses dans le texte.", "", "Thierry Colin", ""],
     edits=[("after", "adresse actuelle", "", "Oui, 41 route d'Annecy, 74320 Sevrier.", ""),
            ("after", "situation professionnelle", "", "Non.", ""),
            ("after", "par virement", "", "Prélèvement, sur le compte dont je vous enverrai le RIB.", "")])  # fmt: skip
