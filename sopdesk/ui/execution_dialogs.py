"""The dialogs and the time field of the Pelaksanaan tab: start an execution, correct a time,
the running executions, and `MinuteEdit` (a date-time field in whole minutes with "Sekarang")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import execution as ex
from sopdesk.domain.model import Sop, Status
from sopdesk.ui.execution_text import VERDICT_COLOURS, from_qt, moment_text, to_qt, verdict_text
from sopdesk.ui.hints import EmptyHint
from sopdesk.ui.screen import resize_to_fit


class _SectionEdit(QDateTimeEdit):
    """A date-time field typed section by section, as people type dates and times.

    A click or focus selects the whole section under the cursor, so "09:15" typed after a click
    anywhere in the hour replaces the hour (a click in the right half of "17" used to give 17:09);
    a separator typed right after a section filled up and moved on is skipped (typing "01-11-2026"
    used to jump over the month); Ctrl+A starts at the day.
    """

    _SEPARATORS = "-/.: "

    def __init__(self, value: QDateTime) -> None:
        super().__init__(value)
        self._moved_on = False
        self._digits = ""  # digits typed into the current section so far
        self.lineEdit().installEventFilter(self)

    def _select_current(self) -> None:
        self._digits = ""
        self.setSelectedSection(self.currentSection())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.lineEdit() and event.type() is QEvent.Type.MouseButtonRelease:
            self._moved_on = False
            QTimer.singleShot(0, self._select_unless_dragged)  # once the line edit has placed the cursor
        return super().eventFilter(watched, event)

    def _select_unless_dragged(self) -> None:
        if not self.lineEdit().hasSelectedText():  # a drag selection is the user's own
            self._select_current()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt)
        super().focusInEvent(event)
        if event.reason() is not Qt.FocusReason.MouseFocusReason:  # a click selects on release
            QTimer.singleShot(0, self._select_current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        text = event.text()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
            self._moved_on = False
            return
        if text and text in self._SEPARATORS and self._moved_on:
            self._moved_on = False  # the section already moved on by itself
            return
        if text == ":" and self.currentSection() is QDateTimeEdit.Section.MinuteSection and self._digits:
            self._hour_typed_in_minutes()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isdigit() and self.currentSection() != before
        self._digits = self._digits + text if text.isdigit() and not self._moved_on else ""
        if self._moved_on or (text and text in self._SEPARATORS):
            self._select_current()

    def _hour_typed_in_minutes(self) -> None:
        """"09:" typed with the cursor in the minutes (a click on the colon): the 09 was the hour."""
        hour, self._digits = int(self._digits), ""
        value = self.dateTime()
        if hour < 24:
            self.setDateTime(QDateTime(value.date(), value.time().addSecs((hour - value.time().hour()) * 3600)))
        self.setSelectedSection(QDateTimeEdit.Section.MinuteSection)


class MinuteEdit(QWidget):
    """A moment in whole minutes (dd-MM-yyyy HH:mm, calendar pop-up) and a "Sekarang" button.

    Nothing is checked while typing (a day of the next month may be typed before the month is
    changed); the rules (not in the future, not before the previous step) are checked when the
    user commits the action, with a message. The field keeps what was last entered.
    """

    edited = Signal()

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.edit = _SectionEdit(to_qt(ex.whole_minute(clock())))
        self.edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as the week picker and the office
        self.edit.setToolTip(self.tr("Date and time (whole minutes). Typed times are checked when you log."))
        self.now_button = QPushButton(self.tr("&Now"))
        self.now_button.setToolTip(self.tr("Set the field to the current time"))
        self.now_button.clicked.connect(self.set_now)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edit, 1)
        box.addWidget(self.now_button)
        self.edit.dateTimeChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> dt.datetime:
        """The moment shown, to the minute."""
        return from_qt(self.edit.dateTime())

    def set_value(self, value: dt.datetime) -> None:
        """Show ``value`` (cut to the minute)."""
        self.edit.setDateTime(to_qt(value))

    def set_now(self) -> None:
        """Show the current minute."""
        self.set_value(self.clock())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StartDialog(QDialog):
    """Title, reference, who starts, when. The approved revision in force runs; a draft only as a
    trial (ticked by default when no revision is approved). OK waits for a title; a start in the
    future is refused with a message and the dialog stays open with what was typed."""

    def __init__(self, sop: Sop, user: str, clock: Callable[[], dt.datetime], parent: QWidget | None = None, *,
                 in_force: bool | None = None, draft: bool | None = None,
                 start_at: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        in_force = sop.status is Status.APPROVED if in_force is None else in_force
        draft = sop.status is Status.DRAFT if draft is None else draft
        self.setWindowTitle(self.tr("Start an execution"))
        self.title = QLineEdit(placeholderText=self.tr("e.g. LKj 2025"))
        self.reference = QLineEdit(placeholderText=self.tr("e.g. a letter number"))
        self.started_by = QLineEdit(user)
        self.started_at = MinuteEdit(clock)
        if start_at is not None:
            self.started_at.set_value(start_at)
        self.trial = QCheckBox(self.tr("Trial run of a draft"))
        self.trial.setChecked(draft and not in_force)
        self.trial.setEnabled(draft and in_force)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{escape(sop.title)}</b>"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Started by"), self.started_by)
        form.addRow(self.tr("Started at"), self.started_at)
        form.addRow("", self.trial)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.title.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    def accept(self) -> None:
        """Close with OK unless the start is in the future (then say so and stay open)."""
        if self.started_at.value() > ex.whole_minute(self.clock()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The start %s is in the future.")
                                % f"{self.started_at.value():%d-%m-%Y %H:%M}")
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """The fields as `ExecutionPanel.start_with` takes them."""
        return {"title": self.title.text(), "reference": self.reference.text(), "started_by": self.started_by.text(),
                "at": self.started_at.value(), "trial": self.trial.isChecked()}


class CorrectionDialog(QDialog):
    """Which time of a record to correct, and its new value (the old one stays in the history).
    ``index`` is the record's place in the execution (0-based), ``number`` its step's No as the
    sheet prints it (`Sop.step_number`: "5a")."""

    def __init__(self, record: ex.StepRecord, index: int, number: str, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a time — record %d (step %s)") % (index + 1, number))
        self.which = QComboBox()
        self.which.addItem(self.tr("Start"), "started_at")
        if record.finished_at is not None:
            self.which.addItem(self.tr("Finish"), "finished_at")
        self.when = MinuteEdit(clock)
        self.when.set_value(record.started_at)
        self.which.currentIndexChanged.connect(
            lambda _i: self.when.set_value(getattr(record, self.field()) or record.started_at))
        form = QFormLayout(self)
        form.addRow(self.tr("Time"), self.which)
        form.addRow(self.tr("Correct value"), self.when)
        form.addRow(_buttons(self))

    def field(self) -> str:
        """"started_at" or "finished_at"."""
        return str(self.which.currentData())

    def value(self) -> dt.datetime:
        """The corrected moment, to the minute."""
        return self.when.value()


class RunningDialog(QDialog):
    """Every running execution, overdue first, filterable by SOP, lane, person or state."""

    VERDICT = 7

    def __init__(self, items: list[Any], now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Running executions"))
        self.items = items
        self.filter = QLineEdit(placeholderText=self.tr("Filter by SOP, implementer, person or state…"))
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([self.tr("SOP"), self.tr("Execution"), self.tr("Step"),
                                              self.tr("Implementer"), self.tr("By"), self.tr("Standard"),
                                              self.tr("Due"), self.tr("Verdict")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for item in items:
            self._add(item, now.year)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):  # long texts elide (whole in the tooltip): the
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))  # verdict stays in view
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.empty_hint = EmptyHint(self.table, self.tr("No execution is running."))
        resize_to_fit(self, 1100, 460)

    def _add(self, item: Any, year: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        judgement = ex.Judgement(item.verdict, item.due, item.late_minutes) if item.verdict else None
        cells = [item.sop_title, f"{item.title} {item.reference}".strip(),
                 f"{item.number or item.step + 1}. {item.activity}" if item.step is not None else "",
                 item.lanes, item.actor,
                 item.standard_time, moment_text(item.due, year) or "-", verdict_text(judgement)]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if column == self.VERDICT and item.verdict in VERDICT_COLOURS:
                cell.setForeground(VERDICT_COLOURS[item.verdict])
            self.table.setItem(row, column, cell)

    def _filter(self, text: str) -> None:
        wanted = text.casefold()
        for row in range(self.table.rowCount()):
            joined = " ".join((self.table.item(row, c) or QTableWidgetItem()).text()
                              for c in range(self.table.columnCount())).casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in joined)

    def visible_rows(self) -> int:
        """How many rows the filter leaves."""
        return sum(not self.table.isRowHidden(r) for r in range(self.table.rowCount()))
