"""Italian threads of blind17 (and one English reply from a Milan private banker)."""

from people17 import (
    ALIPRANDI,
    ARDENGHI,
    AYMARD,
    BACCI,
    BENASSI,
    COLOMBO,
    CREMASCHI,
    EVENTS,
    FERRANDI,
    GRECO,
    LOCATELLI,
    MATTEUCCI,
    MOLINARI,
    MORETTI,
    PAGNONI,
    PEDRAZZINI,
    RINALDI,
    RINAUDO,
    ROTA,
    SARTORI,
    SOLARI,
    VASSEUR,
    ZANETTI,
)
from spec17 import H, M, follow_up, invite, year_end

N = []

# --------------------------------------------------------------------------
# Notaio Ardenghi (Milan): purchase of a flat in Brera by a French client; 6 messages
# --------------------------------------------------------------------------
N += [
    M(
        "it-ard-1",
        None,
        VASSEUR,
        [ARDENGHI],
        "2027-01-11 09:42",
        cc=[PAGNONI],
        subject="Acquisto appartamento via Fiori Chiari – sig.ra Delaunay: procura e documenti",
        text="""
        Gentile Notaio,

        come anticipato telefonicamente, Le scrivo per conto della nostra cliente, la sig.ra Sophie Delaunay, residente a Parigi, che intende acquistare l'appartamento di via Fiori Chiari (foglio 350, mappale 112, sub. 14) dalla società Immobiliare Brera Novecento S.r.l.

        La sig.ra Delaunay non potrà essere presente al rogito, previsto per la seconda metà di febbraio. Le chiederei quindi:
        1. il testo della procura speciale da far firmare a Parigi, e se sia sufficiente l'autentica di un notaio francese con apostille;
        2. l'elenco dei documenti necessari (codice fiscale italiano, documento d'identità, eventuale certificato di stato civile);
        3. una stima delle imposte e dei Suoi onorari, trattandosi di seconda casa.

        Resto a disposizione per qualsiasi chiarimento.

        Cordiali saluti,
        """,
    ),
    H(
        "it-ard-2",
        "it-ard-1",
        ARDENGHI,
        [VASSEUR],
        "2027-01-12 17:05",
        cc=[PAGNONI],
        text="""
        Gentile Dott.ssa Vasseur,

        grazie per la Sua mail. Rispondo per punti:

        1. La procura speciale può essere autenticata da un notaio francese: serve l'apostille (Convenzione dell'Aja del 5 ottobre 1961) e, se la procura è redatta solo in francese, la traduzione giurata in italiano. Suggerisco comunque una procura bilingue, che Le farò avere nei prossimi giorni tramite la Dott.ssa Pagnoni.
        2. Documenti: codice fiscale italiano (se la sig.ra Delaunay non lo ha ancora, possiamo richiederlo noi), copia del passaporto, estratto dell'atto di matrimonio con l'indicazione del regime patrimoniale. Quest'ultimo punto è importante: in regime di comunione dovrà intervenire anche il coniuge.
        3. Trattandosi di acquisto da società costruttrice soggetto a IVA, l'imposta sarà del 10% (22% se l'immobile è accatastato in A/1), più le imposte di registro, ipotecaria e catastale in misura fissa. Le invierò un preventivo dettagliato entro venerdì.

        Quanto alla data, la parte venditrice propone giovedì 18 febbraio alle ore 11:00. Mi faccia sapere se va bene.

        Cordiali saluti
        """,
    ),
    M(
        "it-ard-3",
        "it-ard-2",
        VASSEUR,
        [ARDENGHI],
        "2027-01-13 10:20",
        cc=[PAGNONI],
        text="""
        Gentile Notaio,

        grazie mille per la risposta dettagliata. La data del 18 febbraio va bene per la nostra cliente.

        Alcune precisazioni, per completezza:
        1. La sig.ra Delaunay è sposata in regime di separazione dei beni (contratto di matrimonio francese del 2009): basta una copia del contratto con traduzione, o serve altro?
        2. Il prezzo sarà pagato con bonifico da un conto in Lussemburgo: ci sono adempimenti antiriciclaggio particolari da prevedere?
        3. Potete occuparvi voi della richiesta del codice fiscale?

        Grazie ancora e buona giornata,
        """,
    ),
    H(
        "it-ard-4",
        "it-ard-3",
        PAGNONI,
        [VASSEUR],
        "2027-01-14 12:36",
        cc=[ARDENGHI],
        color="#0070C0",
        text="""
        Gentile Dott.ssa Vasseur,

        su incarico del Notaio Le rispondo qui sotto in blu.

        Cordiali saluti
        """,
        inline=[
            (
                "1. La sig.ra Delaunay",
                "Sì, è sufficiente una copia autentica del contratto di matrimonio con apostille e traduzione giurata. Se preferite, la traduzione può essere fatta da un traduttore di nostra fiducia qui a Milano.",
            ),
            (
                "2. Il prezzo",
                "Nessun adempimento particolare oltre all'adeguata verifica: ci serviranno la contabile del bonifico e una dichiarazione firmata dalla cliente sulla provenienza dei fondi. I mezzi di pagamento saranno comunque indicati in atto.",
            ),
            (
                "3. Potete",
                "Certamente. Ci mandi una copia a colori del passaporto e l'indirizzo di residenza; la richiesta richiede in genere tre-cinque giorni lavorativi.",
            ),
        ],
    ),
    M(
        "it-ard-5",
        "it-ard-4",
        VASSEUR,
        [PAGNONI],
        "2027-01-15 09:10",
        cc=[ARDENGHI],
        text="""
        Gentile Dott.ssa Pagnoni,

        perfetto, grazie. In allegato il passaporto della sig.ra Delaunay e il contratto di matrimonio con l'apostille. Potrebbe inviarmi la bozza della procura appena pronta?

        Cordiali saluti,
        """,
    ),
    H(
        "it-ard-6",
        "it-ard-5",
        PAGNONI,
        [VASSEUR],
        "2027-01-19 16:48",
        cc=[ARDENGHI],
        text="",
        attach=[
            ("Bozza procura speciale Delaunay IT-FR.pdf", "application/pdf"),
            ("Preventivo atto Delaunay.pdf", "application/pdf"),
        ],
    ),
]

