"""The engine of blind26: MIME writing, dates, the bank (Bankhaus Sternau AG), its messages, the quoting styles of the
clients and webmails its correspondents use, and the three builders (human reply, automatic reply, bounce).

Low-level helpers (qp, b64, rng) are blind12's, imported from eval/blind12/mime12.py.
"""

import base64
import html as htmlmod
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from mime12 import b64, qp, rng

DOMAIN = "bankhaus-sternau.example"


def tz(h):
    return timezone(timedelta(hours=h))


def dt(s, off):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(off))


def rfc(d):
    return format_datetime(d)


def hexs(r, n, digits="0123456789ABCDEF"):
    return "".join(r.choice(digits) for _ in range(n))


# --------------------------------------------------------------------------
# RFC 2047 and addresses
# --------------------------------------------------------------------------
def ew(s, cs="utf-8", mode="Q"):
    if all(ord(c) < 128 for c in s):
        return s
    pre = f"=?{cs}?{mode}?"
    words, cur = [], b""
    for ch in s:
        b = ch.encode(cs)
        cand = cur + b
        if mode == "Q":
            body = "".join("_" if x == 32 else (chr(x) if chr(x).isalnum() and x < 128 else f"={x:02X}") for x in cand)
        else:
            body = base64.b64encode(cand).decode()
        if len(pre) + len(body) + 2 > 75 and cur:
            words.append(cur)
            cur = b
        else:
            cur = cand
    words.append(cur)
    out = []
    for w in words:
        if mode == "Q":
            body = "".join("_" if x == 32 else (chr(x) if chr(x).isalnum() and x < 128 else f"={x:02X}") for x in w)
        else:
            body = base64.b64encode(w).decode()
        out.append(pre + body + "?=")
    return "\r\n ".join(out)


def addr(name, email, cs="utf-8", mode="Q"):
    if not name:
        return f"<{email}>"
    if any(ord(c) > 127 for c in name):
        return f"{ew(name, cs, mode)} <{email}>"
    if any(c in '()<>[]:;@\\,."' for c in name):
        return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
class Person:
    def __init__(self, name, email, off, greet="", country=""):
        self.name, self.email, self.off, self.greet, self.country = name, email, off, greet, country

    @property
    def domain(self):
        return self.email.split("@")[1]


STAFF = {
    "wallner": Person("Katharina Wallner-Reiß", f"k.wallner-reiss@{DOMAIN}", 2),
    "eder": Person("Florian Eder", f"f.eder@{DOMAIN}", 2),
    "kubicek": Person("Radek Kubíček", f"r.kubicek@{DOMAIN}", 2),
    "wroblewska": Person("Agnieszka Wróblewska", f"a.wroblewska@{DOMAIN}", 2),
    "halasz": Person("Halász-Tóth Bence", f"b.halasz-toth@{DOMAIN}", 2),
    "stanescu": Person("Ioana Stănescu", f"i.stanescu@{DOMAIN}", 3),
    "kolev": Person("Димитър Колев", f"d.kolev@{DOMAIN}", 3),
    "papadaki": Person("Ελένη Παπαδάκη", f"e.papadaki@{DOMAIN}", 3),
    "aydogan": Person("Selin Aydoğan", f"s.aydogan@{DOMAIN}", 3),
    "marktbrief": Person("Bankhaus Sternau - Marktbrief", f"marktbrief@{DOMAIN}", 2),
    "letter": Person("Bankhaus Sternau - Market Letter", f"marketletter@{DOMAIN}", 2),
}


# --------------------------------------------------------------------------
# The bank's messages (one copy per correspondent, each with its own Message-ID)
# --------------------------------------------------------------------------
FIRM = {}


def firm(key, staff, lang, sent, off, subject, body):
    FIRM[key] = dict(key=key, staff=STAFF[staff], lang=lang, sent=dt(sent, off), subject=subject, body=body)


