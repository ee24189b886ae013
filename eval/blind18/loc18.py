"""Dates, field names and attribution lines as mail clients print them (fr, en-GB, en-US, de-CH, it, es)."""

from datetime import datetime
from zoneinfo import ZoneInfo

DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
SDAYS = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
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
    "it": [
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
    "es": [
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
}
SMONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}

# Outlook's header block: (from, sent, to, cc, subject)
OUTLOOK_FIELDS = {
    "fr": ("De : ", "Envoyé : ", "À : ", "Cc : ", "Objet : "),
    "en": ("From: ", "Sent: ", "To: ", "Cc: ", "Subject: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Cc: ", "Betreff: "),
    "it": ("Da: ", "Inviato: ", "A: ", "Cc: ", "Oggetto: "),
    "es": ("De: ", "Enviado el: ", "Para: ", "CC: ", "Asunto: "),
}
OWA_FIELDS = {**OUTLOOK_FIELDS, "es": ("De: ", "Enviado: ", "Para: ", "CC: ", "Asunto: ")}
ORIGINAL = {
    "fr": "-----Message d'origine-----",
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "it": "-----Messaggio originale-----",
    "es": "-----Mensaje original-----",
}
RE_PREFIX = {"fr": "RE : ", "en": "RE: ", "de": "AW: ", "it": "R: ", "es": "RE: "}
FW_PREFIX = {"fr": "TR : ", "en": "FW: ", "de": "WG: ", "it": "I: ", "es": "RV: "}
TZ = {
    "paris": "Europe/Paris",
    "zurich": "Europe/Zurich",
    "london": "Europe/London",
    "madrid": "Europe/Madrid",
    "rome": "Europe/Rome",
    "newyork": "America/New_York",
    "montreal": "America/Toronto",
    "dubai": "Asia/Dubai",
    "singapore": "Asia/Singapore",
}


def parse(s, tz):
    """'2027-03-02 09:14[:ss]' in the named zone -> aware datetime."""
    if s.count(":") == 1:  # seconds from the text itself, so that every client prints the same instant
        s += f":{sum(map(ord, s)) % 60:02d}"
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(TZ[tz]))


def local(dt, tz):
    return dt.astimezone(ZoneInfo(TZ[tz]))


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def ampm(dt, secs=False):
    h = dt.hour % 12 or 12
    s = f":{dt.second:02d}" if secs else ""
    return f"{h}:{dt.minute:02d}{s} {'AM' if dt.hour < 12 else 'PM'}"


def outlook_date(dt, lang, variant=None):
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if variant == "mobile":
        return f"{DAYS['en'][wd]}, {MONTHS['en'][m]} {d}, {y} {ampm(dt, secs=True)}"
    if lang == "fr":
        return f"{DAYS['fr'][wd]} {d} {MONTHS['fr'][m]} {y} {hm(dt)}"
    if lang == "en":
        if variant == "us":
            return f"{DAYS['en'][wd]}, {MONTHS['en'][m]} {d}, {y} {ampm(dt)}"
        return f"{d:02d} {MONTHS['en'][m]} {y} {hm(dt)}"
    if lang == "de":
        return f"{DAYS['de'][wd]}, {d}. {MONTHS['de'][m]} {y} {hm(dt)}"
    if lang == "it":
        return f"{DAYS['it'][wd]} {d} {MONTHS['it'][m]} {y} {hm(dt)}"
    if lang == "es":
        return f"{DAYS['es'][wd]}, {d} de {MONTHS['es'][m]} de {y} {dt.hour}:{dt.minute:02d}"
    raise ValueError(lang)


def gmail_attr(dt, lang, name, email, variant=None):
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if lang == "fr":
        return f"Le {SDAYS['fr'][wd]} {d} {SMONTHS['fr'][m]} {y} à {hm(dt)}, {name} <{email}> a écrit :"
    if lang == "en":
        if variant == "us":
            return f"On {SDAYS['en'][wd]}, {SMONTHS['en'][m]} {d}, {y} at {ampm(dt)} {name} <{email}> wrote:"
        return f"On {SDAYS['en'][wd]}, {d} {SMONTHS['en'][m]} {y} at {hm(dt)}, {name} <{email}> wrote:"
    if lang == "de":
        return f"Am {SDAYS['de'][wd]}, {d}. {SMONTHS['de'][m]} {y} um {hm(dt)} Uhr schrieb {name} <{email}>:"
    if lang == "it":
        return f"Il giorno {SDAYS['it'][wd]} {d} {SMONTHS['it'][m]} {y} alle ore {hm(dt)} {name} <{email}> ha scritto:"
    if lang == "es":
        return f"El {SDAYS['es'][wd]}, {d} {SMONTHS['es'][m]} {y} a las {dt.hour}:{dt.minute:02d}, {name} (<{email}>) escribió:"
    raise ValueError(lang)


def apple_attr(dt, lang, name, email, variant=None):
    d, m, y = dt.day, dt.month - 1, dt.year
    if lang == "fr":
        return f"Le {d} {MONTHS['fr'][m]} {y} à {hm(dt)}, {name} <{email}> a écrit :"
    if lang == "en":
        if variant == "us":
            return f"On {SMONTHS['en'][m]} {d}, {y}, at {ampm(dt)}, {name} <{email}> wrote:"
        return f"On {d} {SMONTHS['en'][m]} {y}, at {hm(dt)}, {name} <{email}> wrote:"
    if lang == "de":
        return f"Am {d:02d}.{m + 1:02d}.{y} um {hm(dt)} schrieb {name} <{email}>:"
    if lang == "it":
        return f"Il giorno {d} {SMONTHS['it'][m]} {y}, alle ore {hm(dt)}, {name} <{email}> ha scritto:"
    if lang == "es":
        return f"El {d} {SMONTHS['es'][m]} {y}, a las {dt.hour}:{dt.minute:02d}, {name} <{email}> escribió:"
    raise ValueError(lang)


def thunderbird_attr(dt, lang, name, email=None):
    d, m, y = dt.day, dt.month, dt.year
    if lang == "fr":
        return f"Le {d:02d}/{m:02d}/{y} à {hm(dt)}, {name} a écrit :"
    if lang == "en":
        return f"On {d:02d}/{m:02d}/{y} {hm(dt)}, {name} wrote:"
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y % 100:02d} um {hm(dt)} schrieb {name}:"
    if lang == "it":
        return f"Il {d:02d}/{m:02d}/{y} {hm(dt)}, {name} ha scritto:"
    if lang == "es":
        return f"El {d}/{m}/{y % 100:02d} a las {dt.hour}:{dt.minute:02d}, {name} escribió:"
    raise ValueError(lang)


def orange_block(dt, name, email, to, subject):
    """Orange webmail's French header block (quoted with '> ' by the caller)."""
    return [
        f"Message du {dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d} {hm(dt)}",
        f'De : "{name}" <{email}>',
        f"A : {to}",
        "Copie à : ",
        f"Objet : {subject}",
    ]
