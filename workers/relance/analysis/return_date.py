"""Return dates in English and French out-of-office text ("de retour le 2 décembre", "back on Monday").

A date only counts right after a trigger phrase ("until", "back on", "jusqu'au", "de retour le" …). Day-first
for French; English numeric dates are tried both ways and dropped when both readings are plausible. Month
names are read as dateparser reads them (en/fr, no network): from a table checked against it, and through
dateparser itself for anything outside the table. The date must fall between the message date and 90 days
after it; the latest such date wins; None when unsure.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateutil.easter import easter

from relance.analysis import lowercase

MAX_DAYS_AHEAD = 90

_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_FR_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "janv|févr|fevr|avr|juil|déc|févirer|fevirer|févier|fevier"
)
_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
_FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAY_INDEX = {
    **{name: i for i, name in enumerate(_EN_DAYS.split("|")[:7])},
    "mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    **{name: i for i, name in enumerate(_FR_DAYS.split("|"))},
}  # fmt: skip
_FR_MONTH_WORDS = frozenset(_FR_MONTHS.split("|")) - frozenset(_EN_MONTHS.split("|"))
# February's letters swapped, as people type on a phone ("jusq'au 5 févirer"): read as February, outside the table
# that mirrors dateparser's.
_MONTH_TYPOS = {"févirer": "février", "fevirer": "février", "févier": "février", "fevier": "février"}


def _month_word(month_s: str) -> str:
    """A month as matched ("Févr.", "févirer") as the table knows it ("févr", "février")."""
    word = month_s.lower().rstrip(".")
    return _MONTH_TYPOS.get(word, word)


_MONTH = rf"(?:{_FR_MONTHS}|{_EN_MONTHS})"
_WEEKDAY = rf"(?:{_EN_DAYS}|{_FR_DAYS})"
# "ven. 20 févr.", "lun. 23", "jeu 3 oct": French abbreviations, only before a date ("mar" is March too).
_FR_DAY_ABBREVIATIONS = {"lun": 0, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
# A weekday with no date: a whole name, or an English abbreviation not followed by a word ("mon" is also French for
# "my": "je reprendrai mon activité le lundi 4").
_WEEKDAY_ALONE = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    rf"{_FR_DAYS}|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![ \t]+[^\W\d]))"
)
_DATE = rf"""
    (?:(?:(?P<wdp>{_WEEKDAY})\.?|(?P<wda>lun|mer|jeu|ven|sam|dim)\.?),?\s+(?:the\s+)?)?
    (?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|e)?(?:\s+of)?\s+(?P<m1>{_MONTH})\b\.?(?:,?\s+(?P<y1>\d{{4}}))?
      | (?P<m2>{_MONTH})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?
      | (?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})(?:[/.](?P<ny>\d{{4}}|\d{{2}}))?\b
      | (?P<dn1>\d{{1,2}})-(?P<dn2>\d{{1,2}})-(?P<dny>\d{{4}})\b
      | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
      # A day alone, the month implied ("de retour le 22", "back on the 6th", "retour lun. 23"): not a time
      # ("9h", "9:00"), a phone number ("au 04 91 33 52 07"), an amount, an age or a street number.
      | (?P<d0>\d{{1,2}})(?:st|nd|rd|th|er|e|ème)?\b
        (?!\s*(?:\d|[:/.,-]\d|h\b|h\d|heures?\b|hours?\b|ans?\b|years?\b|rue\b|avenue\b|%|€|\$|£|euros?\b))
    )
  | (?P<next>next\s+)?(?P<wd>{_WEEKDAY_ALONE})\b(?P<prochain>\s+prochain)?
  | (?P<rel>tomorrow|demain)
