"""R2 working time: the follow-up clock runs only inside working hours, on working days, off holidays
(France's calendar, the team's own days off), in the mailbox's time zone, daylight saving included.

Times are written as local wall-clock time in the zone under test ("Mon 2026-11-23 16:00"); the
weekday is checked, so a typo in a date cannot make a test pass by accident.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest

WEEKDAYS = [1, 2, 3, 4, 5]
EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]


def wall(text: str) -> str:
    """'Mon 2026-11-23 16:00' -> '2026-11-23 16:00', after checking that the weekday is right."""
    day, rest = text.split(" ", 1)
    parsed = datetime.strptime(rest, "%Y-%m-%d %H:%M")
    assert parsed.strftime("%a") == day, f"{rest} is a {parsed.strftime('%a')}, not a {day}"
    return rest


def add(
    conn: psycopg.Connection[Any],
    start: str,
    duration: str,
    *,
    tz: str = "UTC",
    hours: tuple[str, str] = ("07:00", "18:00"),
    days: list[int] = WEEKDAYS,
    calendar: str | None = None,
    team: uuid.UUID | None = None,
) -> str:
    """add_working_time from a local wall-clock time; the result as local wall-clock time."""
    row = conn.execute(
        """select to_char(
                   private.add_working_time(
                       %(start)s::timestamp at time zone %(tz)s, %(duration)s::interval, %(tz)s,
                       %(h0)s::time, %(h1)s::time, %(days)s::smallint[], %(cal)s, %(team)s
                   ) at time zone %(tz)s,
                   'Dy YYYY-MM-DD HH24:MI')""",
        {
            "start": wall(start), "duration": duration, "tz": tz, "h0": hours[0], "h1": hours[1],
            "days": days, "cal": calendar, "team": team,
        },
    ).fetchone()  # fmt: skip
    assert row
    return str(row[0])


def elapsed_hours(conn: psycopg.Connection[Any], start: str, end: str, tz: str) -> float:
    """Real (physical) hours between two local wall-clock times of zone tz."""
    row = conn.execute(
        "select extract(epoch from (%s::timestamp at time zone %s) - (%s::timestamp at time zone %s)) / 3600",
        (wall(end), tz, wall(start), tz),
    ).fetchone()
    assert row
    return float(row[0])


def between(
    conn: psycopg.Connection[Any],
    start: str,
    end: str,
    *,
    tz: str = "UTC",
    hours: tuple[str, str] = ("07:00", "18:00"),
    days: list[int] = WEEKDAYS,
    calendar: str | None = None,
) -> timedelta:
    row = conn.execute(
        """select private.working_time_between(
               %(a)s::timestamp at time zone %(tz)s, %(b)s::timestamp at time zone %(tz)s, %(tz)s,
               %(h0)s::time, %(h1)s::time, %(days)s::smallint[], %(cal)s, null)""",
        {"a": wall(start), "b": wall(end), "tz": tz, "h0": hours[0], "h1": hours[1], "days": days, "cal": calendar},
    ).fetchone()
    assert row
    return row[0]


def next_start(
    conn: psycopg.Connection[Any],
    after: str,
    *,
    tz: str = "UTC",
    days: list[int] = WEEKDAYS,
    calendar: str | None = None,
    start: str = "07:00",
) -> str:
    row = conn.execute(
        """select to_char(
                   private.next_working_start(
                       %(after)s::timestamp at time zone %(tz)s, %(tz)s, %(start)s::time, %(days)s::smallint[],
                       %(cal)s, null
                   ) at time zone %(tz)s,
                   'Dy YYYY-MM-DD HH24:MI')""",
        {"after": wall(after), "tz": tz, "days": days, "cal": calendar, "start": start},
    ).fetchone()
    assert row
    return str(row[0])


@pytest.fixture
def team(db: psycopg.Connection[Any]) -> Iterator[uuid.UUID]:
    """A team, inside a transaction rolled back after the test (its days off vanish with it)."""
    with db.transaction(force_rollback=True):
        row = db.execute("insert into public.teams (name) values ('Cabinet Martin') returning id").fetchone()
        assert row
        yield row[0]


# R2: the examples of BEHAVIOUR.md, and the edges around them ------------------------------------------


@pytest.mark.parametrize(
    ("start", "duration", "due"),
    [
        ("Mon 2026-11-23 16:00", "4 hours", "Tue 2026-11-24 09:00"),  # BEHAVIOUR.md
        ("Fri 2026-11-27 17:00", "4 hours", "Mon 2026-11-30 10:00"),  # BEHAVIOUR.md
        ("Sat 2026-11-28 10:00", "4 hours", "Mon 2026-11-30 11:00"),  # BEHAVIOUR.md
        ("Mon 2026-11-23 18:00", "4 hours", "Tue 2026-11-24 11:00"),  # sent at closing time
        ("Mon 2026-11-23 14:00", "4 hours", "Mon 2026-11-23 18:00"),  # exactly fills the day: 18:00, not tomorrow
        ("Mon 2026-11-23 14:00", "4 hours 1 minute", "Tue 2026-11-24 07:01"),
        ("Mon 2026-11-23 10:00", "4 hours", "Mon 2026-11-23 14:00"),  # inside working hours
        ("Mon 2026-11-23 06:00", "4 hours", "Mon 2026-11-23 11:00"),  # before opening
        ("Mon 2026-11-23 22:00", "4 hours", "Tue 2026-11-24 11:00"),  # after closing
        ("Sun 2026-11-22 23:59", "11 hours", "Mon 2026-11-23 18:00"),  # a whole working day
        ("Mon 2026-11-23 07:00", "11 hours", "Mon 2026-11-23 18:00"),
        ("Mon 2026-11-23 10:00", "0", "Mon 2026-11-23 10:00"),  # nothing to wait, inside hours
        ("Mon 2026-11-23 20:00", "0", "Tue 2026-11-24 07:00"),  # nothing to wait: the next working start
        ("Mon 2026-11-23 16:30", "90 seconds", "Mon 2026-11-23 16:31"),
    ],
)
def test_r2_adds_working_time_inside_working_hours_on_working_days(
    db: psycopg.Connection[Any], start: str, duration: str, due: str
) -> None:
    assert add(db, start, duration) == due


def test_r2_the_clock_does_not_depend_on_the_session_time_zone(db: psycopg.Connection[Any]) -> None:
    for session_zone in ("Pacific/Kiritimati", "America/Adak", "UTC"):
        db.execute("select set_config('timezone', %s, false)", (session_zone,))
        assert add(db, "Fri 2026-11-27 17:00", "4 hours", tz="Europe/Paris") == "Mon 2026-11-30 10:00"
        assert add(db, "Fri 2026-03-27 17:00", "28 hours", tz="Europe/Paris") == "Wed 2026-04-01 12:00"
    db.execute("reset timezone")


def test_r2_seconds_and_microseconds_are_kept(db: psycopg.Connection[Any]) -> None:
    row = db.execute(
        """select private.add_working_time(
               '2026-11-23 10:00:00.000001+00', '1 hour 0.000002 seconds', 'UTC', '07:00', '18:00',
               '{1,2,3,4,5}', null, null)"""
    ).fetchone()
    assert row == (datetime(2026, 11, 23, 11, 0, 0, 3, tzinfo=UTC),)


# Daylight saving: Europe/Paris moves on the last Sundays of March and October ---------------------------


def test_r2_spring_forward_weekend_in_paris(db: psycopg.Connection[Any]) -> None:
    # Clocks go 02:00 -> 03:00 on Sun 29 March 2026: outside working hours, so the day after is normal.
    due = add(db, "Fri 2026-03-27 17:00", "4 hours", tz="Europe/Paris")
    assert due == "Mon 2026-03-30 10:00"
    assert elapsed_hours(db, "Fri 2026-03-27 17:00", due, "Europe/Paris") == 64  # 65 on the wall, 64 real


def test_r2_fall_back_weekend_in_paris(db: psycopg.Connection[Any]) -> None:
    # Clocks go 03:00 -> 02:00 on Sun 25 October 2026.
    due = add(db, "Fri 2026-10-23 17:00", "4 hours", tz="Europe/Paris")
    assert due == "Mon 2026-10-26 10:00"
    assert elapsed_hours(db, "Fri 2026-10-23 17:00", due, "Europe/Paris") == 66  # 65 on the wall, 66 real


@pytest.mark.parametrize("sunday", ["Sun 2026-03-29", "Sun 2026-10-25"])
def test_r2_a_transition_day_that_is_a_working_day_keeps_its_wall_clock_hours(
    db: psycopg.Connection[Any], sunday: str
) -> None:
    # The transition is at 02:00/03:00, before 07:00: the working day is 07:00-18:00, 11 real hours.
    day = sunday.split()[1]
    assert add(db, f"{sunday} 07:00", "11 hours", tz="Europe/Paris", days=EVERY_DAY) == f"{sunday[:3]} {day} 18:00"
    assert between(db, f"{sunday} 00:00", f"{sunday} 23:59", tz="Europe/Paris", days=EVERY_DAY) == timedelta(hours=11)
    saturday = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    assert add(db, f"Sat {saturday} 17:00", "12 hours", tz="Europe/Paris", days=EVERY_DAY) == f"{sunday} 18:00"


def test_r2_spring_forward_inside_working_hours_shortens_the_day(db: psycopg.Connection[Any]) -> None:
    # Working hours 00:00-23:59 every day: on Sun 29 March 2026 the day has 22 h 59 min of real time.
    full = ("00:00", "23:59")
    kw: dict[str, Any] = {"tz": "Europe/Paris", "hours": full, "days": EVERY_DAY}
    assert between(db, "Sun 2026-03-29 00:00", "Mon 2026-03-30 00:00", **kw) == timedelta(hours=22, minutes=59)
    assert add(db, "Sun 2026-03-29 00:00", "22 hours 59 minutes", **kw) == "Sun 2026-03-29 23:59"
    assert add(db, "Sun 2026-03-29 00:00", "23 hours", **kw) == "Mon 2026-03-30 00:01"
    # 01:00-04:00 contains the missing hour: three hours on the wall, two of real time.
    night: dict[str, Any] = {"tz": "Europe/Paris", "hours": ("01:00", "04:00"), "days": EVERY_DAY}
    assert add(db, "Sun 2026-03-29 01:00", "2 hours", **night) == "Sun 2026-03-29 04:00"
    assert add(db, "Sun 2026-03-29 01:00", "2 hours 1 minute", **night) == "Mon 2026-03-30 01:01"
    assert elapsed_hours(db, "Sun 2026-03-29 01:00", "Sun 2026-03-29 04:00", "Europe/Paris") == 2


def test_r2_fall_back_inside_working_hours_lengthens_the_day(db: psycopg.Connection[Any]) -> None:
    kw: dict[str, Any] = {"tz": "Europe/Paris", "hours": ("00:00", "23:59"), "days": EVERY_DAY}
    assert between(db, "Sun 2026-10-25 00:00", "Mon 2026-10-26 00:00", **kw) == timedelta(hours=24, minutes=59)
    assert add(db, "Sun 2026-10-25 00:00", "24 hours 59 minutes", **kw) == "Sun 2026-10-25 23:59"
    assert add(db, "Sun 2026-10-25 00:00", "23 hours 59 minutes", **kw) == "Sun 2026-10-25 22:59"


def test_r2_sao_paulo_2018_midnight_that_never_was(db: psycopg.Connection[Any]) -> None:
    # Brazil's last summer time began at 00:00 on Sun 4 November 2018 (00:00 became 01:00): with
    # working hours 00:00-06:00 that day had 5 real hours.
    kw: dict[str, Any] = {"tz": "America/Sao_Paulo", "hours": ("00:00", "06:00"), "days": EVERY_DAY}
    assert between(db, "Sat 2018-11-03 00:00", "Mon 2018-11-05 00:00", **kw) == timedelta(hours=11)
    assert add(db, "Sun 2018-11-04 00:00", "5 hours", **kw) == "Sun 2018-11-04 06:00"
    assert add(db, "Sun 2018-11-04 00:00", "5 hours 30 minutes", **kw) == "Mon 2018-11-05 00:30"


def test_r2_working_hours_that_begin_or_end_in_an_hour_skipped_by_daylight_saving(db: psycopg.Connection[Any]) -> None:
    # Sun 29 March 2026 in Paris: 02:00 became 03:00. Only local times that exist count: with hours 02:30-10:00
    # the day works 03:00-10:00 (7 h, not the 6 h 30 of 03:30-10:00); with 00:00-02:30 it works 00:00-02:00 (2 h:
    # 03:00-03:30 is after 02:30 on the wall, so not working time, and a claim there is refused).
    every_day: dict[str, Any] = {"tz": "Europe/Paris", "days": EVERY_DAY}
    assert between(db, "Sun 2026-03-29 00:00", "Mon 2026-03-30 00:00", hours=("02:30", "10:00"), **every_day) == (
        timedelta(hours=7)
    )
    assert add(db, "Sun 2026-03-29 00:00", "0", hours=("02:30", "10:00"), **every_day) == "Sun 2026-03-29 03:00"
    assert between(db, "Sun 2026-03-29 00:00", "Mon 2026-03-30 00:00", hours=("00:00", "02:30"), **every_day) == (
        timedelta(hours=2)
    )
    assert add(db, "Sun 2026-03-29 03:10", "0", hours=("00:00", "02:30"), **every_day) == "Mon 2026-03-30 00:00"
    assert next_start(db, "Sat 2026-03-28 12:00", tz="Europe/Paris", days=EVERY_DAY, start="02:30") == (
        "Sun 2026-03-29 03:00"
    )


def test_r2_working_hours_that_begin_or_end_in_an_hour_lived_twice(db: psycopg.Connection[Any]) -> None:
    # Sun 25 October 2026 in Paris: 03:00 became 02:00, so 02:00-03:00 happened twice. With hours 02:30-10:00 the
    # day works 02:30-03:00 summer time, then from 02:30 winter time to 10:00: 8 h. With 00:00-02:30 it works
    # 00:00-02:30 summer time and 02:00-02:30 winter time: 3 h, not the 3 h 30 from midnight to the second 02:30.
    every_day: dict[str, Any] = {"tz": "Europe/Paris", "days": EVERY_DAY}
    assert between(db, "Sun 2026-10-25 00:00", "Mon 2026-10-26 00:00", hours=("02:30", "10:00"), **every_day) == (
        timedelta(hours=8)
    )
    assert between(db, "Sun 2026-10-25 00:00", "Mon 2026-10-26 00:00", hours=("00:00", "02:30"), **every_day) == (
        timedelta(hours=3)
    )
    # The first working instant is the first 02:30 (00:30 UTC), an hour before the second.
    row = db.execute(
        """select private.next_working_start('2026-10-24 12:00+00', 'Europe/Paris', '02:30', %s::smallint[], null,
                  null)""",
        (EVERY_DAY,),
    ).fetchone()
    assert row == (datetime(2026, 10, 25, 0, 30, tzinfo=UTC),)


def test_r2_new_york_spring_forward(db: psycopg.Connection[Any]) -> None:
    due = add(db, "Fri 2026-03-06 16:00", "2 hours", tz="America/New_York", hours=("09:00", "17:00"))
    assert due == "Mon 2026-03-09 10:00"
    assert elapsed_hours(db, "Fri 2026-03-06 16:00", due, "America/New_York") == 65


# Time zones far from UTC: the local date, not the UTC date, decides the working day -------------------


def test_r2_tokyo_counts_in_tokyo_hours(db: psycopg.Connection[Any]) -> None:
    tokyo: dict[str, Any] = {"tz": "Asia/Tokyo", "hours": ("09:00", "18:00")}
    assert add(db, "Fri 2026-11-27 17:00", "4 hours", **tokyo) == "Mon 2026-11-30 12:00"
    # Mon 23:30 UTC is Tue 08:30 in Tokyo: the clock starts at Tue 09:00 there.
    row = db.execute(
        """select to_char(private.add_working_time('2026-11-23 23:30+00', '1 hour', 'Asia/Tokyo', '09:00', '18:00',
                  '{1,2,3,4,5}', null, null) at time zone 'Asia/Tokyo', 'Dy YYYY-MM-DD HH24:MI')"""
    ).fetchone()
    assert row == ("Tue 2026-11-24 10:00",)


def test_r2_new_york_counts_in_new_york_hours(db: psycopg.Connection[Any]) -> None:
    # Mon 21:30 UTC is Mon 16:30 in New York.
    row = db.execute(
        """select to_char(private.add_working_time('2026-11-23 21:30+00', '1 hour', 'America/New_York',
                  '09:00', '17:00', '{1,2,3,4,5}', null, null) at time zone 'America/New_York',
                  'Dy YYYY-MM-DD HH24:MI')"""
    ).fetchone()
    assert row == ("Tue 2026-11-24 09:30",)


def test_r2_custom_working_days_sunday_to_thursday(db: psycopg.Connection[Any]) -> None:
    sun_thu = [7, 1, 2, 3, 4]
    assert add(db, "Thu 2026-11-26 17:00", "4 hours", days=sun_thu) == "Sun 2026-11-29 10:00"
    assert add(db, "Fri 2026-11-27 10:00", "4 hours", days=sun_thu) == "Sun 2026-11-29 11:00"
    assert add(db, "Sat 2026-11-28 10:00", "15 hours", days=sun_thu) == "Mon 2026-11-30 11:00"


def test_r2_a_long_duration_spans_weeks(db: psycopg.Connection[Any]) -> None:
    # 240 h at 11 h a day: 21 full working days, then 9 h on the 22nd.
    assert add(db, "Mon 2026-11-02 07:00", "240 hours") == "Tue 2026-12-01 16:00"
    # With France's calendar, Wed 11 November (Armistice) does not count.
    assert add(db, "Mon 2026-11-02 07:00", "240 hours", calendar="fr") == "Wed 2026-12-02 16:00"
    assert add(db, "Mon 2026-11-02 07:00", "2000 hours") == "Tue 2027-07-13 16:00"
    assert between(db, "Mon 2026-11-02 07:00", "Tue 2027-07-13 16:00") == timedelta(hours=2000)


# Holidays -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2019, "2019-04-21"),
        (2000, "2000-04-23"),
        (2038, "2038-04-25"),
        (1943, "1943-04-25"),  # the latest possible
        (2285, "2285-03-22"),  # the earliest possible
    ],
)
def test_easter_sunday_is_computed(db: psycopg.Connection[Any], year: int, easter: str) -> None:
    assert db.execute("select private.easter_sunday(%s)", (year,)).fetchone() == (date.fromisoformat(easter),)


def test_easter_is_always_a_sunday_between_22_march_and_25_april(db: psycopg.Connection[Any]) -> None:
    row = db.execute(
        """select count(*) filter (where extract(isodow from e) <> 7
                                   or e not between make_date(y, 3, 22) and make_date(y, 4, 25)),
                  count(*)
           from generate_series(1583, 9999) as y, private.easter_sunday(y) as e"""
    ).fetchone()
    assert row == (0, 9999 - 1583 + 1)
    assert db.execute("select private.easter_sunday(null)").fetchone() == (None,)


@pytest.mark.parametrize(
    ("year", "easter_monday", "ascension", "pentecost_monday"),
    [
        (2024, "2024-04-01", "2024-05-09", "2024-05-20"),
        (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
        (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
        (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
    ],
)
def test_french_holidays(
    db: psycopg.Connection[Any], year: int, easter_monday: str, ascension: str, pentecost_monday: str
) -> None:
    rows = db.execute("select day, name from private.holidays('fr', %s)", (year,)).fetchall()
    assert rows == sorted(
        [
            (date(year, 1, 1), "Jour de l'an"),
            (date.fromisoformat(easter_monday), "Lundi de Pâques"),
            (date(year, 5, 1), "Fête du Travail"),
            (date(year, 5, 8), "Victoire 1945"),
            (date.fromisoformat(ascension), "Ascension"),
            (date.fromisoformat(pentecost_monday), "Lundi de Pentecôte"),
            (date(year, 7, 14), "Fête nationale"),
            (date(year, 8, 15), "Assomption"),
            (date(year, 11, 1), "Toussaint"),
            (date(year, 11, 11), "Armistice"),
            (date(year, 12, 25), "Noël"),
        ]
    )
    assert date.fromisoformat(easter_monday).isoweekday() == 1
    assert date.fromisoformat(ascension).isoweekday() == 4
    assert date.fromisoformat(pentecost_monday).isoweekday() == 1


def test_holiday_calendars_none_and_unknown(db: psycopg.Connection[Any]) -> None:
    assert db.execute("select * from private.holidays(null, 2026)").fetchall() == []
    with pytest.raises(psycopg.Error) as err:
        db.execute("select * from private.holidays('xx', 2026)")
    assert err.value.sqlstate == "22023"
    assert "unknown holiday calendar: xx" in str(err.value)


@pytest.mark.parametrize(
    ("start", "due", "calendar"),
    [
        ("Wed 2027-05-05 16:00", "Fri 2027-05-07 09:00", "fr"),  # Thu 6 May 2027: Ascension
        ("Wed 2027-05-05 16:00", "Thu 2027-05-06 09:00", None),  # no calendar: an ordinary Thursday
        ("Fri 2027-05-14 17:00", "Tue 2027-05-18 10:00", "fr"),  # Mon 17 May 2027: Lundi de Pentecôte
        ("Mon 2026-07-13 17:00", "Wed 2026-07-15 10:00", "fr"),  # Tue 14 July
        ("Thu 2026-12-24 17:00", "Mon 2026-12-28 10:00", "fr"),  # Fri 25 December
        ("Thu 2026-12-31 17:00", "Mon 2027-01-04 10:00", "fr"),  # Fri 1 January, across the year
        ("Sat 2026-04-04 10:00", "Tue 2026-04-07 11:00", "fr"),  # Easter weekend, Lundi de Pâques
    ],
)
def test_r2_the_clock_does_not_run_on_holidays(
    db: psycopg.Connection[Any], start: str, due: str, calendar: str | None
) -> None:
    assert add(db, start, "4 hours", tz="Europe/Paris", calendar=calendar) == due


def test_is_day_off(db: psycopg.Connection[Any], team: uuid.UUID) -> None:
    db.execute("insert into public.team_holidays (team_id, day, name) values (%s, '2026-11-27', 'Pont')", (team,))

    def off(day: str, days: list[int] = WEEKDAYS, calendar: str | None = "fr", team_id: Any = team) -> bool:
        row = db.execute(
            "select private.is_day_off(%s::date, %s::smallint[], %s, %s)", (day, days, calendar, team_id)
        ).fetchone()
        assert row
        return bool(row[0])

    assert not off("2026-11-26")  # an ordinary Thursday
    assert off("2026-11-28")  # Saturday
    assert not off("2026-11-28", EVERY_DAY)
    assert off("2026-11-11")  # Armistice
    assert not off("2026-11-11", calendar=None)
    assert off("2026-11-27")  # the team's day off
    assert not off("2026-11-27", team_id=None)
    assert not off("2026-11-27", team_id=uuid.uuid4())
    assert db.execute("select private.is_day_off(null, '{1}', null, null)").fetchone() == (None,)


def test_r2_the_clock_does_not_run_on_the_teams_own_days_off(db: psycopg.Connection[Any], team: uuid.UUID) -> None:
    db.execute(
        "insert into public.team_holidays (team_id, day, name) values (%s, '2026-11-27', 'Pont'),"
        " (%s, '2026-11-30', 'Séminaire')",
        (team, team),
    )
    assert add(db, "Thu 2026-11-26 17:00", "4 hours", team=team) == "Tue 2026-12-01 10:00"
    assert add(db, "Thu 2026-11-26 17:00", "4 hours", team=uuid.uuid4()) == "Fri 2026-11-27 10:00"
    assert add(db, "Thu 2026-11-26 17:00", "4 hours") == "Fri 2026-11-27 10:00"


def test_r2_no_working_day_within_400_days_is_an_error(db: psycopg.Connection[Any], team: uuid.UUID) -> None:
    # Mondays only, and the team took every Monday off for two years.
    db.execute(
        "insert into public.team_holidays (team_id, day, name)"
        " select %s, d::date, 'Lundi off' from generate_series('2026-11-23'::date, '2028-11-30', '7 days') as d",
        (team,),
    )
    for call in (
        "select private.add_working_time('2026-11-23 10:00+00', '4 hours', 'UTC', '07:00', '18:00', '{1}', 'fr', %s)",
        "select private.next_working_start('2026-11-22 10:00+00', 'UTC', '07:00', '{1}', 'fr', %s)",
    ):
        with pytest.raises(psycopg.Error) as err, db.transaction():
            db.execute(call, (team,))
        assert err.value.sqlstate == "22023"
        assert "no working day within 400 days" in str(err.value)
    with pytest.raises(psycopg.Error) as err, db.transaction():
        db.execute("select private.add_working_time(now(), '4 hours', 'UTC', '07:00', '18:00', '{}', null, null)")
    assert err.value.sqlstate == "22023"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("now(), '-1 hour', 'UTC', '07:00', '18:00', '{1}', null, null", "cannot be negative"),
        ("now(), '1 hour', 'UTC', '18:00', '07:00', '{1}', null, null", "start before their end"),
        ("now(), '1 hour', null, '07:00', '18:00', '{1}', null, null", "no time zone"),
        ("now(), '1 hour', 'Mars/Olympus', '07:00', '18:00', '{1}', null, null", "Mars/Olympus"),
        ("now(), '1 hour', 'UTC', '07:00', '18:00', '{1}', 'xx', null", "unknown holiday calendar"),
    ],
)
def test_add_working_time_refuses_nonsense_clearly(db: psycopg.Connection[Any], call: str, message: str) -> None:
    with pytest.raises(psycopg.Error) as err, db.transaction():
        db.execute(f"select private.add_working_time({call})")
    assert err.value.sqlstate == "22023"
    assert message in str(err.value)


def test_nulls_give_null(db: psycopg.Connection[Any]) -> None:
    row = db.execute(
        """select private.add_working_time(null, '1 hour', 'UTC', '07:00', '18:00', '{1}', null, null),
                  private.add_working_time(now(), null, 'UTC', '07:00', '18:00', '{1}', null, null),
                  private.next_working_start(null, 'UTC', '07:00', '{1}', null, null),
                  private.working_time_between(null, now(), 'UTC', '07:00', '18:00', '{1}', null, null)"""
    ).fetchone()
    assert row == (None, None, None, None)


# R6: the first working hour of the next working day after a return date --------------------------------


@pytest.mark.parametrize(
    ("after", "start", "tz"),
    [
        ("Wed 2026-12-02 15:00", "Thu 2026-12-03 07:00", "Europe/Paris"),  # "back on 2 December"
        ("Wed 2026-12-02 00:00", "Thu 2026-12-03 07:00", "Europe/Paris"),
        ("Wed 2026-12-02 06:00", "Thu 2026-12-03 07:00", "Europe/Paris"),  # strictly after that date
        ("Fri 2026-11-27 09:00", "Mon 2026-11-30 07:00", "Europe/Paris"),  # Friday: Monday
        ("Sat 2026-11-28 09:00", "Mon 2026-11-30 07:00", "Europe/Paris"),
        ("Wed 2026-05-13 12:00", "Fri 2026-05-15 07:00", "Europe/Paris"),  # Thu 14 May 2026: Ascension
        ("Thu 2026-12-24 12:00", "Mon 2026-12-28 07:00", "Europe/Paris"),  # Noël on Friday
        ("Fri 2026-03-27 12:00", "Mon 2026-03-30 07:00", "Europe/Paris"),  # across spring-forward
        ("Wed 2026-12-02 23:30", "Thu 2026-12-03 07:00", "America/New_York"),
    ],
)
def test_r6_next_working_start(db: psycopg.Connection[Any], after: str, start: str, tz: str) -> None:
    assert next_start(db, after, tz=tz, calendar="fr") == start


def test_r6_next_working_start_takes_the_local_date(db: psycopg.Connection[Any]) -> None:
    # Wed 2 Dec 23:30 UTC is already Thu 3 Dec in Paris: the next working day is Friday.
    row = db.execute(
        """select to_char(private.next_working_start('2026-12-02 23:30+00', 'Europe/Paris', '07:00',
                  '{1,2,3,4,5}', 'fr', null) at time zone 'Europe/Paris', 'Dy YYYY-MM-DD HH24:MI')"""
    ).fetchone()
    assert row == ("Fri 2026-12-04 07:00",)


# working_time_between --------------------------------------------------------------------------------------


def test_working_time_between(db: psycopg.Connection[Any]) -> None:
    assert between(db, "Mon 2026-11-23 16:00", "Tue 2026-11-24 09:00") == timedelta(hours=4)
    assert between(db, "Fri 2026-11-27 17:00", "Mon 2026-11-30 10:00") == timedelta(hours=4)
    assert between(db, "Sat 2026-11-28 10:00", "Sun 2026-11-29 23:00") == timedelta(0)
    assert between(db, "Tue 2026-11-24 09:00", "Mon 2026-11-23 16:00") == timedelta(0)  # backwards
    assert between(db, "Mon 2026-11-23 00:00", "Mon 2026-11-30 00:00") == timedelta(hours=55)
    assert between(db, "Mon 2026-11-09 00:00", "Mon 2026-11-16 00:00", calendar="fr") == timedelta(hours=44)


SETTINGS = [
    # zone, day start, day end, working days, calendar, team days off
    ("UTC", "07:00", "18:00", WEEKDAYS, None, False),
    ("Europe/Paris", "07:00", "18:00", WEEKDAYS, "fr", True),
    ("Europe/Paris", "00:00", "23:59", EVERY_DAY, "fr", False),  # DST transitions inside working hours
    ("Asia/Tokyo", "09:30", "17:45", [7, 1, 2, 3, 4], "fr", True),
    ("America/New_York", "08:00", "24:00", [1, 3, 5], None, False),
]


@pytest.mark.parametrize("settings", SETTINGS, ids=[f"{s[0]}-{s[1]}-{s[2]}" for s in SETTINGS])
def test_working_time_between_undoes_add_working_time(
    db: psycopg.Connection[Any], team: uuid.UUID, settings: tuple[str, str, str, list[int], str | None, bool]
) -> None:
    """Property, on 400 seeded random (instant, duration) pairs in one query: the working time between
    t and add_working_time(t, d) is d, and the due instant lies inside working time."""
    tz, day_start, day_end, days, calendar, team_days_off = settings
    if team_days_off:
        db.execute(
            "insert into public.team_holidays (team_id, day, name)"
            " select %s, d::date, 'Off' from generate_series('2026-01-05'::date, '2028-12-31', '9 days') as d",
            (team,),
        )
    rng = random.Random(f"R2-{tz}-{day_start}")
    epoch = datetime(2026, 1, 1, tzinfo=UTC)
    starts = [
        epoch + timedelta(seconds=rng.randrange(2 * 365 * 86400), microseconds=rng.randrange(10**6)) for _ in range(400)
    ]
    special = [0, 60, 3600, 4 * 3600, 11 * 3600, 24 * 3600]
    durations = [
        timedelta(seconds=rng.choice(special) if rng.random() < 0.3 else rng.randrange(240 * 3600)) for _ in range(400)
    ]
    row = db.execute(
        """with s as (
               select t, d, private.add_working_time(t, d, %(tz)s, %(h0)s::time, %(h1)s::time, %(days)s::smallint[],
                                                    %(cal)s, %(team)s) as due
               from unnest(%(starts)s::timestamptz[], %(durations)s::interval[]) as u (t, d)
           )
           select
               count(*),
               count(*) filter (
                   where private.working_time_between(t, due, %(tz)s, %(h0)s::time, %(h1)s::time, %(days)s::smallint[],
                                                      %(cal)s, %(team)s) <> d
               ),
               -- the due instant lies in the working hours of its local date or of the day before
               -- (a day ending at 24:00 ends at 00:00 the next day)
               count(*) filter (
                   where not exists (
                       select 1 from (values (0), (1)) as k (n)
                       cross join lateral (select (due at time zone %(tz)s)::date - k.n as day) as l
                       where not private.is_day_off(l.day, %(days)s::smallint[], %(cal)s, %(team)s)
                           and due >= ((l.day + %(h0)s::time) at time zone %(tz)s)
                           and due <= ((l.day + %(h1)s::time) at time zone %(tz)s)
                   )
               ),
               count(*) filter (where due < t)
           from s""",
        {
            "tz": tz, "h0": day_start, "h1": day_end, "days": days, "cal": calendar, "team": team,
            "starts": starts, "durations": durations,
        },
    ).fetchone()  # fmt: skip
    assert row == (400, 0, 0, 0)


# The catalog: how each function is declared -------------------------------------------------------------


def test_functions_are_declared_as_promised(db: psycopg.Connection[Any]) -> None:
    rows = db.execute(
        """select p.proname, p.provolatile, p.proconfig, p.prosecdef,
                  has_function_privilege('authenticated', p.oid, 'execute'),
                  has_function_privilege('anon', p.oid, 'execute'),
                  has_function_privilege('service_role', p.oid, 'execute'),
                  obj_description(p.oid, 'pg_proc') is not null
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'private' and p.proname in ('easter_sunday', 'holidays', 'is_day_off',
                 'add_working_time', 'next_working_start', 'working_time_between')
           order by p.proname"""
    ).fetchall()
    assert rows == [
        ("add_working_time", "s", ['search_path=""'], False, True, False, True, True),
        ("easter_sunday", "i", ['search_path=""'], False, True, False, True, True),
        ("holidays", "i", ['search_path=""'], False, True, False, True, True),
        ("is_day_off", "s", ['search_path=""'], False, True, False, True, True),
        ("next_working_start", "s", ['search_path=""'], False, False, False, True, True),
        ("working_time_between", "s", ['search_path=""'], False, False, False, True, True),
    ]
