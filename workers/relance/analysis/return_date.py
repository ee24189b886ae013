"""Return dates in English and French out-of-office text ("de retour le 2 décembre", "back on Monday").

A date only counts right after a trigger phrase ("until", "back on", "jusqu'au", "de retour le" …). Day-first
for French; English numeric dates are tried both ways and dropped when both readings are plausible. Month
names are read as dateparser reads them (en/fr, no network): from a table checked against it, and through
dateparser itself for anything outside the table. The date must fall between the message date and 90 days
after it; the latest such date wins; None when unsure.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

MAX_DAYS_AHEAD = 90

_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_FR_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "janv|févr|fevr|avr|juil|déc"
)
_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
_FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAY_INDEX = {
    **{name: i for i, name in enumerate(_EN_DAYS.split("|")[:7])},
    "mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    **{name: i for i, name in enumerate(_FR_DAYS.split("|"))},
}  # fmt: skip
_FR_MONTH_WORDS = frozenset(_FR_MONTHS.split("|")) - frozenset(_EN_MONTHS.split("|"))

_MONTH = rf"(?:{_FR_MONTHS}|{_EN_MONTHS})"
_WEEKDAY = rf"(?:{_EN_DAYS}|{_FR_DAYS})"
_DATE = rf"""
    (?:(?:{_WEEKDAY})\.?,?\s+(?:the\s+)?)?
    (?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|e)?(?:\s+of)?\s+(?P<m1>{_MONTH})\b\.?(?:,?\s+(?P<y1>\d{{4}}))?
      | (?P<m2>{_MONTH})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?
      | (?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})(?:[/.](?P<ny>\d{{4}}|\d{{2}}))?\b
      | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
    )
  | (?P<next>next\s+)?(?P<wd>{_WEEKDAY})\b(?P<prochain>\s+prochain)?
  | (?P<rel>tomorrow|demain)