"""
_EN_TRIGGER = (
    # a single day away: "I am out of the office on Friday 29 January"
    r"(?:out\s+of\s+(?:the\s+)?office|away|off|absent)\s+on|"
    r"until|till|til|through|thru|to|returning(?:\s+to\s+(?:the\s+)?(?:office|work))?(?:\s+on)?|"
    r"(?:will\s+)?return(?:s)?(?:\s+to\s+(?:the\s+)?(?:office|work))?(?:\s+on(?:\s+or\s+(?:around|about|after))?)?|"
    r"back(?:\s+(?!to\b|with\b)[^\W\d]+){1,3}?\s+on(?=\s+(?:the\s+)?\d)|"
    r"back(?:\s+in\s+(?:the\s+)?office|\s+in\s+[^\W\d]+(?=\s+on\b)|\s+in|\s+at\s+work|\s+to\s+work|\s+at\s+my\s+desk)?"
    r"(?:\s+on(?:\s+or\s+(?:around|about|after))?|\s+from|\s+w/c)?|"
    r"(?:available|reachable|in\s+the\s+office)\s+(?:again\s+)?(?:on|from)|"
    r"re-?open(?:s|ing)?(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?)?(?:\s+on)?|(?:will\s+)?resum(?:e|es|ing)(?:\s+(?:normal|regular|full|business|office|hours|operations|work)){0,3}"
    r"(?:\s+on|\s+from)?|(?:respond|reply|answer)\s+(?:to\s+(?:you|your\s+\w+)\s+)?(?:on|from)|next\s+working\s+day,?"
)
# "de retour (au bureau) (le|à partir du|dès le|avant le)", "je reprendrai (mes fonctions|le travail) le", "reprise le",
# "je reviens le", "je rentre le", "joignable à nouveau le", "réouverture (de nos bureaux) le" ...
_FR_PLACE = (
    r"(?:(?:\s+(?:au|à\s+l'|a\s+l'|à\s+la|parmi)\s*(?:bureau|cabinet|agence|étude|etude|office|nous|vous)"
    r"|\s+dans\s+(?:nos|les|mes|ses|leurs|vos)\s+(?:locaux|bureaux))"  # "de retour dans nos locaux le 9 mars"
    r"(?:\s+(?:de|d['’])\s*[^\W\d]+(?:[-'’][^\W\d]+)*(?=\s+le\b))?)?"  # "au bureau de Dubaï le mardi 3 décembre"
)
_FR_FROM = (
    r"(?:\s+(?:le|à\s+partir\s+du|a\s+partir\s+du|à\s+compter\s+du|a\s+compter\s+du|dès\s+le|des\s+le|"
    r"avant(?:\s+le)?|au\s+plus\s+tard\s+le|dès(?=\s+demain)))?"
)
# A few words between a strong return word and its date: "réouverture au public le", "rouvrira ses portes le",
# "reprise des rendez-vous à compter du", "je reprendrai donc le travail le".
_FR_WORDS = r"(?:\s+[^\W\d]+(?:[-'’][^\W\d]+)*){0,5}?"
_FR_TRIGGER = (
    r"jusqu'?\s*(?:au|à|a)|jusqu’\s*(?:au|à|a)|jusq\.|jusq['’]\s*(?:au|à|a)|"
    rf"(?:de\s+)?retour(?:\s+prévu|\s+prevu|\s+effectif)?(?:{_FR_PLACE}|\s+(?:à|a|au|en)\s+[^\W\d]+){_FR_FROM}|"
    rf"(?:reprendr(?:ai|ais|ait|a|ons)|reprends|reprend){_FR_WORDS}{_FR_FROM}|"
    rf"reprise{_FR_WORDS}{_FR_FROM}|"
    rf"(?:reviens|reviendrai|rentre|rentrerai|rentrons|revenons)(?:\s+de\s+(?:congés?|conges?|vacances)|\s+vers\s+vous)?"
    rf"{_FR_PLACE}{_FR_FROM}|"
    rf"(?:joignable|disponible|présente?|presente?){_FR_PLACE}\s+(?:le|à\s+partir\s+du|a\s+partir\s+du|dès\s+le|des\s+le)|"
    rf"(?:joignable|disponible|présente?|presente?|connectée?|connectee?){_FR_PLACE}\s+(?:(?:à|a|de)\s+nouveau){_FR_FROM}|"
    rf"(?:à|a|de)\s+nouveau(?:\s+(?:joignable|disponible|présente?|presente?))?{_FR_PLACE}{_FR_FROM}|"
    rf"(?:réouverture|reouverture|rouvrira|rouvriront|rouvre|rouvrent|rouvrirons){_FR_WORDS}{_FR_FROM}|"
    # "je ne lirai vos messages qu'à partir du 11 mai", "qu'à compter de demain": the return
    r"qu['’]\s*(?:à|a)\s+(?:partir|compter)\s+(?:du|de(?=\s+demain\b))|"
    # a single day away: "je suis absent ce mardi 1er décembre", "absente le 4 mars"
    r"(?:absente?|absent\(e\)|absents|absentes)\s+(?:ce|le)(?=\s+(?:\w+\s+)?\d)|"
    # two days away: "absente jeudi 14 et vendredi 15 mai", "fermés les 24 et 26 décembre": the second
    rf"(?:absente?|absent\(e\)|absents|absentes|fermée?s?)\s+(?:les\s+)?(?:(?:{_FR_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:et|&)|"
    r"à\s+partir\s+du|a\s+partir\s+du|dès\s+le|des\s+le|au"
)
_FIND = re.compile(
    rf"(?:\b(?P<en>{_EN_TRIGGER})|(?<![\w'])(?P<fr>{_FR_TRIGGER}))[\s,:]+"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:[A-Z]{1,4}T?\s+|\([A-Z]{1,5}\)\s+)?(?:on\s+)?)?"
    rf"(?:(?:the|le|on)\s+)?(?P<date>{_DATE})",
    re.IGNORECASE | re.VERBOSE,
)
# A range of days within one month, with no trigger word: "traveling July 10-31", "off 22–26 Dec". Its end
# counts as the named date. ("du 10 au 31 juillet" is read by the "au" trigger.)
_RANGE = re.compile(
    rf"""(?<![\w/.-])(?:
        (?P<m1>{_MONTH})\.?\s+(?P<a1>\d{{1,2}})(?:st|nd|rd|th)?\s*[-–—]\s*(?P<b1>\d{{1,2}})(?:st|nd|rd|th)?\b
      | (?P<a2>\d{{1,2}})(?:st|nd|rd|th|er)?\s*[-–—]\s*(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\b
      | (?P<p1>\d{{1,2}})/(?P<p2>\d{{1,2}})\s*[-–—]\s*(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})(?:/(?P<ny>\d{{4}}|\d{{2}}))?\b
      # across two months: "Dec 26-Jan 2", "26 Dec – 2 Jan"
      | (?P<m3>{_MONTH})\.?\s+(?P<a3>\d{{1,2}})(?:st|nd|rd|th)?\s*[-–—]\s*
        (?P<m5>{_MONTH})\.?\s+(?P<b3>\d{{1,2}})(?:st|nd|rd|th)?\b
      | (?P<a4>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<m4>{_MONTH})\.?\s*[-–—]\s*
        (?P<b4>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<m6>{_MONTH})\b
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
    r"bis(?:\s+und\s+mit|\s+einschließlich|\s+einschliesslich|\s+zum|\s+am)?|(?:wieder|zurück)(?:\s+im\s+büro)?\s+(?:am|ab)|"
    r"tot\s+en\s+met|t/m|tot|terug\s+op|weer\s+aanwezig\s+op|"
    r"fino\s+al|fino\s+a|al|rientro\s+il|di\s+ritorno\s+il|rientrer[òo](?:\s+in\s+ufficio)?(?:\s+il)?|"
    r"(?:sarò|saro)\s+di\s+nuovo\s+in\s+ufficio(?:\s+il)?|riapertura(?:\s+il)?|"
    r"hasta(?:\s+el)?|de\s+vuelta\s+el|regreso\s+el|volver[ée](?:\s+a\s+la\s+oficina)?(?:\s+el)?|"
    r"me\s+reincorporar[ée](?:\s+el)?|estar[ée]\s+de\s+vuelta(?:\s+el)?|a\s+partir\s+del|"
    r"até(?:\s+(?:ao|dia))?|de\s+\d{1,2}\s+a|de\s+volta\s+(?:a|em)|regresso(?:\s+ao\s+escritório)?(?:\s+(?:a|na|no|em))?|regressarei(?:\s+a|\s+no\s+dia)?|"
    r"retorno(?:\s+ao\s+escritório)?(?:\s+no\s+dia|\s+em|\s+a|\s+na|\s+no)?|"
    r"volto(?:\s+(?:ao\s+escritório\s+)?(?:no\s+dia|dia|em|a|na|no))?|"
    r"estarei\s+de\s+volta(?:\s+(?:no\s+dia|em|a))?|"
    r"tillbaka(?:\s+på(?:\s+(?:kontoret|jobbet|arbetet))?)?|till\s+och\s+med|t\.o\.m\.|tilbage(?:\s+på)?|indtil|"
    # Norwegian, Danish and Swedish: "tilbake på kontoret onsdag 10. mars", "frem til 1. august", "åter 22/3"
    r"tilbake(?:\s+på(?:\s+(?:kontoret|jobben|jobb))?)?|til\s+og\s+med|(?:frem\s+)?til|åter(?:\s+på\s+(?:kontoret|jobbet))?|"
    r"do|wracam|powrót|zpět"  # "do dne 5. srpna": "dne" is read as the word before the date
)
_OTHER_DATE = rf"""
    (?:(?P<d>\d{{1,2}})(?:[°º]|er|o)?\.?\s*(?:de\s+)?(?P<m>{_OTHER_MONTH})\b(?:\s+(?:de\s+)?(?P<y>\d{{4}}))?
      | (?P<n1>\d{{1,2}})\.(?P<n2>\d{{1,2}})\.(?P<ny>\d{{4}}|\d{{2}})?(?!\d)
      # "fino al 7/1/2027", "volto no dia 25/01": day first, as every language of this table writes it
      | (?P<s1>\d{{1,2}})/(?P<s2>\d{{1,2}})(?:/(?P<sy>\d{{4}}|\d{{2}}))?(?![\d/])
      | (?P<d0>\d{{1,2}})\b(?!\s*(?:\d|[:/.,-]\d|h\b|h\d|uhr\b|ore\b|horas?\b|%|€)))"""
