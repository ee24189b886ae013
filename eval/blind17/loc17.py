"""Dates and field names as mail clients print them in Italian, Spanish, Portuguese, French and English (blind17).

A locale is "it", "it-CH", "es", "es-MX", "es-AR", "es-CL", "es-CO", "es-UY", "pt-PT", "pt-BR", "fr", "fr-CH",
"fr-MC", "en-GB" or "en-US"; its language is the part before the dash.
"""

from datetime import timedelta, timezone

DAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
DAYS_AB = {
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MONTHS = {
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
}
MONTHS_AB = {
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def lang(loc):
    return loc.split("-")[0]


def at(dt, tz):
    """dt shown in the time zone tz (hours east of UTC), as a reader's client shows it."""
    return dt.astimezone(timezone(timedelta(hours=tz)))


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def h12(dt, am="AM", pm="PM", pad=False):
    h = dt.hour % 12 or 12
    return (
        f"{h:02d}:{dt.minute:02d} {am if dt.hour < 12 else pm}"
        if pad
        else f"{h}:{dt.minute:02d} {am if dt.hour < 12 else pm}"
    )


def _dmy(dt, lg):
    return DAYS[lg][dt.weekday()], dt.day, MONTHS[lg][dt.month - 1], dt.year


# --------------------------------------------------------------------------
# Outlook (desktop, on the web, mobile): the header block of a reply or forward
# --------------------------------------------------------------------------
OUTLOOK_FIELDS = {
    # from, sent, to, cc, subject
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "es-LA": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "pt-PT": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
    "pt-BR": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}
OUTLOOK_ORIGINAL = {
    "it": "-----Messaggio originale-----",
    "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----",
    "fr": "-----Message d'origine-----",
    "en": "-----Original Message-----",
}
REPLY_PREFIX = {"it": "R: ", "es": "RE: ", "pt": "RE: ", "fr": "RE : ", "en": "RE: "}
FWD_PREFIX = {"it": "I: ", "es": "RV: ", "pt-PT": "FW: ", "pt-BR": "ENC: ", "fr": "TR : ", "en": "FW: "}


def outlook_fields(loc):
    if loc in OUTLOOK_FIELDS:
        return OUTLOOK_FIELDS[loc]
    if loc.startswith("es-"):
        return OUTLOOK_FIELDS["es-LA"]
    return OUTLOOK_FIELDS[lang(loc)]


def outlook_sent(dt, loc, seconds=False):
    lg = lang(loc)
    day, d, month, y = _dmy(dt, lg)
    t = hm(dt) + (f":{dt.second:02d}" if seconds else "")
    if loc == "en-US":
        tt = h12(dt)
        if seconds:
            tt = f"{dt.hour % 12 or 12}:{dt.minute:02d}:{dt.second:02d} {'AM' if dt.hour < 12 else 'PM'}"
        return f"{day}, {MONTHS['en'][dt.month - 1]} {d}, {y} {tt}"
    if lg == "en":
        return f"{day}, {d} {month} {y} {t}"
    if lg == "it":
        return f"{day}, {d} {month} {y} {t}" if loc == "it-CH" else f"{day} {d} {month} {y} {t}"
    if lg == "es":
        if loc in ("es-MX", "es-CO"):
            return f"{day}, {d} de {month} de {y} {h12(dt, 'a. m.', 'p. m.')}"
        return f"{day}, {d} de {month} de {y} {t}"
    if lg == "pt":
        return f"{day}, {d} de {month} de {y} {t}"
    if lg == "fr":
        return f"{day}, {d} {month} {y} {t}" if loc == "fr-CH" else f"{day} {d} {month} {y} {t}"
    raise ValueError(loc)


def reply_prefix(loc):
    return REPLY_PREFIX[lang(loc)]


def fwd_prefix(loc):
    return FWD_PREFIX.get(loc) or FWD_PREFIX.get(lang(loc)) or FWD_PREFIX["pt-PT"]


# --------------------------------------------------------------------------
# Gmail
# --------------------------------------------------------------------------
def gmail_date(dt, loc):
    lg = lang(loc)
    wd, mo = DAYS_AB[lg][dt.weekday()], MONTHS_AB[lg][dt.month - 1]
    if lg == "it":
        return f"{wd} {dt.day} {mo} {dt.year} alle ore {hm(dt)}"
    if lg == "es":
        return f"{wd}, {dt.day} {mo} {dt.year} a las {dt.hour}:{dt.minute:02d}"
    if lg == "pt":
        return f"{wd}, {dt.day} de {mo} de {dt.year} às {hm(dt)}"
    if lg == "fr":
        return f"{wd} {dt.day} {mo} {dt.year} à {hm(dt)}"
    if loc == "en-US":
        return f"{wd}, {mo} {dt.day}, {dt.year} at {h12(dt)}"
    return f"{wd}, {dt.day} {mo} {dt.year} at {hm(dt)}"


def gmail_attr(dt, name, email, loc):
    lg = lang(loc)
    d = gmail_date(dt, loc)
    if lg == "it":
        return f"Il giorno {d} {name} <{email}> ha scritto:"
    if lg == "es":
        return f"El {d}, {name} (<{email}>) escribió:"
    if lg == "pt":
        return f"Em {d}, {name} <{email}> escreveu:"
    if lg == "fr":
        return f"Le {d}, {name} <{email}> a écrit :"
    if loc == "en-US":
        return f"On {d} {name} <{email}> wrote:"
    return f"On {d}, {name} <{email}> wrote:"


GMAIL_FWD = {
    "it": ("---------- Forwarded message ---------", "Da:"),
    "es": ("---------- Forwarded message ---------", "De:"),
    "pt": ("---------- Forwarded message ---------", "De:"),
    "fr": ("---------- Forwarded message ---------", "De :"),
    "en": ("---------- Forwarded message ---------", "From:"),
}


# --------------------------------------------------------------------------
# Apple Mail (macOS) and iOS Mail
# --------------------------------------------------------------------------
def apple_attr(dt, name, email, loc):
    lg = lang(loc)
    mo = MONTHS_AB[lg][dt.month - 1]
    who = f"{name} <{email}>"
    if lg == "it":
        return f"Il giorno {dt.day} {mo} {dt.year}, alle ore {hm(dt)}, {who} ha scritto:"
    if lg == "es":
        return f"El {dt.day} {mo} {dt.year}, a las {hm(dt)}, {who} escribió:"
    if lg == "pt":
        return f"Em {dt.day} de {mo} de {dt.year}, à(s) {hm(dt)}, {who} escreveu:"
    if lg == "fr":
        return f"Le {dt.day} {mo} {dt.year} à {hm(dt)}, {who} a écrit :"
    if loc == "en-US":
        return f"On {mo} {dt.day}, {dt.year}, at {h12(dt)}, {who} wrote:"
    return f"On {dt.day} {mo} {dt.year}, at {hm(dt)}, {who} wrote:"


APPLE_FWD = {
    # opening line, from, subject, date, to
    "it": ("Inizio messaggio inoltrato:", "Da:", "Oggetto:", "Data:", "A:"),
    "es": ("Inicio del mensaje reenviado:", "De:", "Asunto:", "Fecha:", "Para:"),
    "pt-PT": ("Início da mensagem reencaminhada:", "De:", "Assunto:", "Data:", "Para:"),
    "pt-BR": ("Início da mensagem encaminhada:", "De:", "Assunto:", "Data:", "Para:"),
    "fr": ("Début du message réexpédié :", "De:", "Objet:", "Date:", "À:"),
    "en": ("Begin forwarded message:", "From:", "Subject:", "Date:", "To:"),
}


def apple_fwd(loc):
    return APPLE_FWD.get(loc) or APPLE_FWD[lang(loc)]


def apple_fwd_date(dt, loc, zone):
    lg = lang(loc)
    mo = MONTHS[lg][dt.month - 1]
    t = f"{hm(dt)}:{dt.second:02d}"
    if lg == "it":
        return f"{dt.day} {mo} {dt.year} alle ore {t} {zone}"
    if lg == "es":
        return f"{dt.day} de {mo} de {dt.year}, {t} {zone}"
    if lg == "pt":
        return f"{dt.day} de {mo} de {dt.year} às {t} {zone}"
    if lg == "fr":
        return f"{dt.day} {mo} {dt.year} à {t} {zone}"
    return f"{dt.day} {MONTHS['en'][dt.month - 1]} {dt.year} at {t} {zone}"


# --------------------------------------------------------------------------
# Thunderbird, Roundcube (Aruba webmail), Zoho, Zimbra, Notes, Samsung Email, Libero, Orange
# --------------------------------------------------------------------------
def tb_attr(dt, name, loc):
    lg = lang(loc)
    if loc == "fr-CH":
        return f"Le {dt.day:02d}.{dt.month:02d}.{dt.year % 100:02d} à {hm(dt)}, {name} a écrit :"
    if lg == "it":
        return f"Il {dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d} {hm(dt)}, {name} ha scritto:"
    if lg == "es":
        return f"El {dt.day}/{dt.month}/{dt.year % 100:02d} a las {hm(dt)}, {name} escribió:"
    if lg == "fr":
        return f"Le {dt.day:02d}/{dt.month:02d}/{dt.year} à {hm(dt)}, {name} a écrit :"
    if lg == "pt":
        return f"Em {dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}, {name} escreveu:"
    return f"On {dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}, {name} wrote:"


def roundcube_attr(dt, name, loc):
    d = f"{dt.year}-{dt.month:02d}-{dt.day:02d} {hm(dt)}"
    lg = lang(loc)
    if lg == "it":
        return f"Il {d} {name} ha scritto:"
    if lg == "es":
        return f"El {d}, {name} escribió:"
    if lg == "pt":
        return f"Em {d}, {name} escreveu:"
    if lg == "fr":
        return f"Le {d}, {name} a écrit :"
    return f"On {d}, {name} wrote:"


def zoho_attr(dt, name, email, loc):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    z = f"{sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"
    lg = lang(loc)
    wd, mo = DAYS_AB[lg][dt.weekday()].rstrip("."), MONTHS_AB[lg][dt.month - 1].rstrip(".")
    stamp = f"{wd}, {dt.day:02d} {mo} {dt.year} {hm(dt)}:{dt.second:02d} {z}"
    if lg == "es":
        return f"---- El {stamp} {name} <{email}> escribió ---"
    if lg == "it":
        return f"---- Il {stamp} {name} <{email}> ha scritto ---"
    if lg == "pt":
        return f"---- Em {stamp} {name} <{email}> escreveu ---"
    if lg == "fr":
        return f"---- Le {stamp} {name} <{email}> a écrit ---"
    return f"---- On {stamp} {name} <{email}> wrote ---"


ZIMBRA = {
    # separator, from, to, cc, sent, subject
    "it": ("----- Messaggio originale -----", "Da:", "A:", "Cc:", "Inviato:", "Oggetto:"),
    "es": ("----- Mensaje original -----", "De:", "Para:", "CC:", "Enviados:", "Asunto:"),
    "pt": ("----- Mensagem original -----", "De:", "Para:", "Cc:", "Enviadas:", "Assunto:"),
    "fr": ("----- Mail original -----", "De:", "À:", "Cc:", "Envoyé:", "Objet:"),
    "en": ("----- Original Message -----", "From:", "To:", "Cc:", "Sent:", "Subject:"),
}


def zimbra_date(dt, loc):
    lg = lang(loc)
    day, d, month, y = _dmy(dt, lg)
    t = f"{hm(dt)}:{dt.second:02d}"
    if lg == "fr":
        return f"{day.capitalize()} {d} {month.capitalize()} {y} {t}"
    if lg == "it":
        return f"{day.capitalize()}, {d} {month} {y} {t}"
    if lg in ("es", "pt"):
        return f"{day.capitalize()}, {d} de {month.capitalize()} de {y} {t}"
    return f"{day}, {month} {d}, {y} {h12(dt)}"


NOTES = {
    "it": ("Da:", "A:", "Cc:", "Data:", "Oggetto:"),
    "fr": ("De :", "A :", "Cc :", "Date :", "Objet :"),
    "es": ("De:", "Para:", "Cc:", "Fecha:", "Asunto:"),
    "en": ("From:", "To:", "Cc:", "Date:", "Subject:"),
}


def notes_date(dt, loc):
    if loc.endswith("-CH"):
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year} {hm(dt)}"
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}"


SAMSUNG = {
    "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Cc:", "Oggetto:"),
    "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Cc:", "Asunto:"),
    "pt": ("-------- Mensagem original --------", "De:", "Data:", "Para:", "Cc:", "Assunto:"),
    "fr": ("-------- Message d'origine --------", "De :", "Date :", "À :", "Cc :", "Objet :"),
    "en": ("-------- Original message --------", "From:", "Date:", "To:", "Cc:", "Subject:"),
}


def samsung_date(dt):
    off = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)} (GMT{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d})"


def libero_date(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour:02d}.{dt.minute:02d}"


def orange_date(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d} {hm(dt)}"