# --------------------------------------------------------------------------
# Dott. Cremaschi (Bergamo): flat tax for new residents; Outlook 2016 over IMAP on a hosting provider
# --------------------------------------------------------------------------
N += [
    M(
        "it-cre-1",
        None,
        VASSEUR,
        [CREMASCHI],
        "2027-01-07 11:30",
        subject="Rientro in Italia famiglia Ghezzi – imposta sostitutiva art. 24-bis TUIR",
        text="""
        Gentile Dottore,

        Le scrivo in merito al rientro in Italia del Sig. Ghezzi e della sua famiglia, previsto per l'estate 2027, come accennato durante la nostra call di dicembre.

        Vorremmo valutare con Lei:
        - l'opzione per l'imposta sostitutiva dei neo-residenti (art. 24-bis TUIR), tenuto conto che il Sig. Ghezzi è iscritto all'AIRE da oltre dieci anni;
        - l'estensione ai familiari (la moglie e il figlio maggiorenne);
        - gli obblighi di monitoraggio (quadro RW) e l'IVAFE sul portafoglio che gestiamo presso la banca depositaria in Lussemburgo, in caso di mancata opzione.

        Potremmo fissare una call nella settimana del 18 gennaio?

        Cordiali saluti,
        """,
    ),
    H(
        "it-cre-2",
        "it-cre-1",
        CREMASCHI,
        [VASSEUR],
        "2027-01-11 19:22",
        text="""
        Gentile Dott.ssa Vasseur,

        grazie per la mail e scusi il ritardo, siamo in piena chiusura d'anno.

        In sintesi:
        - il Sig. Ghezzi soddisfa il requisito della residenza all'estero per almeno nove dei dieci periodi d'imposta precedenti, quindi può accedere all'imposta sostitutiva; per chi trasferisce la residenza dopo il 10 agosto 2024 l'importo è di 200.000 euro annui, più 25.000 euro per ciascun familiare a cui viene estesa l'opzione;
        - con l'opzione non c'è obbligo di compilare il quadro RW né di versare IVAFE e IVIE sui beni esteri, ma attenzione ai redditi di fonte italiana, che restano tassati in via ordinaria;
        - senza opzione, il portafoglio lussemburghese andrebbe indicato nel quadro RW con IVAFE al 2 per mille, e i redditi finanziari sarebbero tassati al 26%.

        Consiglierei di presentare l'interpello prima del trasferimento: non è obbligatorio, ma dà certezza.

        Per la call: martedì 19 alle 15:00 o giovedì 21 alle 10:00, come preferisce.

        Cordiali saluti
        """,
    ),
    M(
        "it-cre-3",
        "it-cre-2",
        VASSEUR,
        [CREMASCHI],
        "2027-01-12 08:55",
        text="""
        Gentile Dottore,

        grazie, giovedì 21 alle 10:00 va benissimo, Le mando un invito Teams.

        Nel frattempo, tre domande veloci:
        1. L'opzione si può revocare se il Sig. Ghezzi dovesse vendere la sua partecipazione nella società francese nei primi anni?
        2. Il figlio, che studierà a Londra, può beneficiare dell'estensione anche se non è fiscalmente residente in Italia?
        3. Per l'interpello, quali documenti servono da parte nostra?

        Grazie,
        """,
    ),
    H(
        "it-cre-4",
        "it-cre-3",
        CREMASCHI,
        [VASSEUR],
        "2027-01-13 18:40",
        color="#C00000",
        text="""
        Gentile Dott.ssa Vasseur,

        rispondo nel testo.

        Cordiali saluti
        """,
        inline=[
            (
                "1. L'opzione",
                "--> Sì, l'opzione è revocabile in qualsiasi momento. Attenzione però: le plusvalenze da cessione di partecipazioni qualificate realizzate nei primi cinque periodi d'imposta restano tassate in via ordinaria.",
            ),
            (
                "2. Il figlio",
                "--> No: l'estensione richiede che anche il familiare trasferisca la residenza fiscale in Italia.",
            ),
            (
                "3. Per l'interpello",
                "--> Le mando domani una checklist. In sostanza: certificati di residenza fiscale francese degli ultimi anni, iscrizione AIRE, elenco delle giurisdizioni in cui si trovano i beni.",
            ),
        ],
    ),
    M(
        "it-cre-5",
        None,
        CREMASCHI,
        [ROTA],
        "2027-01-14 17:20",
        subject="checklist interpello Ghezzi",
        sig=False,
        disc=False,
        text="""
        Monica,

        per favore inoltra alla Dott.ssa Vasseur (Aubrac Lérins) la checklist qui sotto. Grazie.

        Checklist interpello art. 24-bis:
        - certificati di residenza fiscale in Francia 2017-2026
        - certificato di iscrizione AIRE
        - copia del passaporto
        - elenco dei paesi in cui sono detenuti beni e attività
        - eventuale contratto di locazione o atto di acquisto dell'abitazione in Italia

        P.
        """,
    ),
    H(
        "it-cre-6",
        "it-cre-5",
        ROTA,
        [VASSEUR],
        "2027-01-15 09:12",
        fwd=True,
        cc=[CREMASCHI],
        text="""
        Buongiorno Dott.ssa Vasseur,

        come da indicazioni del Dott. Cremaschi Le inoltro la checklist per l'interpello.

        Cordiali saluti
        """,
    ),
]

