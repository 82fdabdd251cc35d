"""Pengaturan kantor: the office's own identity (name lines and logo), working hours per weekday,
office days off, holidays worked anyway, and the Waktu convention. Bad input gets a message and
changes nothing; `edit_office` reads and saves both off the GUI thread."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.calendar import WEEKDAYS, WorkingCalendar
from sopdesk.domain.office import OfficeSettings, hours_text, parse_dates, parse_hours
from sopdesk.domain.office_identity import OfficeIdentity
from sopdesk.domain.waktu import WaktuConvention
from sopdesk.ui.errors import show_failure
from sopdesk.ui.office_identity_form import IdentityForm
from sopdesk.ui.tasks import Progress, run_task

if TYPE_CHECKING:
    from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.language import core_text, error_text


class OfficeDialog(QDialog):
    """Edit `OfficeSettings` and the `OfficeIdentity`; ``result_settings`` and ``result_identity``
    hold the accepted values."""

    def __init__(self, settings: OfficeSettings, parent: QWidget | None = None,
                 identity: OfficeIdentity | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office settings"))
        self.result_settings: OfficeSettings | None = None
        self.result_identity: OfficeIdentity | None = None
        self.identity_form = IdentityForm(identity or OfficeIdentity())
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
        calendar_page = QWidget()
        calendar_layout = QVBoxLayout(calendar_page)
        calendar_layout.addWidget(hours_box)
        calendar_layout.addLayout(days)
        calendar_layout.addWidget(convention)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.identity_form, self.tr("Office identity"))
        self.tabs.addTab(calendar_page, self.tr("Working calendar"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
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
            identity = self.identity_form.identity()
            self.result_settings = self.read()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Office settings"), error_text(exc))
            return
        self.result_identity = identity
        self.accept()


def edit_office(window: MainWindow) -> None:
    """Berkas → Pengaturan kantor: read the settings and the identity off the GUI thread, show the
    dialog, save what changed (each audited) and reload the executions."""
    db = window.db
    if db is None:
        return

    def read(_p: Progress) -> tuple[OfficeSettings, OfficeIdentity]:
        return db.office.load(), db.office.identity()

    def show(current: tuple[OfficeSettings, OfficeIdentity]) -> None:
        dialog = OfficeDialog(current[0], window, current[1])
        if dialog.exec() != OfficeDialog.DialogCode.Accepted or dialog.result_settings is None:
            return
        settings, identity, actor = dialog.result_settings, dialog.result_identity, window.actor()

        def save(_p: Progress) -> None:
            if settings != current[0]:
                db.office.save(settings, actor)
            if identity is not None and identity != current[1]:
                db.office.save_identity(identity, actor)

        run_task(save, lambda _r: window.executions.reload(), failed)

    def failed(exc: Exception) -> None:
        show_failure(window, QCoreApplication.translate("OfficeDialog", "Office settings"), exc)

    run_task(read, show, failed)