firm(
    "termin-de",
    "wallner",
    "de",
    "2027-04-06 09:42",
    2,
    "Ihr Jahresgespräch 2027 - Terminvorschläge",
    """{greet}

wie jedes Jahr möchte ich gerne mit Ihnen Ihr Depot und Ihre Anlageziele besprechen. Folgende Termine könnte ich Ihnen anbieten:

1. Dienstag, 20. April, 10:00 Uhr
2. Donnerstag, 22. April, 14:30 Uhr
3. Mittwoch, 28. April, 9:00 Uhr

Gerne auch per Videocall. Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen passt.

Mit freundlichen Grüßen

Katharina Wallner-Reiß
Private Banking
Bankhaus Sternau AG
Sternaugasse 4, 1010 Wien
T +43 1 555 0142""",
)
firm(
    "nachlass-de",
    "wallner",
    "de",
    "2027-04-07 14:05",
    2,
    "Verlassenschaft nach Ing. Karl Brandstätter - Amtsbestätigung",
    """Sehr geehrter Herr Dr. Mayr,

in der Verlassenschaftssache nach Herrn Ing. Karl Brandstätter ersuchen wir um Übermittlung einer Amtsbestätigung bzw. des rechtskräftigen Einantwortungsbeschlusses, damit wir die Depots freigeben können.

Können Sie uns außerdem mitteilen, an welches Konto das Guthaben überwiesen werden soll?

Mit freundlichen Grüßen

Katharina Wallner-Reiß
Private Banking
Bankhaus Sternau AG
Sternaugasse 4, 1010 Wien
T +43 1 555 0142""",
)
firm(
    "brief-de",
    "marktbrief",
    "de",
    "2027-04-08 07:30",
    2,
    "Sternau Marktbrief April 2027",
    """Sehr geehrte Kundin, sehr geehrter Kunde,

die Notenbanken halten still, die Märkte nicht: Im Marktbrief für April lesen Sie, warum wir Anleihen mittlerer Laufzeit weiterhin bevorzugen und europäische Aktien leicht übergewichten.

Den vollständigen Brief finden Sie unter https://www.bankhaus-sternau.example/marktbrief/2027-04

Ihr Team von Bankhaus Sternau

--
Sie erhalten diesen Marktbrief als Kundin oder Kunde von Bankhaus Sternau AG. Wenn Sie ihn nicht mehr erhalten möchten, antworten Sie bitte mit ABMELDEN.
Bankhaus Sternau AG, Sternaugasse 4, 1010 Wien, FN 555017a, Handelsgericht Wien""",
)
firm(
    "letter-en",
    "letter",
    "en",
    "2027-04-08 07:45",
    2,
    "Sternau Market Letter - April 2027",
    """Dear client,

Central banks are on hold, markets are not: in our April letter we explain why we still prefer medium-term bonds and keep a slight overweight in European equities.

Read the full letter at https://www.bankhaus-sternau.example/en/letter/2027-04

Your Bankhaus Sternau team

--
You receive this letter as a client of Bankhaus Sternau AG. To stop receiving it, reply UNSUBSCRIBE.
Bankhaus Sternau AG, Sternaugasse 4, 1010 Vienna, Austria""",
)
firm(
    "kyc-cs",
    "kubicek",
    "cs",
    "2027-04-07 10:05",
    2,
    "Aktualizace klientských údajů - žádost o doklady",
    """{greet}

v rámci pravidelné aktualizace údajů (KYC) Vás prosím o odpověď na tři otázky:

1. Je Vaše trvalé bydliště stále na adrese uvedené ve smlouvě?
2. Změnil se od loňského roku Váš hlavní zdroj příjmů?
3. Můžete nám zaslat kopii platného občanského průkazu nebo pasu?

Stačí odpovědět na tento e-mail. Děkuji.

S pozdravem

Radek Kubíček
Private Banking, pobočka Praha
Bankhaus Sternau AG, organizační složka
tel. +420 555 010 231""",
)
firm(
    "kyc-pl",
    "wroblewska",
    "pl",
    "2027-04-07 11:20",
    2,
    "Aktualizacja danych klienta - prośba o dokumenty",
    """{greet}

w ramach corocznej aktualizacji danych uprzejmie prosimy o odpowiedź na trzy pytania:

1. Czy adres zamieszkania podany w umowie jest nadal aktualny?
2. Czy od ubiegłego roku zmieniło się główne źródło dochodów?
3. Prosimy o przesłanie skanu ważnego dowodu osobistego lub paszportu.

Wystarczy odpowiedzieć na tę wiadomość.

Z poważaniem

Agnieszka Wróblewska
Doradca Klienta Private Banking
Bankhaus Sternau AG Oddział w Polsce
tel. +48 22 555 01 37""",
)
firm(
    "termin-hu",
    "halasz",
    "hu",
    "2027-04-06 13:10",
    2,
    "Éves portfólió-áttekintés - időpontok",
    """{greet}

szeretném egyeztetni az éves portfólió-áttekintés időpontját. Az alábbi időpontokat tudom felajánlani:

1. április 20., kedd 10:00
2. április 22., csütörtök 15:00
3. április 27., kedd 9:30

Kérem, jelezze, melyik felel meg Önnek.

Üdvözlettel:

Halász-Tóth Bence
privátbanki tanácsadó
Bankhaus Sternau AG Magyarországi Fióktelepe
+36 1 555 0163""",
)
firm(
    "kyc-ro",
    "stanescu",
    "ro",
    "2027-04-07 10:30",
    3,
    "Actualizarea datelor dumneavoastră - documente",
    """{greet}

În cadrul actualizării anuale a datelor (KYC) vă rugăm să ne răspundeți la trei întrebări:

1. Adresa de domiciliu din contract este în continuare valabilă?
2. S-a schimbat sursa principală a veniturilor dumneavoastră?
3. Ne puteți trimite o copie a cărții de identitate sau a pașaportului?

Este suficient să răspundeți la acest e-mail.

Cu stimă,

Ioana Stănescu
Consilier Private Banking
Bankhaus Sternau AG Viena - Sucursala București
tel. +40 21 555 0174""",
)
firm(
    "kyc-bg",
    "kolev",
    "bg",
    "2027-04-07 11:00",
    3,
    "Актуализация на клиентските данни",
    """{greet}

във връзка с ежегодната актуализация на данните Ви молим да отговорите на три въпроса:

1. Актуален ли е адресът Ви по договора?
2. Променен ли е основният източник на доходите Ви?
3. Можете ли да ни изпратите копие от лична карта или паспорт?

Достатъчно е да отговорите на този имейл.

С уважение,

Димитър Колев
Private Banking, клиенти от България
Bankhaus Sternau AG, клон Букурещ
тел. +40 21 555 0181""",
)
firm(
    "review-el",
    "papadaki",
    "el",
    "2027-04-06 12:15",
    3,
    "Ετήσια ανασκόπηση χαρτοφυλακίου",
    """{greet}

θα ήθελα να κανονίσουμε την ετήσια ανασκόπηση του χαρτοφυλακίου σας. Σας προτείνω τις εξής ημερομηνίες:

1. Τρίτη 20 Απριλίου, 11:00
2. Πέμπτη 22 Απριλίου, 16:00
3. Τετάρτη 28 Απριλίου, 10:00

Παρακαλώ ενημερώστε με ποια σας εξυπηρετεί.

Με εκτίμηση,

Ελένη Παπαδάκη
Private Banking
Bankhaus Sternau AG, Υποκατάστημα Αθηνών
τηλ. +30 210 555 0192""",
)
firm(
    "review-tr",
    "aydogan",
    "tr",
    "2027-04-06 11:40",
    3,
    "Yıllık portföy değerlendirmesi - randevu",
    """{greet}

Yıllık portföy değerlendirmemiz için size aşağıdaki tarihleri önermek isterim:

1. 20 Nisan Salı, 10:30
2. 22 Nisan Perşembe, 14:00
3. 27 Nisan Salı, 11:00

Hangisinin size uygun olduğunu bildirirseniz sevinirim.

Saygılarımla,

Selin Aydoğan
Özel Bankacılık
Bankhaus Sternau AG İstanbul Temsilciliği
Tel: +90 212 555 01 48""",
)
firm(
    "kyc-en",
    "eder",
    "en",
    "2027-04-07 09:15",
    2,
    "Client data update - documents requested",
    """{greet}

As part of our annual client data review, could you please answer three short questions:

1. Is your residential address still the one in your account agreement?
2. Has your main source of income changed since last year?
3. Could you send us a copy of a valid passport or national ID card?

Simply replying to this email is enough.

Kind regards

Florian Eder
International Private Clients
Bankhaus Sternau AG, Vienna
T +43 1 555 0158""",
)


def firm_body(fk, person):
    return FIRM[fk]["body"].replace("{greet}", person.greet).split("\n")


def firm_mid(fk, person):
    r = rng("firm-mid", fk, person.email)
    pod = f"{r.choice(['VI1PR', 'AM9PR', 'DU2PR', 'PA4PR'])}{r.randint(1, 9):02d}MB{r.randint(1000, 9999)}"
    return f"<{pod}{hexs(r, 28)}@{pod}.eurprd{r.randint(1, 9):02d}.prod.outlook.com>"