# --------------------------------------------------------------------------
# Avv. Solari (Rome): a clause of a family pact; the studio's gateway appends a footer after the history
# --------------------------------------------------------------------------
N += [
    M(
        "it-sol-1",
        None,
        VASSEUR,
        [SOLARI],
        "2027-01-18 14:05",
        subject="Patto di famiglia Ferrante – art. 4 bozza",
        text="""
        Gentile Avvocato,

        ho letto con attenzione la bozza del patto di famiglia per la famiglia Ferrante che ci ha inviato venerdì. Una sola osservazione da parte nostra: all'art. 4 la liquidazione della sorella, Dott.ssa Carla Ferrante, è prevista in denaro entro dodici mesi, ma la sua quota sarebbe più facilmente finanziata con le quote del fondo lussemburghese che gestiamo per la famiglia.

        Sarebbe possibile prevedere la liquidazione in natura, in tutto o in parte?

        Cordiali saluti,
        """,
    ),
    H(
        "it-sol-2",
        "it-sol-1",
        SOLARI,
        [VASSEUR],
        "2027-01-19 18:47",
        text="""
        Gentile Dott.ssa Vasseur,

        la liquidazione in natura è possibile: l'art. 768-quater, secondo comma, c.c. prevede espressamente che la liquidazione possa avvenire «anche in natura». Proporrei di riformulare l'art. 4 così:

        «Art. 4 – Liquidazione dei legittimari non assegnatari. L'assegnatario Dott. Luca Ferrante liquida la sorella Dott.ssa Carla Ferrante, a tacitazione di ogni suo diritto, mediante il trasferimento di n. 1.250 quote del comparto "Aubrac Lérins Patrimoine Équilibré" e, per la differenza, con il pagamento di una somma di denaro da corrispondersi entro dodici mesi dalla sottoscrizione.»

        Dovremo però disporre di una valutazione delle quote alla data dell'atto, certificata dalla banca depositaria. Ve ne occupate voi?

        Un caro saluto
        """,
    ),
    M(
        "it-sol-3",
        "it-sol-2",
        VASSEUR,
        [SOLARI],
        "2027-01-20 09:30",
        text="""
        Gentile Avvocato,

        grazie, la formulazione ci sembra perfetta. Sì, chiederemo noi alla banca depositaria il certificato di valorizzazione alla data dell'atto. Le confermo la riunione di giovedì con il Notaio alle 15:00.

        Cordiali saluti,
        """,
    ),
    H(
        "it-sol-4",
        "it-sol-3",
        SOLARI,
        [VASSEUR],
        "2027-01-20 13:12",
        client="outlook_mobile",
        os="iOS",
        sig=False,
        text="""
        Perfetto, grazie. Ne parliamo giovedì con il Notaio.

        Beatrice Solari
        """,
    ),
]

