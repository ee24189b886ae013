"""R6: the return date named by an out-of-office, at most 90 days ahead, none when unsure."""

from __future__ import annotations

from datetime import date

import pytest

from relance.analysis import return_date
from relance.analysis.pipeline import analyse
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


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # A day alone after a return phrase: this month, or the next when the day has passed.
        ("Je suis en congés, de retour le 19.", date(2026, 3, 9), date(2026, 3, 19)),
        ("En vacances. Reprise le 3.", date(2026, 3, 27), date(2026, 4, 3)),
        ("Away at a conference, back in the office on the 12th.", date(2026, 5, 20), date(2026, 6, 12)),
        ("Off until Thursday 28th, no access to email.", date(2026, 5, 20), date(2026, 5, 28)),
        ("En congés jusqu'au jeu. 14 mai inclus, retour ven. 15.", date(2026, 5, 4), date(2026, 5, 15)),
        ("Absent du 11 au 15, je vous réponds à mon retour.", date(2026, 5, 11), date(2026, 5, 15)),
        # More ways of saying when one is back.
        ("Je reprendrai mes fonctions le mardi 2 juin.", date(2026, 5, 11), date(2026, 6, 2)),
        ("Je reviens le 4/06, merci de votre patience.", date(2026, 5, 29), date(2026, 6, 4)),
        ("Je serai de nouveau au cabinet le 8 juin.", date(2026, 5, 29), date(2026, 6, 8)),
        ("Je ne lirai vos messages qu'à partir du lundi 8 juin.", date(2026, 5, 29), date(2026, 6, 8)),
        ("Réouverture de nos bureaux le 24 août à 9h.", date(2026, 7, 31), date(2026, 8, 24)),
        ("Le cabinet est fermé. Nous serons de retour le 24-08-2026.", date(2026, 7, 31), date(2026, 8, 24)),
        ("I expect to return on or around 9/14.", date(2026, 8, 3), date(2026, 9, 14)),
        ("The office will reopen on Monday 4th January.", date(2026, 12, 23), date(2027, 1, 4)),
        ("Am 11.08. bin ich wieder im Büro.", date(2026, 7, 27), date(2026, 8, 11)),
        ("Ich bin bis und mit Freitag, 7. August abwesend.", date(2026, 7, 27), date(2026, 8, 7)),
        ("Rientrerò in ufficio il 24 agosto.", date(2026, 8, 3), date(2026, 8, 24)),
        ("De vacaciones. Volveré a la oficina el lunes 24.", date(2026, 8, 3), date(2026, 8, 24)),
        # The last day, then a later return day: the return.
        ("Absente jusqu'au 21.08.2026, je reprendrai le lundi 24.08.2026.", date(2026, 8, 3), date(2026, 8, 24)),
        ("On leave 03/08 to 14/08, back on 17/08.", date(2026, 8, 3), date(2026, 8, 17)),
        ("Traveling 9/8-9/11, back Monday 9/14.", date(2026, 9, 4), date(2026, 9, 14)),
        # A weekday settles an English numeric date: Tuesday 10/13/2026 is the only reading on a Tuesday.
        ("Out until Tues 10/13.", date(2026, 10, 9), date(2026, 10, 13)),
        (
            "Je serai absent à partir du 02/03/2026 et ne serai pas de retour avant 16/03/2026.",
            date(2026, 3, 2),
            date(2026, 3, 16),
        ),
        ("En congé du lun 2/03 au ven 13/03. Je reprends lun 16 mars.", date(2026, 3, 1), date(2026, 3, 16)),
        ("ooo til thurs, back online then", date(2026, 3, 1), date(2026, 3, 5)),
        (
            "Our office is closed for the holiday. Business will resume on Monday, 13 April.",
            date(2026, 4, 9),
            date(2026, 4, 13),
        ),
        ("On holiday, back w/c 20th.", date(2026, 4, 9), date(2026, 4, 20)),
        (
            "Je suis absente jusqu&#39;au 17&nbsp;avril&nbsp;inclus.<br>Cordialement",
            date(2026, 4, 9),
            date(2026, 4, 17),
        ),
        # Away for the day: the day itself (R6 then holds until the first working hour of the next working day).
        ("Je suis absent aujourd'hui et vous répondrai à mon retour.", date(2026, 4, 9), date(2026, 4, 9)),
        ("Out of the office today, I'll reply as soon as I can.", date(2026, 4, 9), date(2026, 4, 9)),
        ("Je suis en formation ce jour et vous réponds dès que possible.", date(2026, 4, 9), date(2026, 4, 9)),
        ("Le bureau est fermé aujourd'hui. Je reviendrai vers vous dès demain.", date(2026, 4, 9), date(2026, 4, 10)),
        # A few words between the return word and its date.
        ("Je reprendrai la lecture de mes mails lundi 13 avril.", date(2026, 4, 9), date(2026, 4, 13)),
        ("Je reprendrai mon activité le mardi 14 avril.", date(2026, 4, 9), date(2026, 4, 14)),
        ("Je ne lirai vos messages qu'à compter du mardi 14 avril.", date(2026, 4, 9), date(2026, 4, 14)),
        ("En déplacement à Londres, de retour à Lyon le mardi 14.", date(2026, 4, 9), date(2026, 4, 14)),
        ("At a conference this week, back in Paris on Tuesday 14 April.", date(2026, 4, 9), date(2026, 4, 14)),
        ("Closed for Easter, reopening at 9am on Tuesday 7 April.", date(2026, 4, 2), date(2026, 4, 7)),
        (
            "Ich bin bis 10. April nicht im Büro. Ab Montag, dem 13. April, bin ich wieder erreichbar.",
            date(2026, 4, 2),
            date(2026, 4, 13),
        ),
        (
            "Estou ausente até dia 10 de abril. Regresso na segunda-feira, 13 de abril.",
            date(2026, 4, 2),
            date(2026, 4, 13),
        ),
        (
            "Estaré fuera hasta el 10 de abril. A partir del lunes 13 de abril atenderé su mensaje.",
            date(2026, 4, 2),
            date(2026, 4, 13),
        ),
        ("Réouverture au public le mardi 14 avril à 8h30.", date(2026, 4, 9), date(2026, 4, 14)),
        ("L'étude est fermée et rouvrira ses portes le lundi 13 avril.", date(2026, 4, 9), date(2026, 4, 13)),
        ("En congés. Reprise des rendez-vous à compter du mardi 14 avril.", date(2026, 4, 9), date(2026, 4, 14)),
        ("Je rentre de congés le 20 avril.", date(2026, 4, 9), date(2026, 4, 20)),
        ("We will resume normal business hours on Monday, April 13.", date(2026, 4, 9), date(2026, 4, 13)),
        (
            "I work part-time (Monday to Wednesday) and will reply on Monday 13 April.",
            date(2026, 4, 9),
            date(2026, 4, 13),
        ),
        ("Ich bin bis Montag, den 13. April, nicht erreichbar.", date(2026, 4, 9), date(2026, 4, 13)),
        ("Absent jusq. 14 avr. - urgences au 06 12 34 56 78", date(2026, 4, 9), date(2026, 4, 14)),
        ("Je suis en conge du lun. 06-04-2026 au ven. 17-04-2026 inclus.", date(2026, 4, 3), date(2026, 4, 17)),
        ("Je suis absente aujourd'hui, jeudi 9 avril.", date(2026, 4, 9), date(2026, 4, 9)),
        ("Ab Dienstag, 14. April, bin ich wieder für Sie da.", date(2026, 4, 3), date(2026, 4, 14)),
        (
            "Ik ben afwezig tot en met 10 april en ben dinsdag 14 april weer op kantoor.",
            date(2026, 4, 3),
            date(2026, 4, 14),
        ),
        ("Estou de férias e retorno no dia 14.", date(2026, 4, 3), date(2026, 4, 14)),
        # The subject, when the text names nothing.
        ("", date(2026, 11, 2), date(2026, 11, 9)),
    ],
)
def test_r6_return_dates_said_the_ways_people_say_them(text: str, sent: date, expected: date) -> None:
    subject = "Absente jusqu'au 9 novembre - RE: Votre versement" if not text else ""
    assert find_return_date(text or "Je suis absente et vous répondrai à mon retour.", sent, subject) == expected


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # A start with no end, opening hours, a phone number, an offer's deadline: no return date.
        ("Je serai absent à partir du 20 juillet.", date(2026, 7, 10)),
        ("Nous sommes fermés dès le 23 décembre, merci de votre compréhension.", date(2026, 12, 18)),
        ("Absent. Le standard répond du lundi au vendredi de 9h à 18h.", date(2026, 3, 4)),
        ("Absente, urgences au 04 91 33 52 07.", date(2026, 3, 4)),
        ("Je suis absent. Notre offre est valable jusqu'au 31/03.", date(2026, 3, 4)),
        ("Out of office. Our support team is available 24/7 at 555-0100.", date(2026, 3, 4)),
        ("I'm away, back the week of the 5th.", date(2026, 5, 14)),
        ("Absent du bureau. La date limite des inscriptions est fixée au vendredi 20 mars.", date(2026, 3, 4)),
        ("Je suis absent. La souscription au fonds est ouverte jusqu'au 30 juin 2026.", date(2026, 6, 10)),
        ("Absent cette semaine. Pour rappel, l'AG de la copropriété est fixée au 12 juin.", date(2026, 6, 1)),
        ("Je suis en congés. Je reprendrai mes dossiers à mon retour.", date(2026, 6, 1)),  # "mon" is not Monday
        ("Estaré ausente a partir del 20 de julio.", date(2026, 7, 10)),  # when it starts
    ],
)
def test_r6_no_return_date_from_a_start_opening_hours_a_phone_or_a_deadline(text: str, sent: date) -> None:
    assert find_return_date(text, sent) is None


