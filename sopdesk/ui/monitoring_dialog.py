"""Monitoring dan evaluasi: Tabel 7 of a period (Permenpan RB 35/2012) with the figures from the
execution logs; the assessor chooses the Penilaian, types Catatan, Tindakan and Paraf, answers the
evaluation checklist of the selected SOP, saves, and exports to Excel or PDF.

Every database call and every export runs off the GUI thread (`run_task`). A failed save says
why and keeps the edits; an export can be cancelled and never leaves a partial file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import monitoring as mon
from sopdesk.store.audit import Actor
from sopdesk.store.database import Database
from sopdesk.ui.language import error_text
from sopdesk.ui.monitoring_model import MonitoringTableModel
from sopdesk.ui.open_result import offer_open
from sopdesk.ui.screen import resize_to_fit
from sopdesk.ui.tasks import Progress, TaskHandle, run_task

_ANSWERS: tuple[bool | None, ...] = (None, True, False)
_RATINGS = (mon.Rating.NONE, mon.Rating.BAIK, mon.Rating.TIDAK_BAIK)


class MonitoringDialog(QDialog):
    """The monitoring form of a period over ``db``, at the office time ``now`` (the default period
    is the six months before it); ``actor`` signs the audit entries. Non-modal use (``show()``) and
    ``exec()`` both work; the constructor starts loading in the background and never raises."""

    loaded = Signal()
    saved = Signal(int)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, now: dt.datetime, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monitoring and evaluation of SOPs"))
        self.db, self.now, self.actor = db, now, actor or Actor()
        self.form: mon.MonitoringForm | None = None
        self.task: TaskHandle | None = None
        self._filling = False
        self.model = MonitoringTableModel()
        self._build()
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_row(cur.row()))
        period = mon.default_period(now)
        self.start_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
        resize_to_fit(self, 1100, 720)
        self.load()

    def _build(self) -> None:
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.load)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Period from")), self.start_edit, QLabel(self.tr("to")), self.end_edit,
                       self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for column, width in enumerate((32, 260, 140, 110, 150, 130, 220, 160, 110)):
            self.table.setColumnWidth(column, width)
        splitter = QSplitter()
        splitter.addWidget(self._assessment_box())
        splitter.addWidget(self._checklist_box())
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(self.table)
        outer.addWidget(splitter)
        outer.setSizes([330, 360])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(outer, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _assessment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Assessment of the selected SOP (Tabel 7)"))
        self.rating = QComboBox()
        self.rating.addItems([self.tr("— not assessed —"), self.tr("Runs well"), self.tr("Does not run well")])
        self.notes, self.action = QPlainTextEdit(), QPlainTextEdit()
        self.assessor = QLineEdit()
        self.assessor.setPlaceholderText(self.tr("name of the assessor"))
        form = QFormLayout(box)
        form.addRow(self.tr("Assessment of the application"), self.rating)
        form.addRow(self.tr("Notes on the assessment"), self.notes)
        form.addRow(self.tr("Action to take"), self.action)
        form.addRow(self.tr("Assessor (paraf)"), self.assessor)
        self.rating.currentIndexChanged.connect(self._edited)
        for edit in (self.notes, self.action):
            edit.textChanged.connect(self._edited)
        self.assessor.textChanged.connect(self._edited)
        return box

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Evaluation checklist of the selected SOP"))
        grid = QGridLayout(box)
        self.answers: list[QComboBox] = []
        self.answer_notes: list[QLineEdit] = []
        for q, question in enumerate(mon.CRITERIA):
            label = QLabel(f"{q + 1}. {question}")
            label.setWordWrap(True)
            answer = QComboBox()
            answer.addItems(["—", self.tr("Yes"), self.tr("No")])
            note = QLineEdit()
            note.setPlaceholderText(self.tr("note"))
            answer.currentIndexChanged.connect(self._edited)
            note.textChanged.connect(self._edited)
            grid.addWidget(label, q, 0)
            grid.addWidget(answer, q, 1)
            grid.addWidget(note, q, 2)
            self.answers.append(answer)
            self.answer_notes.append(note)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save"))
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.hide()
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.cancel_button.clicked.connect(self._cancel)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.save_button, self.xlsx_button, self.pdf_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def period(self) -> mon.Period:
        """The period typed in; raises ValueError (message for the user) when it ends before it starts."""
        start, end = (dt.date(d.year(), d.month(), d.day()) for d in (self.start_edit.date(), self.end_edit.date()))
        return mon.Period(start, end)

    def load(self) -> None:
        """Load the form of the period typed in (off the GUI thread); unsaved edits are lost, so ask first."""
        if self.model.dirty and QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard the entries that are not saved?")) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            period = self.period()
        except ValueError as exc:
            self._fail(error_text(exc))
            return
        db, now = self.db, self.now

        def work(_p: Progress) -> mon.MonitoringForm:
            office = db.office.load()
            return db.monitoring.form(period, now, office.calendar, office.convention)

        self._busy(self.tr("Loading…"))
        self._run(work, self._on_loaded)

    def _on_loaded(self, form: mon.MonitoringForm, keep_row: int = 0) -> None:
        self.form = form
        self.model.set_form(form)
        self._busy("")
        if form.rows:
            self.table.selectRow(min(keep_row, len(form.rows) - 1))
        self.status.setText(self.tr("%d SOPs, period %s") % (len(form.rows), form.period.label()))
        self.loaded.emit()

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        a = self.model.edited[row]
        self._filling = True
        try:
            self.rating.setCurrentIndex(_RATINGS.index(a.rating))
            self.notes.setPlainText(a.notes)
            self.action.setPlainText(a.action)
            self.assessor.setText(a.assessor)
            for combo, note, answer in zip(self.answers, self.answer_notes, a.checklist, strict=True):
                combo.setCurrentIndex(_ANSWERS.index(answer.value))
                note.setText(answer.note)
        finally:
            self._filling = False

    def current_row(self) -> int:
        """The selected row, -1 when none."""
        return self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1

    def _edited(self, *_args: Any) -> None:
        row = self.current_row()
        if self._filling or row < 0:
            return
        checklist = tuple(mon.Answer(_ANSWERS[c.currentIndex()], n.text())
                          for c, n in zip(self.answers, self.answer_notes, strict=True))
        assessment = replace(self.model.edited[row], rating=_RATINGS[self.rating.currentIndex()],
                             notes=self.notes.toPlainText(), action=self.action.toPlainText(),
                             assessor=self.assessor.text(), checklist=checklist)
        self.model.set_assessment(row, assessment)

    def save(self) -> None:
        """Save the changed entries (off the GUI thread); a refusal is shown and the edits stay."""
        changes = self.model.changes()
        if self.form is None or not changes:
            self.status.setText(self.tr("Nothing to save."))
            return
        db, period, now, actor, row = self.db, self.form.period, self.now, self.actor, self.current_row()

        def work(_p: Progress) -> tuple[int, mon.MonitoringForm]:
            count = db.monitoring.save(period, changes, now, actor)
            office = db.office.load()
            return count, db.monitoring.form(period, now, office.calendar, office.convention)

        def done(result: tuple[int, mon.MonitoringForm]) -> None:
            self._on_loaded(result[1], keep_row=row)
            self.status.setText(self.tr("Saved: %d SOPs.") % result[0])
            self.saved.emit(result[0])

        self._busy(self.tr("Saving…"))
        self._run(work, done)

    def _ask_export(self, kind: str) -> None:
        if self.form is None:
            return
        caption = self.tr("Export to Excel") if kind == "xlsx" else self.tr("Export to PDF")
        period = self.form.period
        suggested = f"monitoring-sop-{period.start:%Y%m%d}-{period.end:%Y%m%d}.{kind}"
        path, _filter = QFileDialog.getSaveFileName(self, caption, suggested, f"*.{kind}")
        if path:
            self.export(kind, Path(path if path.lower().endswith(f".{kind}") else f"{path}.{kind}"))

    def export(self, kind: str, target: Path) -> None:
        """Export the form as on screen (unsaved entries included) to ``target``; ``kind`` "xlsx" or "pdf"."""
        if self.form is None:
            return
        from sopdesk.io.export import ExportCancelledError

        if kind == "xlsx":
            from sopdesk.io.monitoring_xlsx import export_monitoring_xlsx as write
        else:
            from sopdesk.io.monitoring_pdf import export_monitoring_pdf as write
        form = self.model.form_as_edited(self.form)

        def work(progress: Progress) -> str:
            try:
                return str(write(form, target, progress))
            except ExportCancelledError:
                return ""

        def done(path: str) -> None:
            self._busy("")
            self.status.setText(self.tr("Written: %s") % path if path else self.tr("Export cancelled."))
            if path:
                offer_open(self, [Path(path)], self.windowTitle())
                self.exported.emit(path)

        self._busy(self.tr("Exporting…"))
        self.cancel_button.show()
        self.task = run_task(work, done, self._failed)
        self.task.progressed.connect(lambda n, total, _t: self.status.setText(self.tr("Exporting… %d/%d") % (n, total)))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        self.task = run_task(work, done, self._failed)

    def _busy(self, text: str) -> None:
        busy = bool(text)
        for button in (self.save_button, self.xlsx_button, self.pdf_button, self.show_button):
            button.setEnabled(not busy)
        if not busy:
            self.cancel_button.hide()
        self.status.setText(text)

    def _failed(self, exc: Exception) -> None:
        self._busy("")
        if isinstance(exc, OSError):
            self._fail(self.tr("Cannot write the file: %s (%s)") % (exc.strerror or exc, exc.filename or ""))
        else:
            self._fail(error_text(exc))

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
        QMessageBox.warning(self, self.windowTitle(), message)
