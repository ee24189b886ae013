"""blind27's engine: the bank (Banque Kessel-Nordahl S.A.), its messages, the quoting styles of the mail clients its
correspondents use, and the writers of replies, automatic replies and bounces. Everything here is invented for the set.

The MIME helpers are blind12's (mime12: quoted-printable, base64, RFC 2047 words, parts, format=flowed); the Baltic
charsets they do not list are added to their table at import (in memory only).
"""

import html as H
import re
import unicodedata
from datetime import UTC, date, timedelta, timezone

import mime12 as M

M.PYCS.update({"iso-8859-4": "iso8859_4", "iso-8859-13": "iso8859_13", "windows-1257": "cp1257"})

L = M.L
DOMAIN = "kessel-nordahl.example"

# UTC offsets in April-June 2027 (summer time began on 28 March 2027; Iceland keeps UTC all year, the Faroes use
# WEST in summer). AX is Åland (Finnish time, Finnish holidays and its own autonomy day).
TZ = {
    "LU": 2,
    "SE": 2,
    "DK": 2,
    "NO": 2,
    "FI": 3,
    "AX": 3,
    "EE": 3,
    "LV": 3,
    "LT": 3,
    "IS": 0,
    "FO": 1,
    "IE": 1,
    "GB": 1,
}


def tzinfo(country):
    return timezone(timedelta(hours=TZ[country]))


def local(dt, country):
    return dt.astimezone(tzinfo(country))


