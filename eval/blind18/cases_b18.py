"""Group B, controls: the person writes above an unchanged quote of the firm's message; the quoted copy differs from
the stored text only the way clients, gateways and people's deletions make it differ."""

import texts_fr18 as F
import texts_xx18 as X
from compose18 import Reply
from people18 import BANNERS, DISC_EN, DISC_FR, HELENE, INES, JULIEN, KATRIN, MARC, NB, THOMAS, P, first_contact

CASES = []


def case(**kw):
    CASES.append(Reply(group="B", **kw))


# Outlook: the person's own logo comes first, so the firm's image is renumbered in the quote
c = P(
    "Olivier Aubert",
    "olivier.aubert@cabinet-aubert.example",
    sig=["Olivier Aubert", "Expert-comptable associé", "Cabinet Aubert & Vial", "04 65 71 90 10", "{IMG:logo}"],
)
case(key="aubert", frm=c, date="2027-03-03 12:05", client="outlook", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-02 15:40", "Bonjour Monsieur Aubert,"),
     top=["Bonjour Madame Marchetti,", "", "Je vous dépose les documents sur l’espace client ce week-end.", "",
          "Cordialement,", ""], sig=c.sig)  # fmt: skip

# Gmail: links "text <url>", "- " bullets, "[image: ...]", empty Outlook paragraphs as no-break spaces
c = P("Arnaud Charrier", "arnaud.charrier@gmail.example")
case(key="charrier", frm=c, date="2027-03-04 08:31", client="gmail", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-03 17:20", "Bonjour Monsieur Charrier,", ref="lundi 1er mars"),
     top=["Bonjour,", "", "C’est noté, je m’en occupe cette semaine.", "", "Bien à vous,", "Arnaud Charrier"])  # fmt: skip

# Thunderbird (format=flowed): the quote re-wrapped at 72, mailto rendered, no-break spaces lost
c = P("Ian Mitchell", "ian.mitchell@zen.example", "en", "london")
case(key="mitchell", frm=c, date="2027-03-05 20:12", client="thunderbird", lang="en",
     parent=X.en_docs(THOMAS, c, "2027-03-05 11:00", "Dear Mr Mitchell,"),
     top=["Dear Thomas,", "", "Thanks. I will post the certified passport copy on Monday; the rest is attached.", "",
          "Regards,", "Ian Mitchell", ""])  # fmt: skip

# Thunderbird without format=flowed: hard wrap at 72
c = P("Céline Hamel", "celine.hamel@free.example")
case(key="hamel", frm=c, date="2027-03-09 21:40", client="thunderbird_fixed", lang="fr",
     parent=F.kyc(HELENE, c, "2027-03-09 09:45", "Bonjour Madame Hamel,"),
     top=["Bonsoir,", "", "Aucun changement de mon côté, tout est à jour.", "", "Céline Hamel", ""])  # fmt: skip

# Outlook in plain-text mode: "-----Message d'origine-----", wrap at 76, no-break spaces turned into spaces
c = P("Michel Leclerc", "michel.leclerc@orange.example")
case(key="leclerc", frm=c, date="2027-03-05 10:02", client="outlook_plain", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-04 16:15", "Bonjour Monsieur Leclerc,"),
     top=["Bonjour Madame,", "", "Je vous rappelle demain pour fixer une date, je n'ai pas encore mon planning.",
          "", "Cordialement", "M. Leclerc", ""])  # fmt: skip

# Outlook plain text with "> " on each quoted line, wrapped after prefixing (continuations lose the mark)
c = P("Gwen Harper", "gwen.harper@harper-design.example", "en", "london")
case(key="harper", frm=c, date="2027-03-06 09:30", client="outlook_plain", lang="en", gt=True,
     parent=X.en_review(THOMAS, c, "2027-03-05 15:45", "Dear Gwen,"),
     top=["Hi Thomas,", "", "Nothing has changed on my side since last year.", "", "Gwen", ""])  # fmt: skip

# Gmail in plain-text mode (78) quoting the Zurich desk's Gmail message
c = P("Martin Frei", "martin.frei@gmail.example", "de", "zurich")
case(key="frei", frm=c, date="2027-03-08 18:25", client="gmail_plain", lang="de",
     parent=X.de_docs(KATRIN, c, "2027-03-08 10:30", "Sehr geehrter Herr Frei", ref="4. März"),
     top=["Guten Abend Frau Imhof", "", "Die Unterlagen schicke ich Ihnen bis Ende Woche per Post.", "",
          "Freundliche Grüsse", "Martin Frei", ""])  # fmt: skip