_FIND_OTHER = re.compile(
    rf"""(?<![\w'’])(?:{_OTHER_TRIGGER})\s+(?:(?P<w>[^\W\d]+(?:-[^\W\d]+)?)\.?,?\s+)?(?:de[nm]\s+)?{_OTHER_DATE}""",
    re.IGNORECASE | re.VERBOSE,
)
# German and Dutch put the return after its date: "Am 05.01. bin ich wieder im Büro", "Ab dem 7. Januar bin ich
# wieder erreichbar", "ab dem 22.4. (nach Ostern) wieder im Büro", "ik ben maandag 4 mei weer op kantoor".
_FIND_BACK_AFTER_DATE = re.compile(
    rf"""(?<![\w])(?:am|ab(?:\s+dem)?|ab|ben|is|zijn|vanaf)\s+(?:(?P<w>[^\W\d]+),?\s+)?(?:de[nm]\s+)?{_OTHER_DATE}
    [^.!?\n]{{0,40}}?\b(?:wieder|zurück|weer|terug)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Back tomorrow in Dutch or German: "morgen ben ik weer bereikbaar", "ab morgen bin ich wieder im Büro".
_TOMORROW_BACK = re.compile(
    r"(?<!guten\s)(?<!goede\s)\bmorgen\b[^.!?\n]{0,40}?\b(?:wieder|weer|terug|zurück)\b", re.IGNORECASE
)  # (not "Guten Morgen, ich bin wieder …", a greeting)
_AWAY_BEFORE_OTHER = re.compile(r"(?:ausente|fuera|vacaciones|cerrad[oa]s?)[^.!?\n]*$", re.IGNORECASE)
# A day alone counts in these languages only after its weekday ("el lunes 18", "il lunedì 25", "am Montag, 5.").
_OTHER_WEEKDAYS = {
    name: i
    for names in (
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lunes martes miércoles jueves viernes sábado domingo",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "segunda terça quarta quinta sexta",
    )
    for i, name in enumerate(names.split())
}

# Cheap gate: no trigger word nor day range at all means no date (dateparser never runs).
_GATE = re.compile(
    r"until|till|through|thru|return|back|jusqu|retour|reprendrai|partir du|\bau\b|\bto\b|\d\s*[-–—]\s*\d|"
    r"\d\s*[-–—]\s*[^\W\d]{3}|"
    r"\b(?:office|away|off|absent)\s+on\b|\babsente?s?\s+(?:ce|le)\b|\bde\s+\d{1,2}\s+a\s+\d|\bbis\b|\btot\b|t/m|\bal\b|\bhasta\b|\baté\b|tillbaka|tilbage|indtil|\bdo\b|zpět|zurück|terug|rientro|ritorno|"
    r"tilbake|åter|t\.o\.m|(?:absente?s?|fermée?s?)\s+(?:les\s+)?(?:[^\W\d]+\s+)?\d{1,2}(?:er)?\s+(?:et|&)|"
    r"vuelta|regres|volta|volto|wracam|powrót|reprise|reprendr|reviens|reviendr|rentr|nouveau|r[ée]ouverture|wieder|"
    r"rientrer|fino\s+al?\b|volver|reincorpor|riapertura|open|\btil\b|resum|retorno|weer|aujourd|today|\boggi\b|\bhoy\b|\bhoje\b|repren|rouvr|jusq|"
    r"respond|reply|answer|working\s+day|ce\s+jour|disponible|partir\s+del|compter\s+du|compter\s+de\s+demain|"
    r"semaines?\s+\d",
    re.I,
)


def find_return_date(text: str, sent: date | None, subject: str = "") -> date | None:
    """The return date named by an out-of-office text, or None when there is none or it is unclear. The subject
    ("Absent jusqu'au 9 novembre", "Out of Office until 3rd Nov") is read when the text names none."""
    found = _find(text, sent)
    if found is None and subject:
        found = _find(subject, sent)
    if found is None and sent is not None and text and _AWAY_NORDIC_BALTIC.search(text):
        found = _nordic_baltic(text, sent)
    return found


# Nordic and Baltic notices, read when the others find nothing: "Olen puhkusel kuni 19. aprillini", "Esmu
# atvaļinājumā līdz 16. aprīlim", "Atostogauju iki balandžio 19 d.", "Olen lomalla 16.4. asti", "Jeg har avspasering
# uke 20", "Jag är ledig vecka 16". In a notice that says its writer is away, the latest date named on or after the
# day it was sent, else the Friday of the week it names by number (eval/return_dates/README.md).
_AWAY_NORDIC_BALTIC = re.compile(
    r"\b(?:puhkus\w*|tagasi\s+tööl|eemal|atvaļinājum\w*|prombūtn\w*|atgriezīšos|atostog\w*|grįšiu|nebūsiu|\w*lomalla|"
    r"poissa|palaan|ledig|semester|tjänstledig|tillbaka|ferie|fraværende|fravær|avspasering|tilbage|tilbake|í\s+fríi|"
    r"sumarfrí\w*|kem\s+aftur)\b",
    re.IGNORECASE,
)
# Each month's stem as Estonian, Latvian, Lithuanian, Finnish, Icelandic, Swedish, Danish and Norwegian write it, any
# case ending after it ("aprillini", "aprīlim", "balandžio", "huhtikuuta").
_NORDIC_BALTIC_MONTHS = [
    re.compile(stems, re.IGNORECASE)
    for stems in (
        "jaanuar|janvār|sausio|tammikuu|janúar|januar",
        "veebruar|februār|vasario|helmikuu|febrúar|februar",
        "märts|mart|kovo|maaliskuu|mars",
        "aprill|aprīl|balandž|huhtikuu|apríl|april",
        "mai|gegužės|toukokuu|maí|maj",
        "juun|jūnij|birželio|kesäkuu|júní|juni",
        "juul|jūlij|liepos|heinäkuu|júlí|juli",
        "august|rugpjūčio|elokuu|ágúst",
        "septemb|septembr|rugsėjo|syyskuu",
        "oktoob|oktobr|spalio|lokakuu|októb|oktob",
        "novemb|lapkričio|marraskuu|nóvemb",
        "detsemb|decemb|gruodžio|joulukuu|desemb",
    )
]
_NORDIC_BALTIC_MONTH = (
    "(?:jaanuar|janvār|sausio|tammikuu|janúar|januar|veebruar|februār|vasario|helmikuu|febrúar|februar|märts|mart|kovo|"
    "maaliskuu|mars|aprill|aprīl|balandž|huhtikuu|apríl|april|mai|gegužės|toukokuu|maí|maj|juun|jūnij|birželio|kesäkuu|"
    "júní|juni|juul|jūlij|liepos|heinäkuu|júlí|juli|august|rugpjūčio|elokuu|ágúst|septemb|rugsėjo|syyskuu|oktoob|oktobr|"
    r"spalio|lokakuu|októb|oktob|novemb|lapkričio|marraskuu|nóvemb|detsemb|decemb|gruodžio|joulukuu|desemb)\w*"
)
_NORDIC_BALTIC_DATE = re.compile(
    rf"""(?<![\d.:/])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})(?:\.\s?(?P<y>\d{{4}})|\.)?(?![\d:/]|\.\d)|
        (?<!\d)(?P<d2>\d{{1,2}})\.?\s+(?:d\.\s+)?(?P<mon>{_NORDIC_BALTIC_MONTH})(?:\s+(?P<y2>\d{{4}}))?|
        (?:(?P<y3>\d{{4}})\.?\s+(?:m\.\s+)?)?(?P<mon3>{_NORDIC_BALTIC_MONTH})\s+(?P<d3>\d{{1,2}})(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)