def test_r6_a_colleagues_dates_are_never_the_writers_return() -> None:
    text = "Je suis absente jusqu'au 10 juillet. Ma collègue Anne, elle-même absente du 13 au 31 juillet, vous répond."
    assert find_return_date(text, date(2026, 7, 1)) == date(2026, 7, 10)
    # The colleague named after the writer's date: the date is the writer's.
    assert find_return_date(
        "En mon absence jusqu'au 10 juillet, ma collègue Anne vous répondra.", date(2026, 7, 1)
    ) == date(2026, 7, 10)
    assert find_return_date(
        "Ma collègue Anne traitera vos demandes jusqu'à mon retour le 10 juillet.", date(2026, 7, 1)
    ) == date(2026, 7, 10)
    # Only a replacement's date: the writer gave none.
    away = "I'm away until further notice. My colleague Tom, who is back on 8 July, will look after your account."
    assert find_return_date(away, date(2026, 7, 1)) is None
    doctor = "Le Dr Martin est absent. Le Dr Roux assure le remplacement jusqu'au vendredi 17 juillet."
    assert find_return_date(doctor, date(2026, 7, 1)) is None


@pytest.mark.parametrize(
    ("date_header", "expected"),
    [
        # Written at 00:10 in Paris on 1 July; the provider says 22:10 UTC on 30 June: "jusqu'au 30" is 30 July.
        ("Wed, 01 Jul 2026 00:10:00 +0200", "2026-07-30"),
        # A Date header a day and more away from the provider's time is a wrong clock: the provider's day stands.
        ("Fri, 03 Jul 2026 00:10:00 +0200", "2026-06-30"),
        (None, "2026-06-30"),
    ],
)
def test_r6_a_day_alone_is_read_on_the_writers_calendar(date_header: str | None, expected: str) -> None:
    headers = {"auto-submitted": ["auto-replied"], **({"date": [date_header]} if date_header else {})}
    message = {
        "subject": "Réponse automatique : Relevé annuel",
        "from": {"address": "oceane@exemple.fr", "name": "Océane"},
        "headers": headers,
        "body_text": "Bonjour,\n\nJe suis en vacances et absente jusqu'au 30.\n\nOcéane",
        "sent_at": "2026-06-30T22:10:00Z",
        "received_at": "2026-06-30T22:10:05Z",
    }
    result = analyse(message)
    assert result["kind"] == "auto_reply"
    assert result["auto_reply"]["until"] == expected