# Apple Mail: bullets with tabs, "<image001.png>"
c = P("Nicolas Giraud", "nicolas.giraud@icloud.example")
case(key="giraud", frm=c, date="2027-03-09 13:14", client="apple_mail", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-08 18:00", "Bonjour Monsieur Giraud,"),
     top=["Bonjour Hélène,", "", "Le mardi 16 à 10 h au cabinet, parfait.", "", "Nicolas"])  # fmt: skip

# iPhone: quoted attribution, the device line
c = P("Sarah Turner", "sarah.turner@icloud.example", "en", "london")
case(key="turner", frm=c, date="2027-03-10 07:48", client="ios_mail", lang="en",
     parent=X.en_meeting(THOMAS, c, "2027-03-09 17:35", "Dear Sarah,"),
     top=["Thursday 18th works, by video please. Thanks!"], device="Sent from my iPhone")  # fmt: skip

# an English gateway banner and a subject tag on top of the quote
c = P(
    "Oliver Clarke",
    "oliver.clarke@brightwater-capital.example",
    "en",
    "london",
    sig=["Oliver Clarke", "Partner | Brightwater Capital LLP", "020 7946 0377"],
)
case(key="clarke", frm=c, date="2027-03-10 11:26", client="outlook", lang="en",
     parent=X.en_docs(THOMAS, c, "2027-03-10 09:10", "Dear Oliver,"),
     banner=BANNERS["m365_en"], tag="[EXTERNAL]",
     top=["Thomas,", "", "My assistant will send everything over this afternoon.", "", "Kind regards,", ""], sig=c.sig)  # fmt: skip

# the same in French at a French employer
c = P(
    "Hugo Lemaire",
    "hugo.lemaire@groupe-vallorcine.example",
    sig=["Hugo Lemaire", "Directeur commercial", "Groupe Vallorcine"],
)
case(key="lemaire", frm=c, date="2027-03-11 14:02", client="outlook", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-11 10:15", "Bonjour Monsieur Lemaire,", ref="lundi 8 mars"),
     banner=BANNERS["m365_fr"], tag="[EXTERNE]",
     top=["Bonjour Madame Marchetti,", "", "Bien reçu, je rassemble les pièces et je reviens vers vous.", "",
          "Bien cordialement,", ""], sig=c.sig)  # fmt: skip

# Microsoft's first-contact tip inserted on top of the message
c = P("Émilie Brun", "emilie.brun@ville-caluire.example")
case(key="brun", frm=c, date="2027-03-12 09:40", client="outlook", lang="fr",
     parent=F.clause(HELENE, c, "2027-03-11 16:55", "Bonjour Madame Brun,", num="AV-402 771"),
     banner=first_contact("fr", "h.marchetti@orsenne.example"),
     top=["Bonjour,", "", "Je préfère en parler de vive voix, pouvez-vous m’appeler jeudi après 18 h ?", "",
          "Émilie Brun"])  # fmt: skip

# new Outlook (OWA) in the US: "Caution: ..." on top
c = P(
    "Marisol Reyes",
    "mreyes@halvorsen-pike.example",
    "en",
    "newyork",
    sig=["Marisol Reyes", "Controller", "Halvorsen & Pike LLP"],
)
case(key="reyes", frm=c, date="2027-03-15 10:05", client="owa", lang="en", us=True,
     parent=X.en_corp(THOMAS, c, "2027-03-15 09:20", "Dear Ms Reyes,", "Halvorsen & Pike Treasury LLC"),
     banner=BANNERS["us_caution"],
     top=["Hi Thomas,", "", "Dana Fletcher is out this week; I will pull the documents together and send them by "
          "Friday.", "", "Best,", ""], sig=c.sig)  # fmt: skip

# a quarantine release line on top
c = P("Anil Patel", "anil.patel@patel-pharmacy.example", "en", "london")
case(key="patel", frm=c, date="2027-03-16 12:12", client="outlook", lang="en",
     parent=X.en_review(THOMAS, c, "2027-03-15 14:00", "Dear Anil,", deadline="Friday 2 April"),
     banner=BANNERS["quarantine_en"],
     top=["Hi Thomas,", "", "Sorry, your email went to quarantine. All the same as last year.", "", "Anil"])  # fmt: skip

