"""Choosing the week of the weekly report: any day from a calendar; the dialog shows the working
days of its ISO week, "Senin dd-mm-yyyy – Jumat dd-mm-yyyy (Minggu ke-NN)"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sopdesk.domain.isoweek import IsoWeek, week_of

_WEEK_SHADE = QColor(221, 235, 247)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WeekPickerDialog(QDialog):
    """A calendar (weeks start on Monday, ISO week numbers beside them) and the chosen week's
    working days; ``week()`` is the ISO week of the day chosen. Starts on ``initial``."""

    def __init__(self, initial: IsoWeek, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly report"))
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setGridVisible(True)
        self.label = QLabel()
        self._shaded: IsoWeek | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose any day of the week to report:")))
        layout.addWidget(self.calendar)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.calendar.selectionChanged.connect(self._show_week)
        self.set_day(initial.monday)

    def set_day(self, day: dt.date) -> None:
        """Choose ``day`` (its week becomes the report's)."""
        self.calendar.setSelectedDate(_qdate(day))
        self._show_week()

    def day(self) -> dt.date:
        d = self.calendar.selectedDate()
        return dt.date(d.year(), d.month(), d.day())

    def week(self) -> IsoWeek:
        """The ISO week of the chosen day."""
        return week_of(self.day())

    def week_text(self) -> str:
        """``Senin 23-11-2026 – Jumat 27-11-2026 (Minggu ke-48)`` (in the interface's language)."""
        week = self.week()
        friday = week.monday + dt.timedelta(days=4)
        return self.tr("Monday %s – Friday %s (week %02d)") % (f"{week.monday:%d-%m-%Y}", f"{friday:%d-%m-%Y}",
                                                               week.week)

    def _show_week(self) -> None:
        self.label.setText(self.week_text())
        week = self.week()
        if week == self._shaded:
            return
        self._shade(self._shaded, QTextCharFormat())
        shade = QTextCharFormat()
        shade.setBackground(QBrush(_WEEK_SHADE))
        self._shade(week, shade)
        self._shaded = week

    def _shade(self, week: IsoWeek | None, fmt: QTextCharFormat) -> None:
        if week is not None:
            for k in range(7):
                self.calendar.setDateTextFormat(_qdate(week.monday + dt.timedelta(days=k)), fmt)


def pick_week(parent: QWidget, initial: IsoWeek) -> IsoWeek | None:
    """Ask for the week (modal); None when cancelled."""
    dialog = WeekPickerDialog(initial, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    week = dialog.week()
    dialog.deleteLater()
    return week if accepted else None
