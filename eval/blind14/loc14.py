"""Locale tables and the date formats that mail clients print in attributions and header blocks (blind14).

Every function takes an aware datetime already converted to the viewer's zone (see to_zone).
"""

from datetime import timedelta, timezone

MONTHS = {
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
    "pl": [
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
}
MON3 = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
DAY3 = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
}


def to_zone(dt, off):
    return dt.astimezone(timezone(timedelta(hours=off)))


def lang_of(loc):
    return loc.split("-")[0]


def h12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{({1: 'st', 2: 'nd', 3: 'rd'}).get(n % 10, 'th')}"


def gmt_label(off):
    if off == 0:
        return "GMT+00:00"
    sign = "+" if off > 0 else "-"
    a = abs(off)
    return f"GMT{sign}{int(a):02d}:{round((a - int(a)) * 60):02d}"


# ---------------------------------------------------------------- Outlook for Windows (desktop) "Sent:" values
def outlook_sent(dt, loc):
    lg = lang_of(loc)
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if loc == "en-US":
        return f"{DAYS['en'][wd]}, {MONTHS['en'][m]} {d}, {y} {h12(dt)}"
    if loc == "en-CA":
        return f"{MONTHS['en'][m]} {d}, {y} {h12(dt)}"
    if loc in ("en-AU", "en-SG"):
        return f"{DAYS['en'][wd]}, {d} {MONTHS['en'][m]} {y} {h12(dt)}"
    if loc in ("en-GB", "en-IE", "en-ZA", "en-IN"):
        return (
            f"{d:02d} {MONTHS['en'][m]} {y} {hm(dt)}"
            if loc in ("en-IN", "en-ZA")
            else f"{d} {MONTHS['en'][m]} {y} {hm(dt)}"
        )
    if loc == "en-GBw":  # en-GB with the weekday (regional setting changed by the user)
        return f"{DAYS['en'][wd]}, {d} {MONTHS['en'][m]} {y} {hm(dt)}"
    if loc == "fr-CA":
        return f"{d} {MONTHS['fr'][m]} {y} {hm(dt)}"
    if lg == "fr":
        return f"{DAYS['fr'][wd]} {d} {MONTHS['fr'][m]} {y} {hm(dt)}"
    if lg == "pt":
        return f"{DAYS['pt'][wd]}, {d} de {MONTHS['pt'][m]} de {y} {hm(dt)}"
    if lg == "pl":
        return f"{DAYS['pl'][wd]}, {d} {MONTHS['pl'][m]} {y} {hm(dt)}"
    if lg == "sv":
        return f"den {d} {MONTHS['sv'][m]} {y} {hm(dt)}"
    raise ValueError(loc)


OUTLOOK_LABELS = {
    # from, sent, to, cc, subject
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "pt": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
}
REPLY_PREFIX = {"en": "RE: ", "fr": "RE : ", "pt": "RE: ", "pl": "RE: ", "sv": "SV: "}
FWD_PREFIX = {"en": "FW: ", "fr": "TR : ", "pt": "FW: ", "pl": "PD: ", "sv": "VB: "}


# ---------------------------------------------------------------- Outlook for Mac
def mac_date(dt, loc):
    lg = lang_of(loc)
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    if loc == "en-US":
        return f"{DAYS['en'][wd]}, {MONTHS['en'][m]} {d}, {y} at {h12(dt)}"
    if lg == "en":
        return f"{DAYS['en'][wd]}, {d} {MONTHS['en'][m]} {y} at {hm(dt)}"
    if lg == "fr":
        return f"{DAYS['fr'][wd]}, {d} {MONTHS['fr'][m]} {y} à {hm(dt)}"
    if lg == "pt":
        return f"{DAYS['pt'][wd]}, {d} de {MONTHS['pt'][m]} de {y} às {hm(dt)}"
    raise ValueError(loc)


MAC_LABELS = {
    "en": ("From:", "Date:", "To:", "Cc:", "Subject:"),
    "fr": ("De :", "Date :", "À :", "Cc :", "Objet :"),
    "pt": ("De:", "Data:", "Para:", "Cc:", "Assunto:"),
}


# ---------------------------------------------------------------- attributions
def gmail_attr(dt, loc, name, email):
    lg = lang_of(loc)
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    who = f"{name} <{email}>"
    if loc in ("en-US", "en-CA"):
        return f"On {DAY3['en'][wd]}, {MON3['en'][m]} {d}, {y} at {h12(dt)} {who} wrote:"
    if lg == "en":
        return f"On {DAY3['en'][wd]}, {d} {MON3['en'][m]} {y} at {hm(dt)}, {who} wrote:"
    if lg == "fr":
        return f"Le {DAY3['fr'][wd]} {d} {MON3['fr'][m]} {y} à {hm(dt)}, {who} a écrit :"
    if lg == "pt":
        return f"Em {DAY3['pt'][wd]}, {d} de {MON3['pt'][m]} de {y} às {hm(dt)}, {who} escreveu:"
    if lg == "pl":
        return f"{DAY3['pl'][wd]}, {d} {MON3['pl'][m]} {y} o {hm(dt)} {who} napisał(a):"
    if lg == "sv":
        return f"Den {DAY3['sv'][wd]} {d} {MON3['sv'][m]} {y} kl {hm(dt)} skrev {who}:"
    raise ValueError(loc)


