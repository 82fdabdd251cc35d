"""The calendar's per-year prefix sums give exactly what the day-by-day walk gave
(`tests.calendar_oracle`), for any calendar, start, span and amount, across years.

Speed is measured in ``bench/`` (``python -m bench.weekly``), not here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain.calendar import DEFAULT_CALENDAR, WorkingCalendar
from sopdesk.domain.calendar_years import YearIndex
from tests import calendar_oracle as oracle
from tests.test_calendar import ANY_CALENDAR, MOMENTS

ODD_MOMENTS = st.datetimes(datetime(2024, 12, 20), datetime(2028, 1, 10))  # any microsecond, year ends
LONG = st.one_of(st.integers(0, 2 * 52 * 2250),  # up to two years of default weeks
                 st.fractions(0, 60 * 2250, max_denominator=7 * 60_000_000),
                 st.sampled_from([15, 60, 450, 2250, 4500, 13500]))  # the Waktu units of the bench


@settings(deadline=None, max_examples=300)
@given(ANY_CALENDAR, st.one_of(MOMENTS, ODD_MOMENTS), LONG)
def test_add_working_minutes_matches_the_day_by_day_walk(
    calendar: WorkingCalendar, start: datetime, minutes: int | Fraction
) -> None:
    assert calendar.add_working_minutes(start, minutes) == oracle.add_working_minutes(calendar, start, minutes)


@settings(deadline=None, max_examples=300)
@given(ANY_CALENDAR, st.one_of(MOMENTS, ODD_MOMENTS), st.one_of(MOMENTS, ODD_MOMENTS))
def test_working_minutes_between_matches_the_day_by_day_walk(
    calendar: WorkingCalendar, start: datetime, end: datetime
) -> None:
    assert calendar.working_minutes_between(start, end) == oracle.working_minutes_between(calendar, start, end)


@settings(deadline=None, max_examples=100)
@given(ANY_CALENDAR, st.dates(date(2024, 12, 25), date(2027, 1, 5)), st.integers(0, 24 * 60))
def test_every_minute_of_a_day_matches(calendar: WorkingCalendar, day: date, minute: int) -> None:
    moment = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
    earlier = moment - timedelta(days=3)
    assert calendar.working_minutes_between(earlier, moment) == oracle.working_minutes_between(
        calendar, earlier, moment)


def test_ten_years_from_every_hour_of_a_week_match() -> None:
    for hour in range(0, 7 * 24, 5):
        start = datetime(2025, 12, 29) + timedelta(hours=hour, minutes=hour % 60)
        for minutes in (10 * 52 * 2250, 13500 * 7 + Fraction(1, 7)):
            due = DEFAULT_CALENDAR.add_working_minutes(start, minutes)
            assert due == oracle.add_working_minutes(DEFAULT_CALENDAR, start, minutes)
            # a fraction of a microsecond rounds up
            assert 0 <= DEFAULT_CALENDAR.working_minutes_between(start, due) - minutes < Fraction(1, 60_000_000)


def test_a_year_index_sums_its_days() -> None:
    index = YearIndex.build(2024, lambda day: ((0, 1_000_000),) if day.weekday() < 5 else ())
    assert len(index.days) == 366 and index.total == 262 * 1_000_000
    assert index.moment_at(1) == datetime(2024, 1, 1, 0, 0, 0, 1)
    assert index.moment_at(1_000_000) == datetime(2024, 1, 1, 0, 0, 1)
    assert index.moment_at(1_000_001) == datetime(2024, 1, 2, 0, 0, 0, 1)
    assert index.position(datetime(2024, 12, 31, 12)) == index.total


def test_calendars_with_the_same_settings_stay_equal_after_use() -> None:
    used = WorkingCalendar()
    used.add_working_minutes(datetime(2025, 1, 2, 9), 13500)
    assert used == WorkingCalendar() and hash(used) == hash(WorkingCalendar())
    assert "_years" not in repr(used)
