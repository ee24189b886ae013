"""R6: the return date named by an out-of-office, at most 90 days ahead, none when unsure."""

from __future__ import annotations

from datetime import date

import pytest

from relance.analysis import return_date
from relance.analysis.return_date import find_return_date


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("Je serai de retour le 2 décembre.", date(2024, 11, 25), date(2024, 12, 2)),
        ("Absent jusqu'au 15/01, je traiterai votre message à mon retour.", date(2024, 12, 20), date(2025, 1, 15)),
        ("Back on Monday! I'll get to your email then.", date(2025, 1, 14), date(2025, 1, 20)),
        ("I am out of the office until Monday, December 9.", date(2024, 12, 2), date(2024, 12, 9)),
        ("I will be back on January 6th, 2025.", date(2024, 12, 2), date(2025, 1, 6)),
        ("en congés du 23 décembre au 3 janvier", date(2024, 12, 23), date(2025, 1, 3)),
        ("Retour prévu le 24 février 2025.", date(2025, 2, 3), date(2025, 2, 24)),
        ("Je suis absente aujourd'hui, de retour demain.", date(2025, 6, 10), date(2025, 6, 11)),
        ("Je serai de retour lundi prochain.", date(2025, 6, 10), date(2025, 6, 16)),
        ("On leave until the 3rd of February.", date(2024, 12, 2), date(2025, 2, 3)),
        ("I'll return on 12/09/2024.", date(2024, 12, 2), date(2024, 12, 9)),
        ("absent jusqu'au 1er juillet", date(2025, 6, 10), date(2025, 7, 1)),
        # Ranges: the end of the absence.
        ("Je suis absente du 10 au 31 juillet inclus.", date(2025, 7, 10), date(2025, 7, 31)),
        ("I am traveling July 10-31 with limited access to email.", date(2025, 7, 9), date(2025, 7, 31)),
        ("Off 22–26 Dec, urgent matters to support@brooksmedia.com.", date(2025, 12, 19), date(2025, 12, 26)),
        ("Out until 4 Jan - happy holidays!", date(2025, 12, 22), date(2026, 1, 4)),
        # A weekday alone, or with only a day number, resolved against the message's date.
        ("Je suis en congés, de retour le lundi 5.", date(2025, 12, 31), date(2026, 1, 5)),
        ("Out from Tuesday to Thursday at a fair. Back in on Friday.", date(2025, 3, 4), date(2025, 3, 7)),
    ],
)
def test_r6_return_dates_in_english_and_french(text: str, sent: date, expected: date) -> None:
    assert find_return_date(text, sent) == expected


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("I am on sabbatical until September 1, 2025.", date(2025, 3, 4)),  # more than 90 days ahead
        ("Je suis en congé sabbatique jusqu'au 1er septembre 2025.", date(2024, 11, 25)),
        ("I'm out of the office until next week.", date(2025, 3, 4)),  # no date named
        ("Out until 04/05.", date(2025, 3, 20)),  # April 5 or May 4: both plausible, so unsure
        ("I was away until 1 December.", date(2024, 12, 2)),  # in the past
        ("I'm travelling with limited access to email.", date(2025, 3, 4)),
        ("I'm away until 4/5 and will answer when I'm back.", date(2025, 4, 2)),  # 4 May or 5 April
        ("Je suis en congés et serai de retour début août.", date(2025, 7, 21)),
        ("I'm out on leave and back the week of the 5th.", date(2025, 5, 14)),  # which month?
        ("Call 555-0100 or 555-0199 while I'm away.", date(2025, 5, 14)),  # numbers with dashes, no month
    ],
)
def test_r6_no_return_date_when_unsure_or_too_far(text: str, sent: date) -> None:
    assert find_return_date(text, sent) is None


def test_french_numeric_dates_are_day_first() -> None:
    assert find_return_date("de retour le 03/04", date(2025, 3, 1)) == date(2025, 4, 3)


def test_dateparser_is_not_called_without_a_trigger_phrase() -> None:
    return_date.clear_cache()
    assert find_return_date("We met on 2 December and talked about pricing.", date(2024, 11, 25)) is None
    assert return_date._parse_day_month_year.cache_info().misses == 0


def test_no_message_date_means_no_return_date() -> None:
    assert find_return_date("back on Monday", None) is None


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # An English notice with another date that can only be day-first settles the order of the ambiguous one.
        ("I am on annual leave from 23/12/2024 returning on 02/01/2025.", date(2024, 12, 23), date(2025, 1, 2)),
        ("I am out from 12/23/2024 and back on 01/02/2025.", date(2024, 12, 23), date(2025, 1, 2)),
        # Absence notices in the other languages a French firm's clients write in: day first, month names.
        ("Ich bin bis einschließlich 16.08.2024 nicht im Büro.", date(2024, 8, 5), date(2024, 8, 16)),
        ("Ik ben met vakantie tot en met 9 augustus.", date(2024, 7, 29), date(2024, 8, 9)),
        ("Sarò assente dall'8 al 23 agosto.", date(2024, 8, 7), date(2024, 8, 23)),
        ("Estaré fuera de la oficina hasta el 2 de septiembre.", date(2024, 8, 12), date(2024, 9, 2)),
        ("Estou ausente até 3 de junho.", date(2024, 5, 27), date(2024, 6, 3)),
        ("Jag har semester och är tillbaka måndag 5 augusti.", date(2024, 7, 15), date(2024, 8, 5)),
        ("Jestem na urlopie do 30 kwietnia.", date(2024, 4, 22), date(2024, 4, 30)),
    ],
)
def test_r6_return_dates_in_more_layouts_and_languages(text: str, sent: date, expected: date) -> None:
    assert find_return_date(text, sent) == expected


def test_r6_an_ambiguous_english_date_stays_unsure_when_nothing_settles_its_order() -> None:
    assert find_return_date("Back on 02/01/2025.", date(2024, 12, 23)) is None