# a French security gateway's line
c = P("Laure Faure", "laure.faure@groupe-vallorcine.example")
case(key="faure", frm=c, date="2027-03-16 17:33", client="outlook", lang="fr",
     parent=F.scpi(HELENE, c, "2027-03-16 09:00", "Bonjour Madame Faure,", amount="30 000 €"),
     banner=BANNERS["mimecast_fr"],
     top=["Bonjour,", "", "Merci, je lis le document et je vous rappelle la semaine prochaine.", "", "Laure Faure"])  # fmt: skip

# Gmail: the person deleted the list and cut everything after the questions
c = P("Romain Arnaud", "romain.arnaud@gmail.example")
case(key="arnaud", frm=c, date="2027-03-17 19:50", client="gmail", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-17 11:30", "Bonjour Monsieur Arnaud,", ref="vendredi 12 mars"),
     top=["Bonsoir,", "", "Pas de changement d’adresse ni de situation, et ce sera par virement.", "",
          "Romain Arnaud"],
     edits=[("del", "une copie recto", "un RIB au nom"), ("cut", "effectué par virement")])  # fmt: skip

# Outlook: the person deleted the adviser's closing, signature and disclaimer
c = P("Delphine Roche", "delphine.roche@orange.example")
case(key="roche", frm=c, date="2027-03-18 08:05", client="outlook", lang="fr",
     parent=F.ifi(HELENE, c, "2027-03-17 15:30", "Bonjour Madame Roche,"),
     top=["Bonjour,", "", "Je vous envoie l’estimation de l’agence dès que je l’ai.", "", "Cordialement,",
          "Delphine Roche"],
     edits=[("del", "Bien cordialement", "Pensez à l")])  # fmt: skip

# Apple Mail: the person deleted the list of documents
c = P("Sylvie Lacroix", "sylvie.lacroix@icloud.example")
case(key="lacroix", frm=c, date="2027-03-19 21:15", client="apple_mail", lang="fr",
     parent=F.docs(HELENE, c, "2027-03-19 10:00", "Bonjour Madame Lacroix,", ref="mardi 16 mars"),
     top=["Bonsoir,", "", "Tout est parti par courrier ce matin.", "", "Sylvie"],
     edits=[("del", "une copie recto", "un RIB au nom")])  # fmt: skip

# the firm's server adds its disclaimer on the way: the stored message has none, the quote has it
c = P("Thierry Bonnet", "thierry.bonnet@orange.example")
case(key="bonnet", frm=c, date="2027-03-22 10:44", client="outlook", lang="fr",
     parent=F.rdv(MARC, c, "2027-03-19 14:30", "Bonjour Monsieur Bonnet,", disclaimer=[],
                  slots=["mardi 30 mars à 10 h 00 ;", "jeudi 1er avril à 14 h 30 ;", "vendredi 2 avril à 9 h 00."]),
     disc=DISC_FR,
     top=["Bonjour Monsieur Delorme,", "", "Aucune de ces dates ne me convient, je vous propose plutôt le 6 avril.", "",
          "Cordialement,", "Thierry Bonnet"])  # fmt: skip

# the firm's server swaps the French disclaimer for the English one (recipient abroad)
c = P("Aurélie Marchal", "aurelie.marchal@gmail.example", "fr", "london")
case(key="marchal", frm=c, date="2027-03-22 18:20", client="gmail", lang="fr",
     parent=F.clause(HELENE, c, "2027-03-22 09:30", "Bonjour Madame Marchal,", num="AV-520 014"),
     disc=DISC_EN,
     top=["Bonjour Hélène,", "", "Je garde la clause telle quelle, merci.", "", "Aurélie"])  # fmt: skip

# Apple Mail's data detectors turn the phone numbers into tel: links
c = P("Benoît Poirier", "benoit.poirier@icloud.example")
case(key="poirier", frm=c, date="2027-03-23 12:30", client="apple_mail", lang="fr",
     parent=F.rdv(HELENE, c, "2027-03-22 16:40", "Bonjour Monsieur Poirier,",
                  slots=["mardi 6 avril à 10 h 00 ;", "jeudi 8 avril à 14 h 30 ;", "vendredi 9 avril à 9 h 00."]),
     edits=[("sub", "Tél.", f"04{NB}65{NB}71{NB}20{NB}14", f"04{NB}65{NB}71{NB}20{NB}14 <tel:+33465712014>"),
            ("sub", "Tél.", f"06{NB}39{NB}98{NB}41{NB}07", f"06{NB}39{NB}98{NB}41{NB}07 <tel:+33639984107>")],
     top=["Bonjour,", "", "Je vous appelle cet après-midi pour en parler.", "", "Benoît Poirier"])  # fmt: skip

