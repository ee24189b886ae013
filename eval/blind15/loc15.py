"""The dates French-speaking mail clients print in attributions and header blocks (blind15).

Every function takes an aware datetime already moved to the reader's zone (see at()).
"""

from datetime import datetime, timedelta, timezone

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = [
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
]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def dt(s, off):
    """'2026-11-26 14:03[:12]' at UTC offset off (hours)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=timezone(timedelta(hours=off)))


def at(d, off):
    return d.astimezone(timezone(timedelta(hours=off)))


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def utc_label(d):
    off = d.utcoffset().total_seconds() / 3600
    if off == int(off):
        return f"UTC{int(off):+d}" if off else "UTC"
    return f"UTC{off:+.1f}"


def gmt_paren(d):
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return f"(GMT{sign}{off // 60:02d}:{off % 60:02d})"


def numeric_zone(d):
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return f"{sign}{off // 60:02d}{off % 60:02d}"


# Outlook for Windows, "Envoyé :" line, by the Windows locale of the reader
def outlook(d, loc="fr-FR"):
    j, m = JOURS[d.weekday()], MOIS[d.month - 1]
    if loc == "fr-CA":
        return f"{d.day} {m} {d.year} {d.hour:02d} h {d.minute:02d}"
    if loc == "fr-CH":
        return f"{j}, {d.day} {m} {d.year} {hm(d)}"
    return f"{j} {d.day} {m} {d.year} {hm(d)}"


def outlook_mac(d):
    return f"{JOURS[d.weekday()]}, {d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}"


def gmail(d):
    return f"Le {JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {hm(d)}"


def gmail_fwd(d):
    return f"{JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {hm(d)}"


def gmail_mobile(d):
    return f"Le {JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month - 1]} {d.year}, {hm(d)}"


def apple(d):
    return f"Le {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {hm(d)}"


def apple_fwd(d):
    return f"{d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}:{d.second:02d} {utc_label(d)}"


def thunderbird(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year} à {hm(d)}"


def yahoo(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}:{d.second:02d} {utc_label(d)}"


def orange(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d} {hm(d)}"


def zimbra(d):
    return f"{JOURS[d.weekday()].capitalize()} {d.day} {MOIS[d.month - 1].capitalize()} {d.year} {hm(d)}:{d.second:02d}"


def ox(d):
    return f"{d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}"


def roundcube(d):
    return f"{d.year}-{d.month:02d}-{d.day:02d} {hm(d)}"


def proton(d):
    return f"Le {JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {hm(d)}"


def zoho(d):
    return f"{JOURS_ABR[d.weekday()]}, {d.day:02d} {MOIS_ABR[d.month - 1]} {d.year} {hm(d)}:{d.second:02d} {numeric_zone(d)}"


def samsung(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year} {hm(d)} {gmt_paren(d)}"


def numeric(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year} {hm(d)}"


def zendesk(d):
    return f"{d.day} {MOIS_ABR[d.month - 1]} {d.year} à {hm(d)} {utc_label(d)}"


def freshdesk(d):
    return f"{JOURS_ABR[d.weekday()]}, {d.day} {MOIS_ABR[d.month - 1]} à {hm(d)}"


def long_fr(d):
    """'jeudi 26 novembre 2026' (what people and notices write)."""
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year}"