_WEEK_NAMED = re.compile(r"\b(?:uke|uge|vecka|veckan|viikon|viikko|viikolla|nädalal|nädal)\s*(?P<week>\d{1,2})\b", re.I)


_BACK_BEFORE_WEEK = re.compile(
    r"\b(?:tillbaka|tilbage|tilbake|palaan|tagasi|åter|back|retour|zurück|terug)\b(?:\s+\w+){0,2}\s*$", re.I
)


def _nordic_baltic_month(word: str) -> int:
    return next(month for month, stems in enumerate(_NORDIC_BALTIC_MONTHS, start=1) if stems.match(word))


def _nordic_baltic(text: str, sent: date) -> date | None:
    days = _latest_named(text, sent, _NORDIC_BALTIC_DATE, _day_month_year(_nordic_baltic_month))
    if days:
        return max(days)
    for week in _WEEK_NAMED.finditer(text):
        if not _BACK_BEFORE_WEEK.search(text, max(0, week.start() - 30), week.start()):
            return _end_of_week(int(week.group("week")), sent)
    return None  # "tillbaka vecka 13": back in a week, which names no day


# Back on Ash Wednesday, the day Carnival ends (Easter Sunday less 46 days): "volto na Quarta-feira de Cinzas",
# "regreso el miércoles de ceniza", "back on Ash Wednesday".
_ASH_WEDNESDAY = re.compile(
    r"""\b(?:volto|retorno|regresso|regreso|vuelvo|estarei\s+de\s+volta|estaré\s+de\s+vuelta|back|return\w*|
        retour|de\s+retour|zurück|rientro)\b[^.\n]{0,25}?\b(?:quarta-feira\s+de\s+cinzas|mi[ée]rcoles\s+de\s+ceniza|
        ash\s+wednesday|mercredi\s+des\s+cendres|aschermittwoch|mercoled[iì]\s+delle\s+ceneri)\b""",
    re.IGNORECASE | re.VERBOSE,
)


# Chinese, Japanese, Korean and Arabic notices: "出差至3月8日", "2/15（一）起恢復上班", "3月23日（火）より",
# "2월 10일(수)부터 정상 근무", "3/8(월)까지", "سأعود … 14 مارس 2027". Every date the notice names on or after
# the day it was sent: the latest, which is the day back when it names one and the last day away otherwise (as the
# other languages read it). A month-first "M/D" counts only before a word that sets it in time (起, まで, 까지 …).
_EAST_ASIAN_OR_ARABIC = lowercase.EAST_ASIAN_OR_ARABIC
# … which says someone is away or back (a read receipt's date is when it was read)
_AWAY_EAST_ASIAN_OR_ARABIC = re.compile(
    r"不在|休假|出差|放假|假期|请假|請假|春节|春節|休み|休暇|出張|休業|연휴|부재|휴가|출장|복귀|إجازة|اجازة|سأعود|العودة|"
    r"خارج\s+المكتب|回港|回国|回國|恢复上班|恢復上班|復帰|出社"
)
_ARABIC_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
_EAST_ASIAN_DATE = re.compile(
    r"""(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]|
        (?<![\d/])(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?![\d/])
            (?=\s*(?:[（(][^)）]{1,4}[)）])?\s*(?:起|까지|부터|から|より|まで|至|到|止|前|後|后|回|返|恢复|恢復))|
        (?P<d3>\d{1,2})\s+(?P<m3>"""
    + "|".join(_ARABIC_MONTHS)
    + r""")(?:\s+(?P<y3>\d{4}))?""",
    re.VERBOSE,
)


def _latest_named(
    text: str, sent: date, pattern: re.Pattern[str], parts: Callable[[re.Match[str]], tuple[int, int, str | None]]
) -> list[date]:
    """Every date on or after `sent` that `pattern` finds in `text`, `parts` giving each match's (month, day, year
    or None), a year left out read as the next such day (`_with_year`)."""
    days = []
    for m in pattern.finditer(text):
        month, day, year_s = parts(m)
        found = _with_year(int(year_s) if year_s else None, month, day, sent)
        if found is not None:
            days.append(found)
    return days