# Orange webmail in ISO-8859-15: typographic apostrophes and dashes turned into plain ones
c = P("Jeanne Meunier", "jeanne.meunier@orange.example")
case(key="meunier", frm=c, date="2027-03-24 15:02", client="orange", lang="fr",
     parent=F.clause(HELENE, c, "2027-03-24 09:50", "Bonjour Madame Meunier,", num="AV-133 608"),
     top=["Bonjour Madame", "Je vous rappelle lundi", "Jeanne Meunier"])  # fmt: skip

# follow-ups whose own body quotes the first message
c = P("Stéphane Lucas", "stephane.lucas@orange.example")
case(key="lucas", frm=c, date="2027-03-25 09:12", client="outlook", lang="fr",
     parent=F.followup(HELENE, F.docs(HELENE, c, "2027-03-08 10:20", "Bonjour Monsieur Lucas,", ref="jeudi 4 mars"),
                       "2027-03-23 09:05", "Bonjour Monsieur Lucas,", "8 mars"),
     top=["Bonjour Madame Marchetti,", "", "Désolé pour le délai, tout vous parviendra avant la fin du mois.", "",
          "Cordialement,", "Stéphane Lucas"])  # fmt: skip

c = P("Agnès Rolland", "agnes.rolland@gmail.example")
case(key="rolland", frm=c, date="2027-03-26 20:05", client="gmail", lang="fr",
     parent=F.followup_short(HELENE, F.rdv(HELENE, c, "2027-03-10 11:00", "Bonjour Madame Rolland,"),
                             "2027-03-25 10:30", "Bonjour Madame Rolland,"),
     top=["Bonsoir Hélène,", "", "Pardon, je vous propose plutôt début avril, je vous écris lundi avec des dates.",
          "", "Agnès"])  # fmt: skip

c = P("Emma Cooper", "emma.cooper@icloud.example", "en", "london")
case(key="cooper", frm=c, date="2027-03-29 19:40", client="apple_mail", lang="en",
     parent=X.en_chase(THOMAS, X.en_docs(THOMAS, c, "2027-03-11 10:30", "Dear Emma,"), "2027-03-29 09:00",
                       "Dear Emma,", "11 March"),
     top=["Hi Thomas,", "", "Apologies – everything went by courier this morning.", "", "Emma"])  # fmt: skip

# the Zurich desk's Gmail follow-up (history in a blockquote), seen in Outlook and in Gmail
c = P(
    "Daniel Wyss", "daniel.wyss@helvetia-logistik.example", "de", "zurich", sig=["Daniel Wyss", "Helvetia Logistik AG"]
)
case(key="wyss", frm=c, date="2027-03-30 08:40", client="outlook", lang="de",
     parent=X.de_nachfass(KATRIN, X.de_kyc(KATRIN, c, "2027-03-15 10:10", "Sehr geehrter Herr Wyss"),
                          "2027-03-29 16:00", "Sehr geehrter Herr Wyss", "15. März"),
     banner=BANNERS["de_ext"], tag="[EXTERN]",
     top=["Guten Tag Frau Imhof", "", "Bei mir hat sich nichts geändert.", "", "Freundliche Grüsse", ""], sig=c.sig)  # fmt: skip

c = P("Nadine Zimmermann", "nadine.zimmermann@gmail.example", "de", "zurich")
case(key="zimmermann", frm=c, date="2027-03-31 12:20", client="gmail", lang="de",
     parent=X.de_nachfass(KATRIN, X.de_termin(KATRIN, c, "2027-03-09 14:00", "Liebe Frau Zimmermann"),
                          "2027-03-30 09:15", "Liebe Frau Zimmermann", "9. März"),
     top=["Liebe Frau Imhof", "", "Entschuldigung, ich melde mich nach Ostern mit einem Terminvorschlag.", "",
          "Herzliche Grüsse", "Nadine Zimmermann"])  # fmt: skip