def test_r6_a_notice_of_thousands_of_lines_is_read_like_a_short_one() -> None:
    # Mail from outside can be any size: a date on each of 20,000 lines (a loop of auto-replies quoting each other)
    # is read line by line, each date's sentence looked at near it, and the latest date wins as in a short notice.
    lines = [f"Je suis absent jusqu'au {day} mars.\nMa collègue est absente jusqu'au 30 mars." for day in range(2, 12)]
    notice = "\n".join(lines * 2000)
    assert find_return_date(notice, date(2026, 3, 1)) == date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one day away, named
        ("I'm out of the office on Thursday 11 March and will answer on my return.", date(2027, 3, 11)),
        ("Off on Monday 15 March, back the next day.", date(2027, 3, 15)),
        # a Portuguese range "de … a …"
        ("Estarei fora do escritório de 8 a 12 de março, sem acesso ao email.", date(2027, 3, 12)),
        # Swedish "back at the office" with its weekday
        ("Jag är tillbaka på kontoret tisdag den 16 mars.", date(2027, 3, 16)),
    ],
)
def test_r6_a_single_day_away_a_portuguese_range_and_a_swedish_return(text: str, expected: date) -> None:
    assert return_date.find_return_date(text, date(2027, 3, 5)) == expected


def test_r6_a_day_off_said_of_a_thing_is_no_return_date() -> None:
    assert return_date.find_return_date("The discount is 10% off on orders placed this week.", date(2027, 3, 5)) is None