def _east_asian_or_arabic_parts(m: re.Match[str]) -> tuple[int, int, str | None]:
    if m.group("m"):
        return int(m.group("m")), int(m.group("d")), m.group("y")
    if m.group("m2"):
        return int(m.group("m2")), int(m.group("d2")), None
    return _ARABIC_MONTHS[m.group("m3")], int(m.group("d3")), m.group("y3")


def _east_asian_or_arabic(text: str, sent: date) -> date | None:
    """The latest date on or after `sent` an East Asian or Arabic notice names, or None."""
    days = _latest_named(text, sent, _EAST_ASIAN_DATE, _east_asian_or_arabic_parts)
    if len(days) >= 2 and min(days) - sent > timedelta(days=14):
        return None  # a closure weeks ahead ("4月29日〜5月5日は休業" in March), not an absence now
    return max(days, default=None)


# Central and Eastern European, Greek, Turkish and Hebrew notices: "do 16. 4. jsem mimo kancelář", "Sunt în concediu
# până pe 12 aprilie", "Április 19-ig szabadságon vagyok", "έως τις 20 Απριλίου", "в отпуске до 18.04", "19 Nisan'a
# kadar izindeyim", "בחופשת פסח עד 29.4 ואחזור … 2.5.2027". Read as the East Asian ones: in a notice that says its
# writer is away, the latest date named on or after the day it was sent.
_AWAY_CEE = re.compile(
    r"dovolen|mimo\s+kancel|mimo\s+úrad|nepřítom|neprítom|k\s+zastižení|szabadság|irodán\s+kívül|visszatérek|"
    r"concediu|în\s+afara\s+biroului|închis|λείπω|εκτός\s+γραφείου|άδεια|κλειστό|επανέλθουμε|επιστρέφω|"
    r"отпуск|вне\s+офиса|командировк|отсутств|вернусь|відпуст|відрядженн|поза\s+офісом|повернусь|повернення|"
    r"извън\s+офиса|завръщане|izindeyim|izinde|ofis\s+dışında|tatil|döndüğümde|חופש|מחוץ\s+למשרד|אחזור",
    re.IGNORECASE,
)
# Each month as Czech, Slovak, Hungarian, Romanian, Greek, Russian, Ukrainian, Bulgarian and Turkish write it.
_CEE_MONTHS = {
    word: month
    for month, words in enumerate(
        (
            "ledna januára január ianuarie ιανουαρίου января січня януари ocak",
            "února februára február februarie φεβρουαρίου февраля лютого февруари şubat",
            "března marca március martie μαρτίου марта березня март mart",
            "dubna apríla április aprilie απριλίου апреля квітня април nisan",
            "května mája május mai μαΐου μαίου мая травня май mayıs",
            "června júna június iunie ιουνίου июня червня юни haziran",
            "července júla július iulie ιουλίου июля липня юли temmuz",
            "srpna augusta augusztus august αυγούστου августа серпня август ağustos",
            "září septembra szeptember septembrie σεπτεμβρίου сентября вересня септември eylül",
            "října októbra október octombrie οκτωβρίου октября жовтня октомври ekim",
            "listopadu novembra november noiembrie νοεμβρίου ноября листопада ноември kasım",
            "prosince decembra december decembrie δεκεμβρίου декабря грудня декември aralık",
        ),
        start=1,
    )
    for word in words.split()
}
_CEE_MONTH = "|".join(sorted(_CEE_MONTHS, key=len, reverse=True))
_CEE_DATE = re.compile(
    rf"""(?<![\d.:/])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})(?:\.\s?(?P<y>\d{{4}})|\.)?(?![\d:/]|\.\d)|
        (?<!\d)(?P<d2>\d{{1,2}})\.?\s+(?P<mon>{_CEE_MONTH})(?!\w)(?:\s+(?P<y2>\d{{4}}))?|
        (?:(?P<y3>\d{{4}})\.\s+)?(?P<mon3>{_CEE_MONTH})\s+(?P<d3>\d{{1,2}})(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)


def _cee_month(word: str) -> int:
    """The month of a name `_CEE_DATE` matched, in any case ("MAYIS" lowers to "mayis", which matched "mayıs")."""
    if (month := _CEE_MONTHS.get(word.lower())) is not None:
        return month
    return next(m for name, m in _CEE_MONTHS.items() if re.fullmatch(re.escape(name), word, re.IGNORECASE))


def _day_month_year(month_of: Callable[[str], int]) -> Callable[[re.Match[str]], tuple[int, int, str | None]]:
    """The (month, day, year or None) of a match of `_CEE_DATE` or `_NORDIC_BALTIC_DATE` (numeric, day then month's
    name, month's name then day), `month_of` reading a month's name."""

    def parts(m: re.Match[str]) -> tuple[int, int, str | None]:
        if m.group("m"):
            return int(m.group("m")), int(m.group("d")), m.group("y")
        if m.group("mon"):
            return month_of(m.group("mon")), int(m.group("d2")), m.group("y2")
        return month_of(m.group("mon3")), int(m.group("d3")), m.group("y3")

    return parts


def _central_eastern(text: str, sent: date) -> date | None:
    """The latest date on or after `sent` a Central or Eastern European, Greek, Turkish or Hebrew notice names."""
    return max(_latest_named(text, sent, _CEE_DATE, _day_month_year(_cee_month)), default=None)


def _ash_wednesday_after(sent: date) -> date | None:
    """The next Ash Wednesday on or after `sent`, or None beyond R6's horizon (MAX_DAYS_AHEAD)."""
    day = easter(sent.year) - timedelta(days=46)
    if day < sent:
        day = easter(sent.year + 1) - timedelta(days=46)
    return day if day - sent <= timedelta(days=MAX_DAYS_AHEAD) else None


def _find(text: str, sent: date | None) -> date | None:
    if not text or sent is None:
        return None
    if (
        _EAST_ASIAN_OR_ARABIC.search(text)
        and _AWAY_EAST_ASIAN_OR_ARABIC.search(text)
        and (found_there := _east_asian_or_arabic(text, sent)) is not None
    ):
        return found_there
    if _AWAY_CEE.search(text) and (found_there := _central_eastern(text, sent)) is not None:
        return found_there
    if not _GATE.search(text):
        return None
    if "&" in text or "<" in text or "\xa0" in text:  # HTML left in a plain body: "jusqu&#39;au 30&nbsp;avril"
        text = html.unescape(_TAG.sub(" ", text)).replace("\xa0", " ")
    # (said of someone else, date, the first day of its range when it ends one); away for the day the notice is
    # sent: that day, unless a later one is named
    found: list[tuple[bool, date | None, date | None]] = [(False, sent, None)] if _TODAY.search(text) else []
    for match in _FIND.finditer(text):
        if _OTHER_MONTH_AFTER.match(text, match.end()):
            continue  # "til 1. august": Danish or Norwegian for until, its month read by _FIND_OTHER
        if not _not_an_absence(match):
            day = _resolve(match, sent, french=match.group("fr") is not None)
            found.append((_of_someone_else(match), day, _range_start(match, day)))
    if _TOMORROW_BACK.search(text):
        found.append((False, sent + timedelta(days=1), None))
    for match in _RANGE.finditer(text):
        day = _range_end(match, sent)
        found.append((_of_someone_else(match), day, _range_first(match, day)))
    if not any(day for _, day, _ in found):
        for match in (*_FIND_OTHER.finditer(text), *_FIND_BACK_AFTER_DATE.finditer(text)):
            found.append((_of_someone_else(match), _other_language(match, sent), None))
    if not any(day for _, day, _ in found):
        for match in _UNTIL_WEEK.finditer(text):
            found.append((_of_someone_else(match), _end_of_week(int(match.group("week")), sent), None))
        for match in _AWAY_WEEKS.finditer(text):
            last = _end_of_week(int(re.findall(r"\d{1,2}", match.group("weeks"))[-1]), sent)
            found.append((_of_someone_else(match), last if last is not None and _valid(last, sent) else None, None))
    if not any(day for _, day, _ in found):
        for match in _ASH_WEDNESDAY.finditer(text):
            found.append((_of_someone_else(match), _ash_wednesday_after(sent), None))
    mine = [(day, start) for other, day, start in found if day is not None and not other]
    # A second absence the notice announces ("absente jusqu'au 10 mars ; par ailleurs absente du 24 au 28 mars")
    # starts days after the end of the current one: the current one's end is the date.
    ends = [day for day, start in mine if start is None]
    mine = [(day, start) for day, start in mine if start is None or not any(start - end > _GAP for end in ends)]
    # The latest date the notice gives for its writer; never a colleague's ("ma collègue, elle-même absente du 20
    # juillet au 14 août").
    return max((day for day, _ in mine), default=None)


_OTHER_MONTH_AFTER = re.compile(rf"\.?\s*(?:{_OTHER_MONTH})\b", re.IGNORECASE)
# Away until the end of a week named by its number, as the Netherlands, Germany and the Nordic countries date
# holidays: "afwezig tot en met week 12", "bis einschließlich KW 12", "ledig till och med vecka 12", "fraværende til
# og med uge 11": the Friday of that ISO week, in the year it is next. "Back in week 13" names no day.
_UNTIL_WEEK = re.compile(
    r"""(?<![\w'’])(?:tot\s+en\s+met|t/m|tot|bis(?:\s+einschließlich|\s+einschliesslich|\s+ende)?|till\s+och\s+med|t\.o\.m\.?|
        til\s+og\s+med|frem\s+til|indtil|until\s+the\s+end\s+of|through)\s+(?:(?:de|der|die)\s+)?
        (?:week|uge|uke|vecka|kw|kalenderwoche)\s*(?P<week>\d{1,2})\b""",
    re.IGNORECASE | re.VERBOSE,
)


# Away during weeks named by their numbers, as French firms date their closures: "en congés les semaines 32 et 33",
# "fermé semaines 52 à 1", "absente la semaine 8": the Friday of the last one.
_AWAY_WEEKS = re.compile(
    r"""\b(?:cong[ée]s?|vacances|ferm[ée]e?s?|fermeture|absente?s?)\s*:?\s+(?:(?:pendant|durant|en)\s+)?(?:les\s+|la\s+)?
        semaines?\s+(?:n°\s*)?(?P<weeks>\d{1,2}(?:\s*(?:,|et|à|a|au|-|–)\s*\d{1,2})*)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _end_of_week(week: int, sent: date) -> date | None:
    """The Friday of ISO week `week`, in the year that puts it at most a week before `sent`, else the next."""
    for year in (sent.year, sent.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            return None
        if friday >= sent - timedelta(days=7):
            return friday
    return None


# More days than a weekend between the end of one absence and the start of the next: two absences, not one.
_GAP = timedelta(days=3)


def _range_start(m: re.Match[str], end: date | None) -> date | None:
    """The first day of a range of days that a match ends ("du 24 au 28 mars": the 24th), else None."""
    if end is None or (m.group("en") or m.group("fr") or "").lower() not in _WEAK:
        return None
    start = _DAY_RANGE_START.search(m.string[max(0, m.start() - 80) : m.start()])
    return None if start is None else _before(end, int(start.group("first")))


def _range_first(m: re.Match[str], end: date | None) -> date | None:
    """The first day of a range matched by _RANGE ("July 10-31", "Dec 26-Jan 2")."""
    if end is None:
        return None
    for group in ("a1", "a2", "p2", "a3", "a4"):
        if m.group(group):
            return _before(end, int(m.group(group)))
    return None


def _before(end: date, day: int) -> date | None:
    """The last date on or before `end` whose day of the month is `day`."""
    year, month = end.year, end.month
    for _ in range(2):
        if day <= end.day or (year, month) != (end.year, end.month):
            try:
                return date(year, month, day)
            except ValueError:
                return None
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


# Someone other than the writer: the colleague, partner, replacement or assistant a notice names with their own
# dates ("ma collègue Sophie, elle-même absente jusqu'au 15 mars", "le Dr Caron assure le remplacement jusqu'au 2 mai",
# "my colleague James, who is back on 8 July").
_SOMEONE_ELSE = re.compile(
    r"\b(?:coll[èe]gues?|colleagues?|associée?|remplaçante?|remplacante?|remplacement|suppléante?|suppleante?|"
    r"relais|intérim|interim|backup|cover(?:ing)?|elle-même|lui-même|elle-meme|lui-meme|quant\s+à\s+(?:lui|elle)|"
    r"himself|herself|kollegin|kollege|vertretung|collega|compañer[oa])\b",
    re.IGNORECASE,
)


def _of_someone_else(m: re.Match[str]) -> bool:
    """Whether the date is someone else's: its sentence names a colleague or a replacement before it, or says right
    after it that another is away then ("contactez Julien, sauf du 31 août au 4 septembre, période pendant laquelle il
    sera lui-même absent"). ("En mon absence jusqu'au 10 juillet, ma collègue Anne vous répondra" is the writer's
    date.)"""
    sentence_start, sentence_end = _sentence_bounds(m)
    if _MINE_BEFORE.search(m.string, max(sentence_start, m.start() - 20), m.start()):
        return False  # "ma collègue vous répondra jusqu'à mon retour le 10 juillet"
    if _SOMEONE_ELSE_AFTER.match(m.string, m.end(), sentence_end):
        return True
    return _SOMEONE_ELSE.search(m.string, sentence_start, m.start()) is not None


# "…, période pendant laquelle il sera lui-même absent", "…, when she is away too"
_SOMEONE_ELSE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:il|elle)\s+(?:sera|est)|(?:he|she)\s+(?:will\s+be|is))\s+"
    r"(?:(?:lui|elle)-m[êe]me\s+|(?:him|her)self\s+|aussi\s+|également\s+|egalement\s+|also\s+)?"
    r"(?:absente?|en\s+congés?|en\s+conges?|away|off|out)\b",
    re.IGNORECASE,
)


_MINE_BEFORE = re.compile(r"\b(?:mon|my|notre|our|je\s+(?:serai|suis))\s+$", re.IGNORECASE)


def _sentence(m: re.Match[str]) -> str:
    start, end = _sentence_bounds(m)
    return m.string[start:end]


def _sentence_bounds(m: re.Match[str]) -> tuple[int, int]:
    """Where the sentence of a match starts and ends, looking at most _SENTENCE_REACH characters either side: a
    notice of a megabyte with a date on every line costs a constant per date, not the whole text per date."""
    text = m.string
    low, high = max(0, m.start() - _SENTENCE_REACH), min(len(text), m.end() + _SENTENCE_REACH)
    # (up to the match's first character: a full stop right before it ends a sentence only before that capital)
    start = max((b.end() for b in _SENTENCE_END.finditer(text, low, min(len(text), m.start() + 1))), default=low)
    # (A date may end with its own full stop: "jusqu'au 10 juillet.")
    end = next((b.start() for b in _SENTENCE_END.finditer(text, m.end() - 1, high)), high)
    return start, end


_SENTENCE_REACH = 400


# A sentence ends at a line break, or at a full stop, question or exclamation mark followed by a space and a capital
# (not at the dots of "20.07.2026", nor after "lun." or "janv.").
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-ÖØ-Þ])|\n")


def _other_language(m: re.Match[str], sent: date) -> date | None:
    """A date after another language's trigger: day first, a month from OTHER_MONTHS or a number."""
    if re.match(r"a\s+partir\s+del", m.group(0), re.IGNORECASE) and _AWAY_BEFORE_OTHER.search(
        m.string[max(0, m.start() - 60) : m.start()]
    ):
        return None  # "ausente a partir del 20": when it starts
    if m.group("d0"):
        word = (m.group("w") or "").lower().split("-")[0]  # "segunda-feira"
        if re.search(r"\bd[ií]a\s*$", m.string[m.start() : m.start("d0")], re.IGNORECASE):  # "retorno no dia 6"
            return _day_alone(int(m.group("d0")), sent, None)
        weekday = _OTHER_WEEKDAYS.get(word)
        return None if weekday is None else _day_alone(int(m.group("d0")), sent, weekday)
    if m.group("n1"):
        day, month, year_s = int(m.group("n1")), int(m.group("n2")), m.group("ny")
    elif m.group("s1"):
        day, month, year_s = int(m.group("s1")), int(m.group("s2")), m.group("sy")
    else:
        day, month, year_s = int(m.group("d")), OTHER_MONTHS[m.group("m").lower()], m.group("y")
    year = (2000 + int(year_s) if len(year_s) == 2 else int(year_s)) if year_s else None
    return _with_year(year, month, day, sent)


def _range_end(m: re.Match[str], sent: date) -> date | None:
    if m.group("n1"):  # "1/20-1/24": its end, in the order the range itself or another date settles
        return _numeric(m, sent, french=False)
    if m.group("m3") or m.group("m4"):  # across two months: its end's month
        last, month_s = (m.group("b3"), m.group("m5")) if m.group("m3") else (m.group("b4"), m.group("m6"))
        first = "0"
    else:
        first, last, month_s = (
            (m.group("a1"), m.group("b1"), m.group("m1"))
            if m.group("m1")
            else (m.group("a2"), m.group("b2"), m.group("m2"))
        )
    if int(last) <= int(first):
        return None
    month_word = _month_word(month_s)
    language = "fr" if month_word in _FR_MONTH_WORDS else "en"
    parsed = _parse_day_month_year(int(last), month_word, sent.year, language)
    if parsed is not None and parsed < sent:
        parsed = _parse_day_month_year(int(last), month_word, sent.year + 1, language)
    return parsed if parsed is not None and _valid(parsed, sent) else None


def _day_alone(day: int, sent: date, weekday: int | None) -> date | None:
    """The first date on or after the message's day with this day of the month (and this weekday when one is
    named: "lundi 23" is the next Monday the 23rd), within the 90 days."""
    year, month = sent.year, sent.month
    for _ in range(4):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= sent and (weekday is None or candidate.weekday() == weekday):
            return candidate if _valid(candidate, sent) else None
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _valid(day: date, sent: date) -> bool:
    return sent <= day <= sent + timedelta(days=MAX_DAYS_AHEAD)


# What comes right before a trigger and makes its date something other than the absence's end: an offer or a
# deadline ("offre valable jusqu'au 31/12", "valid until", "inscriptions jusqu'au").
_NOT_ABSENCE_BEFORE = re.compile(
    r"(?:valable|valables|valid|validity|offre|offer|promotion|inscriptions?|candidatures?|délai|delai|deadline|"
    r"expire|expires|souscription|subscription)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# A sentence about something else than the absence: an offer, a subscription, a deadline, an event ("la date limite de
# dépôt est maintenue au vendredi 20 mars", "la souscription est ouverte jusqu'au 30 juin"), unless it also speaks of
# the absence.
_NOT_ABSENCE_SENTENCE = re.compile(
    r"\b(?:date\s+limite|délai|delai|deadline|offre|offer|valable|valid|souscription|subscription|inscriptions?|"
    r"registration|webinaire|webinar|séminaire|seminar|promotion|échéance|echeance|déclaration|declaration|"
    r"tax\s+return|campagne|campaign|"
    # an office that moves: "à partir du 7 septembre, nos bureaux vous accueilleront au 25 avenue …"
    r"déménag\w*|demenag\w*|accueilleront|nouvelle\s+adresse|nouveaux\s+locaux|new\s+address|relocat\w*|moving\s+to)\b",
    re.IGNORECASE,
)
_ABSENCE_SENTENCE = re.compile(
    r"\b(?:absente?s?|absent\(e\)|absence|congés?|conges?|vacances|retour|bureau|cabinet|fermée?s?|joignable|"
    r"reprendrai|reprise|away|leave|holiday|vacation|office|ooo|pto|back|return(?:ing)?|closed|reopen(?:s|ing)?|"
    r"en\s+(?:séminaire|seminaire|formation|conférence|conference|réunion|reunion|rendez-vous|déplacement|"
    r"deplacement|mission)|at\s+(?:a\s+)?(?:seminar|conference|training|workshop))\b",
    re.IGNORECASE,
)
# Away for the day the notice is sent ("je suis absente aujourd'hui, vendredi 10 septembre", "out of the office
# today"): the day itself, unless a later date is named.
_TODAY = re.compile(
    r"\b(?:absente?s?|absent\(e\)|pas\s+au\s+bureau|ferm[ée]e?s?|chius[oiae]|cerrad[oa]s?|fechad[oa]s?|en\s+(?:formation|séminaire|seminaire|rendez-vous|"
    r"déplacement|deplacement|réunion|reunion|congé|conge)|out\s+of\s+(?:the\s+)?office|away|off|closed)\s+"
    r"(?:pour\s+la\s+journée\s+|toute\s+la\s+journée\s+|for\s+the\s+day\s+)?(?:aujourd['’]hui|today|ce\s+jour|oggi|hoy|hoje)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]{1,200}>")
# An absence word before a bare "à partir du" or "dès le": the date is when it starts ("absent à partir du 20",
# "fermés à partir du 23 décembre"), not when it ends.
_ABSENCE_BEFORE = re.compile(
    r"(?:absente?s?|absent\(e\)|fermée?s?|congés?|conges?|vacances|indisponibles?|en\s+déplacement|hors\s+du\s+bureau)"
    r"[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
# The start of a range of days with no month, before its "au" / "to": "du 18 au 22", "from the 3rd to the 7th".
_DAY_RANGE_START = re.compile(
    rf"(?:\bdu|\bfrom)\s+(?:(?:{_WEEKDAY})\.?\s+)?(?:the\s+)?(?P<first>\d{{1,2}})(?:st|nd|rd|th|er)?\s*$",
    re.IGNORECASE,
)
# A range of weekdays is opening hours ("du lundi au vendredi de 9h à 18h"), not an absence.
_WEEKDAY_RANGE_START = re.compile(rf"\b(?:{_WEEKDAY})\.?\s*$", re.IGNORECASE)
_WEAK = frozenset({"au", "to"})


def _not_an_absence(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 80) : m.start()]
    trigger = (m.group("en") or m.group("fr") or "").lower()
    sentence_start, sentence_end = _sentence_bounds(m)
    # (in its own sentence: "… uniquement pour les inscriptions.\n\nRéouverture le lundi 2 mars" is a return)
    if _NOT_ABSENCE_BEFORE.search(m.string, max(sentence_start, m.start() - 80), m.start()):
        return True
    sentence = m.string[sentence_start:sentence_end]
    if _NOT_ABSENCE_SENTENCE.search(sentence) and not _ABSENCE_SENTENCE.search(sentence):
        return True
    if re.fullmatch(r"[àa]\s+partir\s+du|d[èe]s\s+le", trigger) and _ABSENCE_BEFORE.search(before):
        return True
    if trigger in _WEAK and m.group("wd") and _WEEKDAY_RANGE_START.search(before):
        return True
    # A bare "au" / "to" is a date's end only in a sentence about the absence ("fermés du 29 mai au 1er juin"), not
    # "l'AG est fixée au 12 mars".
    if trigger in _WEAK and not _ABSENCE_SENTENCE.search(sentence):
        return True
    # A day alone after a bare "au" / "to" is a date only as the end of a range of days ("du 18 au 22"): else it is
    # a phone number, an address, a time.
    return trigger in _WEAK and m.group("d0") is not None and not _DAY_RANGE_START.search(before)


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
    if m.group("dn1"):  # 04-01-2027: day first in French, and in English only when one reading exists
        a, b, year = int(m.group("dn1")), int(m.group("dn2")), int(m.group("dny"))
        readings = [(b, a)] if french else [(b, a), (a, b)]
        dashed = {day for mo, dd in readings if (day := _checked(year, mo, dd, sent)) is not None}
        return dashed.pop() if len(dashed) == 1 else None
    if m.group("d0"):
        return _day_alone(int(m.group("d0")), sent, _named_weekday(m))
    day_s, month_s, year_s = (
        (m.group("d1"), m.group("m1"), m.group("y1"))
        if m.group("d1")
        else (m.group("d2"), m.group("m2"), m.group("y2"))
    )
    month_word = _month_word(month_s)
    language = "fr" if (french or month_word in _FR_MONTH_WORDS) else "en"
    year = int(year_s) if year_s else sent.year
    parsed = _parse_day_month_year(int(day_s), month_word, year, language)
    if parsed is None:
        return None
    if not year_s and parsed < sent:
        parsed = _parse_day_month_year(int(day_s), month_word, year + 1, language)
    return parsed if parsed is not None and _valid(parsed, sent) else None


# With a year, or with slashes and no year ("from 27/07 to 07/08"; not "13.5 %", and "24/7" is a service's hours).
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?!24/7\b)(\d{1,2})(?:[/.](\d{1,2})[/.](?:\d{4}|\d{2})|/(\d{1,2}))(?![\d/.]\d|/)"
)


@lru_cache(maxsize=4)  # asked once per numeric date of the same text
def _order_of(text: str) -> str | None:
    """ "dmy" or "mdy" when a numeric date in the text can be read only one way ("from 23/12/2024"), else None."""
    orders = set()
    for a, with_year, without in _NUMERIC_DATE.findall(text):
        b = with_year or without
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
    weekday = _named_weekday(m)
    if weekday is not None:  # "Tues 10/12": the reading that falls on a Tuesday
        found = {d for d in found if d.weekday() == weekday}
    return found.pop() if len(found) == 1 else None


def _named_weekday(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    named = groups.get("wdp") or groups.get("wda")
    return None if named is None else _WEEKDAY_INDEX.get(named.lower(), _FR_DAY_ABBREVIATIONS.get(named.lower()))


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