"""
_EN_TRIGGER = (
    r"until|till|through|thru|to|returning(?:\s+to\s+(?:the\s+)?(?:office|work))?(?:\s+on)?|"
    r"(?:will\s+)?return(?:s)?(?:\s+to\s+(?:the\s+)?(?:office|work))?(?:\s+on)?|"
    r"back(?:\s+in\s+(?:the\s+)?office|\s+in|\s+at\s+work|\s+to\s+work)?(?:\s+on|\s+from)?|"
    r"(?:available|reachable|in\s+the\s+office)\s+(?:again\s+)?(?:on|from)"
)
_FR_TRIGGER = (
    r"jusqu'?\s*(?:au|à|a)|jusqu’\s*(?:au|à|a)|de\s+retour(?:\s+au\s+bureau)?(?:\s+le|\s+à\s+partir\s+du|\s+dès\s+le)?|"
    r"retour(?:\s+prévu|\s+prevu)?(?:\s+le|\s+à\s+partir\s+du)?|reprendrai(?:\s+le\s+travail)?(?:\s+le)?|"
    r"à\s+partir\s+du|a\s+partir\s+du|au"
)
_FIND = re.compile(
    rf"(?:\b(?P<en>{_EN_TRIGGER})|(?<![\w'])(?P<fr>{_FR_TRIGGER}))[\s,:]+(?:(?:the|le|on)\s+)?(?P<date>{_DATE})",
    re.IGNORECASE | re.VERBOSE,
)
# A range of days within one month, with no trigger word: "traveling July 10-31", "off 22–26 Dec". Its end
# counts as the named date. ("du 10 au 31 juillet" is read by the "au" trigger.)
_RANGE = re.compile(
    rf"""(?<![\w/.-])(?:
        (?P<m1>{_MONTH})\.?\s+(?P<a1>\d{{1,2}})(?:st|nd|rd|th)?\s*[-–—]\s*(?P<b1>\d{{1,2}})(?:st|nd|rd|th)?\b
      | (?P<a2>\d{{1,2}})(?:st|nd|rd|th|er)?\s*[-–—]\s*(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\b
    )(?![-/.]\d)""",
    re.IGNORECASE | re.VERBOSE,
)
# Other languages an absence notice reaches a French firm in: "bis einschließlich 16.08.2024", "tot en met 9 augustus",
# "dall'8 al 23 agosto", "hasta el 2 de septiembre", "até 3 de junho", "tillbaka måndag 5 augusti", "do 30 kwietnia".
# Day first, month names from this table (nominative and, for Polish and Czech, genitive forms).
OTHER_MONTHS = {
    **dict.fromkeys(("januar", "jänner", "januari", "gennaio", "enero", "janeiro", "stycznia", "styczeń", "ledna"), 1),
    **dict.fromkeys(("februar", "februari", "febbraio", "febrero", "fevereiro", "lutego", "luty", "února"), 2),
    **dict.fromkeys(("märz", "maart", "mars", "marzo", "março", "marts", "marca", "marzec", "března"), 3),
    **dict.fromkeys(("april", "aprile", "abril", "kwietnia", "kwiecień", "dubna"), 4),
    **dict.fromkeys(("mai", "mei", "maj", "maggio", "mayo", "maio", "maja", "května"), 5),
    **dict.fromkeys(("juni", "giugno", "junio", "junho", "czerwca", "czerwiec", "června"), 6),
    **dict.fromkeys(("juli", "luglio", "julio", "julho", "lipca", "lipiec", "července"), 7),
    **dict.fromkeys(("august", "augustus", "augusti", "agosto", "sierpnia", "sierpień", "srpna"), 8),
    **dict.fromkeys(("september", "settembre", "septiembre", "setembro", "września", "wrzesień", "září"), 9),
    **dict.fromkeys(("oktober", "ottobre", "octubre", "outubro", "października", "październik", "října"), 10),
    **dict.fromkeys(("november", "novembre", "noviembre", "novembro", "listopada", "listopad", "listopadu"), 11),
    **dict.fromkeys(
        ("dezember", "december", "dicembre", "diciembre", "dezembro", "grudnia", "grudzień", "prosince"), 12
    ),
}  # fmt: skip
_OTHER_MONTH = "|".join(sorted(OTHER_MONTHS, key=len, reverse=True))
_OTHER_TRIGGER = (
    r"bis(?:\s+einschließlich|\s+einschliesslich|\s+zum|\s+am)?|(?:wieder|zurück)(?:\s+im\s+büro)?\s+(?:am|ab)|"
    r"tot\s+en\s+met|t/m|tot|terug\s+op|weer\s+aanwezig\s+op|"
    r"fino\s+al|al|rientro\s+il|di\s+ritorno\s+il|"
    r"hasta(?:\s+el)?|de\s+vuelta\s+el|regreso\s+el|"
    r"até(?:\s+(?:ao|dia))?|de\s+volta\s+(?:a|em)|regresso\s+a|"
    r"tillbaka(?:\s+på)?|till\s+och\s+med|t\.o\.m\.|tilbage(?:\s+på)?|indtil|"
    r"do|wracam|powrót|zpět"  # "do dne 5. srpna": "dne" is read as the word before the date
)
_FIND_OTHER = re.compile(
    rf"""(?<![\w'’])(?:{_OTHER_TRIGGER})\s+(?:[^\W\d]+\.?,?\s+)?
    (?:(?P<d>\d{{1,2}})\.?\s*(?:de\s+)?(?P<m>{_OTHER_MONTH})\b(?:\s+(?:de\s+)?(?P<y>\d{{4}}))?
      | (?P<n1>\d{{1,2}})\.(?P<n2>\d{{1,2}})\.(?P<ny>\d{{4}}|\d{{2}})?(?!\d))""",
    re.IGNORECASE | re.VERBOSE,
)

# Cheap gate: no trigger word nor day range at all means no date (dateparser never runs).
_GATE = re.compile(
    r"until|till|through|thru|return|back|jusqu|retour|reprendrai|partir du|\bau\b|\bto\b|\d\s*[-–—]\s*\d|"
    r"\bbis\b|\btot\b|t/m|\bal\b|\bhasta\b|\baté\b|tillbaka|tilbage|indtil|\bdo\b|zpět|zurück|terug|rientro|ritorno|"
    r"vuelta|regres|volta|wracam|powrót",
    re.I,
)


def find_return_date(text: str, sent: date | None) -> date | None:
    """The return date named by an out-of-office text, or None when there is none or it is unclear."""
    if not text or sent is None or not _GATE.search(text):
        return None
    best: date | None = None
    for match in _FIND.finditer(text):
        found = _resolve(match, sent, french=match.group("fr") is not None)
        if found is not None and (best is None or found > best):
            best = found
    for match in _RANGE.finditer(text):
        found = _range_end(match, sent)
        if found is not None and (best is None or found > best):
            best = found
    if best is None:
        for match in _FIND_OTHER.finditer(text):
            found = _other_language(match, sent)
            if found is not None and (best is None or found > best):
                best = found
    return best


def _other_language(m: re.Match[str], sent: date) -> date | None:
    """A date after another language's trigger: day first, a month from OTHER_MONTHS or a number."""
    if m.group("n1"):
        day, month, year_s = int(m.group("n1")), int(m.group("n2")), m.group("ny")
    else:
        day, month, year_s = int(m.group("d")), OTHER_MONTHS[m.group("m").lower()], m.group("y")
    year = (2000 + int(year_s) if len(year_s) == 2 else int(year_s)) if year_s else None
    return _with_year(year, month, day, sent)


def _range_end(m: re.Match[str], sent: date) -> date | None:
    first, last, month_s = (
        (m.group("a1"), m.group("b1"), m.group("m1"))
        if m.group("m1")
        else (m.group("a2"), m.group("b2"), m.group("m2"))
    )
    if int(last) <= int(first):
        return None
    month_word = month_s.lower().rstrip(".")
    language = "fr" if month_word in _FR_MONTH_WORDS else "en"
    parsed = _parse_day_month_year(int(last), month_word, sent.year, language)
    if parsed is not None and parsed < sent:
        parsed = _parse_day_month_year(int(last), month_word, sent.year + 1, language)
    return parsed if parsed is not None and _valid(parsed, sent) else None


def _valid(day: date, sent: date) -> bool:
    return sent <= day <= sent + timedelta(days=MAX_DAYS_AHEAD)


def _resolve(m: re.Match[str], sent: date, *, french: bool) -> date | None:
    if m.group("rel"):
        return sent + timedelta(days=1)
    if m.group("wd"):
        target = _WEEKDAY_INDEX[m.group("wd").lower()]
        ahead = (target - sent.weekday()) % 7 or 7
        return sent + timedelta(days=ahead)
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
        return _checked(y, mo, d, sent)
    if m.group("n1"):
        return _numeric(m, sent, french=french)
    day_s, month_s, year_s = (
        (m.group("d1"), m.group("m1"), m.group("y1"))
        if m.group("d1")
        else (m.group("d2"), m.group("m2"), m.group("y2"))
    )
    month_word = month_s.lower().rstrip(".")
    language = "fr" if (french or month_word in _FR_MONTH_WORDS) else "en"
    year = int(year_s) if year_s else sent.year
    parsed = _parse_day_month_year(int(day_s), month_word, year, language)
    if parsed is None:
        return None
    if not year_s and parsed < sent:
        parsed = _parse_day_month_year(int(day_s), month_word, year + 1, language)
    return parsed if parsed is not None and _valid(parsed, sent) else None


_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})(?![\d/.])")


def _order_of(text: str) -> str | None:
    """ "dmy" or "mdy" when a numeric date in the text can be read only one way ("from 23/12/2024"), else None."""
    orders = set()
    for a, b in _NUMERIC_DATE.findall(text):
        if int(a) > 12 >= int(b):
            orders.add("dmy")
        elif int(b) > 12 >= int(a):
            orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


def _numeric(m: re.Match[str], sent: date, *, french: bool) -> date | None:
    a, b = int(m.group("n1")), int(m.group("n2"))
    year_s = m.group("ny")
    year = (2000 + int(year_s) if len(year_s) == 2 else int(year_s)) if year_s else None
    order = "dmy" if french else _order_of(m.string)
    # (month, day): day-first, then month-first for English, unless another date in the text settles the order
    readings = [(b, a)] if order == "dmy" else [(a, b)] if order == "mdy" else [(b, a), (a, b)]
    found = {d for mo, dd in readings if (d := _with_year(year, mo, dd, sent)) is not None}
    return found.pop() if len(found) == 1 else None


def _with_year(year: int | None, month: int, day: int, sent: date) -> date | None:
    if year is not None:
        return _checked(year, month, day, sent)
    for y in (sent.year, sent.year + 1):
        candidate = _checked(y, month, day, sent)
        if candidate is not None:
            return candidate
    return None


def _checked(year: int, month: int, day: int, sent: date) -> date | None:
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    return candidate if _valid(candidate, sent) else None


# dateparser's reading of "day <word> year" for each month word it knows in each language, checked against
# dateparser itself for every word, language, day and year in range (tests/analysis/test_return_date.py): it
# gives date(year, month, day), or None when that day does not exist. A word missing here, a day out of 1-31 or
# a year out of range still goes to dateparser, which costs about two milliseconds a call.
MONTH_NUMBERS = {
    "en": {
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12, "déc": 12,
    },
    "fr": {
        "jan": 1, "janv": 1, "janvier": 1, "fevr": 2, "fevrier": 2, "févr": 2, "février": 2, "mars": 3, "avr": 4,
        "avril": 4, "mai": 5, "jun": 6, "juin": 6, "jul": 7, "juil": 7, "juillet": 7, "aout": 8, "août": 8,
        "sep": 9, "sept": 9, "septembre": 9, "oct": 10, "octobre": 10, "nov": 11, "novembre": 11, "dec": 12,
        "déc": 12, "decembre": 12, "décembre": 12,
    },
}  # fmt: skip
TABLE_YEARS = range(2000, 2061)


@lru_cache(maxsize=4096)
def _parse_day_month_year(day: int, month_word: str, year: int, language: str) -> date | None:
    month = MONTH_NUMBERS[language].get(month_word)
    if month is not None and 1 <= day <= 31 and year in TABLE_YEARS:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return dateparser_day_month_year(day, month_word, year, language)


def dateparser_day_month_year(day: int, month_word: str, year: int, language: str) -> date | None:
    """dateparser's reading of "day month_word year" in `language` (English or French)."""
    result = _parser(language).get_date_data(f"{day} {month_word} {year}")
    found = result.date_obj
    return found.date() if found is not None else None


@lru_cache(maxsize=2)
def _parser(language: str) -> Any:
    from dateparser.date import DateDataParser  # imported lazily: loading dateparser takes ~0.2 s

    return DateDataParser(
        languages=[language],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "STRICT_PARSING": True,
            "PARSERS": ["absolute-time"],  # the input is always "day month year": skip relative-date parsing
        },
    )


def clear_cache() -> None:
    """Forget parsed dates (the language parsers stay loaded); used by benchmarks."""
    _parse_day_month_year.cache_clear()
