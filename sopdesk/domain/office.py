"""The office settings that rule executions: the working calendar and the Waktu convention,
as one value with a plain text form (stored in the database as JSON).

Hours are written per weekday as ``07:30-12:00, 13:00-16:00`` (empty for a day off); days off
and worked holidays as ISO dates. `office_from_json` raises `ValueError` with a message in
Bahasa Indonesia naming the field, and accepts nothing half-read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sopdesk.domain.calendar import WEEKDAYS, WorkingCalendar
from sopdesk.domain.messages import Phrase, message
from sopdesk.domain.waktu import WaktuConvention

_INTERVAL = re.compile(r"^(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True)
class OfficeSettings:
    """The office's working calendar and Waktu convention (defaults: ASN 37.5 h, 1 bulan = 30 hari)."""

    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    convention: WaktuConvention = field(default_factory=WaktuConvention)


def hours_text(calendar: WorkingCalendar, weekday: int) -> str:
    """The hours of ``weekday`` (0 = Senin) as ``07:30-12:00, 13:00-16:00``."""
    return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in calendar.hours[weekday])


def parse_hours(text: str, weekday: int) -> tuple[tuple[dt.time, dt.time], ...]:
    """Read a day's hours; raises ValueError naming the weekday."""
    out = []
    for part in [p.strip() for p in text.split(",") if p.strip()]:
        m = _INTERVAL.match(part)
        if not m:
            raise ValueError(message("hours-unreadable", Phrase(WEEKDAYS[weekday]), part))
        try:
            out.append((dt.time(int(m[1]), int(m[2])), dt.time(int(m[3]), int(m[4]))))
        except ValueError as exc:
            raise ValueError(message("hours-impossible", Phrase(WEEKDAYS[weekday]), part)) from exc
    return tuple(out)


def parse_dates(lines: list[str], label: str) -> frozenset[dt.date]:
    """ISO (2025-06-02) or Indonesian (02-06-2025) dates, one per entry; raises ValueError."""
    out = set()
    for line in [x.strip() for x in lines if x.strip()]:
        try:
            out.add(dt.date.fromisoformat(line) if line[4:5] == "-" else dt.datetime.strptime(line, "%d-%m-%Y").date())
        except ValueError as exc:
            raise ValueError(message("date-in-list", Phrase(label), line)) from exc
    return frozenset(out)


def office_to_json(settings: OfficeSettings) -> str:
    """The canonical JSON text of ``settings``."""
    c, w = settings.calendar, settings.convention
    return json.dumps({
        "hours": [hours_text(c, d) for d in range(7)],
        "days_off": sorted(d.isoformat() for d in c.days_off),
        "worked_holidays": sorted(d.isoformat() for d in c.removed_holidays),
        "hours_per_day": str(w.hours_per_day), "days_per_week": w.days_per_week, "days_per_month": w.days_per_month,
    }, ensure_ascii=False, sort_keys=True)


def office_from_json(text: str) -> OfficeSettings:
    """Read settings written by `office_to_json`; raises ValueError (message for the user)."""
    try:
        data: dict[str, Any] = json.loads(text)
        hours = tuple(parse_hours(str(h), d) for d, h in enumerate(data["hours"]))
        calendar = WorkingCalendar(hours=hours, days_off=parse_dates(list(data["days_off"]), "Libur kantor"),
                                   removed_holidays=parse_dates(list(data["worked_holidays"]), "Hari libur yang masuk"))
        convention = WaktuConvention(Fraction(str(data["hours_per_day"])), int(data["days_per_week"]),
                                     int(data["days_per_month"]))
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"Pengaturan kantor tidak terbaca: {exc}") from exc
    if not 0 < convention.hours_per_day <= 24 or not 1 <= convention.days_per_week <= 7 \
            or not 1 <= convention.days_per_month <= 31:
        raise ValueError("Konvensi Waktu di luar batas (jam per hari 0–24, hari per minggu 1–7, per bulan 1–31).")
    return OfficeSettings(calendar, convention)