def test_r6_a_single_day_away_is_read_without_any_other_return_word() -> None:
    # The cheap gate lets every trigger through: "away on" alone, with no "back" nor "until" in the notice.
    assert return_date.find_return_date("I am away on Friday 12 March.", date(2027, 3, 5)) == date(2027, 3, 12)


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # A time and its zone between "until" and the date; a US date that reads one way only.
        (
            "I will be unavailable from 2:00 PM ET Wednesday 3/18 until 9:00 AM ET Monday 3/23.",
            date(2026, 3, 18),
            date(2026, 3, 23),
        ),
        # The end of the absence, then the day back, given as a day alone: the day back.
        ("En vacances jusqu'au 21/07 ! Mais retour effectif le 22.", date(2025, 7, 8), date(2025, 7, 22)),
        ("Sailing until the 9th with no wifi. Back on dry land on the 10th!", date(2025, 8, 31), date(2025, 9, 10)),
        # Italian "fino a" with its weekday.
        ("Sarò fuori ufficio fino a lunedì 5 maggio 2025 compreso.", date(2025, 4, 24), date(2025, 5, 5)),
        # The office named by its city between "de retour au bureau" and the date.
        ("Je serai de retour au bureau de Dubaï le mardi 3 décembre.", date(2024, 11, 27), date(2024, 12, 3)),
        # Typed in a hurry on a phone.
        (
            "bonjour je suis absent jusq'au 5 févirer, je vous rappelle des mon retour",
            date(2026, 1, 31),
            date(2026, 2, 5),
        ),
        # "nous rentrons": any form of "rentrer".
        ("Nous rentrons le dimanche 16. Nous vous répondrons à ce moment-là.", date(2025, 3, 10), date(2025, 3, 16)),
        # A range across two months, across the year.
        (
            "Our office is closed. I'm out Dec 26-Jan 2 and will reply once I'm back.",
            date(2026, 12, 23),
            date(2027, 1, 2),
        ),
        ("Out 29 Dec – 3 Jan, back after that.", date(2026, 12, 23), date(2027, 1, 3)),
    ],
)
def test_r6_return_dates_with_a_time_a_typo_or_a_range_across_months(text: str, sent: date, expected: date) -> None:
    assert find_return_date(text, sent) == expected


