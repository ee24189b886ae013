"""Group A, English, German, Italian and Spanish: answers typed inside the quoted copy of the firm's message."""

import texts_xx18 as X
from compose18 import Reply
from people18 import BANNERS, HELENE, INES, KATRIN, THOMAS, P, first_contact

CASES = []


def case(**kw):
    CASES.append(Reply(group="A", **kw))


# ---------------------------------------------------------------- English
c = P(
    "Rachel Hughes",
    "rachel.hughes@brightwater-capital.example",
    "en",
    "london",
    sig=["Rachel Hughes", "Head of Operations | Brightwater Capital LLP", "020 7946 0381"],
)
case(key="hughes", frm=c, date="2027-03-02 17:55", client="outlook", lang="en",
     parent=X.en_docs(THOMAS, c, "2027-03-02 10:30", "Dear Rachel,"),
     banner=BANNERS["uk_ext"], tag="[EXTERNAL]",
     top=["Hi Thomas,", "", "Answers below in blue, passport copy to follow.", "", "Best,", "Rachel", ""], sig=c.sig,
     edits=[("after", "resident in the UK", "Yes, still UK resident – no plans to move before 2029."),
            ("after", "initial transfer", "My current account ending 4471 (details by phone)."),
            ("after", "by post or online", "Online only.")])  # fmt: skip

c = P("Siobhan Walsh", "siobhan.walsh@gmail.example", "en", "london")
case(key="walsh", frm=c, date="2027-03-04 21:10", client="gmail", lang="en",
     parent=X.en_review(THOMAS, c, "2027-03-04 09:15", "Dear Siobhan,"),
     edits=[("after", "contact number changed", "", "No change.", ""),
            ("after", "family situation", "", "Yes! We had a baby girl, Aoife, on 11 January.", ""),
            ("after", "same company", "", "Yes", ""),
            ("after", "large expenses", "", "Nursery fees from September, roughly £1,400 a month.", ""),
            ("after", "risk profile", "", "Yes, happy to stay balanced.", "")])  # fmt: skip

c = P("Daniel Okoro", "daniel.okoro@icloud.example", "en", "london")
case(key="okoro", frm=c, date="2027-03-05 07:12", client="apple_mail", lang="en",
     parent=X.en_meeting(THOMAS, c, "2027-03-04 16:40", "Dear Daniel,"),
     top=["Morning Thomas,", "", "Daniel"],
     edits=[("after", "Thursday 18 March", "This one works best for me."),
            ("after", "video call", "Video please – I’m in London all month.")])  # fmt: skip

c = P(
    "Dana Fletcher",
    "dfletcher@halvorsen-pike.example",
    "en",
    "newyork",
    sig=["Dana Fletcher", "Chief Financial Officer", "Halvorsen & Pike LLP", "+1 212 555 0148"],
)
case(key="fletcher", frm=c, date="2027-03-08 08:30", client="outlook", lang="en", us=True,
     parent=X.en_corp(THOMAS, c, "2027-03-08 09:05", "Dear Ms Fletcher,", "Halvorsen & Pike Treasury LLC"),
     banner=BANNERS["us_caution"],
     edits=[("after", "authorised signatories", "Attached – unchanged since October."),
            ("after", "audited accounts", "2026 accounts won’t be signed off until May. 2025 attached in the meantime."),
            ("after", "more than 25%", "Confirmed, no change."),
            ("after", "Mr Okafor has left", "That will be me for now.", "", "Dana")])  # fmt: skip

c = P("Margaret Price", "maggie.price@btinternet.example", "en", "london")
case(key="price", frm=c, date="2027-03-09 19:48", client="ios_mail", lang="en",
     parent=X.en_form(THOMAS, c, "2027-03-09 11:20", "Dear Mrs Price,"),
     device="Sent from my iPhone",
     edits=[("after", "Full name", "Margaret Anne Price"), ("after", "Date of birth", "12/09/1961"),
            ("after", "Current address", "Flat 3, 22 Albion Road, Bath BA1 9ZZ"),
            ("after", "Mobile number", "07700 900461"),
            ("after", "take effect immediately", "", "Yes immediately please", "Maggie")])  # fmt: skip

