"""The working-calendar arithmetic as first written: a walk over every working interval, day by
day. Kept as the oracle the fast `WorkingCalendar` (per-year prefix sums) is compared against in
``tests/test_calendar_fast.py``; not used by the application."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from fractions import Fraction
from math import ceil

from sopdesk.domain.calendar import WorkingCalendar

_MICROSECOND = timedelta(microseconds=1)
_MICROSECONDS_PER_MINUTE = 60_000_000


def spans(calendar: WorkingCalendar, start: datetime) -> Iterator[tuple[datetime, datetime]]:
    """The working time from ``start`` on, as (from, to) pieces of intervals; endless."""
    day = start.date()
    while True:
        for a, b in calendar.working_intervals(day):
            if b > start:
                yield max(a, start), b
        day += timedelta(days=1)


def working_minutes_between(calendar: WorkingCalendar, start: datetime, end: datetime) -> Fraction:
    total = Fraction(0)
    for a, b in spans(calendar, start):
        if a >= end:
            break
        total += Fraction((min(b, end) - a) // _MICROSECOND, _MICROSECONDS_PER_MINUTE)
    return total


def add_working_minutes(calendar: WorkingCalendar, start: datetime, minutes: int | Fraction) -> datetime:
    left = Fraction(minutes)
    for a, b in spans(calendar, start):
        span = Fraction((b - a) // _MICROSECOND, _MICROSECONDS_PER_MINUTE)
        if left <= span:
            return a + timedelta(microseconds=ceil(left * _MICROSECONDS_PER_MINUTE))
        left -= span
    raise AssertionError("unreachable")