def test_r6_a_second_absence_announced_for_later_does_not_move_the_return() -> None:
    text = "Je suis absente jusqu'au mercredi 10 mars. Je serai par ailleurs également absente du 24 au 28 mars."
    assert find_return_date(text, date(2027, 3, 2)) == date(2027, 3, 10)
    # One absence told in two parts, over a weekend, is one absence: its end is the date.
    text = "Je suis absente jusqu'au vendredi 5 mars, puis en congés du 8 au 19 mars."
    assert find_return_date(text, date(2027, 3, 1)) == date(2027, 3, 19)


def test_r6_a_range_across_months_needs_no_other_word() -> None:
    assert find_return_date("Out Dec 26 – Jan 2.", date(2026, 12, 23)) == date(2027, 1, 2)


def test_r6_a_single_day_away_in_french() -> None:
    text = "Bonjour,\n\nJe suis absent ce mardi 1er décembre. Je traiterai votre message dès demain.\n\nLuc Weber"
    assert find_return_date(text, date(2026, 12, 1)) == date(2026, 12, 1)
    assert find_return_date("Absente le 4 mars, de retour le 5.", date(2027, 3, 1)) == date(2027, 3, 5)


def test_r6_a_typo_d_month_is_read_in_a_range_too() -> None:
    assert find_return_date("En congés du 2 au 6 févirer.", date(2026, 1, 20)) == date(2026, 2, 6)


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # day first with slashes, as Italian, Spanish and Portuguese notices write it
        (
            "Messaggio automatico: in ferie fino al 9/2/2027, leggerò la posta al rientro.",
            date(2027, 1, 28),
            date(2027, 2, 9),
        ),
        ("Ausente por viaje hasta el 03/03, respondo a la vuelta.", date(2027, 2, 22), date(2027, 3, 3)),
        ("Estou fora e volto no dia 14/04. Obrigado.", date(2027, 4, 2), date(2027, 4, 14)),
        # an ordinal day: "1° de marzo", "1º de março"
        ("De licencia hasta el 1° de marzo.", date(2027, 2, 10), date(2027, 3, 1)),
        # an office closed for the day the notice is sent
        (
            "Gli uffici sono chiusi oggi per la festa del patrono. Risponderemo domani.",
            date(2027, 1, 27),
            date(2027, 1, 27),
        ),
    ],
)
def test_r6_return_dates_written_day_first_with_slashes_or_ordinals(text: str, sent: date, expected: date) -> None:
    assert find_return_date(text, sent) == expected


# Forms first read wrong on blind22 (2026-12-05), each in other words than the set's.
@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # Norwegian, Danish and Swedish return words ("back at the office", "until", "back again")
        ("Jeg er på kurs og tilbake på jobb fredag 12. mars.", date(2027, 3, 8), date(2027, 3, 12)),
        ("Jeg er på ferie til 19. marts og læser ikke mails.", date(2027, 3, 8), date(2027, 3, 19)),
        ("Jag är ledig och åter på kontoret 24/3.", date(2027, 3, 15), date(2027, 3, 24)),
        # away to the end of a numbered week: that week's Friday
        ("Wegens vakantie afwezig t/m week 14.", date(2027, 3, 29), date(2027, 4, 9)),
        ("Ich bin bis einschließlich KW 11 nicht im Büro.", date(2027, 3, 8), date(2027, 3, 19)),
        # … in the next year when the week is past in this one
        ("Afwezig tot en met week 2 in verband met de feestdagen.", date(2026, 12, 21), date(2027, 1, 15)),
    ],
)
def test_r6_nordic_return_words_and_a_week_number(text: str, sent: date, expected: date) -> None:
    assert find_return_date(text, sent) == expected


