"""R2 working time against an oracle written from the rule's words, not from the SQL.

BEHAVIOUR.md R2: "the clock only runs inside working hours, on working days, off holidays, in the mailbox's time
zone (daylight saving handled by the zone)". Read literally: an instant counts when, in the mailbox's zone, its
local date is a working day that is not a holiday and its local time of day lies in [start, end). The oracle walks
real time minute by minute (every zone below moves its clocks on a minute boundary) and asks Python's zoneinfo and
dateutil's Easter, not the database, where each minute falls. Then:

- `add_working_time(t, d)` is the instant the d-th working minute after t ends (with d = 0: t itself when t is
  working time, else the start of the next working minute);
- `working_time_between(a, b)` is the number of working minutes in [a, b).

The zones are the awkward ones: half-hour and three-quarter offsets, a 30-minute daylight saving shift
(Lord Howe), midnight transitions (Santiago, Beirut, Havana), a day that never happened (Apia, 30 December 2011),
Morocco's Ramadan suspensions, and offsets from -10 to +14 hours; instants from 2011 to 2030.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from dateutil.easter import easter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ZONES = [
    "UTC",
    "Europe/Paris",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Havana",
    "America/St_Johns",
    "America/Adak",
    "Asia/Beirut",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Africa/Casablanca",
    "Indian/Reunion",
    "America/Martinique",
]

SETTINGS = settings(
    derandomize=True,
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@cache
def french_holidays(year: int) -> frozenset[date]:
    """France's public holidays (Code du travail, L3133-1), from the law's list and dateutil's Easter."""
    e = easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    movable = [e + timedelta(days=1), e + timedelta(days=39), e + timedelta(days=50)]
    return frozenset([date(year, m, d) for m, d in fixed] + movable)


class Clock:
    """The oracle: which real minutes are working time for one set of settings."""

    def __init__(self, zone: str, start: time, end: time, days: list[int], calendar: str | None) -> None:
        self.zone = ZoneInfo(zone)
        self.start, self.end, self.days, self.calendar = start, end, set(days), calendar

    def working(self, instant: datetime) -> bool:
        local = instant.astimezone(self.zone)
        if local.isoweekday() not in self.days:
            return False
        if self.calendar == "fr" and local.date() in french_holidays(local.year):
            return False
        return self.start <= local.time() < self.end

    def add(self, t: datetime, minutes: int) -> datetime:
        step = timedelta(minutes=1)
        if minutes == 0:
            while not self.working(t):
                t += step
            return t
        counted = 0
        while True:
            if self.working(t):
                counted += 1
                if counted == minutes:
                    return t + step
            t += step

    def between(self, a: datetime, b: datetime) -> int:
        step = timedelta(minutes=1)
        n = 0
        while a < b:
            n += self.working(a)
            a += step
        return n


@st.composite
def settings_and_start(draw: st.DrawFn) -> tuple[Clock, dict[str, Any], datetime]:
    zone = draw(st.sampled_from(ZONES))
    first = draw(st.integers(0, 23 * 60 + 58))
    last = draw(st.integers(first + 1, 23 * 60 + 59))
    if draw(st.booleans()):  # office hours, most of the time
        first, last = draw(st.sampled_from([(7 * 60, 18 * 60), (9 * 60, 17 * 60 + 30), (8 * 60 + 30, 12 * 60)]))
    start, end = time(first // 60, first % 60), time(last // 60, last % 60)
    days = draw(
        st.sampled_from([[1, 2, 3, 4, 5], [7, 1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7], [6, 7]])
        | st.lists(st.integers(1, 7), min_size=1, max_size=7, unique=True).map(sorted)
    )
    calendar = draw(st.sampled_from([None, "fr"]))
    # An instant on a minute, often near a daylight-saving change of its zone (the awkward places).
    when = datetime(2011, 1, 1, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 20 * 366 * 24 * 60)))
    near = _transitions(zone)
    near_a_change: bool = draw(st.booleans())
    if near and near_a_change:
        when = draw(st.sampled_from(near)) + timedelta(minutes=draw(st.integers(-3 * 24 * 60, 24 * 60)))
    params = {"tz": zone, "h0": start, "h1": end, "days": days, "cal": calendar}
    return Clock(zone, start, end, days, calendar), params, when


