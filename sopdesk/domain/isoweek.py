"""ISO 8601 weeks (*minggu*): ``2026-W46`` is Monday 9 to Sunday 15 November 2026.

A week runs from Monday 00:00 to the next Monday 00:00 (end excluded), in the office's local
time like every time in sopdesk (``docs/calendar.md``). Week 1 is the week with the year's
first Thursday (ISO 8601), so a year has 52 or 53 weeks. No Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sopdesk.domain.dates import MONTHS
from sopdesk.domain.messages import message

_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


@dataclass(frozen=True, order=True, slots=True)
class IsoWeek:
    """An ISO week: ``year`` (the ISO year, which may differ from the calendar year of its
    Monday) and ``week`` (1–52 or 53). Construct with `parse_week`, `week_of` or `last_week`;
    the constructor raises ``ValueError`` (Bahasa Indonesia) for a week the year does not have."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9998:
            raise ValueError(message("week-year-range", self.year))
        weeks = weeks_in_year(self.year)
        if not 1 <= self.week <= weeks:
            raise ValueError(message("week-not-in-year", self.year, weeks, self.week))

    @property
    def monday(self) -> dt.date:
        """The week's first day (Senin)."""
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> dt.date:
        """The week's last day (Minggu)."""
        return self.monday + dt.timedelta(days=6)

    @property
    def start(self) -> dt.datetime:
        """Monday 00:00, included."""
        return dt.datetime.combine(self.monday, dt.time())

    @property
    def end(self) -> dt.datetime:
        """The next Monday 00:00, excluded."""
        return self.start + dt.timedelta(days=7)

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    def label(self) -> str:
        """``Minggu 46 (9–15 November 2026)``; months and years are given only where they change
        (``Minggu 1 (29 Desember 2025–4 Januari 2026)``)."""
        a, b = self.monday, self.sunday
        if a.year != b.year:
            first = f"{a.day} {MONTHS[a.month - 1]} {a.year}"
        elif a.month != b.month:
            first = f"{a.day} {MONTHS[a.month - 1]}"
        else:
            first = str(a.day)
        return f"Minggu {self.week} ({first}–{b.day} {MONTHS[b.month - 1]} {b.year})"


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week number of 28 December (always in the year's last week)."""
    return dt.date(year, 12, 28).isocalendar().week


def week_of(day: dt.date) -> IsoWeek:
    """The ISO week containing ``day`` (a date or datetime)."""
    iso = day.isocalendar()
    return IsoWeek(iso.year, iso.week)


def last_week(now: dt.datetime) -> IsoWeek:
    """The week before the one containing ``now``: the default of the weekly report."""
    return week_of(now.date() - dt.timedelta(days=7))


def parse_week(text: str) -> IsoWeek:
    """Read ``2026-W46`` (also ``2026-w46``, ``2026W46``, ``2026-W4``).

    Raises ``ValueError`` with a message in Bahasa Indonesia for anything else, or for a week
    the year does not have (``2026-W54``; 2026 has 53 weeks, 2025 has 52).
    """
    match = _WEEK.match(text or "")
    if not match:
        raise ValueError(message("week-unreadable", text))
    return IsoWeek(int(match[1]), int(match[2]))