def firm_headers(fk, person):
    f = FIRM[fk]
    s = f["staff"]
    return [
        ("From", addr(s.name, s.email, "utf-8", "Q")),
        ("To", addr(person.name, person.email, "utf-8", "Q")),
        ("Subject", ew(f["subject"], "utf-8", "B" if f["lang"] in ("bg", "el") else "Q")),
        ("Date", rfc(f["sent"])),
        ("Message-ID", firm_mid(fk, person)),
    ]


def sent_copy(fk, person):
    """The bank's Sent Items copy (text/plain) of its message to this person."""
    hs = [*firm_headers(fk, person), ("Content-Language", FIRM[fk]["lang"]), ("MIME-Version", "1.0")]
    body = "\n".join(firm_body(fk, person)) + "\n"
    part = [
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    head = "".join(f"{k}: {v}\r\n" for k, v in hs + part)
    return head.encode("ascii") + b"\r\n" + qp(body.encode("utf-8")).encode("ascii")


# --------------------------------------------------------------------------
# Locales: day and month names
# --------------------------------------------------------------------------
WD = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
    "he": "שני שלישי רביעי חמישי שישי שבת ראשון",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
WD = {k: v.split() for k, v in WD.items()}
# month names, April and May only (the set runs in April and May 2027); genitive where the language needs it
MON = {
    "de": {4: "April", 5: "Mai"},
    "cs": {4: "dubna", 5: "května"},
    "sk": {4: "apríla", 5: "mája"},
    "pl": {4: "kwietnia", 5: "maja"},
    "hu": {4: "április", 5: "május"},
    "ro": {4: "aprilie", 5: "mai"},
    "bg": {4: "април", 5: "май"},
    "el": {4: "Απριλίου", 5: "Μαΐου"},
    "tr": {4: "Nisan", 5: "Mayıs"},
    "ru": {4: "апреля", 5: "мая"},
    "uk": {4: "квітня", 5: "травня"},
    "he": {4: "אפריל", 5: "מאי"},
    "en": {4: "April", 5: "May"},
}


def hm(d):
    return f"{d.hour}:{d.minute:02d}"


def hhmm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def outlook_date(loc, d):
    w, m = WD[loc][d.weekday()], MON[loc][d.month]
    t = hhmm(d)
    return {
        "de": f"{w}, {d.day}. {m} {d.year} {t}",
        "cs": f"{w} {d.day}. {m} {d.year} {t}",
        "sk": f"{w} {d.day}. {m} {d.year} {t}",
        "pl": f"{w}, {d.day} {m} {d.year} {t}",
        "hu": f"{d.year}. {m} {d.day}., {w} {t}",
        "ro": f"{w}, {d.day} {m} {d.year} {t}",
        "bg": f"{w}, {d.day} {m} {d.year} г. {t}",
        "el": f"{w}, {d.day} {m} {d.year} {d.hour % 12 or 12}:{d.minute:02d} {'πμ' if d.hour < 12 else 'μμ'}",
        "tr": f"{d.day} {m} {d.year} {w} {t}",
        "ru": f"{d.day} {m} {d.year} г. {t}",
        "uk": f"{d.day} {m} {d.year} р. {t}",
        "he": f"יום {w} {d.day:02d} {m} {d.year} {t}",
        "en": f"{w}, {m} {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}",
    }[loc]


OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "bg": ("От", "Изпратено", "До", "Як", "Относно"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
}
ORIGINAL = {
    "de": "-----Ursprüngliche Nachricht-----",
    "cs": "-----Původní zpráva-----",
    "sk": "-----Pôvodná správa-----",
    "pl": "-----Oryginalna wiadomość-----",
    "hu": "-----Eredeti üzenet-----",
    "ro": "-----Mesaj original-----",
    "ru": "-----Исходное сообщение-----",
    "el": "-----Αρχικό μήνυμα-----",
    "en": "-----Original Message-----",
}
# Outlook's own reply prefixes by UI language
OUTLOOK_RE = {
    "de": "AW: ",
    "cs": "RE: ",
    "sk": "RE: ",
    "pl": "RE: ",
    "hu": "V: ",
    "ro": "RE: ",
    "bg": "RE: ",
    "el": "ΑΠ: ",
    "tr": "YNT: ",
    "ru": "RE: ",
    "uk": "RE: ",
    "he": "השב: ",
    "en": "RE: ",
}
SHORT_WD = {
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "cs": "po út st čt pá so ne",
    "pl": "pon. wt. śr. czw. pt. sob. niedz.",
    "hu": "H K Sze Cs P Szo V",
    "ro": "lun. mar. mie. joi vin. sâm. dum.",
    "bg": "пн вт ср чт пт сб нд",
    "el": "Δευ Τρί Τετ Πέμ Παρ Σάβ Κυρ",
    "tr": "Pzt Sal Çar Per Cum Cmt Paz",
    "ru": "пн вт ср чт пт сб вс",
    "uk": "пн вт ср чт пт сб нд",
    "he": "יום ב׳,יום ג׳,יום ד׳,יום ה׳,יום ו׳,שבת,יום א׳",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
}
SHORT_WD = {k: (v.split(",") if k == "he" else v.split()) for k, v in SHORT_WD.items()}
SHORT_MON = {
    "de": {4: "Apr.", 5: "Mai"},
    "cs": {4: "4.", 5: "5."},
    "pl": {4: "kwi", 5: "maj"},
    "hu": {4: "ápr.", 5: "máj."},
    "ro": {4: "apr.", 5: "mai"},
    "bg": {4: "04", 5: "05"},
    "el": {4: "Απρ", 5: "Μαΐ"},
    "tr": {4: "Nis", 5: "May"},
    "ru": {4: "апр.", 5: "мая"},
    "uk": {4: "квіт.", 5: "трав."},
    "he": {4: "באפר׳", 5: "במאי"},
    "en": {4: "Apr", 5: "May"},
}


def gmail_attr(loc, d, name, email):
    w, m, t = SHORT_WD[loc][d.weekday()], SHORT_MON[loc][d.month], hhmm(d)
    y, day = d.year, d.day
    ampm = f"{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    return {
        "de": f"Am {w}, {day}. {m} {y} um {t} Uhr schrieb {name} <{email}>:",
        "cs": f"{w} {day}. {d.month}. {y} v {t} odesílatel {name} <{email}> napsal:",
        "pl": f"{w}, {day} {m} {y} o {t} {name} <{email}> napisał(a):",
        "hu": f"{name} <{email}> ezt írta (időpont: {y}. {m} {day}., {w}, {t}):",
        "ro": f"În {w}, {day} {m} {y} la {t}, {name} <{email}> a scris:",
        "bg": f"На {w}, {day}.{d.month:02d}.{y} г. в {t} ч. {name} <{email}> написа:",
        "el": f"Στις {w} {day} {m} {y} στις {d.hour % 12 or 12}:{d.minute:02d} {'π.μ.' if d.hour < 12 else 'μ.μ.'}, ο/η {name} <{email}> έγραψε:",
        "tr": f"{name} <{email}>, {day} {m} {y} {w}, {t} tarihinde şunu yazdı:",
        "ru": f"{w}, {day} {m} {y} г. в {t}, {name} <{email}>:",
        "uk": f"{w}, {day} {m} {y} р. о {t} {name} <{email}> пише:",
        "he": f"בתאריך {w}, {day} {m} {y} ב-{t} מאת {name} <{email}>:",
        "en": f"On {w}, {m} {day}, {y} at {ampm} {name} <{email}> wrote:",
    }[loc]


