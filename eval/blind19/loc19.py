"""Dates, time zones and the words mail clients print around a quoted message, per locale (blind19)."""

from datetime import UTC, datetime, timedelta, timezone

DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
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
    "nl": [
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
    "pt": [
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
}
GMAIL_DAY = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}
GMAIL_MON = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}
APPLE_MON = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}

# Summer time in 2027 starts on Sunday 28 March at 01:00 UTC in the whole EU and the UK.
DST_START = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
ZONES = {"cet": (1, "CET", "CEST"), "wet": (0, "WET", "WEST"), "uk": (0, "GMT", "BST")}


def offset_local(local, zone):
    """UTC offset (hours) of a naive local time in a zone ('cet', 'wet', 'uk')."""
    base = ZONES[zone][0]
    utc = local - timedelta(hours=base)
    return base + (1 if utc.replace(tzinfo=UTC) >= DST_START else 0)


def parse_local(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(s, fmt)
    off = offset_local(naive, zone)
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def to_zone(dt, zone):
    utc = dt.astimezone(UTC)
    base = ZONES[zone][0]
    off = base + (1 if utc >= DST_START else 0)
    return utc.astimezone(timezone(timedelta(hours=off)))


def zone_abbr(dt, zone):
    utc = dt.astimezone(UTC)
    return ZONES[zone][2] if utc >= DST_START else ZONES[zone][1]


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def ampm(dt, seconds=False):
    h = dt.hour % 12 or 12
    s = f":{dt.second:02d}" if seconds else ""
    return f"{h}:{dt.minute:02d}{s} {'AM' if dt.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------
# Outlook (desktop, web, new Outlook): the "Sent" field of the header block
# --------------------------------------------------------------------------
def outlook_sent(dt, loc):
    d, m = dt.weekday(), dt.month - 1
    if loc == "fr":
        return f"{DAYS['fr'][d]} {dt.day} {MONTHS['fr'][m]} {dt.year} {hm(dt)}"
    if loc == "nl":
        return f"{DAYS['nl'][d]} {dt.day} {MONTHS['nl'][m]} {dt.year} {hm(dt)}"
    if loc == "de":
        return f"{DAYS['de'][d]}, {dt.day}. {MONTHS['de'][m]} {dt.year} {hm(dt)}"
    if loc == "en-GB":
        return f"{dt.day:02d} {MONTHS['en'][m]} {dt.year} {hm(dt)}"
    if loc == "en":
        return f"{DAYS['en'][d]}, {MONTHS['en'][m]} {dt.day}, {dt.year} {ampm(dt)}"
    if loc == "pt":
        return f"{DAYS['pt'][d]}, {dt.day} de {MONTHS['pt'][m]} de {dt.year} {hm(dt)}"
    if loc == "it":
        return f"{DAYS['it'][d]} {dt.day} {MONTHS['it'][m]} {dt.year} {hm(dt)}"
    raise ValueError(loc)


def owa_sent(dt, loc):
    """Outlook on the web / new Outlook: like desktop, but en-GB writes the weekday."""
    if loc == "en-GB":
        return f"{DAYS['en'][dt.weekday()]}, {dt.day} {MONTHS['en'][dt.month - 1]} {dt.year} {hm(dt)}"
    return outlook_sent(dt, loc)


def mobile_sent(dt):
    """Outlook for iOS / Android prints an English date whatever the labels' language."""
    return f"{DAYS['en'][dt.weekday()]}, {MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} {ampm(dt, True)}"


HEADER_LABELS = {
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "en-GB": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "pt": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
}
ORIGINAL_MESSAGE = {
    "fr": "-----Message d'origine-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "en": "-----Original Message-----",
    "en-GB": "-----Original Message-----",
    "pt": "-----Mensagem original-----",
    "it": "-----Messaggio originale-----",
}


# --------------------------------------------------------------------------
# attribution lines
# --------------------------------------------------------------------------
def gmail_attr(dt, name, email, loc):
    d, m = dt.weekday(), dt.month - 1
    who = f"{name} <{email}>"
    if loc == "fr":
        return f"Le {GMAIL_DAY['fr'][d]} {dt.day} {GMAIL_MON['fr'][m]} {dt.year} à {hm(dt)}, {who} a écrit :"
    if loc == "nl":
        return f"Op {GMAIL_DAY['nl'][d]} {dt.day} {GMAIL_MON['nl'][m]} {dt.year} om {hm(dt)} schreef {who}:"
    if loc == "de":
        return f"Am {GMAIL_DAY['de'][d]}, {dt.day}. {GMAIL_MON['de'][m]} {dt.year} um {hm(dt)} Uhr schrieb {who}:"
    if loc == "en-GB":
        return f"On {GMAIL_DAY['en'][d]}, {dt.day} {GMAIL_MON['en'][m]} {dt.year} at {hm(dt)}, {who} wrote:"
    if loc == "en":
        return f"On {GMAIL_DAY['en'][d]}, {GMAIL_MON['en'][m]} {dt.day}, {dt.year} at {ampm(dt)} {who} wrote:"
    if loc == "pt":
        return f"Às {hm(dt)} de {GMAIL_DAY['pt'][d]}, {dt.day} de {GMAIL_MON['pt'][m]} de {dt.year}, {who} escreveu:"
    if loc == "it":
        return f"Il giorno {GMAIL_DAY['it'][d]} {dt.day} {GMAIL_MON['it'][m]} {dt.year} alle ore {hm(dt)} {who} ha scritto:"
    raise ValueError(loc)


def gmail_mobile_attr(dt, name, email, loc):
    """The Gmail app for Android: a comma instead of 'à' / 'at' in some locales."""
    d, m = dt.weekday(), dt.month - 1
    who = f"{name} <{email}>"
    if loc == "fr":
        return f"Le {GMAIL_DAY['fr'][d]} {dt.day} {GMAIL_MON['fr'][m]} {dt.year}, {hm(dt)}, {who} a écrit :"
    if loc == "pt":
        return f"{GMAIL_DAY['pt'][d].capitalize()}, {dt.day}/{dt.month:02d}/{dt.year}, {hm(dt)}, {who} escreveu:"
    return gmail_attr(dt, name, email, loc)


def apple_attr(dt, name, email, loc):
    m = dt.month - 1
    who = f"{name} <{email}>"
    if loc == "fr":
        return f"Le {dt.day} {APPLE_MON['fr'][m]} {dt.year} à {hm(dt)}, {who} a écrit :"
    if loc == "nl":
        return f"Op {dt.day} {APPLE_MON['nl'][m]} {dt.year}, om {hm(dt)} heeft {who} het volgende geschreven:"
    if loc == "de":
        return f"Am {dt.day:02d}.{dt.month:02d}.{dt.year} um {hm(dt)} schrieb {who}:"
    if loc in ("en", "en-GB"):
        return f"On {dt.day} {APPLE_MON['en'][m]} {dt.year}, at {hm(dt)}, {who} wrote:"
    if loc == "pt":
        return f"A {dt.day} de {APPLE_MON['pt'][m]} de {dt.year}, às {hm(dt)}, {who} escreveu:"
    if loc == "it":
        return f"Il giorno {dt.day} {APPLE_MON['it'][m]} {dt.year}, alle ore {hm(dt)}, {who} ha scritto:"
    raise ValueError(loc)


def tbird_attr(dt, name, loc):
    if loc == "fr":
        return f"Le {dt.day:02d}/{dt.month:02d}/{dt.year} à {hm(dt)}, {name} a écrit :"
    if loc == "nl":
        return f"Op {dt.day:02d}-{dt.month:02d}-{dt.year} om {hm(dt)} schreef {name}:"
    if loc == "de":
        return f"Am {dt.day:02d}.{dt.month:02d}.{dt.year % 100:02d} um {hm(dt)} schrieb {name}:"
    if loc in ("en", "en-GB"):
        return f"On {dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}, {name} wrote:"
    raise ValueError(loc)


def yahoo_attr(dt, name, email, loc, zone):
    d, m = dt.weekday(), dt.month - 1
    t = f"{hm(dt)}:{dt.second:02d}"
    who = f"{name} <{email}>"
    if loc == "fr":
        off = int(dt.utcoffset().total_seconds() // 3600)
        return f"Le {DAYS['fr'][d]} {dt.day} {MONTHS['fr'][m]} {dt.year} à {t} UTC+{off}, {who} a écrit :"
    if loc == "nl":
        return f"Op {DAYS['nl'][d]} {dt.day} {MONTHS['nl'][m]} {dt.year} om {t} {zone_abbr(dt, zone)} schreef {who}:"
    if loc in ("en", "en-GB"):
        return f"On {DAYS['en'][d]}, {dt.day} {MONTHS['en'][m]} {dt.year} at {t} {zone_abbr(dt, zone)}, {who} wrote:"
    if loc == "it":
        return f"In data {DAYS['it'][d]} {dt.day} {MONTHS['it'][m]} {dt.year}, {t} CET, {who} ha scritto:"
    raise ValueError(loc)


def zimbra_sent(dt):
    d = DAYS["fr"][dt.weekday()].capitalize()
    mo = MONTHS["fr"][dt.month - 1].capitalize()
    return f"{d} {dt.day} {mo} {dt.year} {hm(dt)}:{dt.second:02d}"


def orange_date(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d} {hm(dt)}"


def sfr_date(dt):
    return f"{DAYS['fr'][dt.weekday()]} {dt.day} {MONTHS['fr'][dt.month - 1]} {dt.year} {hm(dt)}"


def notes_date(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}"


def long_date(dt, loc):
    """A date in running text ('le 2 mars', 'on 2 March')."""
    m = dt.month - 1
    if loc == "fr":
        return f"{'1er' if dt.day == 1 else dt.day} {MONTHS['fr'][m]}"
    if loc == "nl":
        return f"{dt.day} {MONTHS['nl'][m]}"
    if loc == "de":
        return f"{dt.day}. {MONTHS['de'][m]}"
    if loc == "pt":
        return f"{dt.day} de {MONTHS['pt'][m]}"
    if loc == "it":
        return f"{dt.day} {MONTHS['it'][m]}"
    return f"{dt.day} {MONTHS['en'][m]}"
