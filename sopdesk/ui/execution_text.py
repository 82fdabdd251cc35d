"""How executions read on screen: verdicts, working durations and moments, in the UI's language.

Times are whole minutes everywhere (`sopdesk.domain.execution.whole_minute`): the conversions to
and from ``QDateTime`` here drop seconds, so what the user sees (HH:MM) is what is stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt

from sopdesk.domain import execution as ex
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention
from sopdesk.ui.language import duration_text

translate = QCoreApplication.translate
VERDICT_COLOURS = {ex.Verdict.LATE: Qt.GlobalColor.darkRed, ex.Verdict.OVERDUE: Qt.GlobalColor.red,
                   ex.Verdict.ON_TIME: Qt.GlobalColor.darkGreen}


def verdict_text(judgement: ex.Judgement | None, convention: WaktuConvention = DEFAULT_CONVENTION) -> str:
    """The verdict as the user reads it (`sopdesk.ui.language.duration_text` for the amount):
    "tepat waktu", "terlambat 1 jam 29 menit", "berjalan",
    "lewat batas 5 menit", "tanpa standar waktu" (translated); "" for None."""
    if judgement is None:
        return ""
    late = duration_text(judgement.late_minutes, convention=convention)
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