def ios_attr(loc, d, name, email):
    t = hhmm(d)
    return {
        "de": f"Am {d.day:02d}.{d.month:02d}.{d.year} um {t} schrieb {name} <{email}>:",
        "cs": f"{d.day}. {d.month}. {d.year} v {t}, {name} <{email}>:",
        "sk": f"{d.day}. {d.month}. {d.year} o {t}, {name} <{email}>:",
        "pl": f"Wiadomość napisana przez {name} <{email}> w dniu {d.day} {SHORT_MON['pl'][d.month]} {d.year}, o godz. {t}:",
        "hu": f"{d.year}. {SHORT_MON['hu'][d.month]} {d.day}. dátummal, {t} időpontban {name} <{email}> írta:",
        "ro": f"Pe {d.day} {SHORT_MON['ro'][d.month]} {d.year}, la {t}, {name} <{email}> a scris:",
        "bg": f"На {d.day}.{d.month:02d}.{d.year} г., в {t}, {name} <{email}> написа:",
        "el": f"Στις {d.day} {SHORT_MON['el'][d.month]} {d.year}, στις {t}, ο χρήστης {name} <{email}> έγραψε:",
        "tr": f"{d.day} {SHORT_MON['tr'][d.month]} {d.year} tarihinde {t} saatinde, {name} <{email}> şunları yazdı:",
        "ru": f"{d.day} {SHORT_MON['ru'][d.month]} {d.year} г., в {t}, {name} <{email}> написал(а):",
        "uk": f"{d.day} {SHORT_MON['uk'][d.month]} {d.year} р. о {t} {name} <{email}> написав(ла):",
        "he": f"ב-{d.day} {SHORT_MON['he'][d.month]} {d.year}, בשעה {t}, {name} <{email}> כתב/ה:",
        "en": f"On {d.day} {SHORT_MON['en'][d.month]} {d.year}, at {t}, {name} <{email}> wrote:",
    }[loc]


def tb_attr(loc, d, name, email):
    t = hhmm(d)
    return {
        "de": f"Am {d.day:02d}.{d.month:02d}.{d.year % 100:02d} um {t} schrieb {name}:",
        "cs": f"Dne {d.day:02d}. {d.month:02d}. {d.year} v {t} {name} napsal(a):",
        "pl": f"W dniu {d.day:02d}.{d.month:02d}.{d.year} o {t}, {name} pisze:",
        "hu": f"{d.year}. {d.month:02d}. {d.day:02d}. {t} keltezéssel, {name} írta:",
        "ru": f"{d.day:02d}.{d.month:02d}.{d.year} {t}, {name} пишет:",
        "en": f"On {d.day:02d}/{d.month:02d}/{d.year} {t}, {name} wrote:",
    }[loc]


# --------------------------------------------------------------------------
# Quoted history as segments: ("old", lines) and ("ans", lines)
# --------------------------------------------------------------------------
def _with_answers(body, answers, pfx):
    """Quote the body with pfx, inserting answer blocks after the given body line indexes."""
    segs, cur = [], []
    for i, ln in enumerate(body):
        cur.append((pfx + ln) if (ln.strip() or not pfx) else pfx.rstrip())
        if i in answers:
            segs.append(("old", cur))
            segs.append(("ans", answers[i]))
            cur = []
    segs.append(("old", cur))
    return segs