def apple_attr(dt, loc, name, email):
    lg = lang_of(loc)
    d, m, y = dt.day, dt.month - 1, dt.year
    who = f"{name} <{email}>"
    if loc in ("en-US", "en-CA"):
        return f"On {MON3['en'][m]} {d}, {y}, at {h12(dt)}, {who} wrote:"
    if lg == "en":
        return f"On {d} {MON3['en'][m]} {y}, at {hm(dt)}, {who} wrote:"
    if lg == "fr":
        return f"Le {d} {MON3['fr'][m]} {y} à {hm(dt)}, {who} a écrit :"
    if lg == "pt":
        return f"A {d:02d}/{m + 1:02d}/{y}, às {hm(dt)}, {who} escreveu:"
    if lg == "pl":
        return f"Wiadomość napisana przez {who} w dniu {d} {MON3['pl'][m]} {y}, o godz. {hm(dt)}:"
    if lg == "sv":
        return f"{d} {MON3['sv'][m]} {y} kl. {hm(dt)} skrev {who}:"
    raise ValueError(loc)


def tb_attr(dt, loc, name):
    lg = lang_of(loc)
    d, m, y = dt.day, dt.month, dt.year
    if loc == "en-US":
        return f"On {m}/{d}/{y % 100:02d} {h12(dt)}, {name} wrote:"
    if lg == "en":
        return f"On {d:02d}/{m:02d}/{y} {hm(dt)}, {name} wrote:"
    if lg == "fr":
        return f"Le {d:02d}/{m:02d}/{y} à {hm(dt)}, {name} a écrit :"
    if lg == "sv":
        return f"Den {y}-{m:02d}-{d:02d} kl. {hm(dt)}, skrev {name}:"
    if lg == "pl":
        return f"W dniu {d:02d}.{m:02d}.{y} o {hm(dt)}, {name} pisze:"
    if lg == "pt":
        return f"Em {d:02d}/{m:02d}/{y} {hm(dt)}, {name} escreveu:"
    raise ValueError(loc)


def roundcube_attr(dt, loc, name):
    lg = lang_of(loc)
    stamp = f"{dt.year}-{dt.month:02d}-{dt.day:02d} {hm(dt)}"
    return {
        "en": f"On {stamp}, {name} wrote:",
        "fr": f"Le {stamp}, {name} a écrit :",
        "pl": f"W dniu {stamp}, {name} napisał(a):",
        "pt": f"Em {stamp}, {name} escreveu:",
        "sv": f"Den {stamp}, skrev {name}:",
    }[lg]


def yahoo_attr(dt, loc, name, email, zone):
    d, m, y, wd = dt.day, dt.month - 1, dt.year, dt.weekday()
    t = f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
    if loc == "en-US":
        return (
            f"On {DAYS['en'][wd]}, {MONTHS['en'][m]} {d}, {y} at {h12(dt)[:-3]}:{dt.second:02d} {h12(dt)[-2:]} "
            f"{zone}, {name} <{email}> wrote:"
        )
    return f"On {DAYS['en'][wd]}, {d} {MONTHS['en'][m]} {y} at {t} {zone}, {name} <{email}> wrote:"


def proton_attr(dt, name, email):
    return (
        f"On {DAYS['en'][dt.weekday()]}, {MONTHS['en'][dt.month - 1]} {ordinal(dt.day)}, {dt.year} at "
        f"{h12(dt)}, {name} <{email}> wrote:"
    )


def zoho_attr(dt, name, email):
    off = dt.utcoffset().total_seconds() / 3600
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    z = f"{sign}{int(a):02d}{round((a - int(a)) * 60):02d}"
    return (
        f"---- On {DAY3['en'][dt.weekday()]}, {dt.day:02d} {MON3['en'][dt.month - 1]} {dt.year} "
        f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {z} {name}<{email}> wrote ---"
    )


def us_attr(dt, name, email, comma=True):
    """Front / Superhuman (Gmail-like, en-US)."""
    return (
        f"On {DAY3['en'][dt.weekday()]}, {MON3['en'][dt.month - 1]} {dt.day}, {dt.year} at {h12(dt)}"
        f"{',' if comma else ''} {name} <{email}> wrote:"
    )


def js_date(dt, zone_name):
    """JavaScript Date.prototype.toString(), as some CRMs print it."""
    off = dt.utcoffset().total_seconds() / 3600
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    z = f"{sign}{int(a):02d}{round((a - int(a)) * 60):02d}"
    return (
        f"{DAY3['en'][dt.weekday()]} {MON3['en'][dt.month - 1]} {dt.day:02d} {dt.year} "
        f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} GMT{z} ({zone_name})"
    )


def samsung_date(dt):
    off = dt.utcoffset().total_seconds() / 3600
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)} ({gmt_label(off)})"


def zimbra_sent(dt, loc):
    lg = lang_of(loc)
    t = f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
    if lg == "fr":
        return (
            f"{DAYS['fr'][dt.weekday()].capitalize()} {dt.day} {MONTHS['fr'][dt.month - 1].capitalize()} {dt.year} {t}"
        )
    return f"{DAYS['en'][dt.weekday()]}, {dt.day} {MONTHS['en'][dt.month - 1]}, {dt.year} {t}"


def groupwise_stamp(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {hm(dt)}"


def bb_sent(dt):
    return f"{DAYS['en'][dt.weekday()]}, {dt.day} {MONTHS['en'][dt.month - 1]} {dt.year} {hm(dt)}"


def zendesk_stamp(dt, off):
    lab = (
        "GMT"
        if off == 0
        else f"GMT{'+' if off > 0 else '-'}{int(abs(off))}"
        + (f":{round((abs(off) - int(abs(off))) * 60):02d}" if abs(off) != int(abs(off)) else "")
    )
    return f"{MON3['en'][dt.month - 1]} {dt.day}, {dt.year}, {hm(dt)} {lab}"


def freshdesk_attr(dt, name, email):
    return f"On {DAY3['en'][dt.weekday()]}, {dt.day} {MON3['en'][dt.month - 1]} at {h12(dt)} , {name} <{email}> wrote:"
