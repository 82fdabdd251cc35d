"""Pengaturan kantor: working hours per weekday, office days off, holidays worked anyway, and
the Waktu convention. Bad input gets a message and changes nothing."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.calendar import WEEKDAYS, WorkingCalendar
from sopdesk.domain.office import OfficeSettings, hours_text, parse_dates, parse_hours
from sopdesk.domain.waktu import WaktuConvention
from sopdesk.ui.language import core_text, error_text


class OfficeDialog(QDialog):
    """Edit `OfficeSettings`; ``result_settings`` holds the accepted value."""

    def __init__(self, settings: OfficeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office settings"))
        self.result_settings: OfficeSettings | None = None
        hours_box = QGroupBox(self.tr("Working hours (e.g. 07:30-12:00, 13:00-16:00; empty = day off)"))
        hours_form = QFormLayout(hours_box)
        self.hours = []
        for day, name in enumerate(WEEKDAYS):
            edit = QLineEdit(hours_text(settings.calendar, day))
            self.hours.append(edit)
            hours_form.addRow(core_text(name), edit)
        self.days_off = QPlainTextEdit("\n".join(f"{d:%d-%m-%Y}" for d in sorted(settings.calendar.days_off)))
        self.worked = QPlainTextEdit("\n".join(f"{d:%d-%m-%Y}" for d in sorted(settings.calendar.removed_holidays)))
        days = QHBoxLayout()
        for label, text_edit in ((self.tr("Office days off (one date a line)"), self.days_off),
                                 (self.tr("Holidays worked anyway"), self.worked)):
            box = QGroupBox(label)
            QVBoxLayout(box).addWidget(text_edit)
            days.addWidget(box)
        w = settings.convention
        self.hours_per_day = QDoubleSpinBox(decimals=2, minimum=0.5, maximum=24, singleStep=0.5)
        self.hours_per_day.setValue(float(w.hours_per_day))
        self.days_per_week = QSpinBox(minimum=1, maximum=7)
        self.days_per_week.setValue(w.days_per_week)
        self.days_per_month = QSpinBox(minimum=1, maximum=31)
        self.days_per_month.setValue(w.days_per_month)
        convention = QGroupBox(self.tr("Waktu convention"))
        form = QFormLayout(convention)
        form.addRow(self.tr("1 hari = working hours"), self.hours_per_day)
        form.addRow(self.tr("1 minggu = working days"), self.days_per_week)
        form.addRow(self.tr("1 bulan = hari"), self.days_per_month)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hours_box)
        layout.addLayout(days)
        layout.addWidget(convention)
        layout.addWidget(buttons)

    def read(self) -> OfficeSettings:
        """The settings typed in; raises ValueError with the reason."""
        hours = tuple(parse_hours(edit.text(), day) for day, edit in enumerate(self.hours))
        calendar = WorkingCalendar(hours=hours,
                                   days_off=parse_dates(self.days_off.toPlainText().splitlines(), "Libur kantor"),
                                   removed_holidays=parse_dates(self.worked.toPlainText().splitlines(),
                                                                "Hari libur yang masuk"))
        convention = WaktuConvention(Fraction(str(self.hours_per_day.value())), self.days_per_week.value(),
                                     self.days_per_month.value())
        return OfficeSettings(calendar, convention)

    def _accept(self) -> None:
        try:
            self.result_settings = self.read()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Office settings"), error_text(exc))
            return
        self.accept()