def history(style, loc, fk, person, answers=None, extra=None):
    f = FIRM[fk]
    s = f["staff"]
    d = f["sent"].astimezone(tz(person.off))
    body = firm_body(fk, person)
    answers = answers or {}
    if style in ("outlook", "outlook-nosep", "orig"):
        lab = OUTLOOK_LABELS[loc]
        head = []
        if style == "outlook":
            head.append("________________________________")
        if style == "orig":
            head.append(ORIGINAL[loc])
            head.append(f"{lab[0]}: {s.name} [mailto:{s.email}]")
        else:
            head.append(f"{lab[0]}: {s.name} <{s.email}>")
        head.append(f"{lab[1]}: {outlook_date(loc, d)}")
        head.append(f"{lab[2]}: {person.name} <{person.email}>" if style != "orig" else f"{lab[2]}: {person.name}")
        head.append(f"{lab[4]}: {f['subject']}")
        head.append("")
        segs = _with_answers(body, answers, "")
        segs[0] = ("old", head + segs[0][1])
        return segs
    if style == "outlook-mac":
        lab = {"de": ("Von", "Datum", "An", "Betreff"), "cs": ("Od", "Datum", "Komu", "Předmět")}[loc]
        when = {
            "de": f"{WD['de'][d.weekday()]}, {d.day}. {MON['de'][d.month]} {d.year} um {hhmm(d)}",
            "cs": f"{WD['cs'][d.weekday()]} {d.day}. {MON['cs'][d.month]} {d.year} v {hm(d)}",
        }[loc]
        head = [
            f"{lab[0]}: {s.name} <{s.email}>",
            f"{lab[1]}: {when}",
            f"{lab[2]}: {person.name} <{person.email}>",
            f"{lab[3]}: {f['subject']}",
            "",
        ]
        segs = _with_answers(body, answers, "")
        segs[0] = ("old", head + segs[0][1])
        return segs
    if style in ("gmail", "tb", "wp", "yandex"):
        if style == "gmail":
            attr = gmail_attr(loc, d, s.name, s.email)
        elif style == "tb":
            attr = tb_attr(loc, d, s.name, s.email)
        elif style == "wp":
            attr = f"Dnia {d.day} {MON['pl'][d.month]} {d.year} {hhmm(d)} {s.name} <{s.email}> napisał(a):"
        else:
            attr = f'{d.day:02d}.{d.month:02d}.{d.year}, {hhmm(d)}, "{s.name}" <{s.email}>:'
        segs = _with_answers(body, answers, "> ")
        segs[0] = ("old", [attr, "", *segs[0][1]] if style != "yandex" else [attr, *segs[0][1]])
        return segs
    if style == "ios":
        attr = ios_attr(loc, d, s.name, s.email)
        segs = _with_answers(body, answers, "> ")
        segs[0] = ("old", ["> " + attr, ">", *segs[0][1]])
        return segs
    if style == "mailru":
        w = WD["ru"][d.weekday()].capitalize()
        attr = f">{w}, {d.day} {MON['ru'][d.month]} {d.year}, {hhmm(d)} +0{person.off}:00 от {s.name} <{s.email}>:"
        segs = _with_answers(body, answers, ">")
        segs[0] = ("old", [attr, ">", *segs[0][1]])
        return segs
    if style == "thebat":
        ini = "".join(p[0] for p in s.name.split()[:2])
        attr = f"Вы писали {d.day} {MON['ru'][d.month]} {d.year} г., {hhmm(d)}:"
        segs = _with_answers(body, answers, f"{ini}> ")
        segs[0] = ("old", [attr, "", *segs[0][1]])
        return segs
    if style == "seznam":
        head = [
            "---------- Původní e-mail ----------",
            f"Od: {s.name} <{s.email}>",
            f"Komu: {person.email}",
            f"Datum: {d.day}. {d.month}. {d.year} {hhmm(d)}:{rng('sz', fk).randint(10, 59)}",
            f"Předmět: {f['subject']}",
            "",
        ]
        b = ['"' + body[0], *body[1:-1], body[-1] + '"']
        segs = _with_answers(b, answers, "")
        segs[0] = ("old", head + segs[0][1])
        return segs
    if style == "centrum":
        head = [
            "______________________________________________________________",
            f'> Od: "{s.name}" <{s.email}>',
            f"> Komu: <{person.email}>",
            f"> Dátum: {d.day:02d}.{d.month:02d}.{d.year} {hhmm(d)}",
            f"> Predmet: {f['subject']}",
            ">",
        ]
        segs = _with_answers(body, answers, "> ")
        segs[0] = ("old", head + segs[0][1])
        return segs
    if style in ("onet", "freemail", "abv", "ukrnet"):
        sec = rng("wm", fk, person.email).randint(10, 59)
        if style == "onet":
            head = [
                "---------- Oryginalna wiadomość ----------",
                f'Od: "{s.name}" <{s.email}>',
                f"Do: <{person.email}>",
                f"Data: {d.day} {MON['pl'][d.month]} {d.year} o {hhmm(d)}",
                f"Temat: {f['subject']}",
                "",
            ]
        elif style == "freemail":
            head = [
                "---------- Eredeti levél ----------",
                f"Feladó: {s.name} <{s.email}>",
                f"Dátum: {d.year} {MON['hu'][d.month]} {d.day} {hhmm(d)}:{sec}",
                f"Címzett: {person.email}",
                f"Tárgy: {f['subject']}",
                "",
            ]
        elif style == "abv":
            head = [
                "-------- Оригинално писмо --------",
                f"От: {s.name} {s.email}",
                f"Относно: {f['subject']}",
                f"До: {person.email}",
                f"Изпратено на: {d.day:02d}.{d.month:02d}.{d.year} {hhmm(d)}",
                "",
            ]
        else:
            head = [
                "--- Оригінальне повідомлення ---",
                f'Від кого: "{s.name}" <{s.email}>',
                f"Дата: {d.day} {MON['uk'][d.month]} {d.year}, {hhmm(d)}:{sec}",
                "",
            ]
        segs = _with_answers(body, answers, "" if style != "freemail" else "> ")
        segs[0] = ("old", head + segs[0][1])
        return segs
    if style == "yahoo":
        w = WD["ro"][d.weekday()]
        attr = f"   Pe {w}, {d.day} {MON['ro'][d.month]} {d.year}, {hhmm(d)}:{rng('yh', fk).randint(10, 59)} EEST, {s.name} <{s.email}> a scris:  "
        segs = _with_answers(body, answers, "")
        segs[0] = ("old", [attr, " ", *[" " + x if x else " " for x in segs[0][1]]])
        return segs
    raise ValueError(style)


# --------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------
def encode_body(text, cs, cte):
    data = text.replace("\r\n", "\n").encode(cs)
    if cte == "quoted-printable":
        out = qp(data)
        return out if out.endswith("\r\n") else out + "\r\n"
    if cte == "base64":
        return b64(data)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def leaf(ct, text, cs, cte, extra=()):
    body = encode_body(text, cs, cte)
    hs = [
        (
            "Content-Type",
            f'{ct}; charset="{cs}"'
            if ct != "text/plain; format=flowed"
            else f'text/plain; charset="{cs}"; format=flowed',
        )
    ]
    hs.append(("Content-Transfer-Encoding", cte))
    hs.extend(extra)
    return hs, body


def render(headers, node):
    """node: (headers, body-bytes-or-str) or ('multipart', subtype, boundary, [nodes], extra_params)."""
    out = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
    return out + _render_node(node, top=True)


def _render_node(node, top=False):
    if node[0] == "multipart":
        _, sub, bnd, kids, params = node
        h = f'Content-Type: multipart/{sub};{params}\r\n\tboundary="{bnd}"\r\n'.encode("ascii")
        parts = [h, b"\r\n"]
        for k in kids:
            parts.append(f"--{bnd}\r\n".encode())
            r = _render_node(k)
            if not r.endswith(b"\r\n"):
                r += b"\r\n"
            parts.append(r)
        parts.append(f"--{bnd}--\r\n".encode())
        return b"".join(parts)
    hs, body = node
    h = "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii")
    if isinstance(body, str):
        body = body.encode("ascii")
    return h + b"\r\n" + body


def boundary(r, style="outlook"):
    if style == "outlook":
        return f"_000_{hexs(r, 36)}_"
    if style == "gmail":
        return "0000000000" + hexs(r, 18, "0123456789abcdef")
    if style == "apple":
        return f"Apple-Mail-{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}"
    return f"----=_Part_{r.randint(10000, 99999)}_{r.randint(100000000, 999999999)}.{r.randint(10**12, 10**13 - 1)}"


def to_html(segs, cs, rtl=False, outlook=False):
    """HTML alternative rebuilt from the text segments (one <div> per line)."""
    d = ' dir="rtl"' if rtl else ""
    out = [
        "<html><head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">',
        "</head>",
        f"<body{d}>",
    ]
    in_hist = False
    for kind, lines in segs:
        if kind == "old" and not in_hist:
            if outlook:
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            else:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            in_hist = True
        if kind in ("new", "dev") and in_hist:
            out.append("</div>" if outlook else "</blockquote>")
            in_hist = False
        for ln in lines:
            s = ln.lstrip(">").lstrip() if kind == "old" and not outlook and ln.startswith(">") else ln
            col = ' style="color:#1F4E79"' if kind == "ans" else ""
            out.append(f"<div{col}>{htmlmod.escape(s.strip(), quote=False) or '<br>'}</div>")
    if in_hist:
        out.append("</div>" if outlook else "</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def label_of(segs):
    return [ln.strip() for kind, lines in segs if kind in ("new", "ans") for ln in lines if ln.strip()]


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------
def thread_index(r, n=1):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(22 + 5 * n))).decode()