# --------------------------------------------------------------------------
# Banca Alpina Privata (Lugano), HCL Notes
# --------------------------------------------------------------------------
N += [
    M(
        "it-ped-1",
        None,
        VASSEUR,
        [PEDRAZZINI],
        "2027-01-08 10:15",
        subject="Trasferimento portafoglio Sig. Rusconi – relazione 4471-22",
        text="""
        Gentile Signor Pedrazzini,

        come concordato con il Sig. Rusconi, Le confermo che il cliente desidera trasferire il portafoglio titoli detenuto presso di voi (relazione n. 4471-22) alla banca depositaria Lumière Custody S.A. di Lussemburgo, dove lo gestiremo in mandato.

        Le chiederei cortesemente:
        - l'estratto delle posizioni al 31.12.2026 con i prezzi di carico;
        - le commissioni di trasferimento per titolo;
        - l'elenco delle posizioni non trasferibili, che andrebbero eventualmente liquidate.

        Allego il modulo di trasferimento firmato dal cliente.

        Cordiali saluti,
        """,
    ),
    H(
        "it-ped-2",
        "it-ped-1",
        PEDRAZZINI,
        [VASSEUR],
        "2027-01-12 11:02",
        client="notes",
        text="""
        Gentile Signora Vasseur,

        confermo la ricezione del modulo. Prima di procedere abbiamo bisogno della conferma scritta del cliente anche per la chiusura della relazione, poiché il trasferimento riguarda la totalità delle posizioni.

        Le commissioni di trasferimento ammontano a CHF 150 per posizione (CHF 100 per i titoli depositati presso SIX SIS). Tre fondi del portafoglio (i due fondi immobiliari svizzeri e il fondo di private equity) non sono trasferibili e dovranno essere venduti o restare in deposito presso di noi.

        L'estratto al 31.12.2026 Le verrà inviato tramite la nostra Secure Mail entro domani.

        Distinti saluti
        """,
    ),
]

