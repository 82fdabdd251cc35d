"""How executions read on screen: verdicts, working durations and moments, in the UI's language.

Times are whole minutes everywhere (`sopdesk.domain.execution.whole_minute`): the conversions to
and from ``QDateTime`` here drop seconds, so what the user sees (HH:MM) is what is stored.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDateTime, Qt

from sopdesk.domain import execution as ex
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention, split_minutes

translate = QCoreApplication.translate
VERDICT_COLOURS = {ex.Verdict.LATE: Qt.GlobalColor.darkRed, ex.Verdict.OVERDUE: Qt.GlobalColor.red,
                   ex.Verdict.ON_TIME: Qt.GlobalColor.darkGreen}


def duration_text(minutes: Fraction | int, convention: WaktuConvention = DEFAULT_CONVENTION) -> str:
    """Working ``minutes`` as whole working days, hours and minutes in the UI's language:
    "2 hari kerja 3 jam", "1 jam 29 menit" (Indonesian), "2 working days 3 h" style in English."""
    days, hours, mins = split_minutes(minutes, convention)
    parts = []
    if days:
        parts.append(translate("Verdict", "1 working day") if days == 1
                     else translate("Verdict", "%d working days") % days)
    if hours:
        parts.append(translate("Verdict", "1 hour") if hours == 1 else translate("Verdict", "%d hours") % hours)
    if mins or not parts:
        parts.append(translate("Verdict", "1 minute") if mins == 1 else translate("Verdict", "%d minutes") % mins)
    return " ".join(parts)


def verdict_text(judgement: ex.Judgement | None, convention: WaktuConvention = DEFAULT_CONVENTION) -> str:
    """The verdict as the user reads it: "tepat waktu", "terlambat 1 jam 29 menit", "berjalan",
    "lewat batas 5 menit", "tanpa standar waktu" (translated); "" for None."""
    if judgement is None:
        return ""
    late = duration_text(judgement.late_minutes, convention)
    return {
        ex.Verdict.ON_TIME: translate("Verdict", "on time"),
        ex.Verdict.LATE: translate("Verdict", "late by %s") % late,
        ex.Verdict.RUNNING: translate("Verdict", "running"),
        ex.Verdict.OVERDUE: translate("Verdict", "overdue by %s") % late,
        ex.Verdict.NO_STANDARD: translate("Verdict", "no fixed standard"),
    }[judgement.verdict]


def moment_text(value: dt.datetime | None, this_year: int, same_day_as: dt.datetime | None = None) -> str:
    """A moment as "24-11 08:20" (with the year, "05-01-2027 08:20", outside ``this_year``; only "08:20"
    on the day of ``same_day_as``, e.g. a finish on the day its step started); "" for None."""
    if value is None:
        return ""
    if same_day_as is not None and value.date() == same_day_as.date():
        return f"{value:%H:%M}"
    return f"{value:%d-%m %H:%M}" if value.year == this_year else f"{value:%d-%m-%Y %H:%M}"


def to_qt(value: dt.datetime) -> QDateTime:
    """``value`` as a ``QDateTime``, cut to the minute."""
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def from_qt(value: QDateTime) -> dt.datetime:
    """A ``QDateTime`` as a naive local datetime, cut to the minute (what the field shows)."""
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