def test_r6_a_nordic_until_is_not_read_as_an_english_day_alone() -> None:
    # "til 1. august", five months on: beyond R6's 90 days, so no date; never the 1st of next month
    assert find_return_date("Jeg er på orlov til 1. august 2027.", date(2027, 3, 10)) is None
    assert find_return_date("Back in week 13.", date(2027, 3, 10)) is None


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # Portuguese "retorno na" / "volto na" before a weekday and the day
        ("Fora do escritório esta semana. Retorno na segunda-feira, 15/03.", date(2027, 3, 9), date(2027, 3, 15)),
        ("De folga, volto na terça-feira 6/4, abraço.", date(2027, 3, 31), date(2027, 4, 6)),
        # back on Ash Wednesday, the day Carnival ends (Easter 2027 is 28 March, 2028 is 16 April)
        ("Em viagem no Carnaval, volto na quarta-feira de cinzas.", date(2027, 2, 4), date(2027, 2, 10)),
        ("Fuera por Carnaval, regreso el miércoles de ceniza.", date(2028, 2, 21), date(2028, 3, 1)),
        # … within R6's horizon: this year's gone, next year's is a year away
        ("Volto na quarta-feira de cinzas.", date(2027, 3, 1), None),
    ],
)
def test_r6_portuguese_weekday_returns_and_ash_wednesday(text: str, sent: date, expected: date | None) -> None:
    assert find_return_date(text, sent) == expected


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # The day back where one is named, else the last day away, in Chinese, Japanese, Korean and Arabic notices
        ("春節期間（2/5－2/14）休假，2/15（一）起恢復上班。", date(2027, 2, 5), date(2027, 2, 15)),
        ("本人出差至3月8日，期间回复可能不及时。", date(2027, 3, 4), date(2027, 3, 8)),
        (
            "3月19日（金）から3月22日（月）まで不在にしております。3月23日（火）より対応いたします。",
            date(2027, 3, 19),
            date(2027, 3, 23),
        ),
        (
            "설 연휴로 2월 5일부터 2월 9일까지 부재중입니다. 2월 10일부터 정상 근무합니다.",
            date(2027, 2, 5),
            date(2027, 2, 10),
        ),
        ("أنا في إجازة، وسأعود إلى العمل يوم الأحد 14 مارس 2027.", date(2027, 3, 5), date(2027, 3, 14)),
        # A closure weeks ahead, and a receipt's date, name no return
        ("お問い合わせを受け付けました。4月29日〜5月5日は休業とさせていただきます。", date(2027, 3, 24), None),
        ("您的邮件已于 2027年2月26日 17:02 读取。", date(2027, 2, 26), None),
    ],
)
def test_r6_chinese_japanese_korean_and_arabic_returns(text: str, sent: date, expected: date | None) -> None:
    assert find_return_date(text, sent) == expected


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # Central and Eastern Europe, Greece, Turkey and Israel: the day back where one is named, else the last day
        # away, numeric or with the month's name as each language declines it
        ("Dobrý den, do 21. 5. čerpám dovolenou, e-maily čtu jen občas.", date(2027, 5, 10), date(2027, 5, 21)),
        (
            "Jsem mimo kancelář do středy 12. května, od čtvrtka 13. 5. opět v práci.",
            date(2027, 5, 3),
            date(2027, 5, 13),
        ),
        ("Május 14-ig szabadságon vagyok, utána válaszolok.", date(2027, 5, 3), date(2027, 5, 14)),
        ("Sunt în concediu până pe 14 mai; revin la birou luni, 17 mai.", date(2027, 5, 5), date(2027, 5, 17)),
        ("Λείπω σε άδεια έως τις 14 Μαΐου, με περιορισμένη πρόσβαση.", date(2027, 5, 5), date(2027, 5, 14)),
        ("Я в командировке до 14.05, отвечу после возвращения.", date(2027, 5, 5), date(2027, 5, 14)),
        ("Перебуваю у відпустці до 14 травня включно.", date(2027, 5, 5), date(2027, 5, 14)),
        ("В отпуск съм до 14.05.2027 г.", date(2027, 5, 5), date(2027, 5, 14)),
        ("14 Mayıs'a kadar izindeyim, döndüğümde yanıt vereceğim.", date(2027, 5, 5), date(2027, 5, 14)),
        ("אני בחופשה עד 13.5 ואחזור למשרד ב-16.5.2027.", date(2027, 5, 5), date(2027, 5, 16)),
        ("14 MAYIS'A KADAR İZİNDEYİM.", date(2027, 5, 5), date(2027, 5, 14)),  # "MAYIS" lowers to "mayis"
        # no date, and a time of day that is no date
        ("Jsem na dovolené, ozvu se po návratu.", date(2027, 5, 5), None),
        ("Я в отпуске, по срочным вопросам звоните с 10.30 до 18.00.", date(2027, 5, 5), None),
    ],
)
def test_r6_central_eastern_european_greek_turkish_and_hebrew_returns(
    text: str, sent: date, expected: date | None
) -> None:
    assert find_return_date(text, sent) == expected


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # the place named between "de retour" and the date ("dans nos bureaux")
        (
            "Absent cette semaine, je serai de retour dans nos bureaux le 23 avril.",
            date(2027, 4, 12),
            date(2027, 4, 23),
        ),
        # "ne … qu'à compter de demain": the day after the notice, the weekday and date beside it agreeing
        (
            "En rendez-vous extérieur, je ne lirai vos messages qu'à compter de demain jeudi.",
            date(2027, 4, 14),
            date(2027, 4, 15),
        ),
        # two days away named one by one: the second
        ("Je serai absent lundi 3 et mardi 4 mai, merci de votre patience.", date(2027, 4, 30), date(2027, 5, 4)),
        # an absence word typed in English shorthand
        ("OOO 12 April to 16 April, slow replies.", date(2027, 4, 12), date(2027, 4, 16)),
        # Dutch and German: back tomorrow
        ("Vandaag afwezig, morgen ben ik terug op kantoor.", date(2027, 4, 14), date(2027, 4, 15)),
        ("Heute nicht im Büro, ab morgen bin ich wieder erreichbar.", date(2027, 4, 14), date(2027, 4, 15)),
    ],
)
def test_r6_more_french_dutch_german_and_shorthand_returns(text: str, sent: date, expected: date) -> None:
    assert find_return_date(text, sent) == expected


