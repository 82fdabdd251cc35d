"""The office working calendar (*hari kerja, jam kerja*) and the due times of Waktu standards.

A `WorkingCalendar` says when the office works: a list of (start, end) intervals for each
weekday, Indonesia's national holidays and *cuti bersama*, and the office's own changes (days
off it adds, holidays it works anyway). Its arithmetic counts **working minutes** between two
moments and finds the moment a number of working minutes after a start: the due time of a
step (docs/product.md, "Waktu"; the rules and defaults are in ``docs/calendar.md``).

All datetimes are naive and in the office's local time (WIB, WITA or WIT: the zone of the
office); an aware datetime raises ``ValueError``.

Sources: ASN working hours, 37.5 hours a week without breaks, from 07.30 local time, a break
of 60 minutes (90 on Friday): Perpres 21/2023 on hari kerja and jam kerja, which replaced
Keppres 68/1995 and its schedule used here as the default. Holidays: the ``holidays`` package,
Indonesia, categories ``public`` (hari libur nasional) and ``government`` (cuti bersama), which
follows the yearly SKB 3 Menteri on national holidays and cuti bersama.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from functools import cache
from itertools import pairwise
from math import ceil
from types import MappingProxyType

from sopdesk.domain.calendar_years import UsInterval, YearIndex, microseconds_of
from sopdesk.domain.messages import Phrase, message
from sopdesk.domain.waktu import DEFAULT_CONVENTION, StandardTime, WaktuConvention

Interval = tuple[time, time]
DayHours = tuple[Interval, ...]
WeekHours = tuple[DayHours, ...]

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONDAY_TO_THURSDAY: DayHours = ((time(7, 30), time(12)), (time(13), time(16)))
_FRIDAY: DayHours = ((time(7, 30), time(11, 30)), (time(13), time(16, 30)))
DEFAULT_HOURS: WeekHours = (_MONDAY_TO_THURSDAY,) * 4 + (_FRIDAY, (), ())
"""Monday–Thursday 07.30–12.00 and 13.00–16.00, Friday 07.30–11.30 and 13.00–16.30 (Keppres
68/1995; the breaks of Perpres 21/2023): 7.5 working hours every day, 37.5 a week."""

_MICROSECOND = timedelta(microseconds=1)
_MICROSECONDS_PER_MINUTE = 60_000_000


@cache
def national_holidays(year: int) -> Mapping[date, str]:
    """Indonesia's hari libur nasional and cuti bersama of ``year``, date → name (Indonesian).

    From the ``holidays`` package, categories ``public`` and ``government`` (cuti bersama), which
    follows the SKB 3 Menteri of each year. Lunar dates the decree has not fixed yet carry
    "(perkiraan)"; a year whose cuti bersama are not decreed (or not in the package) has none.
    """
    # language explicit: left unset, the package guesses it from LANGUAGE/LC_*/LANG and the names
    # come out in English on some machines (seen on a fresh Python 3.11 environment here)
    import holidays  # 80 ms to import: loaded when a calendar first needs a year, not at start-up

    found = holidays.country_holidays("ID", years=year, categories=(holidays.PUBLIC, holidays.GOVERNMENT),
                                      language="id")
    return MappingProxyType(dict(sorted(found.items())))


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    """When the office works (*hari kerja, jam kerja*). Immutable: changes return a new calendar.

    ``hours``: 7 tuples of (start, end) intervals, Monday first (`WEEKDAYS`); an empty tuple is a
    day off. Intervals are sorted on creation; touching intervals are allowed.
    ``days_off``: the office's own days off (*libur kantor*).
    ``removed_holidays``: national holidays or cuti bersama the office works anyway, on that
    weekday's hours.
    ``use_national_holidays``: False ignores `national_holidays` (an office abroad, tests).

    Raises ``ValueError`` (message in Bahasa Indonesia) for a week that is not 7 days, an interval
    whose end is not after its start, overlapping intervals, or a week with no working time.
    """

    hours: WeekHours = DEFAULT_HOURS
    days_off: frozenset[date] = frozenset()
    removed_holidays: frozenset[date] = frozenset()
    use_national_holidays: bool = True
    _years: dict[int, YearIndex] = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)
    """`YearIndex` per year asked about, built on first use (the calendar never changes)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "hours", _checked_week(self.hours))
        object.__setattr__(self, "days_off", frozenset(self.days_off))
        object.__setattr__(self, "removed_holidays", frozenset(self.removed_holidays))

    @property
    def week_minutes(self) -> Fraction:
        """Working minutes in a week without holidays (default 2250 = 37.5 hours)."""
        return sum((self.weekday_minutes(i) for i in range(7)), Fraction(0))

    def weekday_minutes(self, weekday: int) -> Fraction:
        """Working minutes of ``weekday`` (0 = Monday) when it is not a holiday."""
        _check_weekday(weekday)
        return sum((_minutes_of(start, end) for start, end in self.hours[weekday]), Fraction(0))

    # --- changes (each returns a new calendar) ---

    def with_hours(self, weekday: int, intervals: Iterable[Interval]) -> WorkingCalendar:
        """The calendar with ``weekday`` (0 = Monday … 6 = Minggu) working ``intervals``."""
        _check_weekday(weekday)
        week = list(self.hours)
        week[weekday] = tuple(intervals)
        return replace(self, hours=tuple(week))

    def add_day_off(self, day: date) -> WorkingCalendar:
        """The calendar with the office's own day off ``day`` (no effect if already off)."""
        return replace(self, days_off=self.days_off | {day})

    def remove_day_off(self, day: date) -> WorkingCalendar:
        """The calendar without the office day off ``day``; ``ValueError`` if it is not one."""
        if day not in self.days_off:
            raise ValueError(f"{day.isoformat()} bukan hari libur kantor")
        return replace(self, days_off=self.days_off - {day})

    def remove_holiday(self, day: date) -> WorkingCalendar:
        """The calendar that works on the national holiday or cuti bersama ``day``.

        Raises ``ValueError`` if ``day`` is not a national holiday or cuti bersama.
        """
        if day not in national_holidays(day.year):
            raise ValueError(f"{day.isoformat()} bukan hari libur nasional atau cuti bersama")
        return replace(self, removed_holidays=self.removed_holidays | {day})

    def restore_holiday(self, day: date) -> WorkingCalendar:
        """The calendar that takes the holiday ``day`` off again (no effect if not removed)."""
        return replace(self, removed_holidays=self.removed_holidays - {day})

    # --- days ---

    def is_holiday(self, day: date) -> bool:
        """True on a national holiday or cuti bersama that the office has not removed."""
        return (self.use_national_holidays and day not in self.removed_holidays
                and day in national_holidays(day.year))

    def is_working_day(self, day: date) -> bool:
        """True when ``day`` has office hours and is neither a holiday nor an office day off."""
        return bool(self.hours[day.weekday()]) and day not in self.days_off and not self.is_holiday(day)

    def working_intervals(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The working intervals of ``day`` as (start, end) datetimes; empty on a day off."""
        if not self.is_working_day(day):
            return ()
        return tuple((datetime.combine(day, a), datetime.combine(day, b)) for a, b in self.hours[day.weekday()])

    # --- moments and working minutes ---

    def is_working_time(self, moment: datetime) -> bool:
        """True when ``moment`` lies in a working interval, start included, end excluded."""
        moment = _naive(moment)
        return any(a <= moment < b for a, b in self.working_intervals(moment.date()))

    def next_working_moment(self, moment: datetime) -> datetime:
        """``moment`` itself in working time, else the start of the next working interval."""
        return next(self._spans(moment))[0]

    def working_minutes_between(self, start: datetime, end: datetime) -> Fraction:
        """Working minutes from ``start`` to ``end`` (exact, to the microsecond); 0 if end <= start."""
        start, end = _naive(start), _naive(end)
        if end <= start:
            return Fraction(0)
        total = self._year(end.year).position(end) - self._year(start.year).position(start)
        total += sum(self._year(year).total for year in range(start.year, end.year))
        return Fraction(total, _MICROSECONDS_PER_MINUTE)

    def add_working_minutes(self, start: datetime, minutes: int | Fraction) -> datetime:
        """The earliest moment at which ``minutes`` working minutes have passed since ``start``.

        Counting starts at `next_working_moment` (``start``), so 0 minutes give that moment. For
        ``minutes`` > 0 the result lies inside a working interval or exactly at its end: work
        that fills the day to closing time is due at closing, not at the next opening. A
        fraction of a microsecond rounds up. Raises ``ValueError`` for negative ``minutes``.
        """
        left = Fraction(minutes)
        if left < 0:
            raise ValueError(f"Jumlah menit tidak boleh negatif: {minutes}")
        start = _naive(start)
        if left == 0:
            return self.next_working_moment(start)
        year = start.year
        target = self._year(year).position(start) + ceil(left * _MICROSECONDS_PER_MINUTE)
        while target > (index := self._year(year)).total:
            target -= index.total
            year += 1
        return index.moment_at(target)

    def due(self, start: datetime, standard: StandardTime,
            convention: WaktuConvention = DEFAULT_CONVENTION) -> datetime | None:
        """The due time of a step started at ``start`` with Waktu ``standard``, or None.

        None when ``standard`` has no fixed amount (*Disesuaikan*, unreadable…); otherwise
        `add_working_minutes` of ``standard.minutes(convention)`` (1 hari = ``hours_per_day``
        working hours, 1 bulan = 30 hari under the default convention, ``docs/waktu.md``).
        """
        if not standard.is_fixed:
            return None
        return self.add_working_minutes(start, standard.minutes(convention))

    def _year(self, year: int) -> YearIndex:
        index = self._years.get(year)
        if index is None:
            index = self._years[year] = YearIndex.build(year, self._microsecond_intervals)
        return index

    def _microsecond_intervals(self, day: date) -> tuple[UsInterval, ...]:
        if not self.is_working_day(day):
            return ()
        return tuple((microseconds_of(a), microseconds_of(b)) for a, b in self.hours[day.weekday()])

    def _spans(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The working time from ``start`` on, as (from, to) pieces of intervals; endless."""
        start = _naive(start)
        day = start.date()
        while True:
            for a, b in self.working_intervals(day):
                if b > start:
                    yield max(a, start), b
            day += timedelta(days=1)


def _checked_week(hours: Iterable[Iterable[Interval]]) -> WeekHours:
    week = tuple(tuple(day) for day in hours)
    if len(week) != 7:
        raise ValueError(message("week-hours-count", len(week)))
    checked = tuple(_checked_day(WEEKDAYS[i], day) for i, day in enumerate(week))
    if not any(checked):
        raise ValueError(message("week-hours-zero"))
    return checked


def _checked_day(name: str, intervals: DayHours) -> DayHours:
    day = tuple(sorted(intervals))
    for start, end in day:
        if start.tzinfo is not None or end.tzinfo is not None:
            raise ValueError(message("day-hours-zone", Phrase(name)))
        if end <= start:
            raise ValueError(message("day-hours-order", Phrase(name), _hhmm(end), _hhmm(start)))
    for first, second in pairwise(day):
        if second[0] < first[1]:
            raise ValueError(message("day-hours-overlap", Phrase(name), _span(first), _span(second)))
    return day


def _check_weekday(weekday: int) -> None:
    if not 0 <= weekday <= 6:
        raise ValueError(f"Hari harus 0 (Senin) sampai 6 (Minggu), bukan {weekday}")


def _naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        raise ValueError(f"Waktu {moment.isoformat()} harus waktu setempat kantor tanpa zona waktu")
    return moment


def _hhmm(moment: time) -> str:
    return moment.strftime("%H.%M")


def _span(interval: Interval) -> str:
    return f"{_hhmm(interval[0])}–{_hhmm(interval[1])}"


def _minutes(delta: timedelta) -> Fraction:
    return Fraction(delta // _MICROSECOND, _MICROSECONDS_PER_MINUTE)


def _minutes_of(start: time, end: time) -> Fraction:
    return _minutes(_since_midnight(end) - _since_midnight(start))


def _since_midnight(moment: time) -> timedelta:
    return timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second,
                     microseconds=moment.microsecond)


DEFAULT_CALENDAR = WorkingCalendar()