c = P("Kevin Nolan", "kevin.nolan@outlook.example", "en", "london")
case(key="nolan", frm=c, date="2027-03-10 22:03", client="owa", lang="en",
     parent=X.en_review(THOMAS, c, "2027-03-10 14:00", "Dear Kevin,"),
     edits=[("tail", "contact number changed", "No"), ("tail", "family situation", "No"),
            ("tail", "same company", "No – I joined Harwell Robotics in February, same role."),
            ("tail", "large expenses", "No"), ("tail", "risk profile", "Yes")])  # fmt: skip

c = P("Rob Baxter", "rob@baxter-family.example", "en", "london")
case(key="baxter", frm=c, date="2027-03-11 23:37", client="thunderbird", lang="en",
     parent=X.en_docs(THOMAS, c, "2027-03-11 15:10", "Dear Mr Baxter,"),
     top=["Thomas -", ""],
     edits=[("after", "resident in the UK", "", "UK resident, yes.", ""),
            ("after", "initial transfer", "", "The joint account with my wife – same one as the direct debit.", ""),
            ("after", "by post or online", "", "Online.", ""),
            ("end", "", "Rob")])  # fmt: skip

c = P("Hamish Grant", "hamish.grant@gmail.example", "en", "london")
case(key="grant", frm=c, date="2027-03-05 12:26", client="gmail_mobile", lang="en",
     parent=X.en_meeting(THOMAS, c, "2027-03-05 09:00", "Dear Hamish,"),
     edits=[("after", "Would any of the following", "Monday 22nd"),
            ("after", "video call", "I’ll be in Lyon, will come to the office")])  # fmt: skip

c = P("Priya Shah", "priya.shah@outlook.example", "en", "london")
case(key="shah", frm=c, date="2027-03-12 18:02", client="outlook", lang="en", opt_out=True,
     parent=X.en_docs(THOMAS, c, "2027-03-12 10:45", "Dear Ms Shah,"),
     edits=[("after", "statements by post or online",
             "I have decided not to go ahead with the account. Please delete my details and do not contact me "
             "again.")])  # fmt: skip

c = P("Ken Ito", "ken.ito@me.example", "en", "london")
case(key="ito", frm=c, date="2027-03-15 06:55", client="apple_mail", lang="en",
     parent=X.en_review(THOMAS, c, "2027-03-12 17:30", "Dear Mr Ito,", deadline="Friday 2 April"),
     edits=[("after", "contact number changed", "No."), ("after", "family situation", "No."),
            ("after", "same company", "Yes."), ("after", "large expenses", "No."),
            ("after", "risk profile", "Yes.")])  # fmt: skip

c = P("Laura Dawson", "laura.dawson@verizon.example", "en", "newyork")
case(key="dawson", frm=c, date="2027-03-16 20:41", client="outlook_plain", lang="en", us=True,
     parent=X.en_review(THOMAS, c, "2027-03-16 15:00", "Dear Laura,", deadline="Friday 2 April"),
     top=["Thomas,", "", "See my notes below.", "", "Laura", ""],
     edits=[("after", "contact number changed", "New cell: +1 917 555 0126"),
            ("after", "family situation", "None."),
            ("after", "large expenses", "Possibly a condo in Lyon in 2028, we should talk about it."),
            ("after", "risk profile", "Yes.")])  # fmt: skip

