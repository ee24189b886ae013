"""blind20: human replies in Italian (clients of the Lugano office)."""

from kit20 import BERNASCONI, inline, letter, reply, review
from mime12 import L
from mime20 import P

POLIZZA = """
    la sua polizza auto scade il 31 marzo 2027. Per il rinnovo con la nuova compagnia ci mancano ancora:

    - copia della licenza di circolazione (fronte e retro);
    - l'attestato dei sinistri degli ultimi cinque anni;
    - il nome dei conducenti abituali sotto i 25 anni, se ce ne sono.

    Può inviarmeli per e-mail entro il 19 marzo?
"""


def polizza(key, to, greeting, date):
    return letter(
        key,
        BERNASCONI,
        "bernasconi",
        "it",
        [to],
        greeting,
        date,
        "Polizza auto - documenti mancanti per il rinnovo",
        POLIZZA,
    )


def cases():
    out = []

    # 1. Outlook desktop, HTML only, on top, Ticino sign-off
    rossi = P("Marco Rossi", "marco.rossi@rossi-edilizia.example")
    o = review("it-rossi", "it", [rossi], "Gentile Signor Rossi,", "2027-03-02 10:00")
    out.append(
        reply(
            "it-rossi",
            "it",
            "outlook",
            rossi,
            o,
            "2027-03-03 18:20",
            new=L("""
                Buonasera Signora Bernasconi,

                la ringrazio per il messaggio. Nessun cambiamento per quanto riguarda la situazione familiare; per contro a fine anno venderò la quota della ditta a mio cugino, quindi nel 2028 avrò probabilmente liquidità in più da investire, non in meno.
                Per il resto confermo tutto come l'anno scorso.

                Cordiali saluti

                Marco Rossi
                Rossi Edilizia SA
                Via Cantonale 22 | 6814 Lamone
                Tel. +41 91 555 01 71
            """),
            html_only=True,
        )
    )

    # 2. Outlook, answers in blue; replied_to
    galli = P("Lorenza Galli", "lorenza.galli@studiogalli.example")
    o = review("it-galli", "it", [galli], "Gentile Avv. Galli,", "2027-03-02 10:01")
    segs = inline(
        "outlook",
        "it",
        o,
        {
            "1.": ["Sì: dal 1° marzo sono socia dello studio, il reddito è aumentato."],
            "2.": ["No."],
            "3.": ["Sì, anche 10."],
            "4.": ["Sì, e vorrei parlarne in generale (ESG)."],
        },
        top=L("""
            Buongiorno Chiara,
            risposte in blu qui sotto.
            Un caro saluto
            Lorenza
        """),
        colour="blue",
    )
    out.append(
        reply("it-galli", "it", "outlook", galli, o, "2027-03-02 13:10", segs=segs, replied_to=True, html_only=True)
    )

    # 3. Gmail, short
    fontana = P("Paolo Fontana", "paolo.fontana@gmail.example")
    o = polizza("it-fontana", fontana, "Gentile Signor Fontana,", "2027-03-09 09:00")
    out.append(
        reply(
            "it-fontana",
            "it",
            "gmail",
            fontana,
            o,
            "2027-03-09 12:31",
            new=L("""
                Buongiorno,
                le mando tutto stasera da casa, la licenza è in macchina. Nessun conducente sotto i 25 anni.
                Grazie
                Paolo Fontana
            """),
        )
    )

    # 4. iOS Mail, Italian
    ferrari = P("Giulia Ferrari", "giulia.ferrari@icloud.example")
    o = polizza("it-ferrari", ferrari, "Gentile Signora Ferrari,", "2027-03-09 09:01")
    out.append(
        reply(
            "it-ferrari",
            "it",
            "ios_mail",
            ferrari,
            o,
            "2027-03-10 08:14",
            new=L("""
                Buongiorno, in allegato la licenza di circolazione. L'attestato sinistri l'ho chiesto alla Mobiliare, glielo giro appena arriva.
                Saluti
                Giulia Ferrari
            """),
            device="Inviato da iPhone",
            attach=[("IMG_4471.jpeg", "image/jpeg", b"\xff\xd8\xff\xe0 stand-in jpeg\xff\xd9")],
        )
    )

    # 5. Outlook mobile: opt-out inside a longer reply
    pedrini = P("Sergio Pedrini", "sergio.pedrini@outlook.example")
    o = review("it-pedrini", "it", [pedrini], "Gentile Signor Pedrini,", "2027-03-02 10:02")
    out.append(
        reply(
            "it-pedrini",
            "it",
            "outlook_mobile",
            pedrini,
            o,
            "2027-03-05 21:47",
            new=L("""
                Buonasera,
                come già comunicato al Signor Rüegg, il mandato di gestione è stato disdetto a febbraio e i titoli sono già stati trasferiti. Non desidero più ricevere comunicazioni da parte vostra, né questionari né inviti.
                Distinti saluti
                S. Pedrini
            """),
            device="Ottieni Outlook per Android<https://aka.ms/AAb9ysg>",
            opt_out=True,
        )
    )

    # 6. HCL Notes, Italian fiduciary
    bianchi = P("Fabio Bianchi", "fabio.bianchi@fiduciaria-ceresio.example")
    o = letter(
        "it-bianchi",
        BERNASCONI,
        "bernasconi",
        "it",
        [bianchi],
        "Egregio Signor Bianchi,",
        "2027-03-08 14:00",
        "Apertura conto Immobiliare Generoso SA - documenti",
        """
            per completare l'apertura del conto della Immobiliare Generoso SA ci servono ancora il formulario K firmato e l'estratto del registro di commercio recente.
            Le sarei grata se potesse farmeli avere entro fine mese.
        """,
    )
    out.append(
        reply(
            "it-bianchi",
            "it",
            "notes",
            bianchi,
            o,
            "2027-03-09 11:05",
            new=L("""
                Gentile Signora Bernasconi,

                il formulario K è stato firmato ieri dai due amministratori; l'originale le arriva per posta. In allegato trova l'estratto RC di data 4 marzo.

                Con i migliori saluti

                Fabio Bianchi
                Fiduciaria Ceresio SA
                Via Nassa 15, 6900 Lugano
                Tel. +41 91 555 01 52

                Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio le fosse pervenuto per errore, la preghiamo di informare immediatamente il mittente e di cancellarlo. Ogni utilizzo non autorizzato è vietato.
            """),
            attach=[("Estratto RC Immobiliare Generoso SA.pdf", "application/pdf", b"%PDF-1.4 stand-in RC\n")],
        )
    )

    # 7. Swiss webmail (bluewin-like), Italian
    moretti = P("Rosanna Moretti", "rosanna.moretti@bluewin.example")
    o = polizza("it-moretti", moretti, "Gentile Signora Moretti,", "2027-03-09 09:02")
    out.append(
        reply(
            "it-moretti",
            "it",
            "bluewin_webmail",
            moretti,
            o,
            "2027-03-11 16:26",
            new=L("""
                Buongiorno Signora Bernasconi

                Mio nipote Luca (22 anni) usa la macchina ogni tanto il fine settimana, non so se conta come conducente abituale. Mi faccia sapere.
                La licenza gliela porto venerdì in ufficio a Lugano.

                Tanti cari saluti
                Rosanna Moretti
            """),
        )
    )

    # 8. Gmail: forward with a line above
    conti = P("Alessandro Conti", "ale.conti@gmail.example")
    o = polizza("it-conti", conti, "Gentile Signor Conti,", "2027-03-09 09:03")
    segs = [
        ("new", ["Ecco l'attestato, mi è arrivato adesso dalla vecchia assicurazione. Saluti, A. Conti"]),
        ("raw", [""]),
        (
            "attr",
            [
                "---------- Forwarded message ---------",
                "Da: Servizio Clienti Helvetia Auto <servizio.clienti@assicura-ticino.example>",
                "Date: gio 11 mar 2027 alle ore 08:55",
                "Subject: Attestato dei sinistri - polizza 55-01.482.311",
                "To: <ale.conti@gmail.example>",
            ],
        ),
        ("raw", [""]),
        (
            "q",
            [
                "Gentile cliente,",
                "",
                "come richiesto le trasmettiamo in allegato l'attestato dei sinistri degli ultimi cinque anni.",
                "",
                "Cordiali saluti",
                "Servizio Clienti",
            ],
            0,
        ),
    ]
    out.append(
        reply(
            "it-conti",
            "it",
            "gmail",
            conti,
            o,
            "2027-03-11 09:30",
            segs=segs,
            subject="Fwd: Attestato dei sinistri - polizza 55-01.482.311",
            forward=True,
            attach=[("Attestato_sinistri.pdf", "application/pdf", b"%PDF-1.4 stand-in attestato\n")],
        )
    )

    # 9. Thunderbird, bottom-posted under a trimmed quote
    ghirlanda = P("Mattia Ghirlanda", "mattia@ghirlanda.example")
    o = polizza("it-ghirlanda", ghirlanda, "Gentile Signor Ghirlanda,", "2027-03-09 09:04")
    segs = [
        ("attr", ["Il 09/03/27 09:04, Chiara Bernasconi ha scritto:"]),
        ("q", o.body[2:9], 1),
        ("raw", [""]),
        (
            "new",
            L("""
            Buongiorno,
            non ho l'attestato: fino all'anno scorso la macchina era in leasing ed era assicurata dalla società di leasing. Come facciamo?
            Mattia Ghirlanda
        """),
        ),
    ]
    out.append(reply("it-ghirlanda", "it", "thunderbird", ghirlanda, o, "2027-03-09 19:48", segs=segs))

    # 10. Apple Mail, one word
    lepori = P("Nicoletta Lepori", "nicoletta.lepori@me.example")
    o = letter(
        "it-lepori",
        BERNASCONI,
        "bernasconi",
        "it",
        [lepori],
        "Cara Nicoletta,",
        "2027-03-16 11:00",
        "Appuntamento di giovedì",
        """
            ti confermo l'appuntamento di giovedì 18 marzo alle 14.30 da noi a Lugano, con il collega delle assicurazioni.
        """,
    )
    out.append(reply("it-lepori", "it", "apple_mail", lepori, o, "2027-03-16 11:12", new=["Perfetto!"]))

    # 11. Outlook, inline answers with no marker at all (plain lines under each item); replied_to
    cattaneo = P("Renato Cattaneo", "renato.cattaneo@cattaneo-vini.example")
    o = polizza("it-cattaneo", cattaneo, "Gentile Signor Cattaneo,", "2027-03-09 09:05")
    segs = inline(
        "outlook",
        "it",
        o,
        {
            "- copia della licenza": ["allegata"],
            "- l'attestato": ["lo chiedo a Generali, arriva la prossima settimana"],
            "- il nome dei conducenti": ["nessuno"],
        },
    )
    out.append(
        reply(
            "it-cattaneo",
            "it",
            "outlook",
            cattaneo,
            o,
            "2027-03-10 07:35",
            segs=segs,
            replied_to=True,
            attach=[("Licenza circolazione TI 555012.pdf", "application/pdf", b"%PDF-1.4 stand-in licenza\n")],
        )
    )

    # 12. New Outlook (OWA), Italian, with the company's legal footer under the signature
    rezzonico = P("Elena Rezzonico", "elena.rezzonico@rezzonico-architetti.example")
    o = review("it-rezzonico", "it", [rezzonico], "Gentile Architetta Rezzonico,", "2027-03-02 10:03")
    out.append(
        reply(
            "it-rezzonico",
            "it",
            "owa",
            rezzonico,
            o,
            "2027-03-04 09:12",
            new=L("""
                Buongiorno Signora Bernasconi,

                preferirei rispondere a voce, alcune cose sono cambiate (separazione in corso). Possiamo vederci la settimana prossima? Martedì o mercoledì pomeriggio vanno bene.

                Grazie e buona giornata
                Elena Rezzonico

                Rezzonico Architetti Sagl | Via Pretorio 9 | 6900 Lugano
                Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate.
            """),
        )
    )
    return out
