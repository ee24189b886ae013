"""Dates as the mail clients of blind16 print them (English, German, Dutch)."""

from datetime import datetime, timedelta, timezone

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
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
]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = [
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
]
DE_DAYS_GMAIL = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS_GMAIL = [
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
]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = [
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
]


def dt(s, off, sec=0):
    """'2026-12-08 10:14' local time at UTC offset off (hours) -> aware datetime."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=sec)
    return d.replace(tzinfo=timezone(timedelta(hours=off)))


def at(d, off):
    """The same instant shown at another UTC offset."""
    return d.astimezone(timezone(timedelta(hours=off)))


def ampm(d, seconds=False):
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def outlook_sent(d, loc, seconds=False):
    """The Sent:/Gesendet:/Verzonden: value of an Outlook header block."""
    sec = f":{d.second:02d}" if seconds else ""
    if loc == "en-US":
        return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, seconds)}"
    if loc == "en-GB":
        return f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year} {hm(d)}{sec}"
    if loc == "en-GB-long":
        return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {hm(d)}{sec}"
    if loc.startswith("de"):
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {hm(d)}{sec}"
    if loc.startswith("nl"):
        return f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year} {hm(d)}{sec}"
    raise ValueError(loc)


def mac_outlook_date(d, loc):
    if loc.startswith("de"):
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} um {hm(d)}"
    if loc == "en-US":
        return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d)}"
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} at {hm(d)}"


def gmail_attr(d, loc, who):
    if loc == "en-US":
        return (
            f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {ampm(d)} {who} wrote:"
        )
    if loc.startswith("en"):
        return f"On {EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {hm(d)}, {who} wrote:"
    if loc.startswith("de"):
        return (
            f"Am {DE_DAYS_GMAIL[d.weekday()]}, {d.day}. {DE_MONTHS_GMAIL[d.month - 1]} {d.year} um {hm(d)} Uhr "
            f"schrieb {who}:"
        )
    if loc.startswith("nl"):
        return f"Op {NL_DAYS[d.weekday()][:2]} {d.day} {NL_MONTHS[d.month - 1][:3]} {d.year} om {hm(d)} schreef {who}:"
    raise ValueError(loc)


def gmail_fwd_date(d, loc):
    if loc.startswith("de"):
        return f"{DE_DAYS_GMAIL[d.weekday()]}, {d.day}. {DE_MONTHS_GMAIL[d.month - 1]} {d.year} um {hm(d)} Uhr"
    if loc == "en-US":
        return f"{EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {ampm(d)}"
    return f"{EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {hm(d)}"


def apple_attr(d, loc, who):
    if loc == "en-US":
        return f"On {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {ampm(d)}, {who} wrote:"
    if loc.startswith("en"):
        return f"On {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, at {hm(d)}, {who} wrote:"
    if loc.startswith("de"):
        return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {hm(d)} schrieb {who}:"
    if loc.startswith("nl"):
        return f"Op {d.day} {NL_MONTHS[d.month - 1][:3]} {d.year} om {hm(d)} heeft {who} het volgende geschreven:"
    raise ValueError(loc)


def apple_fwd_date(d, loc):
    z = d.utcoffset().total_seconds() / 3600
    zone = "GMT" if z == 0 else f"GMT{z:+.0f}"
    if loc.startswith("de"):
        return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year} um {hm(d)}:{d.second:02d} MEZ"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} at {hm(d)}:{d.second:02d} {zone}"


def tb_attr(d, loc, who):
    if loc.startswith("de"):
        return f"Am {d.day:02d}.{d.month:02d}.{d.year % 100:02d} um {hm(d)} schrieb {who}:"
    if loc == "en-US":
        return f"On {d.month}/{d.day}/{d.year} {ampm(d)}, {who} wrote:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {hm(d)}, {who} wrote:"


def notes_date(d, loc):
    if loc.startswith("de"):
        return f"{d.day:02d}.{d.month:02d}.{d.year} {hm(d)}"
    if loc == "en-US":
        return f"{d.month:02d}/{d.day:02d}/{d.year} {ampm(d)}"
    return f"{d.day:02d}/{d.month:02d}/{d.year} {hm(d)}"


def gmx_date(d):
    return f"{DE_DAYS[d.weekday()]}, {d.day:02d}. {DE_MONTHS[d.month - 1]} {d.year} um {hm(d)} Uhr"


def bb_date(d):
    return f"{EN_DAYS[d.weekday()]}, {d.day:02d} {EN_MONTHS[d.month - 1][:3]} {d.year}, {hm(d)}"


def samsung_date(d):
    z = d.utcoffset().total_seconds() / 3600
    return f"{d.day:02d}/{d.month:02d}/{d.year} {hm(d)} (GMT{int(z):+03d}:00)"


def yahoo_attr(d, who):
    z = d.utcoffset().total_seconds() / 3600
    zone = "GMT" if z == 0 else "CET"
    return (
        f"On {EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} at {hm(d)}:{d.second:02d} {zone}, "
        f"{who} wrote:"
    )


def proton_attr(d, who):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"On {EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {n}{suf}, {d.year} at {hm(d)}, {who} wrote:"


def superhuman_attr(d, who):
    return (
        f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year} at {ampm(d)}, {who} wrote:"
    )


def servicenow_stamp(d):
    zone = "GMT" if d.utcoffset().total_seconds() == 0 else "CET"
    return f"{d.year}-{d.month:02d}-{d.day:02d} {hm(d)}:{d.second:02d} {zone}"
