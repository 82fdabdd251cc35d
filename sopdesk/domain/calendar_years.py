"""The working time of one calendar year as prefix sums, in whole microseconds (no Qt).

`sopdesk.domain.calendar.WorkingCalendar` keeps one `YearIndex` per year it has been asked about,
so counting working minutes and finding due times cost a binary search per year crossed instead of
a walk over every day (``docs/calendar.md``, "The arithmetic"). Plain integers: a working interval
starts and ends on whole microseconds (``datetime.time``), so sums of them are exact.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate

UsInterval = tuple[int, int]
"""A working interval as (start, end) microseconds since midnight, end after start."""

US_PER_DAY = 86_400_000_000


def microseconds_of(moment: time | datetime) -> int:
    """Microseconds from midnight to the clock time of ``moment``."""
    return ((moment.hour * 60 + moment.minute) * 60 + moment.second) * 1_000_000 + moment.microsecond


@dataclass(frozen=True, slots=True)
class YearIndex:
    """Working time of ``year``: ``days[k]`` the intervals of day ``k`` (0 = 1 January; empty on
    a day off), ``before[k]`` the working microseconds of the year before day ``k``
    (``len(days) + 1`` entries: the last is the year's total). Made by `build`."""

    year: int
    days: tuple[tuple[UsInterval, ...], ...]
    before: tuple[int, ...]
    first: int
    """The proleptic ordinal of 1 January (`date.toordinal`)."""

    @classmethod
    def build(cls, year: int, intervals_of: Callable[[date], tuple[UsInterval, ...]]) -> YearIndex:
        """The index of ``year`` from ``intervals_of(day)``, the working intervals of a day."""
        first = date(year, 1, 1)
        count = (date(year + 1, 1, 1) - first).days if year < 9999 else 365
        days = tuple(intervals_of(first + timedelta(days=k)) for k in range(count))
        before = tuple(accumulate((sum(b - a for a, b in day) for day in days), initial=0))
        return cls(year, days, before, first.toordinal())

    @property
    def total(self) -> int:
        """Working microseconds of the whole year."""
        return self.before[-1]

    def position(self, moment: datetime) -> int:
        """Working microseconds from the start of the year to ``moment`` (in this year)."""
        k = moment.toordinal() - self.first
        clock = microseconds_of(moment)
        return self.before[k] + sum(min(clock, b) - a for a, b in self.days[k] if clock > a)

    def moment_at(self, position: int) -> datetime:
        """The earliest moment at which ``position`` working microseconds of the year have passed,
        for 0 < ``position`` <= `total`: inside a working interval or at its very end."""
        k = bisect_left(self.before, position) - 1
        left = position - self.before[k]
        for a, b in self.days[k]:
            if left <= b - a:
                return datetime(self.year, 1, 1) + timedelta(days=k, microseconds=a + left)
            left -= b - a
        raise AssertionError("unreachable: the day's intervals add up to its working time")