c = P(
    "Marek Kowalski",
    "marek.kowalski@nordhaven-shipping.example",
    "en",
    "london",
    sig=["Marek Kowalski", "Fleet Director – Nordhaven Shipping Ltd"],
)
case(key="kowalski", frm=c, date="2027-03-17 09:14", client="outlook", lang="en",
     parent=X.en_meeting(THOMAS, c, "2027-03-16 17:05", "Dear Marek, dear Ewa,",
                         slots=("Tuesday 23 March, 10:00", "Thursday 25 March, 15:00", "Monday 29 March, 11:30"),
                         cc=[P("Ewa Kowalska", "ewa.kowalska@gmail.example", "en", "london")]),
     banner=first_contact("en", "t.aubry@orsenne.example", some=True),
     cc=[P("Ewa Kowalska", "ewa.kowalska@gmail.example", "en", "london")],
     top=["Thomas,", "", "Ewa and I can do the Monday, see below.", "", "Best,", "Marek", ""], sig=c.sig,
     edits=[("tail", "Monday 29 March", "<- this one"),
            ("after", "video call", "We will both come to Lyon, we are in Annecy that week anyway.")])  # fmt: skip

c = P("Jonas Lindqvist", "jonas.lindqvist@brightwater-capital.example", "en", "london")
case(key="lindqvist", frm=c, date="2027-03-18 16:20", client="gmail", lang="en",
     parent=X.en_docs(THOMAS, c, "2027-03-18 11:00", "Dear Jonas,"),
     edits=[("after", "resident in the UK", "", "Yes", ""),
            ("after", "image001.png", "",
             "NB I am leaving Brightwater at the end of March – please write to me at jonas.lindqvist@icloud.example "
             "from now on.", "")])  # fmt: skip

# ---------------------------------------------------------------- German (Zurich desk, Gmail)
c = P("Reto Brunner", "reto.brunner@gmail.example", "de", "zurich")
case(key="brunner", frm=c, date="2027-03-03 19:22", client="gmail", lang="de",
     parent=X.de_docs(KATRIN, c, "2027-03-03 08:45", "Sehr geehrter Herr Brunner"),
     top=["Grüezi Frau Imhof", "", "Freundliche Grüsse", "Reto Brunner", ""],
     edits=[("after", "Seestrasse", "", "Ja, Seestrasse 118 in Küsnacht ist aktuell.", ""),
            ("after", "steuerpflichtig", "", "Nein.", ""),
            ("after", "Deutsch oder auf Französisch", "", "Deutsch bitte.", "")])  # fmt: skip

c = P(
    "Urs Keller",
    "urs.keller@zollinger-bau.example",
    "de",
    "zurich",
    sig=["Urs Keller", "Leiter Finanzen", "Zollinger Bau AG", "Tel. +41 44 555 01 92"],
)
case(key="keller", frm=c, date="2027-03-09 11:02", client="outlook", lang="de",
     parent=X.de_termin(KATRIN, c, "2027-03-08 15:30", "Sehr geehrter Herr Keller"),
     banner=BANNERS["de_ext"], tag="[EXTERN]",
     edits=[("tail", "Mittwoch, 17. März", "passt mir"),
            ("tail", "lieber zu uns ins Büro", "Bei Ihnen im Büro.")])  # fmt: skip

c = P("Verena Huber", "verena.huber@bluewin.example", "de", "zurich")
case(key="huber", frm=c, date="2027-03-10 17:45", client="apple_mail", lang="de",
     parent=X.de_kyc(KATRIN, c, "2027-03-10 09:20", "Liebe Frau Huber"),
     edits=[("after", "Wohnadresse", "Nein"), ("after", "berufliche Situation", "Ja, ich bin seit 1. Februar pensioniert."),
            ("after", "Erbschaft oder Schenkung", "Nein"), ("after", "Anlageprofil", "Ja")])  # fmt: skip

c = P("Andreas Schmid", "a.schmid@gmx.example", "de", "zurich")
case(key="schmid", frm=c, date="2027-03-11 21:30", client="thunderbird", lang="de", ui="de",
     parent=X.de_docs(KATRIN, c, "2027-03-11 10:05", "Sehr geehrter Herr Schmid", ref="9. März"),
     top=["Guten Tag Frau Imhof", "", "meine Antworten stehen direkt in Ihrer Mail.", "",
          "Mit freundlichen Grüssen", "Andreas Schmid", ""],
     edits=[("after", "Seestrasse", "", "Nein, wir sind im Januar nach Thalwil umgezogen (Bergstrasse 9).", ""),
            ("after", "steuerpflichtig", "", "Nein", ""),
            ("after", "Deutsch oder auf Französisch", "", "Deutsch", "")])  # fmt: skip