def test_r6_a_reopening_after_a_sentence_about_enrolments_is_a_return() -> None:
    # The word "inscriptions" ends the sentence before: it does not make the next sentence's date a deadline.
    text = (
        "L'accueil est fermé du 17 au 30 avril.\n"
        "Une permanence aura lieu le 22 avril pour les inscriptions.\n"
        "Réouverture de l'accueil le lundi 3 mai."
    )
    assert find_return_date(text, date(2027, 4, 16)) == date(2027, 5, 3)


def test_r6_the_dates_a_stand_in_is_away_themselves_are_not_the_writers() -> None:
    text = (
        "Je suis absent jusqu'au 16 avril inclus. En cas d'urgence, écrivez à Marc, sauf du 19 au 23 avril, "
        "dates auxquelles il sera également absent."
    )
    assert find_return_date(text, date(2027, 4, 6)) == date(2027, 4, 16)


def test_r6_an_office_move_announced_for_later_names_no_return() -> None:
    # The acknowledgement of a firm that moves next week: its new address's first day is no one's return.
    text = (
        "Votre demande est bien enregistrée.\n\n"
        "Le cabinet change d'adresse : l'accueil sera fermé le jeudi 22 avril. À partir du lundi 26 avril, nous vous "
        "accueillerons dans nos nouveaux locaux, 4 quai Perrache, 69002 Lyon."
    )
    assert find_return_date(text, date(2027, 4, 14)) is None


