"""Per-language material for the multi-client cases: the outbound email, the answers, and how each client
localises its quote header, intro line and "sent from" line.

Written for the project. Dates and labels follow what the clients print in each locale (Outlook desktop,
Gmail web, iOS Mail, Outlook mobile, Lotus Notes); the answers are what a prospect would write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Lang:
    code: str
    user: tuple[str, str]  # the Relance user who wrote the tracked email
    repliers: list[tuple[str, str]]
    subject: str
    original: list[str]  # paragraphs of the tracked email ("" = blank line), signature included
    answers: list[list[str]]  # what repliers write (paragraphs, "" = blank line)
    inline: list[str]  # short answers written between quoted paragraphs
    days: list[str]
    days_abbr: list[str]
    months: list[str]
    months_abbr: list[str]
    outlook_sep: str
    outlook_labels: tuple[str, str, str, str, str]  # from, sent, to, cc, subject
    outlook_date: str  # format with {day} {dd} {month} {yyyy} {hh} {mm} {ampm_time}
    gmail_intro: str  # format with {wd} {dd} {mon} {mm2} {yyyy} {hh} {mi} {name} {addr}
    ios_intro: str
    iphone: str
    outlook_mobile: str
    colon: str = ":"
    opt_outs: tuple[int, ...] = ()  # answers that ask to stop the emails
    extra: dict[str, str] = field(default_factory=dict)

    def fields(self, dt: datetime, name: str, addr: str) -> dict[str, str]:
        h12 = dt.hour % 12 or 12
        return {
            "day": self.days[dt.weekday()],
            "wd": self.days_abbr[dt.weekday()],
            "dd": str(dt.day),
            "d2": f"{dt.day:02d}",
            "month": self.months[dt.month - 1],
            "mon": self.months_abbr[dt.month - 1],
            "mm2": f"{dt.month:02d}",
            "yyyy": str(dt.year),
            "hh": f"{dt.hour:02d}",
            "mi": f"{dt.minute:02d}",
            "h12": str(h12),
            "ampm": "AM" if dt.hour < 12 else "PM",
            "name": name,
            "addr": addr,
        }


EN = Lang(
    code="en",
    user=("Alex Turner", "alex.turner@northwind-sales.com"),
    repliers=[
        ("Gregory Hallworth", "ghallworth@calloway-industrial.com"),
        ("Deborah McAllister", "deborah.mcallister@riverbend-health.org"),
        ("Stanley K. Whitaker", "swhitaker@meridianfreight.net"),
    ],
    subject="Renewal of your fleet telematics contract",
    original=[
        "Hi there,",
        "",
        "Your current telematics contract runs out at the end of next quarter. Before it renews automatically, "
        "I would like to walk you through the new per-vehicle pricing, which would lower your monthly bill for "
        "a fleet of your size.",
        "",
        "Could we find 30 minutes in the next two weeks? I can also send the comparison sheet ahead of the call "
        "if that helps your procurement team.",
        "",
        "Best regards,",
        "Alex Turner",
        "Account Executive | Northwind Sales",
        "+1 (646) 555-0142",
    ],
    answers=[
        [
            "Alex,",
            "",
            "Thanks for the heads-up. Please send the comparison sheet first; I need to run it past our "
            "controller before we commit to any call. If the numbers look right we can talk the week of the 20th.",
            "",
            "Greg",
            "",
            "Gregory Hallworth",
            "Director of Fleet Operations",
            "Calloway Industrial Supply | 412-555-0187",
        ],
        [
            "Hello Alex,",
            "",
            "I am no longer responsible for fleet contracts. Please contact Marcus Dwyer in procurement from now on.",
            "",
            "Regards,",
            "Deborah",
        ],
        [
            "Here is what works for us:",
            "Date: Tuesday the 14th",
            "Time: 10:30 Eastern",
            "",
            "Call my direct line, 617-555-0123.",
            "Stan",
        ],
    ],
    inline=[
        "Correct, the contract ends on June 30.",
        "Yes, send it to procurement@meridianfreight.net and copy me.",
    ],
    days=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    days_abbr=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months=[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_abbr=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    outlook_sep="-----Original Message-----",
    outlook_labels=("From", "Sent", "To", "Cc", "Subject"),
    outlook_date="{day}, {month} {dd}, {yyyy} {h12}:{mi} {ampm}",
    gmail_intro="On {wd}, {mon} {dd}, {yyyy} at {h12}:{mi}\u202f{ampm} {name} <{addr}> wrote:",
    ios_intro="On {mon} {dd}, {yyyy}, at {h12}:{mi}\u202f{ampm}, {name} <{addr}> wrote:",
    iphone="Sent from my iPhone",
    outlook_mobile="Get Outlook for Android<https://aka.ms/ghei36>",
)

FR = Lang(
    code="fr",
    user=("Camille Martin", "camille.martin@relance-demo.fr"),
    repliers=[
        ("Jean-Baptiste Lefèvre", "jb.lefevre@transports-lefevre.fr"),
        ("Nathalie Garnier", "n.garnier@mairie-saint-avold.fr"),
        ("Thierry Duchêne", "thierry.duchene@cabinet-duchene-avocats.fr"),
    ],
    subject="Votre contrat de maintenance des ascenseurs",
    original=[
        "Bonjour,",
        "",
        "Votre contrat de maintenance arrive à échéance le 31 mars. Avant sa reconduction tacite, je souhaitais "
        "vous présenter notre nouvelle formule, qui inclut les pièces d'usure et une intervention sous quatre "
        "heures.",
        "",
        "Seriez-vous disponible pour un rendez-vous téléphonique la semaine prochaine ? Je peux aussi vous "
        "transmettre le devis détaillé au préalable.",
        "",
        "Bien cordialement,",
        "Camille Martin",
        "Responsable commerciale – Relance Demo",
        "06 12 34 56 78",
    ],
    answers=[
        [
            "Bonjour Madame Martin,",
            "",
            "Merci pour votre message. Envoyez-moi d'abord le devis détaillé, je le soumettrai à notre gérant "
            "avant de fixer un rendez-vous.",
            "",
            "Cordialement,",
            "",
            "Jean-Baptiste Lefèvre",
            "Transports Lefèvre & Fils",
            "Tél. : 03 87 55 01 22",
        ],
        [
            "Bonjour,",
            "",
            "Le 12 mars, ce serait possible pour nous :",
            "- le matin entre 9 h et 11 h,",
            "- ou l'après-midi après 15 h.",
            "",
            "Bien à vous,",
            "Nathalie Garnier",
            "Service des marchés publics",
        ],
        [
            "Madame,",
            "",
            "Nous avons déjà renouvelé notre contrat auprès d'un autre prestataire. Merci de ne plus nous relancer.",
            "",
            "Th. Duchêne",
        ],
    ],
    inline=[
        "Oui, l'échéance est bien fin mars.",
        "Volontiers, envoyez-le à l'adresse du cabinet.",
    ],
    days=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    days_abbr=["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    months=[
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    months_abbr=[
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    outlook_sep="-----Message d'origine-----",
    outlook_labels=("De", "Envoyé", "À", "Cc", "Objet"),
    outlook_date="{day} {dd} {month} {yyyy} {hh}:{mi}",
    gmail_intro="Le {wd} {dd} {mon} {yyyy} à {hh}:{mi}, {name} <{addr}> a écrit :",
    ios_intro="Le {dd} {mon} {yyyy} à {hh}:{mi}, {name} <{addr}> a écrit :",
    iphone="Envoyé de mon iPhone",
    outlook_mobile="Télécharger Outlook pour Android<https://aka.ms/ghei36>",
    colon=" :",
    opt_outs=(2,),
)

DE = Lang(
    code="de",
    user=("Julia Brandt", "julia.brandt@vertrieb-nord.de"),
    repliers=[
        ("Dr. Wolfgang Hückel", "w.hueckel@hueckel-maschinenbau.de"),
        ("Sabine Vogt-Lindner", "s.vogt-lindner@stadtwerke-kleinheim.de"),
        ("Matthias Ostermann", "m.ostermann@ostermann-logistik.de"),
    ],
    subject="Ihre Anfrage zur Wartung der Druckluftanlage",
    original=[
        "Sehr geehrte Damen und Herren,",
        "",
        "vielen Dank für Ihr Interesse an unserem Wartungsvertrag. Im Anhang finden Sie das Angebot für die "
        "jährliche Inspektion Ihrer Druckluftanlage inklusive Leckageortung.",
        "",
        "Gerne stelle ich Ihnen die Details in einem kurzen Telefonat vor. Passt Ihnen ein Termin in der "
        "kommenden Woche?",
        "",
        "Mit freundlichen Grüßen",
        "Julia Brandt",
        "Vertrieb Nord GmbH | Tel. 040 555 3210",
    ],
    answers=[
        [
            "Sehr geehrte Frau Brandt,",
            "",
            "danke für das Angebot. Wir prüfen es intern und melden uns bis Ende des Monats. Ein Telefonat ist "
            "vorher nicht nötig.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Dr. Wolfgang Hückel",
            "Geschäftsführer",
            "Hückel Maschinenbau GmbH & Co. KG",
        ],
        [
            "Hallo Frau Brandt,",
            "",
            "am Dienstag passt es uns:",
            "Uhrzeit: 14:00",
            "Ort: Werk II, Tor 3",
            "",
            "Viele Grüße",
            "Sabine Vogt-Lindner",
        ],
        [
            "Guten Tag,",
            "",
            "bitte nehmen Sie uns aus Ihrem Verteiler, wir haben bereits einen Dienstleister.",
            "",
            "Gruß",
            "M. Ostermann",
        ],
    ],
    inline=["Ja, die Anlage läuft im Zweischichtbetrieb.", "Bitte erst nach dem 15., vorher bin ich im Urlaub."],
    days=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    days_abbr=["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    months=[
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    months_abbr=[
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    outlook_sep="-----Ursprüngliche Nachricht-----",
    outlook_labels=("Von", "Gesendet", "An", "Cc", "Betreff"),
    outlook_date="{day}, {dd}. {month} {yyyy} {hh}:{mi}",
    gmail_intro="Am {wd}, {dd}. {mon} {yyyy} um {hh}:{mi} Uhr schrieb {name} <{addr}>:",
    ios_intro="Am {d2}.{mm2}.{yyyy} um {hh}:{mi} schrieb {name} <{addr}>:",
    iphone="Von meinem iPhone gesendet",
    outlook_mobile="Outlook für Android herunterladen<https://aka.ms/ghei36>",
    opt_outs=(2,),
)

NL = Lang(
    code="nl",
    user=("Sanne de Vries", "sanne.devries@groeipartners.nl"),
    repliers=[
        ("Pieter van den Berg", "p.vandenberg@vandenberg-installatie.nl"),
        ("Ingrid Janssens-Smit", "ingrid.janssens@gemeente-waalkerk.nl"),
        ("Joost Kuipers", "joost@kuipers-bouw.nl"),
    ],
    subject="Offerte zonnepanelen bedrijfspand",
    original=[
        "Beste heer, mevrouw,",
        "",
        "Naar aanleiding van ons gesprek op de vakbeurs stuur ik u hierbij de offerte voor zonnepanelen op uw "
        "bedrijfspand. De terugverdientijd is ongeveer zes jaar.",
        "",
        "Heeft u volgende week tijd voor een korte toelichting? Ik kom ook graag langs.",
        "",
        "Met vriendelijke groet,",
        "Sanne de Vries",
        "GroeiPartners B.V. | 020 555 8877",
    ],
    answers=[
        [
            "Beste Sanne,",
            "",
            "Dank voor de offerte. We willen eerst de dakconstructie laten keuren; daarna neem ik contact met je op.",
            "",
            "Met vriendelijke groet,",
            "Pieter van den Berg",
            "Van den Berg Installatietechniek",
        ],
        [
            "Goedemiddag,",
            "",
            "Dit onderwerp ligt bij de afdeling Vastgoed. Ik heb uw bericht doorgestuurd naar mijn collega.",
            "",
            "Groet,",
            "Ingrid",
        ],
        ["Donderdag om 10 uur schikt. Adres: Industrieweg 14, Waalkerk.", "", "Joost"],
    ],
    inline=["Klopt, het dak is in 2015 vernieuwd.", "Graag per mail, dan bespreek ik het intern."],
    days=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    days_abbr=["ma", "di", "wo", "do", "vr", "za", "zo"],
    months=[
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    months_abbr=["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    outlook_sep="-----Oorspronkelijk bericht-----",
    outlook_labels=("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    outlook_date="{day} {dd} {month} {yyyy} {hh}:{mi}",
    gmail_intro="Op {wd} {dd} {mon} {yyyy} om {hh}:{mi} schreef {name} <{addr}>:",
    ios_intro="Op {dd} {mon} {yyyy} om {hh}:{mi} heeft {name} <{addr}> het volgende geschreven:",
    iphone="Verstuurd vanaf mijn iPhone",
    outlook_mobile="Outlook voor Android downloaden<https://aka.ms/ghei36>",
)

IT = Lang(
    code="it",
    user=("Giulia Romano", "giulia.romano@crescita-vendite.it"),
    repliers=[
        ("Ing. Marco Bellandi", "m.bellandi@bellandi-impianti.it"),
        ("Francesca Esposito", "f.esposito@comune-valfiorita.it"),
        ("Luca Ferraresi", "luca.ferraresi@ferraresi-trasporti.it"),
    ],
    subject="Preventivo per la manutenzione degli impianti",
    original=[
        "Gentile Cliente,",
        "",
        "come anticipato al telefono, le invio il preventivo per la manutenzione annuale degli impianti di "
        "climatizzazione della vostra sede.",
        "",
        "Sarebbe disponibile per una breve chiamata la prossima settimana per esaminarlo insieme?",
        "",
        "Cordiali saluti,",
        "Giulia Romano",
        "Crescita Vendite S.r.l. - tel. 02 5550 1234",
    ],
    answers=[
        [
            "Gentile dott.ssa Romano,",
            "",
            "grazie per il preventivo. Lo sottoporrò all'ufficio acquisti e le farò sapere entro venerdì.",
            "",
            "Cordiali saluti",
            "Marco Bellandi",
            "Bellandi Impianti S.p.A.",
        ],
        [
            "Buongiorno,",
            "",
            "non sono io la persona di riferimento. Può scrivere all'ufficio tecnico: tecnico@comune-valfiorita.it",
            "",
            "Saluti,",
            "Francesca Esposito",
        ],
        ["Va bene martedì alle 15. Mi chiami sul cellulare, 333 555 0199.", "", "Luca"],
    ],
    inline=["Sì, gli impianti sono quattro.", "Meglio a fine mese, grazie."],
    days=["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    days_abbr=["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    months=[
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    months_abbr=["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    outlook_sep="-----Messaggio originale-----",
    outlook_labels=("Da", "Inviato", "A", "Cc", "Oggetto"),
    outlook_date="{day} {dd} {month} {yyyy} {hh}:{mi}",
    gmail_intro="Il giorno {wd} {dd} {mon} {yyyy} alle ore {hh}:{mi} {name} <{addr}> ha scritto:",
    ios_intro="Il giorno {dd} {mon} {yyyy}, alle ore {hh}:{mi}, {name} <{addr}> ha scritto:",
    iphone="Inviato da iPhone",
    outlook_mobile="Scarica Outlook per Android<https://aka.ms/ghei36>",
)

ES = Lang(
    code="es",
    user=("Lucía Fernández", "lucia.fernandez@impulso-comercial.es"),
    repliers=[
        ("José Antonio Martínez", "ja.martinez@martinez-construcciones.es"),
        ("María del Carmen Ruiz", "mcarmen.ruiz@ayto-villanueva.es"),
        ("Javier Ortega", "javier.ortega@ortega-logistica.es"),
    ],
    subject="Propuesta de mantenimiento de su flota",
    original=[
        "Estimado cliente:",
        "",
        "Le adjunto la propuesta de mantenimiento preventivo para su flota de vehículos, con revisiones "
        "trimestrales y sustitución de neumáticos incluida.",
        "",
        "¿Tendría disponibilidad para una llamada de veinte minutos la semana que viene?",
        "",
        "Un cordial saludo,",
        "Lucía Fernández",
        "Impulso Comercial S.L. | 91 555 43 21",
    ],
    answers=[
        [
            "Estimada Lucía:",
            "",
            "Gracias por la propuesta. La revisaremos con el departamento de compras y le responderemos antes de "
            "final de mes.",
            "",
            "Un saludo,",
            "José Antonio Martínez",
            "Director de Operaciones",
        ],
        [
            "Buenos días,",
            "",
            "Este asunto lo lleva el área de contratación. Le he reenviado su correo.",
            "",
            "Atentamente,",
            "M.ª Carmen Ruiz",
        ],
        ["El jueves a las 11 me viene bien. Llámeme al 600 555 123.", "", "Javier"],
    ],
    inline=["Sí, son 14 furgonetas.", "Prefiero por correo, gracias."],
    days=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    days_abbr=["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    months=[
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    months_abbr=["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    outlook_sep="-----Mensaje original-----",
    outlook_labels=("De", "Enviado el", "Para", "CC", "Asunto"),
    outlook_date="{day}, {dd} de {month} de {yyyy} {hh}:{mi}",
    gmail_intro="El {wd}, {dd} {mon} {yyyy} a las {hh}:{mi}, {name} (<{addr}>) escribió:",
    ios_intro="El {dd} {mon} {yyyy}, a las {hh}:{mi}, {name} <{addr}> escribió:",
    iphone="Enviado desde mi iPhone",
    outlook_mobile="Obtener Outlook para Android<https://aka.ms/ghei36>",
)

PT = Lang(
    code="pt",
    user=("Beatriz Almeida", "beatriz.almeida@vendas-alfa.pt"),
    repliers=[
        ("João Pedro Carvalho", "jp.carvalho@carvalho-engenharia.pt"),
        ("Ana Rita Sousa", "ana.sousa@camara-valverde.pt"),
        ("Rui Mendes", "rui.mendes@mendes-transportes.com.br"),
    ],
    subject="Proposta de manutenção dos elevadores",
    original=[
        "Caro cliente,",
        "",
        "Envio em anexo a proposta de manutenção dos elevadores do vosso edifício, com assistência em quatro "
        "horas e peças incluídas.",
        "",
        "Teria disponibilidade para uma chamada na próxima semana?",
        "",
        "Com os melhores cumprimentos,",
        "Beatriz Almeida",
        "Vendas Alfa, Lda. | +351 21 555 0101",
    ],
    answers=[
        [
            "Cara Beatriz,",
            "",
            "Obrigado pela proposta. Vamos analisá-la com a administração e damos resposta até ao fim do mês.",
            "",
            "Cumprimentos,",
            "João Pedro Carvalho",
            "Carvalho Engenharia",
        ],
        [
            "Bom dia,",
            "",
            "Não sou a pessoa responsável. Reencaminhei o seu email para o departamento de compras.",
            "",
            "Atenciosamente,",
            "Ana Rita Sousa",
        ],
        ["Pode ser na quinta às 10h. Ligue para o 11 95555-0123.", "", "Abraço,", "Rui"],
    ],
    inline=["Sim, são dois elevadores.", "Prefiro por email, obrigado."],
    days=["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    days_abbr=["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    months=[
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    months_abbr=["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    outlook_sep="-----Mensagem original-----",
    outlook_labels=("De", "Enviada em", "Para", "Cc", "Assunto"),
    outlook_date="{day}, {dd} de {month} de {yyyy} {hh}:{mi}",
    gmail_intro="Em {wd}, {dd} de {mon} de {yyyy} às {hh}:{mi}, {name} <{addr}> escreveu:",
    ios_intro="Em {dd} de {mon} de {yyyy}, à(s) {hh}:{mi}, {name} <{addr}> escreveu:",
    iphone="Enviado do meu iPhone",
    outlook_mobile="Obter o Outlook para Android<https://aka.ms/ghei36>",
)

PL = Lang(
    code="pl",
    user=("Katarzyna Nowak", "katarzyna.nowak@sprzedaz-plus.pl"),
    repliers=[
        ("Tomasz Wiśniewski", "t.wisniewski@wisniewski-budownictwo.pl"),
        ("Agnieszka Kowalczyk", "a.kowalczyk@um-zielonagora.pl"),
        ("Paweł Zieliński", "pawel.zielinski@zielinski-transport.pl"),
    ],
    subject="Oferta serwisu wózków widłowych",
    original=[
        "Dzień dobry,",
        "",
        "w załączeniu przesyłam ofertę serwisu wózków widłowych dla Państwa magazynu, obejmującą przeglądy "
        "kwartalne i dojazd serwisanta w ciągu 24 godzin.",
        "",
        "Czy znajdzie Pan/Pani czas na krótką rozmowę w przyszłym tygodniu?",
        "",
        "Z poważaniem,",
        "Katarzyna Nowak",
        "Sprzedaż Plus Sp. z o.o. | tel. 22 555 12 34",
    ],
    answers=[
        [
            "Pani Katarzyno,",
            "",
            "dziękuję za ofertę. Przeanalizujemy ją z działem zakupów i odpowiemy do końca miesiąca.",
            "",
            "Pozdrawiam,",
            "Tomasz Wiśniewski",
            "Kierownik Magazynu",
        ],
        [
            "Dzień dobry,",
            "",
            "nie zajmuję się tą sprawą. Przekazałam wiadomość do wydziału zamówień publicznych.",
            "",
            "Z wyrazami szacunku",
            "Agnieszka Kowalczyk",
        ],
        ["Czwartek o 10:00 mi pasuje. Proszę dzwonić na 601 555 321.", "", "Paweł"],
    ],
    inline=["Tak, mamy sześć wózków.", "Proszę mailowo, dziękuję."],
    days=["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    days_abbr=["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    months=[
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    months_abbr=["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    outlook_sep="-----Wiadomość oryginalna-----",
    outlook_labels=("Od", "Wysłano", "Do", "DW", "Temat"),
    outlook_date="{day}, {dd} {month} {yyyy} {hh}:{mi}",
    gmail_intro="W dniu {wd} {dd}.{mm2}.{yyyy} o {hh}:{mi} {name} <{addr}> napisał(a):",
    ios_intro="Wiadomość napisana przez {name} <{addr}> w dniu {d2}.{mm2}.{yyyy}, o godz. {hh}:{mi}:",
    iphone="Wysłane z iPhone'a",
    outlook_mobile="Pobierz aplikację Outlook dla systemu Android<https://aka.ms/ghei36>",
)

LANGS = [EN, FR, DE, NL, IT, ES, PT, PL]