def received(r, person, when):
    ip = f"{r.choice(['203.0.113', '198.51.100'])}.{r.randint(2, 250)}"
    host = f"mail{r.randint(1, 9)}.{person.domain}"
    eop = f"{r.choice(['AM4PEPF', 'DB1PEPF', 'FR3PEPF'])}0002{hexs(r, 4)}.mail.protection.outlook.com"
    stamp = rfc(when.astimezone(UTC)).replace("-0000", "+0000")
    return ("Received", f"from {host} ({ip}) by {eop}\r\n (10.167.16.{r.randint(2, 250)}) with ESMTPS; {stamp}")


def msgid(family, r, person):
    if family == "outlook":
        pod = f"{r.choice(['PR3P', 'AS8P', 'GV1P', 'VI1P', 'DB8P'])}R{r.randint(1, 9):02d}MB{r.randint(1000, 9999)}"
        return f"<{pod}{hexs(r, 28)}@{pod}.eurprd{r.randint(1, 9):02d}.prod.outlook.com>"
    if family == "outlook-pop":
        return f"<{hexs(r, 12, '0123456789abcdef')}$${hexs(r, 8, '0123456789abcdef')}$${hexs(r, 8, '0123456789abcdef')}$@{person.domain}>".replace(
            "$$", "$"
        )
    if family == "outlook-onprem":
        return f"<{hexs(r, 32, '0123456789abcdef')}@{r.choice(['EXCH01', 'SRV-MAIL', 'EX2019'])}.{person.domain}>"
    if family == "gmail":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return f"<CA{hexs(r, 4, al)}+{hexs(r, 40, al)}@mail.gmail.com>"
    if family in ("apple", "tb"):
        u = f"{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}"
        return f"<{u.lower() if family == 'tb' else u}@{person.domain}>"
    return f"<{hexs(r, 12, '0123456789abcdef')}.{r.randint(100000, 999999)}@{family}>"


class Reply:
    """One human reply. style: the quoting style (see history()); family: the client family for headers/MIME."""

    def __init__(self, slug, person, fk, when, lang, client, style, loc, new, **kw):
        self.slug, self.person, self.fk, self.lang, self.client = slug, person, fk, lang, client
        self.when = dt(when, person.off)
        self.style, self.loc, self.new = style, loc, new
        self.sig = kw.get("sig", [])
        self.device = kw.get("device")
        self.answers = kw.get("answers")
        self.opt_out = kw.get("opt_out", False)
        self.family = kw.get("family", "outlook")
        self.cs = kw.get("cs", "utf-8")
        self.cte = kw.get("cte", "quoted-printable")
        self.html = kw.get("html", True)
        self.html_only = kw.get("html_only", False)
        self.bottom = kw.get("bottom", False)
        self.prefix = kw.get("prefix")
        self.mailer = kw.get("mailer")
        self.flowed = kw.get("flowed", False)
        self.rtl = kw.get("rtl", False)
        self.hist = kw.get("hist")  # a ready list of segments replacing the firm's quoted message
        self.irt = kw.get("irt")  # In-Reply-To when the reply answers someone else's message
        self.refs = kw.get("refs")
        self.cc = kw.get("cc", [])
        self.hmode = kw.get("hmode", "Q")

    def segments(self):
        hist = self.hist if self.hist is not None else history(self.style, self.loc, self.fk, self.person, self.answers)
        own = list(self.new)
        if self.sig:
            own += ["", *self.sig]
        if self.bottom:
            segs = [*hist, ("new", ["", *own])]
            if self.device:
                segs.append(("dev", ["", self.device]))
            return segs
        segs = [("new", [*own, ""])]
        if self.device:
            segs.append(("dev", [self.device, ""]))
        return segs + hist

    def build(self):
        p, f = self.person, FIRM[self.fk]
        r = rng("reply", self.slug)
        segs = self.segments()
        text = "\n".join(ln for _k, lines in segs for ln in lines).rstrip("\n") + "\n"
        if self.flowed:
            from mime12 import flow

            text = "\n".join(flow(text.rstrip("\n").split("\n"))) + "\n"
        fam = self.family
        prefix = self.prefix or (OUTLOOK_RE[self.loc] if fam.startswith("outlook") else "Re: ")
        hmode = self.hmode
        staff = f["staff"]
        fmid = firm_mid(self.fk, p)
        irt = self.irt or fmid
        refs = self.refs or irt
        mid = msgid(fam if fam not in ("webmail",) else (self.mailer or "webmail").split()[0].lower(), r, p)
        if fam == "webmail":
            mid = f"<{hexs(r, 12, '0123456789abcdef')}.{r.randint(100000, 999999)}@{self.mailer_host()}>"
        subj = ew(prefix + f["subject"], self.cs if self.cs != "us-ascii" else "utf-8", hmode)
        frm = addr(p.name, p.email, self.cs, hmode)
        to = addr(staff.name, staff.email, self.cs, hmode)
        hs = [received(r, p, self.when)]
        if fam.startswith("outlook"):
            hs += [
                ("From", frm),
                ("To", to),
                *([("CC", ", ".join(addr(n, e, self.cs, hmode) for n, e in self.cc))] if self.cc else []),
                ("Subject", subj),
                ("Thread-Topic", ew(f["subject"], self.cs, hmode)),
                ("Thread-Index", thread_index(r)),
                ("Date", rfc(self.when)),
                ("Message-ID", mid),
                ("References", refs),
                ("In-Reply-To", irt),
                ("Accept-Language", f"{self.loc}-{p.country or self.loc.upper()}, en-US"),
                ("Content-Language", f"{self.loc}-{p.country or self.loc.upper()}"),
                ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""),
                ("MIME-Version", "1.0"),
            ]
            bst = "outlook"
        elif fam == "gmail":
            hs += [
                ("MIME-Version", "1.0"),
                ("References", refs),
                ("In-Reply-To", irt),
                ("From", frm),
                ("Date", rfc(self.when)),
                ("Message-ID", mid),
                ("Subject", subj),
                ("To", to),
            ]
            bst = "gmail"
        elif fam == "apple":
            hs += [
                ("Mime-Version", "1.0 (1.0)"),
                ("Subject", subj),
                ("From", frm),
                ("In-Reply-To", irt),
                ("Date", rfc(self.when)),
                ("Message-Id", mid),
                ("References", refs),
                ("To", to),
                ("X-Mailer", self.mailer or "iPhone Mail (22E240)"),
            ]
            bst = "apple"
        elif fam == "tb":
            hs += [
                ("Message-ID", mid),
                ("Date", rfc(self.when)),
                ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"),
                ("Subject", subj),
                ("To", to),
                ("References", refs),
                ("Content-Language", self.lang),
                ("From", frm),
                ("In-Reply-To", irt),
            ]
            bst = "other"
        else:
            hs += [
                ("Date", rfc(self.when)),
                ("From", frm),
                ("To", to),
                ("Message-ID", mid),
                ("In-Reply-To", irt),
                ("References", refs),
                ("Subject", subj),
                ("MIME-Version", "1.0"),
                *([("X-Mailer", self.mailer)] if self.mailer else []),
            ]
            bst = "other"
        ctp = "text/plain; format=flowed" if self.flowed else "text/plain"
        plain = leaf(ctp, text, self.cs, self.cte)
        outlook_html = fam.startswith("outlook") and self.style in ("outlook", "outlook-nosep", "orig", "outlook-mac")
        if self.html_only:
            node = leaf("text/html", to_html(segs, self.cs, self.rtl, outlook_html), self.cs, self.cte)
        elif self.html:
            hnode = leaf("text/html", to_html(segs, self.cs, self.rtl, outlook_html), self.cs, self.cte)
            node = ("multipart", "alternative", boundary(r, bst), [plain, hnode], "")
        else:
            node = plain
        raw = render(hs, node)
        sent = sent_copy(self.fk, p) if self.answers else None
        return dict(
            slug=self.slug,
            client=self.client,
            lang=self.lang,
            kind="human",
            raw=raw,
            new_text=label_of(segs),
            mode="html" if self.html_only else "text",
            top=not self.bottom,
            opt_out=self.opt_out,
            sent=sent,
            date=self.when.isoformat(),
            utc=self.when.astimezone(UTC),
            answers=f["sent"].astimezone(UTC),
            device=self.device,
            country=p.country,
        )

    def mailer_host(self):
        return {
            "seznam": "email.seznam.cz",
            "centrum": "mail.centrum.sk",
            "wp": "poczta.wp.pl",
            "onet": "poczta.onet.pl",
            "freemail": "freemail.hu",
            "yahoo": "mail.yahoo.com",
            "yandex": "mail.yandex.ru",
            "mailru": "e.mail.ru",
            "abv": "abv.bg",
            "ukrnet": "fwd.ukr.net",
            "thebat": self.person.domain,
        }[self.client.split("-")[0]]