# --------------------------------------------------------------------------
# day and month names
# --------------------------------------------------------------------------
WD = {
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "et": ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
    "lv": ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"],
    "lt": [
        "pirmadienis",
        "antradienis",
        "trečiadienis",
        "ketvirtadienis",
        "penktadienis",
        "šeštadienis",
        "sekmadienis",
    ],
    "is": ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MON = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "no": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "fi": [
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ],
    "et": [
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ],
    "lv": [
        "janvāris",
        "februāris",
        "marts",
        "aprīlis",
        "maijs",
        "jūnijs",
        "jūlijs",
        "augusts",
        "septembris",
        "oktobris",
        "novembris",
        "decembris",
    ],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
    "is": [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ],
    "fr": [
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
    "de": [
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
    "en": [
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
}
# abbreviations as Gmail / iOS print them
WD_AB = {
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "da": ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."],
    "no": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
    "et": ["E", "T", "K", "N", "R", "L", "P"],
    "lv": ["pirmd.", "otrd.", "trešd.", "ceturtd.", "piektd.", "sestd.", "svētd."],
    "lt": ["pr", "an", "tr", "kt", "pn", "š", "sk"],
    "is": ["mán.", "þri.", "mið.", "fim.", "fös.", "lau.", "sun."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MON_AB = {
    "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "da": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "no": ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
    "et": ["jaan", "veebr", "märts", "apr", "mai", "juuni", "juuli", "aug", "sept", "okt", "nov", "dets"],
    "lv": ["janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.", "nov.", "dec."],
    "is": ["jan.", "feb.", "mar.", "apr.", "maí", "jún.", "júl.", "ágú.", "sep.", "okt.", "nóv.", "des."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def hm(dt, sep=":"):
    return f"{dt:%H}{sep}{dt:%M}"


def outlook_sent(lang, dt):
    """The 'Sent:' value of Outlook for Windows' reply header block."""
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if lang == "sv":
        return f"den {d} {MON['sv'][m]} {y} {hm(dt)}"
    if lang == "da":
        return f"{WD['da'][wd]} den {d}. {MON['da'][m]} {y} {hm(dt)}"
    if lang == "no":
        return f"{WD['no'][wd]} {d}. {MON['no'][m]} {y} {hm(dt)}"
    if lang == "fi":
        return f"{WD['fi'][wd]} {d}. {MON['fi'][m]} {y} {dt.hour}.{dt:%M}"
    if lang == "et":
        return f"{WD['et'][wd]}, {d}. {MON['et'][m]} {y} {hm(dt)}"
    if lang == "lv":
        return f"{WD['lv'][wd]}, {y}. gada {d}. {MON['lv'][m]} {hm(dt)}"
    if lang == "lt":
        return f"{y} m. {MON['lt'][m]} {d} d. {hm(dt)}"
    if lang == "is":
        return f"{WD['is'][wd]}, {d}. {MON['is'][m]} {y} {hm(dt)}"
    if lang == "fr":
        return f"{WD['fr'][wd]} {d} {MON['fr'][m]} {y} {hm(dt)}"
    if lang == "de":
        return f"{WD['de'][wd]}, {d}. {MON['de'][m]} {y} {hm(dt)}"
    if lang == "en":  # English (UK / Ireland)
        return f"{d:02d} {MON['en'][m]} {y} {hm(dt)}"
    if lang == "en-us":
        h12 = dt.hour % 12 or 12
        return f"{WD['en'][wd]}, {MON['en'][m]} {d}, {y} {h12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    raise KeyError(lang)


def outlook_plain_sent(lang, dt):
    """The 'Sent:' value under Outlook's plain-text '-----Original Message-----' separator."""
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if lang == "sv":
        return f"den {d} {MON['sv'][m]} {y} {hm(dt)}"
    if lang in ("da", "no"):
        return f"{d}. {MON[lang][m]} {y} {hm(dt)}"
    if lang == "fi":
        return f"{d}. {MON['fi'][m]} {y} {hm(dt)}"
    if lang == "de":
        return f"{WD['de'][wd]}, {d}. {MON['de'][m]} {y} {hm(dt)}"
    if lang == "fr":
        return f"{WD['fr'][wd]} {d} {MON['fr'][m]} {y} {hm(dt)}"
    if lang == "en":
        h12 = dt.hour % 12 or 12
        return f"{WD['en'][wd]}, {MON['en'][m]} {d:02d}, {y} {h12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    raise KeyError(lang)


OUTLOOK_LABELS = {
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "no": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Koopia:", "Teema:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Kopija:", "Tēma:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"),
    "is": ("Frá:", "Sent:", "Til:", "Afrit:", "Efni:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "en-us": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}
OUTLOOK_ORIGINAL = {
    "sv": "-----Ursprungligt meddelande-----",
    "da": "-----Oprindelig meddelelse-----",
    "no": "-----Opprinnelig melding-----",
    "fi": "-----Alkuperäinen viesti-----",
    "fr": "-----Message d'origine-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "en": "-----Original Message-----",
}
# Outlook's own subject prefixes (reply, forward); other clients write "Re:" / "Fwd:"
OUTLOOK_RE = {
    "sv": "SV: ",
    "da": "SV: ",
    "no": "SV: ",
    "fi": "VS: ",
    "et": "RE: ",
    "lv": "RE: ",
    "lt": "RE: ",
    "is": "RE: ",
    "fr": "RE : ",
    "de": "AW: ",
    "en": "RE: ",
    "en-us": "RE: ",
}
OUTLOOK_FW = {"sv": "VB: ", "da": "VS: ", "no": "VS: ", "fi": "VL: ", "de": "WG: ", "fr": "TR : ", "en": "FW: "}
CONTENT_LANGUAGE = {
    "sv": "sv-SE",
    "da": "da-DK",
    "no": "nb-NO",
    "fi": "fi-FI",
    "et": "et-EE",
    "lv": "lv-LV",
    "lt": "lt-LT",
    "is": "is-IS",
    "fr": "fr-FR",
    "de": "de-DE",
    "en": "en-GB",
    "en-us": "en-US",
}


def mac_date(lang, dt):
    """Outlook for Mac's 'Date:' line."""
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if lang == "de":
        return f"{WD['de'][wd]}, {d}. {MON['de'][m]} {y} um {hm(dt)}"
    if lang == "fr":
        return f"{WD['fr'][wd]} {d} {MON['fr'][m]} {y} à {hm(dt)}"
    if lang == "sv":
        return f"{WD['sv'][wd]} {d} {MON['sv'][m]} {y} {hm(dt)}"
    return f"{WD['en'][wd]}, {d} {MON['en'][m]} {y} at {hm(dt)}"


MAC_LABELS = {
    "de": ("Von:", "Datum:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Date :", "À :", "Cc :", "Objet :"),
    "sv": ("Från:", "Datum:", "Till:", "Kopia:", "Ämne:"),
    "en": ("From:", "Date:", "To:", "Cc:", "Subject:"),
}


def gmail_attr(lang, dt, name, email):
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    who = f"{name} <{email}>"
    if lang == "sv":
        return f"Den {WD_AB['sv'][wd]} {d} {MON_AB['sv'][m]} {y} kl {hm(dt)} skrev {who}:"
    if lang == "da":
        return f"Den {WD_AB['da'][wd]} {d}. {MON_AB['da'][m]} {y} kl. {hm(dt, '.')} skrev {who}:"
    if lang == "no":
        return f"{WD_AB['no'][wd]} {d}. {MON_AB['no'][m]} {y} kl. {hm(dt, '.')} skrev {who}:"
    if lang == "fi":
        return f"{WD_AB['fi'][wd]} {d}.{m + 1}.{y} klo {dt.hour}.{dt:%M} {name} ({email}) kirjoitti:"
    if lang == "et":
        return f"{WD_AB['et'][wd]}, {d}. {MON_AB['et'][m]} {y} kell {hm(dt)} kirjutas {name} (<{email}>):"
    if lang == "lv":
        return f"{WD_AB['lv'][wd]}, {y}. g. {d}. {MON_AB['lv'][m]}, plkst. {hm(dt)} — lietotājs {name} (<{email}>) rakstīja:"
    if lang == "lt":
        return f"{y}-{m + 1:02d}-{d:02d}, {WD_AB['lt'][wd]}, {hm(dt)} {who} rašė:"
    if lang == "is":
        return f"{WD_AB['is'][wd]} {d}. {MON_AB['is'][m]} {y} kl. {hm(dt)} skrifaði {who}:"
    if lang == "fr":
        return f"Le {WD_AB['fr'][wd]} {d} {MON_AB['fr'][m]} {y} à {hm(dt)}, {who} a écrit :"
    if lang == "de":
        return f"Am {WD_AB['de'][wd]}, {d}. {MON_AB['de'][m]} {y} um {hm(dt)} Uhr schrieb {who}:"
    if lang == "en":
        return f"On {WD_AB['en'][wd]}, {d} {MON_AB['en'][m]} {y} at {hm(dt)}, {who} wrote:"
    raise KeyError(lang)


def gmail_fwd_date(lang, dt):
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if lang == "no":
        return f"{WD_AB['no'][wd]} {d}. {MON_AB['no'][m]} {y} kl. {hm(dt, '.')}"
    if lang == "sv":
        return f"{WD_AB['sv'][wd]} {d} {MON_AB['sv'][m]} {y} kl {hm(dt)}"
    return f"{WD_AB['en'][wd]}, {d} {MON_AB['en'][m]} {y} at {hm(dt)}"


def ios_attr(lang, dt, name, email):
    d, m, y = dt.day, dt.month - 1, dt.year
    who = f"{name} <{email}>"
    if lang == "sv":
        return f"{d} {MON_AB['sv'][m]} {y} kl. {hm(dt)} skrev {who}:"
    if lang == "da":
        return f"Den {d}. {MON_AB['da'][m]} {y} kl. {hm(dt, '.')} skrev {who}:"
    if lang == "no":
        return f"{d}. {MON_AB['no'][m]} {y} kl. {hm(dt)} skrev {who}:"
    if lang == "fi":
        return f"{d}.{m + 1}.{y} kello {dt.hour}.{dt:%M}, {who} kirjoitti:"
    if lang == "et":
        return f"{d}. {MON_AB['et'][m]} {y}, kell {hm(dt)}, {who} kirjutas:"
    if lang == "lv":
        return f"{y}. gada {d}. {MON_AB['lv'][m]}, plkst. {hm(dt)}, {who} rakstīja:"
    if lang == "lt":
        return f"{y}-{m + 1:02d}-{d:02d} {hm(dt)}, {who} rašė:"
    if lang == "fr":
        return f"Le {d} {MON_AB['fr'][m]} {y} à {hm(dt)}, {who} a écrit :"
    if lang == "de":
        return f"Am {d:02d}.{m + 1:02d}.{y} um {hm(dt)} schrieb {who}:"
    if lang == "en":
        return f"On {d} {MON_AB['en'][m]} {y}, at {hm(dt)}, {who} wrote:"
    raise KeyError(lang)


def thunderbird_attr(lang, dt, name):
    d, m, y = dt.day, dt.month, dt.year
    if lang == "sv":
        return f"Den {y}-{m:02d}-{d:02d} kl. {hm(dt)}, skrev {name}:"
    if lang == "da":
        return f"Den {d:02d}.{m:02d}.{y} kl. {hm(dt, '.')} skrev {name}:"
    if lang == "fi":
        return f"{name} kirjoitti {d}.{m}.{y} klo {dt.hour}.{dt:%M}:"
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y % 100:02d} um {hm(dt)} schrieb {name}:"
    if lang == "en":
        return f"On {d:02d}/{m:02d}/{y} {hm(dt)}, {name} wrote:"
    raise KeyError(lang)


# The device lines a phone's mail app writes under the text (label lines never; see build.EXTRA_DEVICE_LINE)
DEVICE = {
    "sv": "Skickat från min iPhone",
    "da": "Sendt fra min iPhone",
    "no": "Sendt fra min iPhone",
    "fi": "Lähetetty iPhonesta",
    "et": "Saadetud minu iPhone'ist",
    "lv": "Nosūtīts no mana iPhone",
    "lt": "Išsiųsta iš mano iPhone",
    "fr": "Envoyé de mon iPhone",
    "de": "Von meinem iPhone gesendet",
    "en": "Sent from my iPhone",
}


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
EXO_PREFIX = ("AM9PR10MB", "DB9PR10MB", "GV1PR10MB", "DU0PR10MB", "PAXPR10MB", "AS8PR10MB", "VI1PR10MB", "HE1PR10MB")


def exo_host(r):
    return f"{r.choice(EXO_PREFIX)}{r.randrange(1000, 9999)}"


def exo_msgid(r, host):
    return f"<{host}{M.hexid(r, 26)}@{host}.EURPRD10.PROD.OUTLOOK.COM>"


def uuid(r, upper=False):
    h = M.lowhex(r, 32)
    s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[r.randrange(4)]}{h[17:20]}-{h[20:]}"
    return s.upper() if upper else s


GM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def gmail_msgid(r):
    return "<CA" + "".join(r.choice(GM_CHARS) for _ in range(r.choice((40, 41, 42)))) + "@mail.gmail.com>"


def gmail_boundary(r):
    return "000000000000" + M.lowhex(r, 16)


def ip(r):
    return f"{r.choice(('203.0.113', '198.51.100'))}.{r.randrange(2, 254)}"


def esmtp_id(r, n=12):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# the bank
# --------------------------------------------------------------------------
def _sig(*lines):
    return list(lines)


STAFF = {
    "reuter": dict(
        name="Claire Reuter",
        lang="fr",
        country="LU",
        close="Bien cordialement,",
        sig=_sig("Claire Reuter", "Banquière privée", "Banque Kessel-Nordahl S.A.", "Tél. +352 555 01 21"),
    ),
    "kieffer": dict(
        name="Jonas Kieffer",
        lang="de",
        country="LU",
        close="Mit freundlichen Grüßen",
        sig=_sig("Jonas Kieffer", "Private Banking", "Banque Kessel-Nordahl S.A.", "Tel. +352 555 01 34"),
    ),
    "schmit": dict(
        name="Martin Schmit",
        lang="en",
        country="LU",
        close="Kind regards,",
        sig=_sig(
            "Martin Schmit", "Fund Administration & Board Services", "Banque Kessel-Nordahl S.A.", "T +352 555 01 47"
        ),
    ),
    "lindqvist": dict(
        name="Karin Lindqvist",
        lang="sv",
        country="SE",
        close="Med vänliga hälsningar",
        sig=_sig(
            "Karin Lindqvist",
            "Private Banking, Stockholmsfilialen",
            "Banque Kessel-Nordahl S.A.",
            "Tel. +46 8 555 012 34",
        ),
    ),
    "lindholm": dict(
        name="Johanna Lindholm",
        lang="sv",
        country="FI",
        close="Med vänlig hälsning",
        sig=_sig(
            "Johanna Lindholm",
            "Private Banking, Helsingforsfilialen",
            "Banque Kessel-Nordahl S.A.",
            "Tfn +358 9 555 0123",
        ),
    ),
    "koskinen": dict(
        name="Aino Koskinen",
        lang="fi",
        country="FI",
        close="Ystävällisin terveisin",
        sig=_sig(
            "Aino Koskinen",
            "Private Banking, Helsingin sivukonttori",
            "Banque Kessel-Nordahl S.A.",
            "Puh. +358 9 555 0145",
        ),
    ),
    "skovgaard": dict(
        name="Mette Skovgaard",
        lang="da",
        country="DK",
        close="Med venlig hilsen",
        sig=_sig(
            "Mette Skovgaard", "Private Banking, filial København", "Banque Kessel-Nordahl S.A.", "Tlf. +45 55 50 12 34"
        ),
    ),
    "haugland": dict(
        name="Eirik Haugland",
        lang="no",
        country="NO",
        close="Med vennlig hilsen",
        sig=_sig("Eirik Haugland", "Private Banking, filial Oslo", "Banque Kessel-Nordahl S.A.", "Tlf. +47 555 01 234"),
    ),
    "tamm": dict(
        name="Kadri Tamm",
        lang="et",
        country="EE",
        close="Lugupidamisega",
        sig=_sig(
            "Kadri Tamm", "Erapanganduse nõustaja, Tallinna filiaal", "Banque Kessel-Nordahl S.A.", "Tel +372 555 0123"
        ),
    ),
    "berzina": dict(
        name="Ilze Bērziņa",
        lang="lv",
        country="LV",
        close="Ar cieņu",
        sig=_sig("Ilze Bērziņa", "Privātbaņķiere, Rīgas filiāle", "Banque Kessel-Nordahl S.A.", "Tālr. +371 6555 0123"),
    ),
    "kazlauskiene": dict(
        name="Rūta Kazlauskienė",
        lang="lt",
        country="LT",
        close="Pagarbiai",
        sig=_sig(
            "Rūta Kazlauskienė",
            "Privačios bankininkystės vadovė, Vilniaus filialas",
            "Banque Kessel-Nordahl S.A.",
            "Tel. +370 5 555 0123",
        ),
    ),
}
for _k, _v in STAFF.items():
    _first = unicodedata.normalize("NFKD", _v["name"].split()[0].lower()).encode("ascii", "ignore").decode()
    _v["email"] = f"{_first}.{_k}@{DOMAIN}"
    _v["key"] = _k

# Newsletter mailboxes (the market letter goes out from these; replies go back to them)
LETTER_BOX = {
    "sv": ("Kessel-Nordahl Marknadsbrev", f"marknadsbrev@{DOMAIN}", "SE"),
    "da": ("Kessel-Nordahl Markedsbrev", f"markedsbrev@{DOMAIN}", "DK"),
    "no": ("Kessel-Nordahl Markedsbrev", f"nyhetsbrev.oslo@{DOMAIN}", "NO"),
    "fi": ("Kessel-Nordahl Markkinakatsaus", f"markkinakatsaus@{DOMAIN}", "FI"),
    "et": ("Kessel-Nordahl Turuülevaade", f"turuulevaade@{DOMAIN}", "EE"),
    "lv": ("Kessel-Nordahl Tirgus apskats", f"tirgus.apskats@{DOMAIN}", "LV"),
    "lt": ("Kessel-Nordahl Rinkos apžvalga", f"rinkos.apzvalga@{DOMAIN}", "LT"),
    "en": ("Kessel-Nordahl Market Letter", f"marketletter@{DOMAIN}", "LU"),
    "fr": ("Kessel-Nordahl Lettre des marchés", f"lettre.marches@{DOMAIN}", "LU"),
    "de": ("Kessel-Nordahl Marktbrief", f"marktbrief@{DOMAIN}", "LU"),
}
LEGAL = "Banque Kessel-Nordahl S.A. | 27, allée des Tilleuls-Argentés | L-2955 Luxembourg | R.C.S. Luxembourg B 000000"

TEMPLATES = {}


def tpl(key, staff, date_, subject, body, letter=None):
    TEMPLATES[key] = dict(staff=staff, date=date_, subject=subject, body=L(body), letter=letter)


# --- annual review: three slots --------------------------------------------
tpl(
    "review-sv",
    "lindqvist",
    "2027-04-06 09:40",
    "Årlig genomgång – förslag på tider",
    """
    {greet}

    Det är dags för vår årliga genomgång av din portfölj och dina placeringsmål.
    Jag kan erbjuda följande tider:

    - tisdag 20 april kl. 10.00
    - torsdag 22 april kl. 14.00
    - onsdag 28 april kl. 09.30

    Vi kan ses på vårt kontor i Stockholm eller via Teams.
    Hör gärna av dig och berätta vilken tid som passar dig bäst.
    """,
)
tpl(
    "review-sv-fi",
    "lindholm",
    "2027-04-07 10:05",
    "Årlig genomgång – förslag på tider",
    """
    {greet}

    Det är dags för vår årliga genomgång av din portfölj och dina placeringsmål.
    Följande tider är lediga:

    - tisdag 20.4 kl. 10.00
    - onsdag 21.4 kl. 13.00
    - torsdag 29.4 kl. 9.30

    Vi kan träffas på vårt kontor i Helsingfors eller via Teams.
    Meddela gärna vilken tid som passar dig.
    """,
)
tpl(
    "review-da",
    "skovgaard",
    "2027-04-06 10:20",
    "Årlig gennemgang – forslag til tidspunkter",
    """
    {greet}

    Det er tid til vores årlige gennemgang af din portefølje og dine investeringsmål.
    Jeg kan tilbyde følgende tidspunkter:

    - tirsdag den 20. april kl. 10.00
    - torsdag den 22. april kl. 14.00
    - onsdag den 28. april kl. 9.30

    Mødet kan holdes på vores kontor i København eller via Teams.
    Giv mig endelig besked om, hvilket tidspunkt der passer dig bedst.
    """,
)
tpl(
    "review-no",
    "haugland",
    "2027-04-07 08:55",
    "Årlig gjennomgang – forslag til tidspunkter",
    """
    {greet}

    Det er tid for vår årlige gjennomgang av porteføljen og målene dine.
    Jeg kan tilby følgende tidspunkter:

    - tirsdag 20. april kl. 10.00
    - torsdag 22. april kl. 14.00
    - onsdag 28. april kl. 09.30

    Møtet kan holdes på kontoret vårt i Oslo eller på Teams.
    Gi meg gjerne beskjed om hvilket tidspunkt som passer best.
    """,
)
tpl(
    "review-fi",
    "koskinen",
    "2027-04-07 09:30",
    "Vuosikatsaus – ehdotuksia tapaamisajoiksi",
    """
    {greet}

    On taas aika käydä läpi salkkusi ja sijoitustavoitteesi vuosikatsauksessa.
    Voin tarjota seuraavia aikoja:

    - tiistai 20.4. klo 10.00
    - torstai 22.4. klo 14.00
    - keskiviikko 28.4. klo 9.30

    Tapaaminen voidaan pitää Helsingin toimistollamme tai Teamsissa.
    Kerrothan, mikä aika sopii sinulle parhaiten.
    """,
)
tpl(
    "review-et",
    "tamm",
    "2027-04-08 10:10",
    "Iga-aastane ülevaade – ajapakkumised",
    """
    {greet}

    On aeg meie iga-aastaseks kohtumiseks, kus vaatame üle Teie portfelli ja investeerimiseesmärgid.
    Saan pakkuda järgmisi aegu:

    - teisipäev, 20. aprill kell 10.00
    - neljapäev, 22. aprill kell 14.00
    - kolmapäev, 28. aprill kell 9.30

    Kohtuda saame meie Tallinna kontoris või Teamsis.
    Palun andke teada, milline aeg Teile sobib.
    """,
)
tpl(
    "review-lv",
    "berzina",
    "2027-04-08 09:45",
    "Ikgadējais pārskats – piedāvātie laiki",
    """
    {greet}

    Ir pienācis laiks mūsu ikgadējai tikšanās reizei, kurā pārskatīsim Jūsu portfeli un ieguldījumu mērķus.
    Varu piedāvāt šādus laikus:

    - otrdien, 20. aprīlī, plkst. 10.00
    - ceturtdien, 22. aprīlī, plkst. 14.00
    - trešdien, 28. aprīlī, plkst. 9.30

    Tiksimies mūsu Rīgas birojā vai attālināti Teams platformā.
    Lūdzu, dariet zināmu, kurš laiks Jums der vislabāk.
    """,
)
tpl(
    "review-lt",
    "kazlauskiene",
    "2027-04-08 09:20",
    "Metinė peržiūra – siūlomi laikai",
    """
    {greet}

    Atėjo laikas mūsų metiniam susitikimui, kuriame peržiūrėsime Jūsų portfelį ir investavimo tikslus.
    Galiu pasiūlyti šiuos laikus:

    - balandžio 20 d., antradienį, 10.00 val.
    - balandžio 22 d., ketvirtadienį, 14.00 val.
    - balandžio 28 d., trečiadienį, 9.30 val.

    Susitikti galime mūsų Vilniaus biure arba per Teams.
    Prašau pranešti, koks laikas Jums tinka labiausiai.
    """,
)
tpl(
    "review-fr",
    "reuter",
    "2027-04-06 11:15",
    "Revue annuelle – propositions de rendez-vous",
    """
    {greet}

    Le moment est venu de faire le point annuel sur votre portefeuille et vos objectifs de placement.
    Je vous propose les créneaux suivants :

    - mardi 20 avril à 10h00
    - jeudi 22 avril à 14h00
    - mercredi 28 avril à 9h30

    Le rendez-vous peut avoir lieu dans nos bureaux au Kirchberg ou par Teams.
    Pourriez-vous m'indiquer le créneau qui vous convient le mieux ?
    """,
)
tpl(
    "review-en",
    "schmit",
    "2027-04-07 11:30",
    "Annual review - proposed dates",
    """
    {greet}

    It is time for our annual review of your portfolio and investment objectives.
    I can offer the following slots (Luxembourg time):

    - Tuesday 20 April, 10:00
    - Thursday 22 April, 14:00
    - Wednesday 28 April, 09:30

    We can meet at our Luxembourg office or by Teams.
    Please let me know which slot suits you best.
    """,
)

# --- client information (KYC): three questions -------------------------------
tpl(
    "kyc-sv",
    "lindqvist",
    "2027-05-10 09:15",
    "Uppdatering av kundkännedom – tre frågor",
    """
    {greet}

    Som en del av vår årliga uppdatering av kundkännedom behöver vi dina svar på tre frågor:

    1. Har din skatterättsliga hemvist ändrats sedan förra året?
    2. Varifrån kommer de medel du planerar att sätta in under 2027?
    3. Är du, eller någon i din närmaste familj, en person i politiskt utsatt ställning (PEP)?

    Du kan svara direkt i detta mejl. Tack på förhand!
    """,
)
tpl(
    "kyc-sv-fi",
    "lindholm",
    "2027-05-11 10:40",
    "Uppdatering av kundkännedom – tre frågor",
    """
    {greet}

    Som en del av vår årliga uppdatering av kundkännedomen behöver vi svar på tre frågor:

    1. Har bolagets skatterättsliga hemvist ändrats sedan förra året?
    2. Varifrån kommer de medel som ni planerar att sätta in under 2027?
    3. Är någon av bolagets verkliga huvudmän en person i politiskt utsatt ställning (PEP)?

    Ni kan svara direkt i detta e-postmeddelande. Tack på förhand!
    """,
)
tpl(
    "kyc-da",
    "skovgaard",
    "2027-05-10 10:05",
    "Opdatering af kundekendskab – tre spørgsmål",
    """
    {greet}

    Som led i vores årlige opdatering af kundekendskab har vi brug for dine svar på tre spørgsmål:

    1. Er dit skattemæssige hjemsted ændret siden sidste år?
    2. Hvor stammer de midler fra, som du forventer at indsætte i 2027?
    3. Er du eller et nært familiemedlem en politisk eksponeret person (PEP)?

    Du er velkommen til at svare direkte i denne mail. På forhånd tak!
    """,
)
tpl(
    "kyc-no",
    "haugland",
    "2027-05-10 09:00",
    "Oppdatering av kundekontroll – tre spørsmål",
    """
    {greet}

    Som del av vår årlige oppdatering av kundekontrollen trenger vi svar på tre spørsmål:

    1. Har selskapets skattemessige hjemsted endret seg siden i fjor?
    2. Hvor kommer midlene fra som dere planlegger å sette inn i 2027?
    3. Er noen av de reelle rettighetshaverne politisk eksponerte personer (PEP)?

    Dere kan svare direkte i denne e-posten. På forhånd takk!
    """,
)
tpl(
    "kyc-fi",
    "koskinen",
    "2027-05-11 09:25",
    "Asiakkaan tuntemisen päivitys – kolme kysymystä",
    """
    {greet}

    Päivitämme vuosittain asiakkaan tuntemiseen liittyvät tiedot. Tarvitsemme vastauksesi kolmeen kysymykseen:

    1. Onko verotuksellinen asuinvaltiosi muuttunut viime vuoden jälkeen?
    2. Mistä ovat peräisin varat, jotka aiot tallettaa vuoden 2027 aikana?
    3. Oletko sinä tai lähiomaisesi poliittisesti vaikutusvaltainen henkilö (PEP)?

    Voit vastata suoraan tähän viestiin. Kiitos jo etukäteen!
    """,
)
tpl(
    "kyc-et",
    "tamm",
    "2027-05-11 10:00",
    "Kliendiandmete uuendamine – kolm küsimust",
    """
    {greet}

    Uuendame igal aastal oma klientide andmeid. Palun vastake kolmele küsimusele:

    1. Kas Teie maksuresidentsus on möödunud aastaga muutunud?
    2. Mis on nende vahendite päritolu, mida plaanite 2027. aastal kontole kanda?
    3. Kas Teie või Teie lähedane pereliige on riikliku taustaga isik (PEP)?

    Võite vastata otse sellele kirjale. Täname juba ette!
    """,
)
tpl(
    "kyc-lv",
    "berzina",
    "2027-05-11 09:50",
    "Klienta informācijas atjaunošana – trīs jautājumi",
    """
    {greet}

    Katru gadu mēs atjaunojam informāciju par saviem klientiem. Lūdzam atbildēt uz trim jautājumiem:

    1. Vai kopš pagājušā gada ir mainījusies Jūsu nodokļu rezidence?
    2. Kāda ir to līdzekļu izcelsme, kurus plānojat iemaksāt 2027. gadā?
    3. Vai Jūs vai kāds no Jūsu tuviem ģimenes locekļiem ir politiski nozīmīga persona?

    Varat atbildēt tieši šajā e-pastā. Paldies jau iepriekš!
    """,
)
tpl(
    "kyc-en",
    "schmit",
    "2027-05-10 11:00",
    "Client information update - three questions",
    """
    {greet}

    As part of our annual client information review, we need your answers to three questions:

    1. Has your tax residence changed since last year?
    2. Where do the funds you plan to deposit in 2027 come from?
    3. Are you, or a close family member, a politically exposed person (PEP)?

    You are welcome to answer directly in this email. Thank you in advance.
    """,
)
tpl(
    "kyc-de",
    "kieffer",
    "2027-05-10 10:30",
    "Aktualisierung Ihrer Kundendaten – drei Fragen",
    """
    {greet}

    im Rahmen unserer jährlichen Aktualisierung der Kundendaten bitten wir Sie um Antworten auf drei Fragen:

    1. Hat sich Ihre steuerliche Ansässigkeit seit dem letzten Jahr geändert?
    2. Woher stammen die Mittel, die Sie 2027 einzuzahlen planen?
    3. Sind Sie oder ein naher Familienangehöriger eine politisch exponierte Person (PEP)?

    Sie können gerne direkt in dieser E-Mail antworten. Vielen Dank im Voraus.
    """,
)

# --- payment cut-offs before holidays ------------------------------------------
tpl(
    "cutoff-sv",
    "lindqvist",
    "2027-05-03 08:30",
    "Betalningar inför Kristi himmelsfärdsdag",
    """
    {greet}

    Kristi himmelsfärdsdag, torsdag 6 maj, är en bankfri dag i både Sverige och Luxemburg.
    Betalningar som ska vara genomförda före helgdagen behöver vi få senast tisdag 4 maj kl. 12.00.

    Hör av dig om du har frågor.
    """,
)
tpl(
    "cutoff-da",
    "skovgaard",
    "2027-05-03 08:45",
    "Betalinger op til Kristi himmelfartsdag",
    """
    {greet}

    Kristi himmelfartsdag, torsdag den 6. maj, er en bankfridag i både Danmark og Luxembourg.
    Betalinger, der skal gennemføres inden helligdagen, skal vi have senest tirsdag den 4. maj kl. 12.00.

    Skriv endelig, hvis du har spørgsmål.
    """,
)
tpl(
    "cutoff-no",
    "haugland",
    "2027-05-11 08:40",
    "Betalinger før 17. mai",
    """
    {greet}

    Mandag 17. mai er både grunnlovsdag og andre pinsedag, og kontoret vårt i Oslo er stengt.
    Betalinger som må gjennomføres før dette, må vi ha mottatt innen fredag 14. mai kl. 12.00.

    Ta gjerne kontakt om du har spørsmål.
    """,
)
tpl(
    "cutoff-fi",
    "koskinen",
    "2027-06-21 09:10",
    "Maksut ennen juhannusta",
    """
    {greet}

    Helsingin toimistomme on suljettu juhannusaattona perjantaina 25.6.
    Ennen juhannusta toteutettavien maksujen on oltava meillä viimeistään torstaina 24.6. klo 12.00.

    Hyvää juhannusta jo etukäteen!
    """,
)
tpl(
    "cutoff-et",
    "tamm",
    "2027-06-18 09:30",
    "Maksed enne jaanipäeva",
    """
    {greet}

    Võidupühal ja jaanipäeval, 23. ja 24. juunil, on meie Tallinna kontor suletud.
    Enne pühi tehtavad maksed palume saata hiljemalt teisipäeval, 22. juunil kell 12.00.

    Ilusat jaanipäeva!
    """,
)
tpl(
    "cutoff-lv",
    "berzina",
    "2027-06-18 09:15",
    "Maksājumi pirms Līgo un Jāņiem",
    """
    {greet}

    Līgo un Jāņu dienā, 23. un 24. jūnijā, mūsu Rīgas birojs būs slēgts.
    Maksājumus, kas jāizpilda pirms svētkiem, lūdzam iesniegt līdz otrdienai, 22. jūnijam, plkst. 12.00.

    Priecīgus Jāņus!
    """,
)
tpl(
    "cutoff-lt",
    "kazlauskiene",
    "2027-06-18 09:05",
    "Mokėjimai prieš Jonines",
    """
    {greet}

    Birželio 24 d., per Rasos ir Joninių šventę, mūsų Vilniaus biuras nedirbs.
    Mokėjimus, kuriuos reikia atlikti iki šventės, prašome pateikti iki birželio 23 d. 12.00 val.

    Gražių Joninių!
    """,
)
tpl(
    "cutoff-fr",
    "reuter",
    "2027-06-17 10:00",
    "Paiements avant la Fête nationale",
    """
    {greet}

    Nos bureaux seront fermés le mercredi 23 juin, jour de la Fête nationale.
    Les paiements à exécuter avant cette date doivent nous parvenir au plus tard le mardi 22 juin à 12h00.

    Je reste à votre disposition pour toute question.
    """,
)

# --- fund board, audit, successions ----------------------------------------------
tpl(
    "board-en",
    "schmit",
    "2027-05-10 14:20",
    "Nordahl Boreal Forest SICAV - circular resolution for signature",
    """
    {greet}

    Please find attached the circular resolution of the Board of Directors of Nordahl Boreal Forest SICAV
    approving the annual accounts for the financial year 2026 and convening the annual general meeting.

    We would be grateful to receive your signed copy (a scanned PDF is sufficient) by Friday 14 May.
    The original can follow by post.
    """,
)
tpl(
    "audit-en",
    "schmit",
    "2027-04-14 15:10",
    "Bank confirmation request - Fraser & Lennox Distillers Ltd",
    """
    {greet}

    Thank you for your confirmation request for the audit of Fraser & Lennox Distillers Ltd (year end 31 March 2027).
    Before we can reply we need the client's signed authority to disclose; it was not attached to your letter.

    Could you send it to me, or ask the client to sign it in our portal?
    """,
)
tpl(
    "estate-lt",
    "kazlauskiene",
    "2027-05-18 11:20",
    "Dėl a. a. Algirdo Mockaus palikimo",
    """
    {greet}

    Rašome dėl a. a. Algirdo Mockaus sąskaitų mūsų banke.
    Kad galėtume perduoti lėšas įpėdiniams, prašome atsiųsti paveldėjimo teisės liudijimo kopiją
    ir patvirtinti, ar palikimas jau priimtas visų įpėdinių.

    Iš anksto dėkojame.
    """,
)
tpl(
    "estate-fr",
    "reuter",
    "2027-05-04 10:40",
    "Succession de feu M. Paul Kayser",
    """
    {greet}

    Nous revenons vers vous au sujet de la succession de feu M. Paul Kayser, client de notre banque.
    Afin de pouvoir débloquer les avoirs, nous aurions besoin d'une copie de l'acte de notoriété
    ainsi que de l'accord de l'ensemble des héritiers sur la répartition.

    Pourriez-vous nous indiquer dans quel délai ces documents pourraient nous être transmis ?
    """,
)

# --- annual tax statements (sent in waves; many correspondents answer them only automatically) --------
TAX = {
    "sv": (
        "lindqvist",
        "Årsbesked 2026 finns i internetbanken",
        [
            "Ditt årsbesked för 2026 finns nu i internetbanken under Dokument.",
            "Uppgifterna har även lämnats till Skatteverket.",
        ],
    ),
    "da": (
        "skovgaard",
        "Årsoversigt 2026 ligger i netbanken",
        [
            "Din årsoversigt for 2026 ligger nu i netbanken under Dokumenter.",
            "Oplysningerne er også indberettet til Skattestyrelsen.",
        ],
    ),
    "no": (
        "haugland",
        "Årsoppgave 2026 er tilgjengelig i nettbanken",
        [
            "Årsoppgaven for 2026 ligger nå i nettbanken under Dokumenter.",
            "Opplysningene er også sendt til Skatteetaten.",
        ],
    ),
    "fi": (
        "koskinen",
        "Vuosi-ilmoitus 2026 on verkkopankissa",
        [
            "Vuoden 2026 vuosi-ilmoituksesi on nyt verkkopankissa kohdassa Asiakirjat.",
            "Tiedot on ilmoitettu myös Verohallinnolle.",
        ],
    ),
    "et": (
        "tamm",
        "2026. aasta aruanne on internetipangas",
        [
            "Teie 2026. aasta aruanne on nüüd internetipangas jaotises Dokumendid.",
            "Andmed on edastatud ka Maksu- ja Tolliametile.",
        ],
    ),
    "lv": (
        "berzina",
        "2026. gada pārskats pieejams internetbankā",
        [
            "Jūsu 2026. gada pārskats ir pieejams internetbankā sadaļā Dokumenti.",
            "Informācija ir nosūtīta arī Valsts ieņēmumu dienestam.",
        ],
    ),
    "lt": (
        "kazlauskiene",
        "2026 m. metinė ataskaita internetinėje bankininkystėje",
        [
            "Jūsų 2026 m. metinė ataskaita jau pasiekiama internetinėje bankininkystėje, skiltyje Dokumentai.",
            "Duomenys taip pat pateikti Valstybinei mokesčių inspekcijai.",
        ],
    ),
    "en": (
        "schmit",
        "Your 2026 annual tax statement",
        [
            "Your annual tax statement for 2026 is now available in online banking under Documents.",
            "Please forward it to your tax adviser if needed.",
        ],
    ),
    "fr": (
        "reuter",
        "Votre relevé fiscal 2026",
        [
            "Votre relevé fiscal annuel 2026 est disponible dans votre banque en ligne, rubrique Documents.",
            "N'hésitez pas à le transmettre à votre conseiller fiscal.",
        ],
    ),
    "de": (
        "kieffer",
        "Ihre Jahressteuerbescheinigung 2026",
        [
            "Ihre Jahressteuerbescheinigung 2026 steht ab sofort in Ihrem Online-Banking unter Dokumente bereit.",
            "Bitte leiten Sie sie bei Bedarf an Ihren Steuerberater weiter.",
        ],
    ),
}
for _lang, (_staff, _subj, _lines) in TAX.items():
    TEMPLATES[f"tax-{_lang}"] = dict(
        staff=_staff, date="2027-04-20 10:00", subject=_subj, body=["{greet}", "", *_lines], letter=None
    )

# --- the market letter (footer: the word to reply with to stop it) ----------------------
LETTER_TEXT = {
    "sv": (
        "Marknadsbrev {month} 2027",
        """
        {greet}

        Här är vårt marknadsbrev för {month}.

        - Räntor: ECB väntas lämna styrräntan oförändrad vid nästa möte.
        - Skog: priserna på skogsfastigheter i Norrland steg något under första kvartalet.
        - Sjöfart: fraktraterna för torrlast har stabiliserats efter en svag vinter.

        Hela brevet finns som PDF i internetbanken.

        Med vänliga hälsningar
        Private Banking, Banque Kessel-Nordahl

        Du får detta brev eftersom du är kund hos Banque Kessel-Nordahl.
        Vill du inte längre få marknadsbrevet? Svara på detta mejl med ordet AVREGISTRERA.
        """,
        ["april", "maj", "juni"],
    ),
    "da": (
        "Markedsbrev {month} 2027",
        """
        {greet}

        Her er vores markedsbrev for {month}.

        - Renter: ECB ventes at holde renten uændret på næste møde.
        - Landbrug: priserne på landbrugsjord i Jylland steg en smule i første kvartal.
        - Shipping: fragtraterne for containere er faldet igen efter vinteren.

        Hele brevet ligger som PDF i netbanken.

        Med venlig hilsen
        Private Banking, Banque Kessel-Nordahl

        Du modtager dette brev, fordi du er kunde hos Banque Kessel-Nordahl.
        Ønsker du ikke længere at modtage det, så svar på denne mail med ordet AFMELD.
        """,
        ["april", "maj", "juni"],
    ),
    "no": (
        "Markedsbrev {month} 2027",
        """
        {greet}

        Her er markedsbrevet vårt for {month}.

        - Renter: Norges Bank ventes å holde styringsrenten uendret.
        - Sjømat: lakseprisene falt som ventet da sesongen for ny fisk startet.
        - Shipping: ratene for tankskip holdt seg høye gjennom første kvartal.

        Hele brevet finner du som PDF i nettbanken.

        Med vennlig hilsen
        Private Banking, Banque Kessel-Nordahl

        Du mottar dette brevet fordi du er kunde hos Banque Kessel-Nordahl.
        Ønsker du ikke lenger å motta det, svarer du på denne e-posten med ordet AVMELD.
        """,
        ["april", "mai", "juni"],
    ),
    "fi": (
        "Markkinakatsaus, {month} 2027",
        """
        {greet}

        Tässä markkinakatsauksemme, {month} 2027.

        - Korot: EKP:n odotetaan pitävän ohjauskoron ennallaan.
        - Metsä: kantohinnat nousivat hieman ensimmäisellä neljänneksellä.
        - Asunnot: pääkaupunkiseudun kauppamäärät ovat kääntyneet kasvuun.

        Koko katsaus on luettavissa verkkopankissa PDF-muodossa.

        Ystävällisin terveisin
        Private Banking, Banque Kessel-Nordahl

        Saat tämän katsauksen, koska olet Banque Kessel-Nordahlin asiakas.
        Jos et halua enää vastaanottaa sitä, vastaa tähän viestiin sanalla PERU.
        """,
        ["huhtikuu", "toukokuu", "kesäkuu"],
    ),
    "et": (
        "Turuülevaade, {month} 2027",
        """
        {greet}

        Saadame Teile meie turuülevaate ({month} 2027).

        - Intressid: EKP jätab eeldatavasti baasintressi muutmata.
        - Kinnisvara: Tallinna korterite tehingute arv kasvas esimeses kvartalis.
        - Mets: metsamaterjali hinnad püsisid stabiilsed.

        Kogu ülevaade on PDF-failina internetipangas.

        Lugupidamisega
        Private Banking, Banque Kessel-Nordahl

        Saate seda ülevaadet, sest olete Banque Kessel-Nordahli klient.
        Kui Te ei soovi seda enam saada, vastake sellele kirjale sõnaga LOOBUN.
        """,
        ["aprill", "mai", "juuni"],
    ),
    "lv": (
        "Tirgus apskats, {month} 2027",
        """
        {greet}

        Nosūtām mūsu tirgus apskatu ({month} 2027).

        - Procentu likmes: ECB, visticamāk, atstās bāzes likmi nemainīgu.
        - Mežs: kokmateriālu cenas pirmajā ceturksnī nedaudz pieauga.
        - Nekustamais īpašums: darījumu skaits Rīgā palielinājās.

        Pilns apskats pieejams internetbankā PDF formātā.

        Ar cieņu
        Private Banking, Banque Kessel-Nordahl

        Jūs saņemat šo apskatu, jo esat Banque Kessel-Nordahl klients.
        Ja vairs nevēlaties to saņemt, atbildiet uz šo e-pastu ar vārdu ATTEIKTIES.
        """,
        ["aprīlis", "maijs", "jūnijs"],
    ),
    "lt": (
        "Rinkos apžvalga, {month} 2027",
        """
        {greet}

        Siunčiame mūsų rinkos apžvalgą ({month} 2027).

        - Palūkanos: tikėtina, kad ECB bazinės palūkanų normos nekeis.
        - Nekilnojamasis turtas: sandorių skaičius Vilniuje pirmąjį ketvirtį augo.
        - Miškai: medienos kainos išliko stabilios.

        Visą apžvalgą rasite internetinėje bankininkystėje PDF formatu.

        Pagarbiai
        Private Banking, Banque Kessel-Nordahl

        Šią apžvalgą gaunate, nes esate Banque Kessel-Nordahl klientas.
        Jei nebenorite jos gauti, atsakykite į šį laišką žodžiu ATSISAKYTI.
        """,
        ["balandis", "gegužė", "birželis"],
    ),
    "en": (
        "Market letter, {month} 2027",
        """
        {greet}

        Here is our market letter for {month}.

        - Rates: the ECB is expected to leave its policy rate unchanged at the next meeting.
        - Seafood: North Atlantic cod quotas for 2027 were cut again, and prices rose.
        - Forestry: Nordic timberland values edged up in the first quarter.

        The full letter is available as a PDF in online banking.

        Kind regards,
        Private Banking, Banque Kessel-Nordahl

        You receive this letter because you are a client of Banque Kessel-Nordahl.
        To stop receiving it, reply to this email with the word UNSUBSCRIBE.
        """,
        ["April", "May", "June"],
    ),
    "fr": (
        "Lettre des marchés, {month} 2027",
        """
        {greet}

        Voici notre lettre des marchés du mois d'{month}.

        - Taux : la BCE devrait laisser son taux directeur inchangé lors de sa prochaine réunion.
        - Immobilier : les prix au Luxembourg se stabilisent après deux années de baisse.
        - Forêts : la valeur des forêts nordiques a légèrement progressé au premier trimestre.

        La lettre complète est disponible en PDF dans votre banque en ligne.

        Bien cordialement,
        Private Banking, Banque Kessel-Nordahl

        Vous recevez cette lettre en tant que client de la Banque Kessel-Nordahl.
        Pour ne plus la recevoir, répondez à ce courriel avec le mot DÉSINSCRIRE.
        """,
        ["avril", "mai", "juin"],
    ),
    "de": (
        "Marktbrief {month} 2027",
        """
        {greet}

        anbei unser Marktbrief für {month}.

        - Zinsen: Die EZB dürfte den Leitzins bei der nächsten Sitzung unverändert lassen.
        - Immobilien: Die Preise in Luxemburg stabilisieren sich nach zwei schwachen Jahren.
        - Wald: Nordische Forstflächen haben im ersten Quartal leicht an Wert gewonnen.

        Den vollständigen Brief finden Sie als PDF in Ihrem Online-Banking.

        Mit freundlichen Grüßen
        Private Banking, Banque Kessel-Nordahl

        Sie erhalten diesen Marktbrief als Kunde der Banque Kessel-Nordahl.
        Wenn Sie ihn nicht mehr erhalten möchten, antworten Sie auf diese E-Mail mit dem Wort ABMELDEN.
        """,
        ["April", "Mai", "Juni"],
    ),
}
LETTER_DATE = {4: "2027-04-13 07:30", 5: "2027-05-11 07:30", 6: "2027-06-08 07:30"}
for _lang, (_subj, _body, _months) in LETTER_TEXT.items():
    for _m in (4, 5, 6):
        _mn = _months[_m - 4]
        TEMPLATES[f"letter-{_lang}-{_m:02d}"] = dict(
            staff=None,
            date=LETTER_DATE[_m],
            subject=_subj.replace("{month}", _mn),
            body=[
                ln.replace("{month}", _mn)
                .replace("du mois d'mai", "du mois de mai")
                .replace("du mois d'juin", "du mois de juin")
                for ln in L(_body)
            ],
            letter=_lang,
        )


class Bank:
    """One copy of a bank message, as sent to one correspondent (its own Message-ID, its own send time)."""

    def __init__(self, key, to, greet, cc=(), when=None):
        t = TEMPLATES[key]
        self.key = key
        r = M.rng("bank27", key, to[1])
        if t["letter"]:
            self.from_name, self.from_email, self.country = LETTER_BOX[t["letter"]]
            self.lang = t["letter"]
            extra = 0
        else:
            st = STAFF[t["staff"]]
            self.from_name, self.from_email, self.country = st["name"], st["email"], st["country"]
            self.lang = st["lang"]
            extra = r.randrange(0, 35)
        base = M.D(when or t["date"], TZ[self.country])
        self.dt = base + timedelta(minutes=extra, seconds=r.randrange(60))
        self.utc = self.dt.astimezone(UTC)
        self.host = exo_host(r)
        self.msgid = exo_msgid(r, self.host)
        self.thread_index = M.thread_index(r, 0)
        self.to = to
        self.cc = list(cc)
        self.subject = t["subject"]
        lines = [ln.replace("{greet}", greet) for ln in t["body"]]
        if not t["letter"]:
            st = STAFF[t["staff"]]
            lines += ["", st["close"], *st["sig"]]
        lines += ["", LEGAL]
        self.lines = lines

    def to_header(self):
        return M.addrlist([M.addr(n, e) for n, e in [self.to]])

    def raw(self):
        """The bank's Sent Items copy (text/plain, as the bank's Outlook keeps it)."""
        hs = [
            ("From", M.addr(self.from_name, self.from_email)),
            ("To", M.addr(*self.to)),
        ]
        if self.cc:
            hs.append(("Cc", M.addrlist([M.addr(n, e) for n, e in self.cc])))
        hs += [
            ("Subject", M.ew(self.subject)),
            ("Thread-Topic", M.ew(self.subject)),
            ("Thread-Index", self.thread_index),
            ("Date", M.rfcdate(self.dt)),
            ("Message-ID", self.msgid),
            ("Accept-Language", f"{CONTENT_LANGUAGE.get(self.lang, 'en-GB')}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE.get(self.lang, "en-GB")),
            ("X-MS-Has-Attach", "yes" if self.key == "board-en" else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("MIME-Version", "1.0"),
        ]
        part = M.text_part("\n".join(self.lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
        return M.message(hs, part)

    def headers_only(self):
        raw = self.raw()
        return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------
LINKED = re.compile(r"(\S+?)<((?:mailto|https?):[^>\s]+)>")


def h(s):
    """Escape a line for HTML; 'text<mailto:x>' (Outlook's plain rendering of a link) becomes a link."""
    out = []
    pos = 0
    for m in LINKED.finditer(s):
        out.append(H.escape(s[pos : m.start()], quote=False))
        out.append(f'<a href="{H.escape(m.group(2))}">{H.escape(m.group(1), quote=False)}</a>')
        pos = m.end()
    out.append(H.escape(s[pos:], quote=False))
    return "".join(out)


def mso_p(line, style=None):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    if style:
        return f'<p class="MsoNormal"><span style="{style}">{h(line)}</span><o:p></o:p></p>'
    return f'<p class="MsoNormal">{h(line)}<o:p></o:p></p>'


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{bl}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(cs, blang, top, rows, pieces, colour, marker_style, bottom=(), mac=False):
    """Outlook for Windows (or Mac) HTML: the sender's paragraphs, the bordered header block, the history (answers
    typed inside it in colour)."""
    out = [OUTLOOK_HEAD.format(cs=cs, bl=blang.upper()[:2])]
    out += [mso_p(x) for x in top]
    border = "#B5C4DF" if mac else "#E1E1E1"
    cells = "<br>\n".join(f"<b>{H.escape(k, quote=False)}</b> {H.escape(v, quote=False)}" for k, v in rows)
    out.append(
        f'<div style="border:none;border-top:solid {border} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{cells}<o:p></o:p></p>\n</div>'
    )
    out.append(mso_p(""))
    for kind, lines in pieces:
        for x in lines:
            if kind == "a":
                out.append(mso_p(x, f"color:{colour}" + (";" + marker_style if marker_style else "")))
            else:
                out.append(mso_p(x))
    out += [mso_p(x) for x in bottom]
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def divs(lines, tag="div"):
    out = []
    for x in lines:
        out.append(f"<{tag}>{h(x)}</{tag}>" if x.strip() else f"<{tag}><br></{tag}>")
    return "\n".join(out)


def brs(lines):
    return "<br>\n".join(h(x) for x in lines)


# --------------------------------------------------------------------------
# replies
# --------------------------------------------------------------------------
def history_pieces(bank_lines, inline):
    """The quoted copy split into ("q", lines) and ("a", answer lines) pieces: answers after their anchor lines."""
    pieces = []
    cur = []
    todo = list(inline)
    for ln in bank_lines:
        cur.append(ln)
        if todo and ln.startswith(todo[0][0]):
            pieces.append(("q", cur))
            cur = []
            pieces.append(("a", todo.pop(0)[1]))
    if todo:
        raise ValueError(f"anchor not found: {todo[0][0]!r}")
    pieces.append(("q", cur))
    return pieces


def quote_prefix(lines, pfx="> "):
    return [(pfx + x) if x.strip() else pfx.rstrip() for x in lines]


def strip_lines(lines):
    return [x.strip() for x in lines if x.strip()]


class Reply:
    """A human reply (see build_reply for the styles)."""

    def __init__(self, slug, **kw):
        self.slug = slug
        self.kw = kw

    def build(self):
        return build_reply(self.slug, **self.kw)


def fits(s, cs):
    try:
        s.encode(M.pycs(cs))
    except UnicodeEncodeError:
        return False
    return True


def outlook_rows(style, ui, bank, seen):
    lab = (MAC_LABELS if style == "outlook_mac" else OUTLOOK_LABELS)[ui]
    if style == "outlook_mac":
        sent_val = mac_date(ui, seen)
    elif style == "outlook_plain":
        sent_val = outlook_plain_sent(ui, seen)
    else:
        sent_val = outlook_sent(ui, seen)
    if style == "outlook_plain":
        from_val, to_val = f"{bank.from_name} [mailto:{bank.from_email}]", bank.to[0]
    else:
        from_val, to_val = f"{bank.from_name} <{bank.from_email}>", f"{bank.to[0]} <{bank.to[1]}>"
    rows = [(lab[0], from_val), (lab[1], sent_val), (lab[2], to_val)]
    if bank.cc:
        rows.append((lab[3], "; ".join(f"{n} <{e}>" for n, e in bank.cc)))
    rows.append((lab[4], bank.subject))
    return rows


def render_outlook(style, ui, bank, seen, text, pieces, below, device, cs, colour, marker_style):
    """Outlook for Windows (HTML and its text alternative), its plain-text mode, Outlook on the web / mobile, and
    Outlook for Mac. The history is not prefixed; answers typed inside it are coloured in the HTML only."""
    rows = outlook_rows(style, ui, bank, seen)
    body = list(text)
    if style == "outlook_plain":
        body += ["", OUTLOOK_ORIGINAL[ui]]
    elif style == "owa":
        body += ["", device, ""] if device else [""]
        body += ["________________________________"]
    elif body and body[-1].strip():
        body += [""]
    for i, (k, v) in enumerate(rows):
        # Outlook's text alternative keeps the space left before the <br> after the sender's address
        body.append(f"{k} {v} " if style == "outlook" and i == 0 else f"{k} {v}")
    body += [""]
    for _kind, ls in pieces:
        body += ls
    body += below
    plain = "\n".join(body) + "\n"
    htmlbody = None
    if style in ("outlook", "outlook_mac"):
        top_lines = list(text)
        if top_lines and top_lines[-1].strip():
            top_lines.append("")
        htmlbody = outlook_html(
            cs, ui, top_lines, rows, pieces, colour, marker_style, below, mac=style == "outlook_mac"
        )
    elif style == "owa":
        hist = []
        for kind, ls in pieces:
            for x in ls:
                if not x.strip():
                    hist.append("<div><br></div>")
                elif kind == "a":
                    hist.append(f'<div><span style="color:{colour}">{h(x)}</span></div>')
                else:
                    hist.append(f"<div>{h(x)}</div>")
        cells = "<br>\n".join(f"<b>{H.escape(k, quote=False)}</b> {H.escape(v, quote=False)}" for k, v in rows)
        dev = f'<div id="ms-outlook-mobile-signature"><div dir="ltr">{h(device)}</div></div>\n' if device else ""
        htmlbody = (
            f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n</head>\n'
            f'<body>\n<div dir="ltr">\n{divs(text)}\n</div>\n{dev}'
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{cells}</font>\n'
            "<div>&nbsp;</div>\n</div>\n" + "\n".join(hist) + "\n</body>\n</html>\n"
        )
    return plain, htmlbody


def gmail_wrap(lines, width=78):
    """Gmail's text part is wrapped near 78 columns; a quoted line that is too long goes on under a new "> "."""
    out = []
    for ln in lines:
        if len(ln) <= width or not ln.startswith("> "):
            out.append(ln)
            continue
        for piece in M.wrap([ln[2:]], width - 2):
            out.append("> " + piece)
    return out


def render_gmail(ui, attr, text, pieces, below):
    wrapped = M.wrap([attr], 76) if len(attr) > 78 else [attr]
    body = [*text, "", *wrapped, ""]
    for kind, ls in pieces:
        body += ["", *ls, ""] if kind == "a" else gmail_wrap(quote_prefix(ls))
    if below:
        body += ["", *below]
    plain = "\n".join(body) + "\n"
    cut = text.index("-- ") if "-- " in text else None
    own = text if cut is None else text[:cut]
    sig = [] if cut is None else text[cut + 1 :]
    hp = [f'<div dir="ltr">{divs(own)}']
    if sig:
        hp.append(
            '<div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
            f'<div dir="ltr">{brs(sig)}</div></div>'
        )
    hp.append("</div><br>")
    q = []
    for kind, ls in pieces:
        if kind == "a":
            q.append(f"<div><br></div>{divs(ls)}<div><br></div>")
        else:
            q.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{brs(ls)}</blockquote>'
            )
    hp.append(
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{H.escape(attr, quote=False)}<br></div>" + "".join(q) + "</div>"
    )
    if below:
        hp.append(divs(below))
    return plain, "\n".join(hp) + "\n"


def build_reply(
    slug,
    *,
    country,
    lang,
    client,
    style,
    who,
    bank,
    date,
    text=(),
    inline=(),
    below=(),
    device=None,
    cs="utf-8",
    cte="quoted-printable",
    ui=None,
    opt_out=False,
    colour="#0070C0",
    marker_style=None,
    html=True,
    to=None,
    cc=(),
    forward=None,
    ios_bom=False,
    xmailer=None,
    outlook_forward=False,
):
    """Styles: outlook (Windows, HTML + text), outlook_plain (Outlook in plain text, '-----Original Message-----'),
    owa (Outlook on the web / Outlook mobile), outlook_mac, gmail, ios, thunderbird, roundcube, horde, ox (an
    OX App Suite webmail), zimbra, inbox_lv and mail_ee (webmails sending HTML only).
    text: the sender's lines above the history (signature included); inline: (anchor, lines) answers typed inside the
    quoted copy after the bank's line starting with anchor; below: lines under the history. forward: the sender
    answers above someone else's Gmail forward of the bank's message (dict: by, date, country, note, msgid, from_label).
    """
    ui = ui or lang
    r = M.rng("reply27", slug)
    dt = M.D(date, TZ[country])
    utc = dt.astimezone(UTC)
    text, below = list(text), list(below)
    seen = local(bank.utc, country)  # the bank's send time on the sender's own clock
    to = to or (bank.from_name, bank.from_email)
    dom = who[1].split("@")[1]
    answers_utc = bank.utc
    pieces = history_pieces(bank.lines, inline)
    new_text = strip_lines(text) + [x for kind, ls in pieces if kind == "a" for x in strip_lines(ls)]
    new_text += strip_lines(below)
    top = bool(strip_lines(text))
    re_prefix, whole_subject = "Re: ", False
    mode, htmlbody, boundary = "text", None, None
    ctype_cs = f'charset="{cs}"'
    extra = []

    if style in ("outlook", "outlook_plain", "owa", "outlook_mac"):
        plain, htmlbody = render_outlook(style, ui, bank, seen, text, pieces, below, device, cs, colour, marker_style)
        if style != "outlook_mac":
            re_prefix, whole_subject = (OUTLOOK_FW if outlook_forward else OUTLOOK_RE)[ui], True
        if style == "outlook_plain":
            r2 = M.rng("reply27-mid", slug)
            msgid = f"<00{M.lowhex(r2, 2)}01db{M.lowhex(r2, 4)}${M.lowhex(r2, 8)}${M.lowhex(r2, 8)}$@{dom}>"
            extra = [
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", M.thread_index(r, 1)),
                ("Content-Language", CONTENT_LANGUAGE[ui]),
            ]
        else:
            host = exo_host(r)
            msgid = exo_msgid(r, host)
            boundary = f"_000_{msgid[1:].split('@')[0]}{host[:4]}_"
            extra = [
                ("Thread-Topic", M.ew(bank.subject)),
                ("Thread-Index", M.thread_index(r, 1)),
                ("Accept-Language", f"{CONTENT_LANGUAGE[ui]}, en-US"),
                ("Content-Language", CONTENT_LANGUAGE[ui]),
                ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""),
            ]
            if style == "outlook_mac":
                extra.append(("User-Agent", "Microsoft-MacOutlook/16.96.25041326"))
    elif style == "gmail":
        for x in text + below:
            if len(x) > 78:
                raise ValueError(f"Gmail would wrap this line in its text part: {x!r}")
        if forward is None:
            attr = gmail_attr(ui, seen, bank.from_name, bank.from_email)
        else:
            fdt = M.D(forward["date"], TZ[forward["country"]])
            answers_utc = fdt.astimezone(UTC)
            attr = gmail_attr(ui, local(answers_utc, country), forward["by"][0], forward["by"][1])
            fwd_block = [
                *forward["note"],
                "",
                "---------- Forwarded message ---------",
                f"{forward['from_label']} {bank.from_name} <{bank.from_email}>",
                f"Date: {gmail_fwd_date(forward['ui'], local(bank.utc, forward['country']))}",
                f"Subject: {bank.subject}",
                f"To: {forward['by'][0]} <{forward['by'][1]}>",
                "",
                "",
            ]
            pieces = [("q", fwd_block + bank.lines)]
        plain, htmlbody = render_gmail(ui, attr, text, pieces, below)
        msgid = gmail_msgid(r)
        boundary = gmail_boundary(r)
        ctype_cs = f'charset="{cs.upper()}"'
    elif style == "ios":
        attr = ios_attr(ui, seen, bank.from_name, bank.from_email)
        q = list(bank.lines)
        if ios_bom:
            q[0] = "\ufeff" + q[0]  # iOS Mail's zero-width no-break space at the start of the quoted text
        body = [*text, ""]
        if device:
            body += [device, ""]
        body += quote_prefix([attr, "", *q])
        plain = "\n".join(body) + "\n"
        dev = f'<div dir="ltr"><br><div dir="ltr">{h(device)}</div>' if device else '<div dir="ltr">'
        htmlbody = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">\n<div dir="ltr">{divs(text)}</div>\n{dev}'
            f'<div dir="ltr"><br><blockquote type="cite">{H.escape(attr, quote=False)}<br><br></blockquote></div>'
            f'</div>\n<blockquote type="cite"><div dir="ltr">{brs(q)}</div></blockquote>\n</body></html>\n'
        )
        msgid = f"<{uuid(r, upper=True)}@{dom}>"
        boundary = f"Apple-Mail-{uuid(r, upper=True)}"
        ctype_cs = "charset=utf-8"
    elif style in ("thunderbird", "roundcube", "horde"):
        if style == "thunderbird":
            attr = thunderbird_attr(ui, seen, bank.from_name)
        elif style == "roundcube":
            attr = {
                "da": f"Den {seen:%Y-%m-%d} {hm(seen)}, skrev {bank.from_name}:",
                "en": f"On {seen:%Y-%m-%d} {hm(seen)}, {bank.from_name} wrote:",
            }[ui]
        else:
            attr = {
                "fi": f"Lainaus {bank.from_name} <{bank.from_email}>:",
                "en": f"Quoting {bank.from_name} <{bank.from_email}>:",
            }[ui]
        body = [*text, ""] if text else []
        body += [attr]
        for kind, ls in pieces:
            body += ["", *ls, ""] if kind == "a" else quote_prefix(ls)
        if below:
            body += ["", *below]
        html = False
        if style == "thunderbird":
            msgid = f"<{uuid(r)}@{dom}>"
            ctype_cs, cte = "charset=UTF-8; format=flowed", "8bit"
            plain = "\n".join(M.flow(body)) + "\n"
        elif style == "roundcube":
            msgid = f"<{M.lowhex(r, 32)}@{dom}>"
            ctype_cs, cte = "charset=UTF-8;\r\n format=flowed", "8bit"
            plain = "\n".join(M.flow(body)) + "\n"
            extra = [("User-Agent", "Roundcube Webmail/1.6.9")]
        else:
            tok = "".join(r.choice(GM_CHARS[:62]) for _ in range(22))
            msgid = f"<{utc:%Y%m%d%H%M%S}.Horde.{tok}@webmail.{dom}>"
            ctype_cs = f"charset={cs}; format=flowed; DelSp=Yes"
            plain = "\n".join(M.flow(body, delsp=True)) + "\n"
            extra = [("User-Agent", "Horde Application Framework 5")]
    elif style == "ox":
        attr = f"{bank.from_name} <{bank.from_email}> skrev den {seen.day} {MON['sv'][seen.month - 1]} {seen.year} {hm(seen)}:"
        body = [*text, "", *quote_prefix([attr, "", *bank.lines])]
        plain = "\n".join(body) + "\n"
        htmlbody = (
            '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
            + "\n".join(f'  <div class="default-style">{h(x) if x.strip() else "<br>"}</div>' for x in text)
            + f'\n  <blockquote type="cite">\n   <div>{H.escape(attr, quote=False)}</div>\n'
            + "\n".join(f"   <div>{h(x) if x.strip() else '<br>'}</div>" for x in bank.lines)
            + "\n  </blockquote>\n </body>\n</html>\n"
        )
        stamp = int(utc.timestamp() * 1000)
        msgid = f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**5, 10**6)}.{stamp}@ox.{dom}>"
        boundary = f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{stamp}"
        extra = [("X-Mailer", "Open-Xchange Mailer v8.30.88")]
    elif style == "zimbra":
        lab = {
            "sv": ("----- Ursprungligt meddelande -----", "Från:", "Till:", "Skickat:", "Ämne:"),
            "lt": ("----- Originalus laiškas -----", "Nuo:", "Kam:", "Išsiųsta:", "Tema:"),
            "en": ("----- Original Message -----", "From:", "To:", "Sent:", "Subject:"),
        }[ui]
        if ui == "sv":
            sent_val = (
                f"{WD['sv'][seen.weekday()]}, {seen.day} {MON_AB['sv'][seen.month - 1]} {seen.year} {seen:%H:%M:%S}"
            )
        elif ui == "lt":
            sent_val = f"{seen.year} m. {MON['lt'][seen.month - 1]} {seen.day} d. {seen:%H:%M:%S}"
        else:
            sent_val = (
                f"{WD['en'][seen.weekday()]}, {MON['en'][seen.month - 1]} {seen.day}, {seen.year} {seen:%I:%M:%S %p}"
            )
        rows = [
            lab[0],
            f'{lab[1]} "{bank.from_name}" <{bank.from_email}>',
            f'{lab[2]} "{bank.to[0]}" <{bank.to[1]}>',
            f"{lab[3]} {sent_val}",
            f"{lab[4]} {bank.subject}",
        ]
        plain = "\n".join([*text, "", *rows, "", *bank.lines]) + "\n"
        htmlbody = (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + divs(text)
            + '<div><br></div><hr id="zwchr"><div data-marker="__HEADERS__"><blockquote style="border-left:2px '
            "solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;"
            'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
            + "<br>".join(H.escape(x, quote=False) for x in rows[1:])
            + '<br></blockquote></div><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px '
            'solid #1010FF;margin-left:5px;padding-left:5px;">' + brs(bank.lines) + "</blockquote></div></div>"
            "</body></html>\n"
        )
        stamp = int(utc.timestamp() * 1000)
        msgid = f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{stamp}.JavaMail.zimbra@{dom}>"
        boundary = f"=_{uuid(r)}"
        extra = [("X-Mailer", "Zimbra 10.0.12_GA_4684 (ZimbraWebClient - FF137 (Win)/10.0.12_GA_4684)")]
        re_prefix = {"sv": "SV: ", "lt": "RE: ", "en": "RE: "}[ui]
    elif style in ("inbox_lv", "mail_ee"):
        mode = "html"
        if style == "inbox_lv":
            attr = (
                f"{seen.year}. gada {seen.day}. {MON['lv'][seen.month - 1]} {hm(seen)}, "
                f"{H.escape(bank.from_name)} &lt;{bank.from_email}&gt; rakstīja:"
            )
            htmlbody = (
                "<html><head></head><body>"
                + divs(text)
                + f"<br><div>{attr}</div>"
                + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                + brs(bank.lines)
                + "</blockquote></body></html>\n"
            )
            msgid = f"<{utc:%Y%m%d%H%M%S}.{M.lowhex(r, 10)}@{dom}>"
        else:
            hdr = [
                "----- Algne kiri -----",
                f"Saatja: {H.escape(bank.from_name)} &lt;{bank.from_email}&gt;",
                f"Saaja: {H.escape(bank.to[1])}",
                f"Saadetud: {seen.day:02d}.{seen.month:02d}.{seen.year} {hm(seen)}",
                f"Teema: {H.escape(bank.subject, quote=False)}",
            ]
            htmlbody = (
                '<html><body style="font-family:Verdana;font-size:10pt">'
                + "<br>\n".join(h(x) for x in text)
                + "<br>\n<br>\n"
                + "<br>\n".join(hdr)
                + "<br>\n<br>\n"
                + brs(bank.lines)
                + "</body></html>\n"
            )
            msgid = f"<{M.lowhex(r, 16)}.{utc:%Y%m%d%H%M%S}@{dom}>"
        plain = None
    else:
        raise ValueError(style)

    # --- MIME
    if mode == "html":
        part = M.text_part(htmlbody, f"text/html; {ctype_cs}", cs, cte)
    elif htmlbody is None or not html:
        part = M.text_part(plain, f"text/plain; {ctype_cs}", cs, cte)
    elif style == "ios":
        tp = M.text_part(plain, f"text/plain;\r\n\t{ctype_cs}", cs, cte)
        hp = M.text_part(htmlbody, f"text/html;\r\n\t{ctype_cs}", cs, cte)
        part = M.multipart("alternative", [tp, hp], boundary, ct=f"multipart/alternative; boundary={boundary}")
    else:
        tp = M.text_part(plain, f"text/plain; {ctype_cs}", cs, cte)
        hp = M.text_part(htmlbody, f"text/html; {ctype_cs}", cs, cte)
        part = M.multipart("alternative", [tp, hp], boundary)

    hcs = cs if fits(bank.subject + who[0], cs) and not cs.startswith("utf") else "utf-8"
    subject = re_prefix + bank.subject
    subj_h = M.ew(subject, hcs) if whole_subject else M.ew_subject(re_prefix, bank.subject, hcs)
    from_h = M.addr(who[0], who[1], hcs)
    to_h = M.addr(to[0], to[1], hcs)
    refs = [bank.msgid] if forward is None else [bank.msgid, forward["msgid"]]
    irt = refs[-1]
    received = (
        f"from {received_from(style, r, who[1])}\r\n\tby {exo_host(r)}.EURPRD10.PROD.OUTLOOK.COM with Microsoft SMTP "
        f"Server id 15.20.{r.randrange(8000, 9000)}.{r.randrange(10, 40)}; {M.rfcdate(utc + timedelta(seconds=3))}"
    )
    headers = [("Received", received)]
    if style == "gmail":
        headers += [
            ("MIME-Version", "1.0"),
            ("References", " ".join(refs)),
            ("In-Reply-To", irt),
            ("From", from_h),
            ("Date", M.rfcdate(dt)),
            ("Message-ID", msgid),
            ("Subject", subj_h),
            ("To", to_h),
        ]
        if cc:
            headers.append(("Cc", M.addrlist([M.addr(n, e, hcs) for n, e in cc])))
    elif style == "ios":
        if html:
            headers.append(("Content-Transfer-Encoding", "7bit"))
        headers += [
            ("From", from_h),
            ("Mime-Version", "1.0 (1.0)"),
            ("Subject", subj_h),
            ("Date", M.rfcdate(dt)),
            ("Message-Id", msgid),
            ("References", irt),
            ("In-Reply-To", irt),
            ("To", to_h),
            ("X-Mailer", xmailer or "iPhone Mail (22E240)"),
        ]
    elif style == "thunderbird":
        headers += [
            ("Message-ID", msgid),
            ("Date", M.rfcdate(dt)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Subject", subj_h),
            ("Content-Language", CONTENT_LANGUAGE[ui]),
            ("To", to_h),
            ("References", irt),
            ("From", from_h),
            ("In-Reply-To", irt),
        ]
    else:
        headers += [("From", from_h), ("To", to_h)]
        if cc:
            headers.append(("Cc", M.addrlist([M.addr(n, e, hcs) for n, e in cc])))
        headers += [("Subject", subj_h), ("Date", M.rfcdate(dt)), ("Message-ID", msgid)]
        if not outlook_forward:  # Outlook's forward names no parent; the Thread-Index links it
            headers += [("References", " ".join(refs)), ("In-Reply-To", irt)]
        headers += [*extra, ("MIME-Version", "1.0")]
    raw = M.message(headers, part)
    return dict(
        slug=slug,
        country=country,
        lang=lang,
        client=client,
        kind="human",
        raw=raw,
        new_text=new_text,
        mode=mode,
        top=top,
        date=dt.isoformat(),
        utc=utc,
        answers=answers_utc,
        opt_out=opt_out,
        device=device,
        sent=bank.raw() if inline else None,
    )


def received_from(style, r, email):
    dom = email.split("@")[1]
    n = r.randrange(1, 99)
    if style == "gmail":
        return f"mail-lf1-f{n}.google.com (mail-lf1-f{n}.google.com [{ip(r)}])"
    if style in ("outlook", "owa", "outlook_mac"):
        return f"{exo_host(r)}.EURPRD10.PROD.OUTLOOK.COM ({ip(r)})"
    return f"mx{n % 4 + 1}.{dom} (mx{n % 4 + 1}.{dom} [{ip(r)}])"


# --------------------------------------------------------------------------
# automatic replies
# --------------------------------------------------------------------------
AUTO_PREFIX = {
    "sv": "Automatiskt svar: ",
    "da": "Automatisk svar: ",
    "no": "Automatisk svar: ",
    "fi": "Automaattinen vastaus: ",
    "et": "Automaatvastus: ",
    "lv": "Automātiskā atbilde: ",
    "lt": "Automatinis atsakymas: ",
    "is": "Sjálfvirkt svar: ",
    "fr": "Réponse automatique : ",
    "de": "Automatische Antwort: ",
    "en": "Automatic reply: ",
}


def auto(
    slug,
    *,
    lang,
    client,
    who,
    country,
    bank,
    minutes,
    lines,
    until,
    style="exchange",
    ui=None,
    subject=None,
    cs="utf-8",
):
    """An automatic reply to `bank`, `minutes` after it was sent. until: ISO date or None."""
    ui = ui or lang
    r = M.rng("auto27", slug)
    utc = bank.utc + timedelta(minutes=minutes, seconds=r.randrange(5, 55))
    dt = utc.astimezone(bank.dt.tzinfo)
    to_h = M.addr(bank.from_name, bank.from_email)
    from_h = M.addr(who[0], who[1])
    if style == "exchange":
        subj = AUTO_PREFIX[ui] + bank.subject
        host = exo_host(r)
        msgid = exo_msgid(r, host)
        boundary = f"_000_{msgid[1:].split('@')[0]}{host[:4]}_"
        tp = M.text_part("\n".join(lines) + "\n", f'text/plain; charset="{cs}"', cs, "quoted-printable")
        hb = (
            f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n</head>\n<body>\n'
            '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + divs(lines)
            + "\n</div>\n</body>\n</html>\n"
        )
        hp = M.text_part(hb, f'text/html; charset="{cs}"', cs, "quoted-printable")
        part = M.multipart("alternative", [tp, hp], boundary)
        headers = [
            ("From", from_h),
            ("To", to_h),
            ("Subject", M.ew(subj)),
            ("Thread-Topic", M.ew(bank.subject)),
            ("Thread-Index", M.thread_index(r, 1)),
            ("Date", M.rfcdate(dt.astimezone(tzinfo(country)))),
            ("Message-ID", msgid),
            ("References", bank.msgid),
            ("In-Reply-To", bank.msgid),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Has-Attach", ""),
            ("Content-Language", CONTENT_LANGUAGE.get(ui, "en-GB")),
            ("X-MS-Exchange-Organization-AutoReplyType", "OOF"),
            ("X-Auto-Response-Suppress", "All"),
            ("MIME-Version", "1.0"),
        ]
    elif style == "gmail":
        subj = subject or ("Re: " + bank.subject)
        tp = M.text_part("\n".join(lines) + "\n", 'text/plain; charset="UTF-8"', "utf-8", "quoted-printable")
        hp = M.text_part(
            f'<div dir="ltr">{divs(lines)}</div>\n', 'text/html; charset="UTF-8"', "utf-8", "quoted-printable"
        )
        part = M.multipart("alternative", [tp, hp], gmail_boundary(r))
        headers = [
            ("MIME-Version", "1.0"),
            ("From", from_h),
            ("Date", M.rfcdate(dt.astimezone(tzinfo(country)))),
            ("Message-ID", gmail_msgid(r)),
            ("Subject", M.ew(subj)),
            ("To", to_h),
            ("In-Reply-To", bank.msgid),
            ("References", bank.msgid),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk"),
        ]
    elif style == "sieve":
        subj = subject or ("Auto: " + bank.subject)
        part = M.text_part("\n".join(lines) + "\n", "text/plain; charset=utf-8", "utf-8", "8bit")
        dom = who[1].split("@")[1]
        headers = [
            ("Message-ID", f"<dovecot-sieve-{int(utc.timestamp())}-{r.randrange(10**5, 10**6)}-0@mail.{dom}>"),
            ("Date", M.rfcdate(dt.astimezone(tzinfo(country)))),
            ("X-Sieve", "Pigeonhole Sieve 0.5.21 (f6cd4b8e)"),
            ("From", from_h),
            ("To", to_h),
            ("Subject", M.ew(subj)),
            ("In-Reply-To", bank.msgid),
            ("References", bank.msgid),
            ("Auto-Submitted", "auto-replied (vacation)"),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0"),
        ]
    elif style == "ack":
        # a ticketing system's or shared mailbox's acknowledgement (its own subject)
        subj = subject
        part = M.text_part("\n".join(lines) + "\n", f'text/plain; charset="{cs}"', cs, "quoted-printable")
        dom = who[1].split("@")[1]
        headers = [
            ("From", from_h),
            ("To", to_h),
            ("Subject", M.ew(subj)),
            ("Date", M.rfcdate(dt.astimezone(tzinfo(country)))),
            ("Message-ID", f"<{M.lowhex(r, 24)}@helpdesk.{dom}>"),
            ("In-Reply-To", bank.msgid),
            ("References", bank.msgid),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("MIME-Version", "1.0"),
        ]
    else:
        raise ValueError(style)
    dom = who[1].split("@")[1]
    src_host = {
        "exchange": f"{exo_host(r)}.EURPRD10.PROD.OUTLOOK.COM ({ip(r)})",
        "gmail": f"mail-ej1-f{r.randrange(10, 99)}.google.com (mail-ej1-f{r.randrange(10, 99)}.google.com [{ip(r)}])",
    }.get(style, f"mail.{dom} (mail.{dom} [{ip(r)}])")
    received = (
        f"from {src_host}\r\n\tby {exo_host(r)}.EURPRD10.PROD.OUTLOOK.COM with Microsoft SMTP Server id "
        f"15.20.{r.randrange(8000, 9000)}.{r.randrange(10, 40)}; {M.rfcdate(utc + timedelta(seconds=2))}"
    )
    raw = M.message([("Received", received), *headers], part)
    return dict(
        slug=slug,
        lang=lang,
        client=client,
        kind="auto_reply",
        raw=raw,
        date=dt.isoformat(),
        utc=utc,
        answers=bank.utc,
        until=until,
    )


def week_friday(week, year=2027):
    """A week named by its number: that ISO week's Friday."""
    return date.fromisocalendar(year, week, 5).isoformat()


# --------------------------------------------------------------------------
# bounces
# --------------------------------------------------------------------------
NDR_SUBJECT = {
    "sv": "Olevererbart: ",
    "da": "Kan ikke leveres: ",
    "no": "Kan ikke leveres: ",
    "fi": "Toimittamaton: ",
    "et": "Kättetoimetamatu: ",
    "lv": "Nepiegādājams: ",
    "lt": "Nepristatyta: ",
    "fr": "Non remis : ",
    "de": "Unzustellbar: ",
    "en": "Undeliverable: ",
}
NDR_DELAY_SUBJECT = {"de": "Übermittlung verzögert: ", "en": "Delivery delayed: "}

NDR_TEXT = {
    "sv": (
        "Ditt meddelande till {a} kunde inte levereras.",
        "{a} hittades inte på {d}.",
        "Brevlådan för {a} är full.",
        "Mottagarens e-postsystem avvisade meddelandet.",
        "Åtgärd krävs",
        "Kontrollera mottagarens e-postadress och försök igen.",
        "Mer information för IT-experter",
        "Diagnostisk information för administratörer:",
        "Genererande server: {s}",
    ),
    "da": (
        "Din meddelelse til {a} kunne ikke leveres.",
        "{a} blev ikke fundet på {d}.",
        "Postkassen for {a} er fuld.",
        "Modtagerens mailsystem afviste meddelelsen.",
        "Handling påkrævet",
        "Kontrollér modtagerens mailadresse, og prøv igen.",
        "Flere oplysninger til it-fagfolk",
        "Diagnosticeringsoplysninger for administratorer:",
        "Genererende server: {s}",
    ),
    "no": (
        "Meldingen din til {a} kunne ikke leveres.",
        "{a} ble ikke funnet på {d}.",
        "Postboksen til {a} er full.",
        "Mottakerens e-postsystem avviste meldingen.",
        "Handling kreves",
        "Kontroller mottakerens e-postadresse og prøv på nytt.",
        "Mer informasjon for IT-eksperter",
        "Diagnostisk informasjon for administratorer:",
        "Genererende server: {s}",
    ),
    "fi": (
        "Viestiäsi vastaanottajalle {a} ei voitu toimittaa.",
        "Osoitetta {a} ei löytynyt toimialueesta {d}.",
        "Vastaanottajan {a} postilaatikko on täynnä.",
        "Vastaanottajan sähköpostijärjestelmä hylkäsi viestin.",
        "Toimia tarvitaan",
        "Tarkista vastaanottajan sähköpostiosoite ja yritä uudelleen.",
        "Lisätietoja IT-ammattilaisille",
        "Järjestelmänvalvojien diagnostiikkatiedot:",
        "Luova palvelin: {s}",
    ),
    "et": (
        "Teie sõnumit adressaadile {a} ei saanud kohale toimetada.",
        "Adressaati {a} ei leitud domeenist {d}.",
        "Adressaadi {a} postkast on täis.",
        "Adressaadi meilisüsteem lükkas sõnumi tagasi.",
        "Vajalik toiming",
        "Kontrollige adressaadi meiliaadressi ja proovige uuesti.",
        "Lisateave IT-spetsialistidele",
        "Diagnostikateave administraatoritele:",
        "Genereeriv server: {s}",
    ),
    "lv": (
        "Jūsu ziņojumu adresātam {a} nevarēja piegādāt.",
        "Adresāts {a} netika atrasts domēnā {d}.",
        "Adresāta {a} pastkaste ir pilna.",
        "Adresāta e-pasta sistēma noraidīja ziņojumu.",
        "Nepieciešama darbība",
        "Pārbaudiet adresāta e-pasta adresi un mēģiniet vēlreiz.",
        "Papildinformācija IT speciālistiem",
        "Diagnostikas informācija administratoriem:",
        "Ģenerējošais serveris: {s}",
    ),
    "lt": (
        "Jūsų laiško gavėjui {a} nepavyko pristatyti.",
        "Gavėjas {a} nerastas domene {d}.",
        "Gavėjo {a} pašto dėžutė pilna.",
        "Gavėjo el. pašto sistema atmetė laišką.",
        "Reikia imtis veiksmų",
        "Patikrinkite gavėjo el. pašto adresą ir bandykite dar kartą.",
        "Daugiau informacijos IT specialistams",
        "Diagnostinė informacija administratoriams:",
        "Generuojantis serveris: {s}",
    ),
    "fr": (
        "Votre message à {a} n'a pas pu être remis.",
        "{a} est introuvable sur {d}.",
        "La boîte aux lettres de {a} est pleine.",
        "Le système de messagerie du destinataire a refusé le message.",
        "Action requise",
        "Vérifiez l'adresse de messagerie du destinataire, puis réessayez.",
        "Plus d'informations pour les professionnels de l'informatique",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération : {s}",
    ),
    "de": (
        "Ihre Nachricht an {a} konnte nicht zugestellt werden.",
        "{a} wurde bei {d} nicht gefunden.",
        "Das Postfach von {a} ist voll.",
        "Das E-Mail-System des Empfängers hat die Nachricht abgelehnt.",
        "Aktion erforderlich",
        "Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie es erneut.",
        "Weitere Informationen für IT-Experten",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server: {s}",
    ),
    "en": (
        "Your message to {a} couldn't be delivered.",
        "{a} wasn't found at {d}.",
        "The mailbox of {a} is full.",
        "The recipient's email system rejected the message.",
        "Action Required",
        "Check the recipient's email address and try again.",
        "More Info for Email Admins",
        "Diagnostic information for administrators:",
        "Generating server: {s}",
    ),
}


def dsn_fields(reporting, arrival, recips):
    """message/delivery-status body. recips: list of dict(address, status, action, diag, remote)."""
    out = [
        f"Reporting-MTA: dns;{reporting}",
        f"Received-From-MTA: dns;{reporting}",
        f"Arrival-Date: {M.rfcdate(arrival)}",
    ]
    for rc in recips:
        out += ["", f"Final-Recipient: rfc822;{rc['address']}", f"Action: {rc['action']}", f"Status: {rc['status']}"]
        if rc.get("diag"):
            out.append(f"Diagnostic-Code: smtp;{rc['diag']}")
        if rc.get("remote"):
            out.append(f"Remote-MTA: dns;{rc['remote']}")
        if rc.get("until"):
            out.append(f"Will-Retry-Until: {rc['until']}")
    return "\r\n".join(out) + "\r\n"


def rfc822_part(raw, headers_only=False):
    if headers_only:
        return M.Part([("Content-Type", "text/rfc822-headers")], body=raw)
    return M.Part([("Content-Type", "message/rfc822")], body=raw)


def exchange_ndr(slug, *, lang, bank, fails, minutes=1, delay=False):
    """Exchange Online's NDR in the bank mailbox's language. fails: list of dict(address, status, diag, kind, remote)
    with kind one of notfound / full / rejected."""
    r = M.rng("ndr27", slug)
    utc = bank.utc + timedelta(minutes=minutes, seconds=r.randrange(3, 50))
    dt = utc.astimezone(bank.dt.tzinfo)
    host = bank.host
    server = f"{host}.EURPRD10.PROD.OUTLOOK.COM"
    T = NDR_TEXT[lang]
    lines = []
    for f in fails:
        dom = f["address"].split("@")[1]
        lines += [T[0].format(a=f["address"])]
        if f["kind"] == "notfound":
            lines += [T[1].format(a=f["address"], d=dom)]
        elif f["kind"] == "full":
            lines += [T[2].format(a=f["address"])]
        else:
            lines += [T[3]]
        lines += [""]
    lines += [T[4], T[5], "", T[6], "", T[7], "", T[8].format(s=server)]
    for f in fails:
        lines += [f["address"], f.get("remote", server), f"Remote server returned '{f['diag']}'"]
    if delay:
        lines = [
            {
                "de": "Die Zustellung an diese Empfänger oder Gruppen ist verzögert:",
                "en": "Delivery is delayed to these recipients or groups:",
            }[lang],
            "",
            *[f["address"] for f in fails],
            "",
            {
                "de": "Betreff: " + bank.subject,
                "en": "Subject: " + bank.subject,
            }[lang],
            "",
            {
                "de": "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.",
                "en": "This message hasn't been delivered yet. Delivery will continue to be attempted.",
            }[lang],
            {
                "de": "Der Server versucht noch 1 Tag, 19 Stunden und 57 Minuten lang, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.",
                "en": "The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes. You'll be notified if the message can't be delivered by that time.",
            }[lang],
            "",
            T[7],
            "",
            T[8].format(s=server),
            *[f"{f['address']}\nRemote server returned '{f['diag']}'" for f in fails],
        ]
        lines = "\n".join(lines).split("\n")
    tp = M.text_part("\n".join(lines) + "\n", 'text/plain; charset="utf-8"', "utf-8", "quoted-printable")
    hb = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        + divs(lines)
        + "\n</body>\n</html>\n"
    )
    hp = M.text_part(hb, 'text/html; charset="utf-8"', "utf-8", "quoted-printable")
    alt_b = f"_000_{M.hexid(r, 32)}_"
    alt = M.multipart("alternative", [tp, hp], alt_b)
    recips = [
        dict(
            address=f["address"],
            status=f["status"],
            action="delayed" if delay else "failed",
            diag=f["diag"],
            remote=f.get("remote"),
        )
        for f in fails
    ]
    ds = M.Part([("Content-Type", "message/delivery-status")], body=dsn_fields(server, bank.utc, recips))
    orig = rfc822_part(bank.raw())
    b = f"_{M.hexid(r, 3)}_{M.hexid(r, 32)}_"
    rep = M.multipart(
        "report",
        [alt, ds, orig],
        b,
        ct=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
    )
    subj = (NDR_DELAY_SUBJECT if delay else NDR_SUBJECT)[lang] + bank.subject
    headers = [
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kessel-nordahl.example>"),
        ("To", M.addr(bank.from_name, bank.from_email)),
        ("Date", M.rfcdate(dt)),
        ("Subject", M.ew(subj)),
        ("Message-ID", exo_msgid(r, host)),
        ("In-Reply-To", bank.msgid),
        ("References", bank.msgid),
        ("Thread-Topic", M.ew(bank.subject)),
        ("Thread-Index", bank.thread_index),
        ("Content-Language", CONTENT_LANGUAGE.get(lang, "en-US")),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    raw = M.message(headers, rep)
    return dict(slug=slug, raw=raw, date=dt.isoformat(), utc=utc, answers=bank.utc)