c = P("Lukas Meier", "lukas.meier@icloud.example", "de", "zurich")
case(key="meier", frm=c, date="2027-03-12 07:05", client="ios_mail", lang="de",
     parent=X.de_termin(KATRIN, c, "2027-03-11 16:45", "Lieber Herr Meier"),
     device="Von meinem iPhone gesendet",
     edits=[("after", "Dienstag, 16. März", "Geht leider nicht"),
            ("after", "Freitag, 19. März", "Das passt"),
            ("after", "per Video", "Video wäre mir lieber")])  # fmt: skip

c = P("Sabine Baumann", "sabine.baumann@helvetia-logistik.example", "de", "zurich")
case(key="baumann", frm=c, date="2027-03-15 14:12", client="owa", lang="de", opt_out=True,
     parent=X.de_kyc(KATRIN, c, "2027-03-15 10:00", "Sehr geehrte Frau Baumann"),
     edits=[("after", "Wohnadresse", "Nein."),
            ("after", "Anlageprofil",
             "Ich habe das Mandat per Ende März gekündigt. Bitte streichen Sie mich aus Ihrem Verteiler, ich "
             "wünsche keine weiteren Kontaktaufnahmen.")])  # fmt: skip

# ---------------------------------------------------------------- Italian (Hélène, Outlook)
c = P("Giulia Rossi", "giulia.rossi@libero.example", "it", "rome")
case(key="rossi", frm=c, date="2027-03-04 18:30", client="outlook", lang="it",
     parent=X.it_docs(HELENE, c, "2027-03-04 09:30", "Gentile Signora Rossi,"),
     top=["Buonasera,", "", "Cordiali saluti", "Giulia Rossi"],
     edits=[("tail", "Suo indirizzo attuale", "Via Cernaia 14, 10122 Torino"),
            ("tail", "in italiano o in francese", "In italiano, grazie.")])  # fmt: skip

c = P("Marco Bianchi", "marco.bianchi@gmail.example", "it", "rome")
case(key="bianchi", frm=c, date="2027-03-08 13:15", client="gmail", lang="it",
     parent=X.it_meeting(HELENE, c, "2027-03-08 10:10", "Gentile Signor Bianchi,"),
     edits=[("after", "giovedì 18 marzo", "", "Giovedì va benissimo", ""),
            ("after", "videoconferenza", "", "Videoconferenza, grazie", "", "Marco Bianchi")])  # fmt: skip

c = P("Francesca Greco", "francesca.greco@icloud.example", "it", "rome")
case(key="greco", frm=c, date="2027-03-09 22:40", client="ios_mail", lang="it",
     parent=X.it_docs(HELENE, c, "2027-03-09 15:00", "Gentile Signora Greco,", ref="3 marzo"),
     top=["Buonasera, rispondo qui sotto"], device="Inviato da iPhone",
     edits=[("after", "Suo indirizzo attuale", "Confermo, nessun cambiamento"),
            ("after", "in italiano o in francese", "Italiano")])  # fmt: skip

c = P(
    "Paolo Conti",
    "paolo.conti@studio-ferrante.example",
    "it",
    "rome",
    sig=["Avv. Paolo Conti", "Studio Legale Ferrante & Associati", "Tel. +39 06 555 0172"],
)
case(key="conti", frm=c, date="2027-03-10 12:02", client="outlook", lang="it",
     parent=X.it_meeting(HELENE, c, "2027-03-09 17:20", "Gentile Avvocato,"),
     banner=BANNERS["it_ext"], tag="[ESTERNO]",
     top=["Gentile Dott.ssa Marchetti,", "", "grazie, Le rispondo nel testo.", "", "Cordiali saluti", ""], sig=c.sig,
     edits=[("after", "martedì 16 marzo", "Martedì non posso, ho udienza."),
            ("after", "giovedì 18 marzo", "Giovedì alle 15 va bene."),
            ("after", "videoconferenza", "Videoconferenza.")])  # fmt: skip