def test_r6_a_sentence_that_starts_with_the_trigger_is_read_on_its_own() -> None:
    # "… votre inscription. À partir du …": the full stop right before the trigger ends the sentence about the
    # enrolment, so the return is read in a sentence of its own, not as the enrolment's deadline.
    text = (
        "Je suis en formation. Merci de votre inscription. À partir du lundi 19 avril, je serai de nouveau disponible."
    )
    assert find_return_date(text, date(2027, 4, 14)) == date(2027, 4, 19)


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # Estonian, Latvian, Lithuanian and Finnish: the latest date named on or after the notice, any case ending
        ("Olen puhkusel kuni 11. juunini, kirjadele vastan hiljem.", date(2027, 6, 1), date(2027, 6, 11)),
        ("Esmu atvaļinājumā līdz 11. jūnijam.", date(2027, 6, 1), date(2027, 6, 11)),
        ("Atostogauju iki birželio 11 d., grįšiu birželio 14 d.", date(2027, 6, 1), date(2027, 6, 14)),
        ("Olen kesälomalla 7.6.–2.7. ja palaan töihin 5.7.", date(2027, 6, 4), date(2027, 7, 5)),
        ("Jag är ledig t.o.m. 11 juni.", date(2027, 6, 1), date(2027, 6, 11)),
        # a week named by its number: its Friday (ISO week 23 of 2027 ends on Friday 11 June)
        ("Jeg er på ferie i uge 23 og læser ikke mails.", date(2027, 6, 4), date(2027, 6, 11)),
        ("Olen poissa viikon 23 ajan.", date(2027, 6, 4), date(2027, 6, 11)),
        # back in a week names no day
        ("Jag är föräldraledig och tillbaka vecka 24.", date(2027, 6, 1), None),
        # a German "ferienhalber" is no Nordic "ferie", and its week numbers stay unread
        ("Ich bin in der KW 23 ferienhalber abwesend.", date(2027, 6, 4), None),
    ],
)
def test_r6_nordic_and_baltic_returns(text: str, sent: date, expected: date | None) -> None:
    assert find_return_date(text, sent) == expected


def test_r6_a_german_good_morning_is_no_tomorrow() -> None:
    assert find_return_date("Guten Morgen, ich bin wieder im Büro und melde mich.", date(2027, 6, 1)) is None


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # a French closure by week numbers: the Friday of the last week named (ISO week 31 of 2027 ends on 6 August)
        (
            "L'agence est fermée pendant les semaines 30 et 31, réouverture ensuite.",
            date(2027, 7, 26),
            date(2027, 8, 6),
        ),
        ("Absente semaine 31. Je lirai vos messages à mon retour.", date(2027, 8, 2), date(2027, 8, 6)),
        ("Congés : semaines 51 à 1.", date(2027, 12, 20), date(2028, 1, 7)),
        # weeks more than R6's 90 days ahead name no return; a delivery week is no absence
        ("Fermeture annuelle semaines 31 et 32.", date(2027, 3, 1), None),
        ("Votre commande sera livrée semaine 31.", date(2027, 7, 26), None),
        # back in a week names no day
        ("Je suis en déplacement, de retour semaine 32.", date(2027, 8, 2), None),
    ],
)
def test_r6_a_french_closure_by_week_numbers(text: str, sent: date, expected: date | None) -> None:
    assert find_return_date(text, sent) == expected