@cache
def _transitions(zone: str) -> list[datetime]:
    """The instants (UTC, on the minute) where the zone's offset changes, 2011-2030, found by zoneinfo."""
    info = ZoneInfo(zone)
    out = []
    t = datetime(2011, 1, 1, tzinfo=UTC)
    step = timedelta(hours=1)
    previous = t.astimezone(info).utcoffset()
    while t < datetime(2031, 1, 1, tzinfo=UTC):
        t += step
        offset = t.astimezone(info).utcoffset()
        if offset != previous:
            lo = t - step  # bisect to the minute
            hi = t
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid.astimezone(info).utcoffset() == previous:
                    lo = mid
                else:
                    hi = mid
            out.append(hi)
            previous = offset
    return out


def working_minutes_a_week(clock: Clock) -> int:
    return len(clock.days) * ((clock.end.hour - clock.start.hour) * 60 + clock.end.minute - clock.start.minute)


@SETTINGS
@given(case=settings_and_start(), data=st.data())
def test_r2_add_working_time_counts_what_the_rule_counts_in_any_zone(
    db: psycopg.Connection[Any], case: tuple[Clock, dict[str, Any], datetime], data: st.DataObject
) -> None:
    clock, params, start = case
    # Up to about three weeks of working time at these settings, so the oracle's walk stays short.
    minutes = data.draw(st.integers(0, min(3 * working_minutes_a_week(clock), 6000)), label="minutes")
    row = db.execute(
        """select private.add_working_time(%(t)s, make_interval(mins => %(m)s), %(tz)s, %(h0)s, %(h1)s,
                  %(days)s::smallint[], %(cal)s, null)""",
        {**params, "t": start, "m": minutes},
    ).fetchone()
    assert row
    expected = clock.add(start, minutes)
    assert row[0] == expected, (
        f"{minutes} working minutes from {start.astimezone(clock.zone)} in {params['tz']}: "
        f"got {row[0].astimezone(clock.zone)}, expected {expected.astimezone(clock.zone)}"
    )


@SETTINGS
@given(case=settings_and_start(), data=st.data())
def test_r2_working_time_between_counts_what_the_rule_counts_in_any_zone(
    db: psycopg.Connection[Any], case: tuple[Clock, dict[str, Any], datetime], data: st.DataObject
) -> None:
    clock, params, start = case
    end = start + timedelta(minutes=data.draw(st.integers(0, 10 * 24 * 60), label="span"))
    row = db.execute(
        """select private.working_time_between(%(a)s, %(b)s, %(tz)s, %(h0)s, %(h1)s, %(days)s::smallint[], %(cal)s,
                  null)""",
        {**params, "a": start, "b": end},
    ).fetchone()
    assert row
    expected = clock.between(start, end)
    assert row[0] == timedelta(minutes=expected), (
        f"[{start.astimezone(clock.zone)}, {end.astimezone(clock.zone)}) in {params['tz']}: "
        f"got {row[0]}, expected {expected} minutes"
    )


@SETTINGS
@given(case=settings_and_start())
def test_r6_next_working_start_is_the_first_working_minute_after_the_local_date(
    db: psycopg.Connection[Any], case: tuple[Clock, dict[str, Any], datetime]
) -> None:
    """R6 holds until "the first working hour of the next working day after that date": the first instant, on a later
    local date, that is a working day off holidays with a local time at or after the start of working hours."""
    clock, params, after = case
    row = db.execute(
        """select private.next_working_start(%(t)s, %(tz)s, %(h0)s, %(days)s::smallint[], %(cal)s, null)""",
        {**params, "t": after},
    ).fetchone()
    assert row
    day = after.astimezone(clock.zone).date()
    whole_day = Clock(params["tz"], clock.start, time.max, params["days"], params["cal"])
    t = after.replace(second=0, microsecond=0)
    while t.astimezone(clock.zone).date() <= day or not whole_day.working(t):
        t += timedelta(minutes=1)
    assert row[0] == t, (
        f"after {after.astimezone(clock.zone)} in {params['tz']}: got {row[0].astimezone(clock.zone)}, "
        f"expected {t.astimezone(clock.zone)}"
    )