# --------------------------------------------------------------------------
# Automatic replies and bounces
# --------------------------------------------------------------------------
AUTO_PREFIX = {
    "de": "Automatische Antwort: ",
    "cs": "Automatická odpověď: ",
    "sk": "Automatická odpoveď: ",
    "pl": "Odpowiedź automatyczna: ",
    "hu": "Automatikus válasz: ",
    "ro": "Răspuns automat: ",
    "bg": "Автоматичен отговор: ",
    "el": "Αυτόματη απάντηση: ",
    "tr": "Otomatik yanıt: ",
    "ru": "Автоматический ответ: ",
    "uk": "Автоматична відповідь: ",
    "he": "תשובה אוטומטית: ",
    "en": "Automatic reply: ",
}


def auto(
    slug, person, fk, minutes, lang, client, body, until, kind="exchange", cs="utf-8", subject=None, loc=None, **kw
):
    """An automatic reply to the bank's message fk, `minutes` after it was sent."""
    f = FIRM[fk]
    r = rng("auto", slug)
    when = (f["sent"] + timedelta(minutes=minutes)).astimezone(tz(person.off))
    loc = loc or lang
    staff = f["staff"]
    fmid = firm_mid(fk, person)
    hmode = "B" if lang in ("bg", "el", "ru", "uk", "he") else "Q"
    text = "\n".join(body) + "\n"
    if kind == "exchange":
        subj = subject if subject is not None else AUTO_PREFIX[loc] + f["subject"]
        hs = [
            received(r, person, when),
            ("From", addr(person.name, person.email, cs, hmode)),
            ("To", addr(staff.name, staff.email, cs, hmode)),
            ("Subject", ew(subj, cs, hmode)),
            ("Thread-Topic", ew(f["subject"], cs, hmode)),
            ("Thread-Index", thread_index(r)),
            ("Date", rfc(when)),
            ("Message-ID", msgid("outlook", r, person)),
            ("References", fmid),
            ("In-Reply-To", fmid),
            ("Content-Language", f"{loc}-{person.country}"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Inbox-Rules-Loop", person.email),
            ("X-Auto-Response-Suppress", "All"),
            ("Auto-Submitted", "auto-generated"),
            ("MIME-Version", "1.0"),
        ]
        plain = leaf("text/plain", text, cs, kw.get("cte", "quoted-printable"))
        segs = [("new", body)]
        hnode = leaf("text/html", to_html(segs, cs, lang == "he"), cs, kw.get("cte", "quoted-printable"))
        node = ("multipart", "alternative", boundary(r), [plain, hnode], "")
    else:
        # a server-side vacation notice / ticket acknowledgement (Sieve, webmail autoresponder, Gmail, helpdesk)
        subj = subject if subject is not None else "Re: " + f["subject"]
        hs = [
            received(r, person, when),
            ("Date", rfc(when)),
            ("From", addr(person.name, person.email, cs, hmode)),
            ("To", addr(staff.name, staff.email, cs, hmode)),
            ("Subject", ew(subj, cs, hmode)),
            (
                "Message-ID",
                msgid(kw.get("mid", "x"), r, person)
                if kw.get("mid")
                else f"<{hexs(r, 16, '0123456789abcdef')}@{kw.get('host', person.domain)}>",
            ),
            ("In-Reply-To", fmid),
            ("References", fmid),
            ("Auto-Submitted", "auto-replied"),
            *kw.get("extra", []),
            ("MIME-Version", "1.0"),
        ]
        node = leaf("text/plain", text, cs, kw.get("cte", "8bit"))
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="auto_reply",
        raw=render(hs, node),
        until=until,
        date=when.isoformat(),
        utc=when.astimezone(UTC),
        answers=f["sent"].astimezone(UTC),
    )


def original_headers(fk, person):
    f = FIRM[fk]
    hs = firm_headers(fk, person)
    hs += [("Content-Language", f["lang"]), ("MIME-Version", "1.0")]
    return "".join(f"{k}: {v}\r\n" for k, v in hs)