# new Outlook (OWA): the person has left her firm and says so under the adviser's logo
c = P("Elisa Moretti", "elisa.moretti@studio-ferrante.example", "it", "rome")
case(key="moretti", frm=c, date="2027-03-23 16:40", client="owa", lang="it",
     parent=X.it_docs(HELENE, c, "2027-03-22 11:15", "Gentile Dott.ssa Moretti,", ref="17 marzo"),
     banner=BANNERS["it_ext"], tag="[ESTERNO]",
     top=["Buongiorno,", "", "Elisa Moretti"],
     edits=[("after", "Suo indirizzo attuale", "Via dei Coronari 112, 00186 Roma"),
            ("after", "in italiano o in francese", "In italiano"),
            ("after", "[cid:", "", "Da aprile non lavoro più presso lo Studio Ferrante: La prego di scrivermi "
             "all’indirizzo elisa.moretti@gmail.example<mailto:elisa.moretti@gmail.example>.")])  # fmt: skip

# ---------------------------------------------------------------- Spanish (Inés, Outlook)
c = P("Lucía García Ferrer", "lucia.garcia.ferrer@gmail.example", "es", "madrid")
case(key="garcia", frm=c, date="2027-03-03 20:05", client="gmail", lang="es",
     parent=X.es_docs(INES, c, "2027-03-03 11:40", "Estimada Sra. García:"),
     top=["Hola Inés,", "", "te contesto en el correo.", "", "Un saludo,", "Lucía", ""],
     edits=[("after", "dirección en Valencia", "", "Sí, sigue siendo correcta.", ""),
            ("after", "en español o en francés", "", "En español, por favor.", "")])  # fmt: skip

c = P(
    "Javier Navarro",
    "jnavarro@bodegas-altamira.example",
    "es",
    "madrid",
    sig=["Javier Navarro Ruiz", "Director Financiero", "Bodegas Altamira, S.L."],
)
case(key="navarro", frm=c, date="2027-03-10 10:18", client="outlook", lang="es",
     parent=X.es_cita(INES, c, "2027-03-09 16:30", "Estimado Sr. Navarro:"),
     banner=BANNERS["es_ext"], tag="[EXTERNO]",
     edits=[("tail", "Le vendría bien", "Sí, perfecto."), ("tail", "videollamada o una llamada", "Videollamada.")])  # fmt: skip

c = P("Carmen Ortega", "carmen.ortega@icloud.example", "es", "madrid")
case(key="ortega", frm=c, date="2027-03-11 18:44", client="apple_mail", lang="es",
     parent=X.es_docs(INES, c, "2027-03-11 12:00", "Estimada Sra. Ortega:", ref="8 de marzo"),
     top=["Buenas tardes, Inés:", "", "Saludos,", "Carmen", ""],
     edits=[("after", "dirección en Valencia", "", "NO. Ahora vivo en Alicante, calle San Fernando 40, 3.º B.", ""),
            ("after", "en español o en francés", "", "ESPAÑOL", "")])  # fmt: skip

c = P("Jordi Vidal", "jordi.vidal@outlook.example", "es", "madrid")
case(key="vidal", frm=c, date="2027-03-12 09:50", client="owa", lang="es", opt_out=True,
     parent=X.es_cita(INES, c, "2027-03-11 17:10", "Estimado Sr. Vidal:"),
     edits=[("after", "Le vendría bien",
             "No. He cambiado de asesor y les ruego que no vuelvan a escribirme ni a llamarme.")])  # fmt: skip