# --------------------------------------------------------------------------
# Lumen Vie (Luxembourg insurer), Italian desk: an IBAN block in the new text; the insurer's gateway tags "[EXTERNAL]"
# --------------------------------------------------------------------------
N += [
    M(
        "it-mat-1",
        None,
        VASSEUR,
        [MATTEUCCI],
        "2027-01-20 15:30",
        subject="Polizza LV-IT-208841 Dott. Balestra – riscatto parziale",
        text="""
        Gentile Dott.ssa Matteucci,

        Le trasmetto in allegato la richiesta di riscatto parziale della polizza LV-IT-208841 del Dott. Enrico Balestra, per un importo di 150.000 euro, firmata dal contraente. L'accredito è richiesto sul conto del cliente in Italia indicato nel modulo.

        Mi conferma i tempi di liquidazione?

        Cordiali saluti,
        """,
    ),
    H(
        "it-mat-2",
        "it-mat-1",
        MATTEUCCI,
        [VASSEUR],
        "2027-01-21 10:48",
        text="""
        Buongiorno Dott.ssa Vasseur,

        abbiamo ricevuto la richiesta di riscatto parziale. Prima di procedere Le chiedo di verificare con il cliente le coordinate bancarie indicate nel modulo, che non corrispondono a quelle registrate in polizza:

        Intestatario: Enrico Balestra
        IBAN: IT60 X054 2811 1010 0000 0123 456
        BIC: ABCDITMMXXX

        Per ragioni di sicurezza, il pagamento su un conto diverso da quello registrato richiede una dichiarazione firmata dal contraente, con copia del documento d'identità. Ricordo inoltre che sul riscatto la compagnia applicherà l'imposta sostitutiva del 26% sulla plusvalenza, in qualità di sostituto d'imposta.

        Una volta ricevuta la documentazione, la liquidazione avviene entro dieci giorni lavorativi.

        Resto in attesa, cordiali saluti
        """,
    ),
]

# --------------------------------------------------------------------------
# Versilia Dimore (Forte dei Marmi): Aruba webmail (Roundcube), bottom-posting under a trimmed quote
# --------------------------------------------------------------------------
N += [
    M(
        "it-bac-1",
        None,
        VASSEUR,
        [BACCI],
        "2027-01-25 11:00",
        subject="Villa Roma Imperiale – richiesta documenti e visita",
        text="""
        Gentile Sig. Bacci,

        il nostro cliente, Sig. Davide Zanetti, è interessato alla villa in zona Roma Imperiale che ci ha presentato la settimana scorsa. Prima di una visita Le chiederei:
        - le planimetrie e la visura catastale;
        - conferma della conformità urbanistica e catastale;
        - se la proprietà è disponibile a trattare sul prezzo richiesto di 4,2 milioni.

        Il cliente sarebbe disponibile per una visita sabato 6 febbraio in mattinata.

        Cordiali saluti,
        """,
    ),
    H(
        "it-bac-2",
        "it-bac-1",
        BACCI,
        [VASSEUR],
        "2027-01-25 19:33",
        client="roundcube",
        bottom=True,
        trim="sabato 6 febbraio",
        attach=[("Planimetrie_villa.pdf", "application/pdf"), ("Visura_catastale.pdf", "application/pdf")],
        text="""
        Buonasera Dott.ssa Vasseur,

        planimetrie e visura in allegato. La conformità è stata verificata dal geometra della proprietà a dicembre: c'è solo una piccola difformità sulla pergola, che verrà sanata prima del rogito.

        Sul prezzo c'è un margine, ma non grande: la proprietà ha già rifiutato un'offerta a 3,9 milioni.

        Sabato 6 va benissimo, alle 11 in villa. Le mando la posizione.

        Cordiali saluti,
        """,
    ),
]