def original_message(fk, person):
    hs = original_headers(fk, person)
    hs += 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
    body = "\n".join(firm_body(fk, person)) + "\n"
    return hs.encode("ascii") + b"\r\n" + qp(body.encode("utf-8")).encode("ascii")


def bounce(slug, fk, person, minutes, lang, client, subject, text, recips, permanent, frm, **kw):
    """A delivery status notification (multipart/report) for the bank's message fk to person.

    recips: list of (address, status, action, diagnostic, remote_mta)."""
    f = FIRM[fk]
    r = rng("bounce", slug)
    when = (f["sent"] + timedelta(minutes=minutes)).astimezone(tz(kw.get("off", 0)))
    staff = f["staff"]
    cs = kw.get("cs", "utf-8")
    hmode = kw.get("hmode", "Q")
    reporting = kw.get("reporting", "AM0PR04MB6530.eurprd04.prod.outlook.com")
    hs = [
        ("Received", f"from {reporting} by {reporting}; {rfc(when)}"),
        ("From", frm),
        ("To", addr(staff.name, staff.email, "utf-8", hmode)),
        ("Date", rfc(when)),
        ("Subject", ew(subject, cs, hmode)),
        ("Message-ID", f"<{hexs(r, 32, '0123456789abcdef')}@{kw.get('mid_host', reporting)}>"),
        *kw.get("extra", []),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    if kw.get("no_dsn"):
        # an Exim-style bounce: text only, the original under a marker line
        body = "\n".join(text) + "\n"
        body += "\n------ This is a copy of the message, including all the headers. ------\n\n"
        node = leaf("text/plain", body, "us-ascii", "7bit")
        raw = render(hs, node)
        raw += original_message(fk, person)
        return _bitem(slug, client, lang, raw, when, f, recips, permanent, fk, person, kw)
    plain = leaf("text/plain", "\n".join(text) + "\n", cs, kw.get("cte", "quoted-printable"))
    first = plain
    if kw.get("html"):
        hnode = leaf("text/html", to_html([("new", text)], cs), cs, kw.get("cte", "quoted-printable"))
        first = ("multipart", "alternative", boundary(r, kw.get("bstyle", "x")), [plain, hnode], "")
    ds = [f"Reporting-MTA: dns;{reporting}", f"Received-From-MTA: dns;{kw.get('from_mta', reporting)}"]
    ds.append(f"Arrival-Date: {rfc(f['sent'].astimezone(UTC)).replace('-0000', '+0000')}")
    for a, st, action, diag, rmta in recips:
        ds += ["", f"Final-Recipient: rfc822;{a}", f"Action: {action}", f"Status: {st}"]
        if rmta:
            ds.append(f"Remote-MTA: dns;{rmta}")
        if diag:
            ds.append(f"Diagnostic-Code: smtp;{diag}")
        if action == "delayed":
            ds.append(f"Will-Retry-Until: {rfc((when + timedelta(days=2)).astimezone(UTC)).replace('-0000', '+0000')}")
    dsn = ([("Content-Type", "message/delivery-status")], "\r\n".join(ds) + "\r\n")
    if kw.get("headers_only"):
        orig = ([("Content-Type", "text/rfc822-headers")], original_headers(fk, person))
    else:
        orig = ([("Content-Type", "message/rfc822")], original_message(fk, person))
    node = (
        "multipart",
        "report",
        boundary(r, kw.get("bstyle", "x")),
        [first, dsn, orig],
        " report-type=delivery-status;",
    )
    raw = render(hs, node)
    return _bitem(slug, client, lang, raw, when, f, recips, permanent, fk, person, kw)


def _bitem(slug, client, lang, raw, when, f, recips, permanent, fk, person, kw):
    rec = []
    for a, st, _action, _d, _m in kw.get("label_recips", recips):
        rc = {"address": a}
        if st:
            rc["status"] = st
            rc["permanent"] = st.startswith("5")
        rec.append(rc)
    return dict(
        slug=slug,
        client=client,
        lang=lang,
        kind="bounce",
        raw=raw,
        bounce={"recipients": rec, "permanent": permanent, "original_message_id": firm_mid(fk, person)},
        date=when.isoformat(),
        utc=when.astimezone(UTC),
        answers=f["sent"].astimezone(UTC),
    )


# reminders sent just before local holidays (their automatic replies name Orthodox Easter, 23 Nisan, Pesach)
firm(
    "remind-ro",
    "stanescu",
    "ro",
    "2027-04-29 09:10",
    3,
    "Reamintire: actualizarea datelor dumneavoastră",
    """{greet}

Vă reamintim că actualizarea anuală a datelor este încă în curs. Vă rugăm să ne trimiteți răspunsurile și copia actului de identitate până la 14 mai.

Cu stimă,

Ioana Stănescu
Bankhaus Sternau AG Viena - Sucursala București""",
)
firm(
    "remind-bg",
    "kolev",
    "bg",
    "2027-04-29 09:20",
    3,
    "Напомняне: актуализация на клиентските данни",
    """{greet}

Напомняме Ви, че ежегодната актуализация на данните все още не е приключила. Моля, изпратете ни отговорите и копие от документ за самоличност до 14 май.

С уважение,

Димитър Колев
Bankhaus Sternau AG, клон Букурещ""",
)
firm(
    "remind-el",
    "papadaki",
    "el",
    "2027-04-29 10:00",
    3,
    "Υπενθύμιση: ετήσια ανασκόπηση χαρτοφυλακίου",
    """{greet}

σας υπενθυμίζω ότι δεν έχουμε ακόμη ορίσει ημερομηνία για την ετήσια ανασκόπηση. Θα σας πρότεινα μία συνάντηση στο διάστημα 10 έως 21 Μαΐου.

Με εκτίμηση,

Ελένη Παπαδάκη
Bankhaus Sternau AG, Υποκατάστημα Αθηνών""",
)
firm(
    "remind-tr",
    "aydogan",
    "tr",
    "2027-04-22 15:30",
    3,
    "Hatırlatma: yıllık portföy değerlendirmesi",
    """{greet}

Yıllık portföy değerlendirmemiz için henüz bir tarih belirleyemedik. Mayıs ayının ilk yarısında size uygun bir gün var mı?

Saygılarımla,

Selin Aydoğan
Bankhaus Sternau AG İstanbul Temsilciliği""",
)
firm(
    "remind-en",
    "eder",
    "en",
    "2027-04-21 09:30",
    2,
    "Reminder: client data update",
    """{greet}

This is a friendly reminder that we have not yet received your answers to our annual client data review. We would be grateful to have them by 14 May.

Kind regards

Florian Eder
Bankhaus Sternau AG, Vienna""",
)