# Outlook's table cells, one per line, shown by Gmail as rows
c = P("Bruno Caron", "bruno.caron@gmail.example")
case(key="caron", frm=c, date="2027-04-01 18:30", client="gmail", lang="fr",
     parent=F.table(JULIEN, c, "2027-04-01 10:05", "Bonjour Monsieur Caron,"),
     top=["Bonjour,", "", "Pas encore, l’étude ne répond pas au téléphone. J’y passe lundi.", "", "B. Caron"])  # fmt: skip

# Outlook mobile: device line, separator, English date under French field names
c = P("Claire Dupuis", "claire.dupuis@outlook.example")
case(key="dupuis", frm=c, date="2027-04-02 12:47", client="outlook_mobile", lang="fr",
     parent=F.rdv(HELENE, c, "2027-04-01 17:30", "Bonjour Madame Dupuis,",
                  slots=["mardi 13 avril à 10 h 00 ;", "jeudi 15 avril à 14 h 30 ;", "vendredi 16 avril à 9 h 00."]),
     top=["Bonjour, je regarde mon agenda ce week-end et je reviens vers vous."],
     device="Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>")  # fmt: skip

c = P("Tom Hall", "tom.hall@outlook.example", "en", "london")
case(key="hall", frm=c, date="2027-04-05 08:15", client="outlook_mobile", lang="en",
     parent=X.en_form(THOMAS, c, "2027-04-02 15:00", "Dear Mr Hall,"),
     top=["Thomas, I'll fill this in tonight from my laptop. Tom"],
     device="Get Outlook for iOS<https://aka.ms/o0ukef>")  # fmt: skip

# new Outlook (OWA) with the first-contact tip and a subject tag
c = P("Pascale Schneider", "pascale.schneider@alsace-medical.example")
case(key="schneider", frm=c, date="2027-04-06 11:11", client="owa", lang="fr",
     parent=F.ifi(HELENE, c, "2027-04-05 09:40", "Bonjour Madame Schneider,"),
     banner=first_contact("fr", "h.marchetti@orsenne.example"), tag="[EXT]",
     top=["Bonjour Madame Marchetti,", "", "Mon notaire doit me transmettre l’estimation, je vous la fais suivre.", "",
          "Pascale Schneider"])  # fmt: skip

# Gmail app, Spanish
c = P("Elena Molina", "elena.molina@gmail.example", "es", "madrid")
case(key="molina", frm=c, date="2027-04-07 22:02", client="gmail_mobile", lang="es",
     parent=X.es_docs(INES, c, "2027-04-07 10:30", "Estimada Sra. Molina:", ref="1 de abril"),
     top=["Hola Inés, te lo mando todo mañana por la mañana. Gracias"])  # fmt: skip

# an Italian employer's banner and tag
c = P(
    "Luca Ferrari",
    "luca.ferrari@meccanica-ferrari.example",
    "it",
    "rome",
    sig=["Luca Ferrari", "Amministratore delegato", "Meccanica Ferrari S.r.l."],
)
case(key="ferrari", frm=c, date="2027-04-08 09:25", client="outlook", lang="it",
     parent=X.it_docs(HELENE, c, "2027-04-07 15:45", "Gentile Signor Ferrari,", ref="1 aprile"),
     banner=BANNERS["it_ext"], tag="[ESTERNO]",
     top=["Buongiorno,", "", "la mia segretaria Le invierà i documenti entro venerdì.", "", "Cordiali saluti", ""],
     sig=c.sig)  # fmt: skip

# Thunderbird in German, format=flowed
c = P("Peter Steiner", "peter.steiner@gmx.example", "de", "zurich")
case(key="steiner", frm=c, date="2027-04-12 20:30", client="thunderbird", lang="de",
     parent=X.de_kyc(KATRIN, c, "2027-04-12 09:00", "Sehr geehrter Herr Steiner"),
     top=["Guten Abend Frau Imhof", "", "Ich rufe Sie morgen an, es gibt eine Änderung bei der Adresse.", "",
          "Gruss", "P. Steiner", ""])  # fmt: skip

# iPhone, Spanish
c = P("Alberto Romero", "alberto.romero@icloud.example", "es", "madrid")
case(key="romero", frm=c, date="2027-04-13 13:05", client="ios_mail", lang="es",
     parent=X.es_cita(INES, c, "2027-04-12 16:20", "Estimado Sr. Romero:", when="el jueves 22 de abril a las 16:00"),
     top=["El 22 me viene mal, ¿podría ser el 29 a la misma hora?", "Un saludo"],
     device="Enviado desde mi iPhone")  # fmt: skip