# --------------------------------------------------------------------------
# Private clients
# --------------------------------------------------------------------------
N += [
    M(
        "it-mor-1",
        None,
        RINALDI,
        [MORETTI],
        "2027-01-13 17:10",
        subject="Rendiconto IV trimestre 2026 e profilo di rischio",
        attach=[("Rendiconto_Q4_2026_Moretti.pdf", "application/pdf")],
        text="""
        Buonasera Sig. Moretti,

        come d'accordo Le invio in allegato il rendiconto del quarto trimestre 2026 e la lettera di conferma del nuovo profilo di rischio.

        Le sarei grata se potesse restituirci la lettera firmata entro fine mese.

        Cordiali saluti,
        """,
    ),
    H(
        "it-mor-2",
        "it-mor-1",
        MORETTI,
        [RINALDI],
        "2027-01-13 18:02",
        client="gmail_mobile",
        text="""
        Ricevuto, grazie.
        """,
    ),
    # a letter of his Italian bank, forwarded by Gmail with a note
    M(
        "it-ali-0",
        None,
        ALIPRANDI,
        [MORETTI],
        "2027-01-18 09:30",
        subject="Aggiornamento autocertificazione di residenza fiscale (CRS/FATCA)",
        text="""
        Gentile Cliente,

        nell'ambito degli adempimenti previsti dalla normativa CRS e FATCA, La preghiamo di aggiornare l'autocertificazione di residenza fiscale relativa al Suo rapporto n. 0045-118273, poiché dai nostri archivi risulta un indirizzo nel Principato di Monaco.

        Il modulo, allegato alla presente, va restituito firmato entro il 15 febbraio 2027. In mancanza, saremo tenuti a segnalare il rapporto come non documentato.

        Cordiali saluti,
        """,
    ),
    H(
        "it-mor-3",
        "it-ali-0",
        MORETTI,
        [RINALDI],
        "2027-01-20 12:41",
        client="gmail",
        fwd=True,
        text="""
        Camille,

        ti inoltro questa mail della banca. Devo compilare io il modulo o ve ne occupate voi? Se serve passo in ufficio giovedì.

        Grazie,
        Giancarlo
        """,
    ),
    # Libero webmail, an older client: answers the Relance follow-up of the year-end letter
    year_end("it-fer-1", VASSEUR, FERRANDI, "2026-12-17 10:00", "Gentile Signora Ferrandi,", "it"),
    follow_up("it-fer-2", "it-fer-1", VASSEUR, FERRANDI, "2027-01-11 09:00", "Gentile Signora Ferrandi,", "it"),
    H(
        "it-fer-3",
        "it-fer-2",
        FERRANDI,
        [VASSEUR],
        "2027-01-12 16:25",
        client="libero",
        text="""
        Gentile Dottoressa,

        mi scusi se non ho risposto prima ma sono stata a Torino da mia figlia per le feste. Per l'appuntamento va bene giovedì 21 gennaio alle ore 15, se per Lei va bene. Porterò i documenti della successione di mio marito come mi aveva chiesto.

        Cordiali saluti
        Maria Grazia Ferrandi
        """,
    ),
    # iPhone, with a U+FEFF at the start of the quoted text
    M(
        "it-zan-1",
        None,
        VASSEUR,
        [ZANETTI],
        "2027-01-26 15:05",
        subject="Visita villa Forte dei Marmi – sabato 6 febbraio",
        text="""
        Gentile Davide,

        Le confermo la visita della villa sabato 6 febbraio alle 11:00 con il Sig. Bacci di Versilia Dimore. Le planimetrie sono in allegato; la proprietà ha un margine di trattativa limitato.

        Ci vediamo direttamente in villa, Le mando la posizione.

        Cordiali saluti,
        """,
    ),
    H(
        "it-zan-2",
        "it-zan-1",
        ZANETTI,
        [VASSEUR],
        "2027-01-26 20:14",
        client="ios_mail",
        bom=True,
        text="""
        Perfetto, grazie Claire. Ci sarà anche mia moglie.
        A sabato 👍
        """,
    ),
    # Apple Mail, history deleted
    M(
        "it-sar-1",
        None,
        VASSEUR,
        [SARTORI],
        "2027-02-01 11:20",
        subject="Dichiarazione dei redditi 2027 – certificati della banca lussemburghese",
        text="""
        Gentile Elena,

        a metà febbraio la banca depositaria emetterà i certificati fiscali 2026 e noi prepareremo il prospetto per il quadro RW. Preferisce che li inviamo a Lei o direttamente al Suo commercialista?

        Cordiali saluti,
        """,
    ),
    H(
        "it-sar-2",
        "it-sar-1",
        SARTORI,
        [VASSEUR],
        "2027-02-02 08:47",
        client="apple_mail",
        quote="none",
        text="""
        Buongiorno Claire,

        sì, mandate pure tutto direttamente alla Dott.ssa Rinaudo dello Studio Gallo & Rinaudo di Torino (paola.rinaudo@gallorinaudo.example), che da quest'anno segue la mia dichiarazione. Le ho già anticipato che arriveranno i certificati dei proventi e il prospetto per il quadro RW.

        Grazie e a presto,
        Elena
        """,
    ),
    M(
        "it-rin-1",
        None,
        VASSEUR,
        [RINAUDO],
        "2027-02-03 10:10",
        subject="Arch. Elena Sartori – prospetto quadro RW 2026",
        attach=[("Prospetto_RW_2026_Sartori.pdf", "application/pdf")],
        text="""
        Gentile Dott.ssa Rinaudo,

        su indicazione dell'Arch. Sartori Le invio il prospetto per il quadro RW 2026 relativo al portafoglio che gestiamo presso la banca depositaria in Lussemburgo. I certificati dei proventi seguiranno a metà febbraio.

        Resto a disposizione,
        """,
    ),
    H(
        "it-rin-2",
        "it-rin-1",
        RINAUDO,
        [VASSEUR],
        "2027-02-04 10:20",
        client="zimbra",
        text="""
        Gentile Dott.ssa Vasseur,

        grazie, ho ricevuto tutto. Solo una domanda: nel prospetto il valore del portafoglio al 31/12 è espresso in euro, ma il conto ha anche una componente in franchi svizzeri. Mi conferma che il controvalore è stato calcolato al cambio BCE del 31 dicembre?

        Cordiali saluti
        """,
    ),
    # Opt-out (GDPR art. 17) to the Monaco invitation
    invite("it-ben-1", EVENTS, BENASSI, "2027-01-07 09:00", "Gentile Sig. Benassi,", "it"),
    H(
        "it-ben-2",
        "it-ben-1",
        BENASSI,
        [EVENTS],
        "2027-01-08 09:14",
        client="gmail",
        opt_out=True,
        text="""
        Buongiorno,

        non ho mai chiesto di ricevere le vostre comunicazioni e non sono vostro cliente. Vi chiedo di cancellare i miei dati dai vostri archivi ai sensi dell'art. 17 del Regolamento UE 2016/679 e di non contattarmi più.

        Riccardo Benassi
        """,
    ),
    # Thunderbird, bottom-posting under a trimmed quote, a typed "> " quotation inside the new text
    year_end("it-col-1", VASSEUR, COLOMBO, "2026-12-17 10:00", "Gentile Ingegner Colombo,", "it"),
    H(
        "it-col-2",
        "it-col-1",
        COLOMBO,
        [VASSEUR],
        "2027-01-04 11:37",
        client="thunderbird",
        bottom=True,
        trim="Può indicarmi qualche data?",
        text="""
        Gentile Dottoressa,

        grazie degli auguri, che ricambio. Per l'appuntamento preferirei la seconda metà di gennaio, di mattina.

        Ho una domanda sulla polizza lussemburghese. In un articolo ho letto questa frase:
        > le polizze unit linked emesse da compagnie estere senza rappresentante fiscale in Italia sono soggette a un'imposta di bollo annua del 2 per mille
        Vale anche per la mia? Non mi risulta di averla mai pagata.

        Cordiali saluti
        """,
    ),
    # Samsung Email
    M(
        "it-gre-1",
        None,
        VASSEUR,
        [GRECO],
        "2027-02-08 16:40",
        subject="Successione Sig. Vito Greco – documenti",
        text="""
        Gentile Sig. Greco,

        per procedere con la dichiarazione di successione di Suo padre e con lo svincolo dei conti presso la banca lussemburghese ci servono il certificato di morte, l'atto notorio o la dichiarazione sostitutiva, e la data dell'inventario delle cassette di sicurezza.

        Rinnovo le mie condoglianze.

        Cordiali saluti,
        """,
    ),
    H(
        "it-gre-2",
        "it-gre-1",
        GRECO,
        [VASSEUR],
        "2027-02-08 21:03",
        client="samsung",
        sig=False,
        text="""
        Buonasera, grazie. Domani mattina passo dal notaio a ritirare il certificato di morte e l'atto notorio e ve li scansiono. Per l'inventario delle cassette di sicurezza ci vuole il funzionario dell'Agenzia, vi faccio sapere la data.
        Tommaso Greco
        """,
    ),
    # Fiduciaria Ceresio (Lugano): the fiduciary's gateway tags "[ESTERNO]" and stamps a banner on the firm's message
    M(
        "it-mol-1",
        None,
        VASSEUR,
        [MOLINARI],
        "2027-01-19 16:20",
        subject="Rinnovo mandato fiduciario Sig. Rusconi – documentazione LRD",
        text="""
        Gentile Signor Molinari,

        in vista del rinnovo del mandato fiduciario del Sig. Rusconi ci servirebbero il formulario A aggiornato, la copia del passaporto in corso di validità e il formulario T relativo al trust di famiglia.

        Grazie in anticipo e cordiali saluti,
        """,
    ),
    H(
        "it-mol-2",
        "it-mol-1",
        MOLINARI,
        [VASSEUR],
        "2027-01-20 08:52",
        attach=[("Formulario_A_Rusconi.pdf", "application/pdf"), ("Passaporto_Rusconi.pdf", "application/pdf")],
        text="""
        Buongiorno Signora Vasseur,

        in allegato trova il formulario A firmato dal Sig. Rusconi e la copia aggiornata del passaporto. Il formulario T per il trust di famiglia lo riceverà la prossima settimana, appena il trustee di Jersey ci avrà mandato il nuovo elenco dei beneficiari.

        Le segnalo che dal 1° gennaio il nostro indirizzo per la corrispondenza è cambiato: Via Nassa 5, 6900 Lugano.

        Cordiali saluti
        """,
    ),
    # Fiduciaria Sant'Ambrogio: an agent's reply sent by Freshdesk
    M(
        "it-fsa-1",
        None,
        VASSEUR,
        [LOCATELLI],
        "2027-01-27 10:05",
        subject="Richiesta certificazione partecipazioni al 31/12/2026 – mandato n. 8812/FS",
        text="""
        Buongiorno,

        per conto del nostro cliente, fiduciante del mandato n. 8812/FS, vi chiedo la certificazione delle partecipazioni detenute in amministrazione fiduciaria al 31/12/2026, necessaria per la sua dichiarazione in Francia.

        Grazie e cordiali saluti,
        """,
    ),
    H(
        "it-fsa-2",
        "it-fsa-1",
        LOCATELLI,
        [VASSEUR],
        "2027-01-28 11:20",
        client="freshdesk",
        subject="Re: [#4821] Richiesta certificazione partecipazioni al 31/12/2026 – mandato n. 8812/FS",
        sig=False,
        text="""
        Gentile Dott.ssa Vasseur,

        grazie per averci contattato. Le confermo che la certificazione delle partecipazioni detenute in amministrazione fiduciaria al 31/12/2026 per il mandato n. 8812/FS sarà disponibile entro il 15 febbraio, insieme al prospetto fiscale annuale.

        Trattandosi di un mandato intestato a un fiduciante non residente, la certificazione sarà emessa in italiano e in inglese. Se Le serve anche una versione in francese, ce lo segnali rispondendo a questa e-mail.

        Cordiali saluti,
        Chiara Locatelli
        Servizio Assistenza Clienti
        Fiduciaria Sant'Ambrogio S.p.A.
        """,
        headers=[
            ("Reply-To", "Fiduciaria Sant'Ambrogio - Assistenza <assistenza@fidsantambrogio.example>"),
            ("X-Freshdesk-Ticket-Id", "4821"),
        ],
    ),
    # An English reply from a Milan private banker under Italian Outlook headers
    M(
        "it-ali-1",
        None,
        AYMARD,
        [ALIPRANDI],
        "2027-02-03 14:10",
        subject="Mr Giancarlo Moretti – CRS self-certification",
        text="""
        Dear Mr Aliprandi,

        Further to Mr Moretti's e-mail, I am writing on his behalf regarding the CRS/FATCA self-certification requested for account 0045-118273. Mr Moretti returned the signed form on 28 January; could you please confirm that it has been processed, and whether anything else is needed for the account of his holding company?

        Kind regards,
        """,
    ),
    H(
        "it-ali-2",
        "it-ali-1",
        ALIPRANDI,
        [AYMARD],
        "2027-02-04 09:55",
        lang="en",
        text="""
        Dear Mr Aymard,

        Thank you for your e-mail. I confirm that we received Mr Moretti's self-certification form on 28 January; he is now recorded as tax resident in Monaco only, so no Italian tax identification number is required.

        Please note that for the account opened in the name of his holding company we will also need the entity self-certification (form CRS-E), signed by the directors, together with the list of controlling persons.

        Kind regards,
        """,
    ),
]
