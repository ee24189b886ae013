"""The date a "not now" reply implies, relative to the message's own day (never today), in French and English.

    implied_date("Rappelez-moi début mars", date(2026, 10, 14)) -> Found(date(2027, 3, 1), "début mars")

Conventions (eval/intents/README.md, decided before the rules): a named month → its 1st, next occurrence after the
message day; début/early → 1st, mi-/mid- → 15th, fin/end of/late → 25th; "in N days/weeks/months", "dans N
jours/semaines/mois" → the message day plus that (dateparser, relative to the message day); next week → the next
Monday; next month → its 1st; next quarter, Q1…Q4, "deuxième trimestre" → the quarter's first day; a half ("second
semestre 2028", "in H1", "the first half of next year") → 1 January or 1 July; next year, the new year → 1 January;
after the summer, "à la rentrée" → 1 September; seasons → 21 March, 21 June, 22 September, 21 December; after the
(year-end, Christmas) holidays → 2 January, after the summer holidays → 1 September; after Easter → the Tuesday
after Easter Monday; after la Toussaint → 2 November; "pas avant 2028" → 1 January 2028; "after the 15th" → the
16th; a weekday → its next occurrence; a full date → that date; a fortnight, "quinze jours" → 14 days; the week
after D → the Monday after D; "after that" / "après cette date" → the day after the day named before it. Vague words
("plus tard", "in a few weeks", "a couple of months", "later this year") give None. A date after "until"/"jusqu'à"
says when an absence ends, not when to call back: it is not read.

When several expressions are present, one the reply ties to coming back wins ("we move in December; contact me again
in February" → February: a call-back verb, "pas avant", "after" just before it), then the most specific kind (a full
date over a month over a season …), then the first in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.easter import easter

from relance.analysis.return_date import MONTH_NUMBERS

MONTHS: dict[str, int] = {**MONTH_NUMBERS["en"], **MONTH_NUMBERS["fr"]}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBERS = {
    "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9,
    "dix": 10, "ten": 10, "douze": 12, "twelve": 12, "quinze": 15, "fifteen": 15,
}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_UNITS = {
    "jour": "days", "jours": "days", "day": "days", "days": "days",
    "semaine": "weeks", "semaines": "weeks", "week": "weeks", "weeks": "weeks",
    "mois": "months", "month": "months", "months": "months",
    "an": "years", "ans": "years", "année": "years", "années": "years", "year": "years", "years": "years",
    "fortnight": "fortnights", "fortnights": "fortnights",
    "quinzaine de jours": "fortnights", "quinzaine": "fortnights",
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
_WEEKDAY = "|".join(_WEEKDAYS)
_QUARTER_WORDS = {
    "premier": 1, "1er": 1, "first": 1, "deuxième": 2, "deuxieme": 2, "second": 2, "2e": 2, "2ème": 2,
    "troisième": 3, "troisieme": 3, "third": 3, "3e": 3, "3ème": 3, "quatrième": 4, "quatrieme": 4, "fourth": 4,
    "4e": 4, "4ème": 4, "dernier": 4, "last": 4,
}  # fmt: skip
_QUARTER_WORD = "|".join(sorted(_QUARTER_WORDS, key=len, reverse=True))
_SEASONS = {
    "printemps": (3, 21), "spring": (3, 21), "été": (6, 21), "ete": (6, 21), "summer": (6, 21),
    "automne": (9, 22), "autumn": (9, 22), "fall": (9, 22), "hiver": (12, 21), "winter": (12, 21),
}  # fmt: skip
_SEASON = "|".join(_SEASONS)
_AFTER = r"(?:après|apres|after)"
# The matter itself put off to a time: "let's leave this until February", "park it until the spring".
_DEFER_UNTIL = (
    r"(?:leave|park|hold|put|keep|shelve|pause)\s+(?:this|it|that|things|everything)?\s*"
    r"(?:off|aside|on\s+hold|on\s+ice)?\s*(?:until|till)"
)
# Words before a date that make it the end of an absence rather than a call-back day.
_UNTIL_BEFORE = re.compile(r"(?:until|till|jusqu['’]?\s*(?:au|à|a|en)?|jusque)\s*(?:the\s+|le\s+|on\s+)?$", re.I)
# ... except after a negation in the same sentence: "not until next year", "not in a position … until Q1".
_NOT_UNTIL = re.compile(r"(?:\bnot\b|n't\b|\bpas\b)[^.!?\n]*(?:until|till|jusqu)[^.!?\n]*$", re.I)
# ... or after a deferral of the matter itself: "let's leave this until February", "park it until the spring",
# "laissons cela de côté jusqu'en mars" name when to take it up again, not when someone is back.
_DEFERRED_UNTIL = re.compile(
    rf"""(?:\b{_DEFER_UNTIL}|
        \b(?:laiss|mett|gard|repouss|report)\w*\s+(?:ça|ca|cela|ceci|le\s+sujet|ce\s+sujet|le\s+dossier|ce\s+dossier)\s+
        (?:de\s+c[ôo]t[ée]\s+|en\s+attente\s+|en\s+suspens\s+)?jusqu['’]?\s*(?:au|à|a|en)?)\s*(?:the\s+|le\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Words before a date (same sentence, close by) that make it the end of something, so the day to come back is the
# day after: "after our fiscal year end — 31 January" → 1 February, "once Q1 is behind us" → 1 April, "pas avant la
# fin de notre exercice, le 31 mars" → 1 April; also when the next sentence names it ("after our year end? That's 31
# January"). "Not before 5 May" alone stays 5 May.
_ENDS_BEFORE = re.compile(
    r"""\b(?:after|apr[èe]s|once|une\s+fois|following|(?:pas|not)\s+(?:avant|before)\s+(?:la\s+fin|the\s+end|la\s+cl[ôo]ture|
        the\s+close))\b[^.!?\n]{0,45}(?:[.!?]\s*(?:that['’]s|that\s+is|which\s+is|c['’]est|soit|i\.e\.)\s*(?:le\s+|the\s+|on\s+)?)?$""",
    re.IGNORECASE | re.VERBOSE,
)

_IN_MONTH = re.compile(r"\s*(?:in|en)\s", re.IGNORECASE)
_AFTER_WORD = re.compile(r"\b(?:after|apr[èe]s|once|une\s+fois|following)\b", re.IGNORECASE)
_SET_APART = re.compile(r"[,;:–—]|\s-\s")


def _month_set_apart(before: str, said: str) -> bool:
    """ "till after Christmas – hit me up in Feb", "après la saison fiscale, en juin": a month said with "in" / "en"
    after a pause is when to come back, not the end of what "after" names ("after our year end in March" is)."""
    if not _IN_MONTH.match(said):
        return False
    afters = list(_AFTER_WORD.finditer(before))
    return bool(afters) and _SET_APART.search(before, afters[-1].end()) is not None


# Words just before a day, in its sentence, that tie it to coming back ("réécris-moi à partir du", "contact me again
# in", "pas avant", "after").
_CALLBACK_BEFORE = re.compile(
    r"""(?:\brappel\w*|\brecontact\w*|\brevene?z|\breviens|\brevenir|\breviendr\w*|\br[ée]?[ée]cri\w*|\breprenez|reprendre\s+contact|
        \brelance[rz]?|\brepassez|\breparl\w*|\bcontact(?:ez|er)?[\s-](?:moi|nous)|\bwrite\s+(?:to\s+(?:me|us)\s+)?again|\breach\s+out|
        \bcontact\s+(?:me|us)|\bget\s+back|\bcome\s+back|\bping\s+(?:me|us)|\bcircle\s+back|\bfollow\s+up|\btouch\s+base|
        \btry\s+(?:me|us)?\s*again|\btry\s+(?:me|us)\b|\bgive\s+it\b|\bask\s+(?:me|us)\s+again|\bcheck\s+(?:back|in)|\bdrop\s+(?:me|us)\s+a\s+line|\b(?:speak|talk)\s+again|\bpas\s+avant|
        \bnot\s+(?:before|until)|\b[àa]\s+partir|\bd[èe]s\s+(?:le|la|l['’])|\bafter|\bapr[èe]s)\b[^.!?\n]{0,60}$""",
    re.IGNORECASE | re.VERBOSE,
)

# "After that", "après cette date", "get in touch after.": the day to come back is the day after the one named before.
_AFTER_THAT = re.compile(
    r"""\b(?:after\s+(?:that|this\s+date|that\s+date|then|which)|once\s+(?:that|it)(?:['’]s|\s+is|\s+has)\s+(?:done|over|passed|gone)|
        apr[èe]s\s+(?:cette\s+date|cette\s+[ée]ch[ée]ance|[çc]a|cela|quoi|celle-ci)|apr[èe]s\s*[.!]|pass[ée]e?\s+cette\s+date|pass[ée]\s+ce\s+d[ée]lai|
        # "recontactez-moi après svp", "get in touch after, thanks"
        apr[èe]s\s*,?\s*(?:svp|stp|s['’]il\s+vous\s+pla[iî]t|merci)\b|\bafter\s*(?:[.!]|,?\s*(?:please|thanks|thank\s+you)\b))""",
    re.IGNORECASE | re.VERBOSE,
)

_F = re.IGNORECASE | re.VERBOSE
# (kind, specificity rank: lower wins, pattern). Each pattern has named groups its resolver reads.
_PATTERNS: list[tuple[str, int, re.Pattern[str]]] = [
    (
        "after_full",
        0,
        re.compile(
            rf"\b{_AFTER}\s+(?:le\s+|the\s+)?(?P<d>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\b", _F
        ),
    ),
    ("week_of", 0, re.compile(r"\b(?:la\s+semaine\s+du|the\s+week\s+of)\s+(?P<rest>[^.,;!?\n]{3,30})", _F)),
    # "The week after November 20", "la semaine qui suit le 20 novembre": the Monday after that day.
    (
        "week_after",
        0,
        re.compile(
            r"\b(?:the\s+week\s+after|la\s+semaine\s+(?:après|apres|qui\s+suit|suivant)(?:\s+le)?)\s+(?P<rest>[^.,;!?\n]{3,30})",
            _F,
        ),
    ),
    (
        "full",
        1,
        re.compile(
            rf"""(?:(?:{_WEEKDAY})\s+)?(?:
                \b(?P<d1>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\b\.?(?:\s+(?P<y1>\d{{4}}))? |
                \b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))? |
                \b(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})(?:/(?P<ny>\d{{2,4}}))?\b
            )""",
            _F,
        ),
    ),
    ("after_day", 1, re.compile(rf"\b{_AFTER}\s+(?:le\s+|the\s+)(?P<d>\d{{1,2}})(?:er|e|st|nd|rd|th)?\b", _F)),
    # "After March", "pas avant … après mars": the first day of the month after it, as "after Q1" is 1 April.
    (
        "after_month",
        2,
        re.compile(rf"\b{_AFTER}\s+(?:le\s+mois\s+de\s+|the\s+month\s+of\s+)?(?P<m>{_MONTH})\b(?!\.?\s*\d)", _F),
    ),
    (
        "part_month",
        2,
        re.compile(
            rf"""\b(?P<part>début|debut|early|mi|mid|fin|end\s+of|late)(?:[\s-]+|\s+(?:de|du|d['’]|of)\s+)
                (?:(?:the\s+)?month\s+of\s+)?(?P<m>{_MONTH})\b""",
            _F,
        ),
    ),
    (
        "month",
        3,
        re.compile(
            rf"(?:\b(?:en|in|au\s+mois\s+de|courant|for|by|to|à|next|(?:this\s+)?coming|(?:pas|not)\s+(?:avant|before|until|till)(?:\s+(?:le\s+mois\s+de|the\s+month\s+of))?|"
            rf"no\s+earlier\s+than|attendr(?:e|a|ont|ons)|wait\s+(?:for|till|until)|{_DEFER_UNTIL}|"
            # a term named by its month: "avant l'échéance de janvier", "after the March renewal" is read below
            rf"(?:l['’]\s*)?(?:échéance|echeance|renouvellement|expiration)\s+(?:de|d['’]|du\s+mois\s+de))\s+|\(\s*|"
            rf"\b(?:(?:pas|not)\s+(?:avant|before)\s+)?(?:au|le)\s+mois\s+d['’]\s*)(?P<m>{_MONTH})\b",
            _F,
        ),
    ),
    # "octobre prochain", "mars prochain": that month to come.
    ("month", 3, re.compile(rf"\b(?P<m>{_MONTH})\s+prochain\b", _F)),
    (
        "quarter",
        3,
        re.compile(
            rf"""\b(?:q(?P<q>[1-4])|(?P<qw>{_QUARTER_WORD})\s+(?:trimestre|quarter))(?:\s+(?:de\s+|of\s+)?(?P<y>\d{{4}}))?\b""",
            _F,
        ),
    ),
    # "au second semestre 2028", "premier semestre", "H2 2028", "in the second half of next year": the half's first
    # day (1 January or 1 July), next occurrence when no year is named.
    (
        "half",
        3,
        re.compile(
            r"""\b(?:(?P<hf>premier|1er|second|seconde|deuxi[èe]me|2e|2[èe]me|2nd)\s+semestre|
                # in English, a half said as a time ("in the second half", "the first half of 2028", "in H2", "H2
                # 2028"), not "we had a strong first half"
                (?:in|during|by|for|around|towards?|until|till)\s+(?:the\s+)?(?P<he>first|second|1st|2nd)\s+half
                    (?:\s+of\s+the\s+year)?|
                (?:the\s+)?(?P<he2>first|second|1st|2nd)\s+half(?=\s+of\s+(?:\d{4}\b|next\s+year))|
                (?:in|during|by|for)\s+h(?P<hn>[12])\b|h(?P<hn2>[12])(?=\s+\d{4}\b))
                (?:\s+(?:de\s+|of\s+)?(?:(?P<y>\d{4})\b|(?P<next>l['’]ann[ée]e\s+prochaine|l['’]an\s+prochain|next\s+year)))?""",
            _F,
        ),
    ),
    (
        "relative",
        4,
        re.compile(
            rf"\b(?:dans|ds|d['’]ici|in|within|give\s+(?:me|us|it)|laissez[\s-](?:moi|nous)|accordez[\s-](?:moi|nous))\s+"
            rf"(?:(?P<n>{_NUMBER})\s+)(?P<u>{_UNIT})\b",
            _F,
        ),
    ),
    (
        "next",
        5,
        re.compile(
            r"""\b(?P<what>
                (?:la\s+)?semaine\s+prochaine | next\s+week |
                (?:le\s+)?mois\s+prochain | next\s+month |
                (?:le\s+|au\s+)?trimestre\s+prochain | next\s+quarter |
                l['’]ann[ée]e\s+prochaine | l['’]an\s+prochain | next\s+year | next\s+yr |
                (?<!chinese\s)(?<!lunar\s)(?:the\s+)?new\s+year |
                d[ée]but\s+d['’]ann[ée]e | early\s+next\s+year |
                (?:pas|not)\s+(?:avant|before)\s+(?:la\s+fin\s+de\s+l['’]ann[ée]e|the\s+end\s+of\s+the\s+year) |
                fin\s+du\s+mois | end\s+of\s+(?:the|this)\s+month | fin\s+de\s+(?:la\s+)?semaine |
                end\s+of\s+(?:the|this)\s+week
            )\b""",
            _F,
        ),
    ),
    (
        "rentree",
        6,
        re.compile(
            rf"""\b(?:à\s+la\s+rentr[ée]e|a\s+la\s+rentr[ée]e|{_AFTER}\s+(?:l['’]|the\s+)(?:été|ete|summer)(?:\s+holidays?|\s+break)?)""",
            _F,
        ),
    ),
    (
        "season",
        6,
        re.compile(
            rf"""(?:\b(?:au|à\s+l['’]|l['’]|in\s+the|this|next|cet|cette|before|{_DEFER_UNTIL}\s+the)\s*|
                # a season that opens its sentence as the time that suits: "Spring would be better", "L'automne
                # nous irait mieux"
                (?:^|(?<=[.!?]\s)|(?<=\n))(?:le\s+|the\s+)?(?=(?:{_SEASON})\s+(?:would|could|works?|suits?|will\s+be\s+(?:better|easier|best)|
                serait|conviendrait|irait|nous\s+(?:irait|conviendrait|arrange\w*))\b))(?P<s>{_SEASON})\b""",
            _F,
        ),
    ),
    (
        "holidays",
        6,
        re.compile(
            rf"\b{_AFTER}\s+(?:(?:les\s+vacances\s+de\s+)?la\s+toussaint|all\s+saints['’]?(?:\s+day)?|les\s+f[êe]tes|"
            rf"les\s+vacances(?:\s+de\s+no[ëe]l|\s+de\s+fin\s+d['’]ann[ée]e|\s+d['’][ée]t[ée])?|"
            rf"the\s+(?:christmas\s+|summer\s+|year[\s-]end\s+)?holidays|the\s+break|christmas|no[ëe]l|"
            rf"the\s+new\s+year)",
            _F,
        ),
    ),
    ("easter", 6, re.compile(rf"\b{_AFTER}\s+(?:p[âa]ques|easter)\b", _F)),
    ("year", 7, re.compile(r"\b(?:en|in|(?:pas|not)\s+(?:avant|before|until|till))\s+(?P<y>20\d{2})\b", _F)),
    # "Not this year" bounds the day from below rather than naming it: a season or a month named beside it is the day
    # ("Not this year. Reach out in the spring" → 21 March); alone, 1 January.
    ("next", 7, re.compile(r"\b(?P<what>not\s+this\s+year|pas\s+cette\s+ann[ée]e)\b", _F)),
    ("weekday", 8, re.compile(rf"\b(?P<w>{_WEEKDAY})\b", _F)),
    ("tomorrow", 8, re.compile(r"\b(?:demain|tomorrow)\b", _F)),
]


@dataclass(frozen=True)
class Found:
    day: date
    phrase: str
    kind: str


def _next_month_day(sent: date, month: int, day: int) -> date | None:
    """The first (year, month, day) strictly after the message day (the same month means next year's)."""
    for year in (sent.year, sent.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate > sent and not (year == sent.year and month == sent.month and day == 1):
            return candidate
    return None


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _next_weekday(sent: date, weekday: int) -> date:
    return sent + timedelta(days=(weekday - sent.weekday()) % 7 or 7)


def _dateparser(text: str, sent: date) -> date | None:
    """dateparser's reading of an English relative phrase ("in 3 weeks") from the message day (never today)."""
    import dateparser  # loaded lazily: about 0.2 s

    found = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(sent.year, sent.month, sent.day),
            "PREFER_DATES_FROM": "future",
            "PREFER_DAY_OF_MONTH": "current",
        },
    )
    return found.date() if found is not None else None


def _resolve(kind: str, m: re.Match[str], sent: date) -> date | None:
    g = m.groupdict()
    if kind in ("full", "after_full"):
        if g.get("n1"):
            day, month = int(g["n1"]), int(g["n2"])  # day first: French, British and the set's convention
            if month > 12 >= day:
                day, month = month, day  # "7/15" can only be month first
            year = g.get("ny")
            if year:
                try:
                    return date(2000 + int(year) if len(year) == 2 else int(year), month, day)
                except ValueError:
                    return None
            return _next_month_day(sent - timedelta(days=1), month, day) if 1 <= month <= 12 else None
        day_s = g.get("d1") or g.get("d2") or g.get("d")
        month_s = g.get("m1") or g.get("m2") or g.get("m")
        year_s = g.get("y1") or g.get("y2")
        assert day_s is not None and month_s is not None
        month = MONTHS[month_s.lower().rstrip(".")]
        if year_s:
            try:
                found: date | None = date(int(year_s), month, int(day_s))
            except ValueError:
                return None
        else:
            found = _next_month_day(sent - timedelta(days=1), month, int(day_s))
        if found is not None and kind == "after_full":
            found += timedelta(days=1)
        return found
    if kind == "week_of":
        inner = _first(g["rest"], sent, only=("full",))
        return inner.day if inner else None
    if kind == "week_after":
        inner = _first(g["rest"], sent, only=("full",))
        return _next_weekday(inner.day, 0) if inner else None
    if kind == "after_day":
        day = int(g["d"])
        for months in (0, 1, 2):
            base = _add_months(sent.replace(day=1), months)
            try:
                candidate = base.replace(day=day) + timedelta(days=1)
            except ValueError:
                continue
            if candidate > sent:
                return candidate
        return None
    if kind == "part_month":
        part = g["part"].lower()
        day = 1 if part in ("début", "debut", "early") else 15 if part in ("mi", "mid") else 25
        return _next_month_day(sent, MONTHS[g["m"].lower()], day)
    if kind in ("month", "after_month"):
        word = g["m"].lower()
        if (
            word in ("mar", "may", "jun", "jan", "dec", "oct", "nov", "sep", "apr", "aug", "feb", "jul")
            and not g["m"].istitle()
        ):
            return None  # "in may" is a verb far more often than a month when written in lower case
        first = _next_month_day(sent, MONTHS[word], 1)
        return _add_months(first, 1) if first is not None and kind == "after_month" else first
    if kind == "quarter":
        q = int(g["q"]) if g.get("q") else _QUARTER_WORDS[g["qw"].lower()]
        if g.get("y"):
            return date(int(g["y"]), 3 * q - 2, 1)
        return _next_month_day(sent, 3 * q - 2, 1)
    if kind == "half":
        which = (g.get("hf") or g.get("he") or g.get("he2") or g.get("hn") or g.get("hn2") or "").lower()
        month = 1 if which in ("premier", "1er", "first", "1st", "1") else 7
        if g.get("y"):
            return date(int(g["y"]), month, 1)
        if g.get("next"):
            return date(sent.year + 1, month, 1)
        return _next_month_day(sent, month, 1)
    if kind == "relative":
        n_s, unit = g["n"].lower(), _UNITS[g["u"].lower()]
        n = int(n_s) if n_s.isdigit() else _NUMBERS[n_s]
        # "Quinze jours", "15 jours" are a fortnight in French, "huit jours" a week; "15 days" stays 15.
        french_days = g["u"].lower() in ("jours", "jour")
        if unit == "fortnights" or (n_s in ("quinze", "15") and french_days):
            n, unit = 14 * n if unit == "fortnights" else 14, "days"
        elif n_s in ("huit", "8") and french_days:
            n = 7
        phrase = f"in {n} {unit}"
        return _dateparser(phrase, sent)
    if kind == "next":
        what = " ".join(g["what"].lower().replace("’", "'").split())
        if ("semaine" in what and "fin" in what) or ("week" in what and "end" in what):
            return sent + timedelta(days=(4 - sent.weekday()) % 7 or 7)
        if "semaine" in what or "week" in what:
            return _next_weekday(sent, 0)
        if "trimestre" in what or "quarter" in what:
            q = (sent.month - 1) // 3 + 1
            return date(sent.year + 1, 1, 1) if q == 4 else date(sent.year, 3 * q + 1, 1)
        if "fin du mois" in what or ("month" in what and "end" in what):
            candidate = sent.replace(day=25)
            return candidate if candidate > sent else _add_months(sent.replace(day=25), 1)
        if "mois" in what or "month" in what:
            return _add_months(sent.replace(day=1), 1)
        return date(sent.year + 1, 1, 1)
    if kind == "rentree":
        return _next_month_day(sent, 9, 1)
    if kind == "season":
        month, day = _SEASONS[g["s"].lower()]
        return _next_month_day(sent, month, day)
    if kind == "holidays":
        text = m.group(0).lower()
        if "toussaint" in text or "saints" in text:
            return _next_month_day(sent, 11, 2)  # All Saints' Day is 1 November; its school holidays end about then
        # "Les fêtes" are the year-end ones in French.
        year_end = ("christmas", "noël", "noel", "new year", "fêtes", "fetes")
        if any(word in text for word in year_end) or sent.month in (11, 12):
            if sent.month >= 10:
                return date(sent.year + 1, 1, 2)
            # Christmas named from March on is this year's ("Ask me again after Christmas", in June); in January or
            # February the one just past may be meant, and "les fêtes" of spring or summer are other feasts.
            named = any(word in text for word in ("christmas", "noël", "noel"))
            return date(sent.year + 1, 1, 2) if named and sent.month >= 3 else None
        if "summer" in text or "d'été" in text or "d'ete" in text or "d’été" in text:
            return _next_month_day(sent, 9, 1)
        if sent.month in (6, 7, 8) and ("vacances" in text or "holiday" in text or "break" in text):
            return date(sent.year, 9, 1)
        return None
    if kind == "easter":
        for year in (sent.year, sent.year + 1):
            tuesday = easter(year) + timedelta(days=2)  # the day after Easter Monday
            if tuesday > sent:
                return tuesday
        return None
    if kind == "year":
        year = int(g["y"])
        return date(year, 1, 1) if year > sent.year else None
    if kind == "weekday":
        return _next_weekday(sent, _WEEKDAYS[g["w"].lower()])
    if kind == "tomorrow":
        return sent + timedelta(days=1)
    return None


def _current_period(kind: str, m: re.Match[str], sent: date) -> date | None:
    """The first day of the month or quarter a yearless `m` names when the message day is inside it ("after Q1"
    written in February is this Q1's end, not next year's); None otherwise."""
    g = m.groupdict()
    if kind == "month" and g.get("m"):
        month = MONTHS.get(g["m"].lower())
        return sent.replace(day=1) if month == sent.month else None
    if kind == "quarter" and not g.get("y"):
        q = int(g["q"]) if g.get("q") else _QUARTER_WORDS[g["qw"].lower()]
        return date(sent.year, 3 * q - 2, 1) if (sent.month - 1) // 3 + 1 == q else None
    return None


def _after(kind: str, day: date) -> date:
    """The day after the period a date names ends: a day's next day, a month's next month, a quarter's next."""
    if kind == "full":
        return day + timedelta(days=1)
    return _add_months(day, 1 if kind == "month" else 3)


def _after_that(text: str, sent: date) -> Found | None:
    """The day after the last day, month or quarter named before an "after that" ("our contract runs to 28/02/2027 …
    get in touch after that" → 1 March 2027), or None."""
    that = _AFTER_THAT.search(text)
    if that is None:
        return None
    before = text[max(0, that.start() - 250) : that.start()]
    last: tuple[str, re.Match[str], date] | None = None
    for kind, _, pattern in _PATTERNS:
        if kind not in ("full", "month", "quarter", "part_month"):
            continue
        for m in pattern.finditer(before):
            day = _resolve(kind, m, sent)
            if day is not None and (last is None or m.start() > last[1].start()):
                last = (kind, m, day)
    if last is None:
        return None
    kind, m, day = last
    day = _after("full" if kind == "part_month" else kind, _current_period(kind, m, sent) or day)
    return Found(day, m.group(0).strip(), kind) if day > sent else None


def _first(text: str, sent: date, only: tuple[str, ...] | None = None, *, until_counts: bool = False) -> Found | None:
    if only is None and (found := _after_that(text, sent)) is not None:
        return found
    best: tuple[int, int, int, Found] | None = None
    for kind, rank, pattern in _PATTERNS:
        if only is not None and kind not in only:
            continue
        for m in pattern.finditer(text):
            if (
                not until_counts
                and _UNTIL_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
                and not _NOT_UNTIL.search(text[max(0, m.start() - 80) : m.start()])
                and not _DEFERRED_UNTIL.search(text[max(0, m.start() - 60) : m.start()])
            ):
                continue
            day = _resolve(kind, m, sent)
            if (
                day is not None
                and kind in ("full", "month", "quarter")
                and _ENDS_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
                and not _month_set_apart(text[max(0, m.start() - 60) : m.start()], m.group(0))
            ):
                day = _after(kind, _current_period(kind, m, sent) or day)
            if day is None or day <= sent:
                continue
            # A day the reply ties to coming back ("recontactez-moi en février", "ping me in 3 months") wins over
            # days it only mentions ("we move offices in December"), then the most specific, then the first.
            said = text[max(0, m.start() - 25) : m.start()] + m.group(0).rstrip(".")
            cued = 0 if _CALLBACK_BEFORE.search(said) else 1
            key = (cued, rank, m.start())
            if best is None or key < best[:3]:
                best = (cued, rank, m.start(), Found(day, m.group(0).strip(), kind))
    return best[3] if best else None


def implied_date(text: str, sent: date | datetime, *, until_counts: bool = False) -> Found | None:
    """The day after the message day that `text` asks to be contacted again on, or None when it names none
    (or only vaguely: "plus tard", "in a few weeks"). `until_counts`: a date after "until" counts too."""
    if isinstance(sent, datetime):
        sent = sent.date()
    if not text:
        return None
    return _first(text, sent, until_counts=until_counts)
