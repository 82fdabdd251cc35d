"""The Pelaksanaan tab: start an execution of the shown SOP, log its steps, see verdicts.

Every database call runs off the GUI thread (`run_task`); ``changed`` is emitted once the
panel shows the result of an action (tests wait on it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import execution as ex
from sopdesk.domain.model import Sop, Status, Symbol
from sopdesk.domain.office import OfficeSettings
from sopdesk.ui.hints import EmptyHint
from sopdesk.ui.language import duration_text, error_text
from sopdesk.ui.tasks import Progress, run_task

if TYPE_CHECKING:
    from sopdesk.store.audit import Actor
    from sopdesk.store.database import Database

VERDICT_COLOURS = {ex.Verdict.LATE: Qt.GlobalColor.darkRed, ex.Verdict.OVERDUE: Qt.GlobalColor.red,
                   ex.Verdict.ON_TIME: Qt.GlobalColor.darkGreen}


def verdict_text(judgement: ex.Judgement | None) -> str:
    """The verdict as the user reads it (translated where Qt has a translator)."""
    from PySide6.QtCore import QCoreApplication

    if judgement is None:
        return ""
    late = duration_text(judgement.late_minutes) if judgement.late_minutes else ""
    return {
        ex.Verdict.ON_TIME: QCoreApplication.translate("Verdict", "on time"),
        ex.Verdict.LATE: QCoreApplication.translate("Verdict", "late by %s") % late,
        ex.Verdict.RUNNING: QCoreApplication.translate("Verdict", "running"),
        ex.Verdict.OVERDUE: QCoreApplication.translate("Verdict", "overdue by %s") % late,
        ex.Verdict.NO_STANDARD: QCoreApplication.translate("Verdict", "no fixed standard"),
    }[judgement.verdict]


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)


def _py(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


class StartDialog(QDialog):
    """Title, reference, who starts, when; a draft runs only as a trial."""

    def __init__(self, sop: Sop, user: str, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start an execution"))
        self.title = QLineEdit(placeholderText=self.tr("e.g. LKj 2025"))
        self.reference = QLineEdit(placeholderText=self.tr("e.g. a letter number"))
        self.started_by = QLineEdit(user)
        self.started_at = QDateTimeEdit(_qdt(now))
        self.started_at.setMaximumDateTime(_qdt(now))
        self.started_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.trial = QCheckBox(self.tr("Trial run of a draft"))
        self.trial.setChecked(sop.status is Status.DRAFT)
        self.trial.setEnabled(sop.status is Status.DRAFT)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Started by"), self.started_by)
        form.addRow(self.tr("Started at"), self.started_at)
        form.addRow("", self.trial)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text(), "reference": self.reference.text(), "started_by": self.started_by.text(),
                "at": _py(self.started_at.dateTime()), "trial": self.trial.isChecked()}


class CorrectionDialog(QDialog):
    """Which time of a record to correct, and its new value (the old one stays in the history)."""

    def __init__(self, record: ex.StepRecord, index: int, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a time — record %d (step %d)") % (index + 1, record.step + 1))
        self.which = QComboBox()
        self.which.addItem(self.tr("Start"), "started_at")
        if record.finished_at is not None:
            self.which.addItem(self.tr("Finish"), "finished_at")
        self.when = QDateTimeEdit(_qdt(record.started_at))
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setMaximumDateTime(_qdt(now))
        self.which.currentIndexChanged.connect(
            lambda _i: self.when.setDateTime(_qdt(getattr(record, self.field()) or record.started_at)))
        form = QFormLayout(self)
        form.addRow(self.tr("Time"), self.which)
        form.addRow(self.tr("Correct value"), self.when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def field(self) -> str:
        return str(self.which.currentData())

    def value(self) -> dt.datetime:
        return _py(self.when.dateTime())


class ExecutionPanel(QWidget):
    """Executions of the shown SOP (all its revisions) and the logging of the selected one."""

    changed = Signal()
    COLUMNS = 10

    def __init__(self, clock: Callable[[], dt.datetime], user: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.user = user
        self.db: Database | None = None
        self.sop: Sop | None = None
        self.revision_ids: list[int] = []
        self.executions: list[ex.Execution] = []
        self.current: tuple[ex.Execution, Sop] | None = None
        self.loaded_key = ""  # the SOP whose executions the list shows
        self.office = OfficeSettings()
        self._generation = 0
        self._build()

    def _build(self) -> None:
        self.start_button = QPushButton(self.tr("&Start an execution…"))
        self.list = QListWidget()
        self.empty_hint = EmptyHint(self.list, self.tr("No execution of this SOP yet: “Start an execution…” "
                                                       "begins one."))
        self.records = QTableWidget(0, self.COLUMNS)
        self.records.setHorizontalHeaderLabels([
            self.tr("Step"), self.tr("Activity"), self.tr("Implementer"), self.tr("Started"), self.tr("Finished"),
            self.tr("By"), self.tr("Decision"), self.tr("Due"), self.tr("Verdict"), self.tr("Standard")])
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.records.verticalHeader().hide()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.who = QLineEdit(placeholderText=self.tr("who did it"))
        self.decision = QComboBox()
        self.note = QLineEdit(placeholderText=self.tr("note"))
        self.begin_button = QPushButton(self.tr("Start &step"))
        self.finish_button = QPushButton(self.tr("&Finish step"))
        self.cancel_button = QPushButton(self.tr("Cancel the execution…"))
        self.correct_button = QPushButton(self.tr("&Correct a time…"))
        fields, buttons = QHBoxLayout(), QHBoxLayout()
        for field in (self.when, self.who, self.decision, self.note):
            fields.addWidget(field)
        for button in (self.begin_button, self.finish_button, self.cancel_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        actions = QVBoxLayout()
        actions.addLayout(fields)
        actions.addLayout(buttons)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.records)
        box.addWidget(self.next_label)
        box.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.start_button)
        top_box.addWidget(self.list)
        splitter.addWidget(top)
        splitter.addWidget(right)
        splitter.setSizes([160, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.start_button.clicked.connect(self.start_execution)
        self.list.currentRowChanged.connect(self._on_row)
        self.begin_button.clicked.connect(self.begin_step)
        self.finish_button.clicked.connect(self.finish_step)
        self.cancel_button.clicked.connect(self.cancel_execution)
        self.correct_button.clicked.connect(self.correct_time)
        self._show_record_actions()

    # ----- what is shown ----------------------------------------------------------------
    def show_sop(self, db: Database | None, sop: Sop | None) -> None:
        """Show the executions of ``sop`` (every revision of it)."""
        self.db, self.sop, self.current = db, sop, None
        self.start_button.setEnabled(db is not None and sop is not None)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """List the SOP's executions again (in the background) and show ``select`` (or the newest)."""
        self._generation += 1
        if self.db is None or self.sop is None:
            self.list.clear()
            self._show_current()
            return
        db, key, generation = self.db, self.sop.id, self._generation

        def work(_p: Progress) -> tuple[list[int], list[ex.Execution]]:
            self.office = db.office.load()
            ids = [r.revision_id for r in db.sops.revisions(key)]
            return ids, db.executions.for_revisions(ids)

        run_task(work, lambda result: self._on_list(result, select, generation, key), self._failed)

    def _on_list(self, result: tuple[list[int], list[ex.Execution]], select: int | None, generation: int,
                 key: str) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.loaded_key = key
        self.revision_ids, self.executions = result
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.executions:
            state = self.tr("cancelled") if e.cancelled else ""
            item = QListWidgetItem(f"{e.started_at:%d-%m-%Y} · {e.title}" + (f" ({e.reference})" if e.reference else "")
                                   + (f" — {state}" if state else "") + (self.tr(" [trial]") if e.trial else ""))
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((k for k, e in enumerate(self.executions) if e.id == select), 0 if self.executions else -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        if row < 0:
            self.current = None
            self._show_current()
            self.changed.emit()
        else:
            self._on_row(row)

    def _on_row(self, row: int) -> None:
        if self.db is None or not 0 <= row < len(self.executions):
            return
        db, eid, generation = self.db, self.executions[row].id, self._generation

        def loaded(result: tuple[ex.Execution, Sop]) -> None:
            if generation == self._generation:
                self._on_loaded(result)

        run_task(lambda _p: db.executions.load(eid), loaded, self._failed)

    def _on_loaded(self, result: tuple[ex.Execution, Sop]) -> None:
        self.current = result
        self._show_current()
        self.changed.emit()

    def _show_current(self) -> None:
        self.records.setRowCount(0)
        if self.current is None:
            self.next_label.setText("")
            self._show_record_actions()
            return
        execution, sop = self.current
        now = self.clock()
        names = {lane.id: lane.name for lane in sop.lanes}
        for record in execution.records:
            judgement = ex.judge(sop, record, now, self.office.calendar, self.office.convention)
            step = sop.steps[record.step]
            cells = [str(record.step + 1), step.activity, ", ".join(names.get(x, x) for x in step.lanes),
                     f"{record.started_at:%d-%m-%Y %H:%M}",
                     f"{record.finished_at:%d-%m-%Y %H:%M}" if record.finished_at else "", record.actor,
                     record.exit_label, f"{judgement.due:%d-%m-%Y %H:%M}" if judgement.due else "-",
                     verdict_text(judgement)]
            row = self.records.rowCount()
            self.records.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 8 and judgement.verdict in VERDICT_COLOURS:
                    item.setForeground(VERDICT_COLOURS[judgement.verdict])
                self.records.setItem(row, column, item)
        for column in (0, 3, 4, 6, 7, 8, 9):
            self.records.resizeColumnToContents(column)
        self._show_record_actions()

    def _show_record_actions(self) -> None:
        running = None
        step = None
        if self.current is not None:
            execution, sop = self.current
            step = ex.next_step(sop, execution)
            if execution.records and execution.records[-1].finished_at is None:
                running = execution.records[-1]
        self.when.setDateTime(_qdt(self.clock()))
        self.when.setMaximumDateTime(_qdt(self.clock()))
        self.begin_button.setEnabled(step is not None and running is None)
        self.finish_button.setEnabled(running is not None)
        self.cancel_button.setEnabled(self.current is not None and step is not None)
        self.correct_button.setEnabled(self.current is not None and bool(self.current[0].records))
        self.decision.clear()
        self.decision.setVisible(False)
        if self.current is None:
            return
        execution, sop = self.current
        if running is not None:
            s = sop.steps[running.step]
            self.next_label.setText(self.tr("Running: step %d — %s") % (running.step + 1, s.activity))
            if s.symbol is Symbol.DECISION:
                self.decision.addItems([e.label for e in s.exits])
                self.decision.setVisible(True)
        elif step is not None:
            self.next_label.setText(self.tr("Next: step %d — %s") % (step + 1, sop.steps[step].activity))
        else:
            self.next_label.setText(self.tr("Cancelled: %s") % execution.cancelled_reason if execution.cancelled
                                    else self.tr("Finished."))

    # ----- actions -----------------------------------------------------------------------
    def start_execution(self) -> None:
        if self.db is None or self.sop is None:
            return
        dialog = StartDialog(self.sop, self.user(), self.clock(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_with(**dialog.values())

    def start_with(self, title: str, reference: str, started_by: str, at: dt.datetime, trial: bool) -> None:
        """Start an execution of the shown revision (the dialog's values)."""
        assert self.db is not None and self.sop is not None
        db, now, key, actor = self.db, self.clock(), self.sop.id, self._actor()

        def work(_p: Progress) -> int:
            revision_id = db.sops.find_by_key(key)
            assert revision_id is not None
            return db.executions.start(revision_id, title, reference, started_by, at, now, trial, actor)

        run_task(work, lambda eid: self.reload(select=eid), self._failed)

    def _act(self, action: Callable[[Database, int], None]) -> None:
        if self.db is None or self.current is None:
            return
        db, eid = self.db, self.current[0].id
        run_task(lambda _p: action(db, eid), lambda _r: self.reload(select=eid), self._failed)

    def begin_step(self) -> None:
        if self.current is None:
            return
        step = ex.next_step(self.current[1], self.current[0])
        if step is None:
            return
        at, who, now = _py(self.when.dateTime()), self.who.text() or self.user(), self.clock()
        actor = self._actor()
        self._act(lambda db, eid: db.executions.start_step(eid, step, at, who, now, actor))

    def finish_step(self) -> None:
        at, now, label, note = _py(self.when.dateTime()), self.clock(), self.decision.currentText(), self.note.text()
        actor = self._actor()
        self._act(lambda db, eid: db.executions.finish_step(eid, at, now, label, note, actor))
        self.note.clear()

    def cancel_execution(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(self, self.tr("Cancel the execution"), self.tr("Reason:"))
        if ok:
            actor = self._actor()
            self._act(lambda db, eid: db.executions.cancel(eid, reason, actor))

    def correct_time(self) -> None:
        """Correct the start or finish of the selected record (kept in its history)."""
        if self.current is None:
            return
        row = max(self.records.currentRow(), 0)
        record = self.current[0].records[row]
        dialog = CorrectionDialog(record, row, self.clock(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.correct_with(row, dialog.field(), dialog.value())

    def correct_with(self, index: int, field: str, value: dt.datetime) -> None:
        """Apply a correction (``field`` "started_at" or "finished_at") to record ``index``."""
        now, by, actor = self.clock(), self.user(), self._actor()
        self._act(lambda db, eid: db.executions.correct(eid, index, field, value, now, by, actor))

    def _actor(self) -> Actor:
        """Who acts, for the audit log: the OS account and the name set for the audit log."""
        from sopdesk.store.audit import Actor  # not at start-up: it imports SQLAlchemy

        return Actor(app_user=self.user())

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Execution"), error_text(exc))
        self.changed.emit()


class RunningDialog(QDialog):
    """Every running execution, overdue first, filterable by SOP, lane, person or state."""

    def __init__(self, items: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Running executions"))
        self.items = items
        self.filter = QLineEdit(placeholderText=self.tr("Filter by SOP, implementer, person or state…"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("SOP"), self.tr("Execution"), self.tr("Step"),
                                              self.tr("Implementer"), self.tr("By"), self.tr("Due"),
                                              self.tr("Verdict")])
        self.empty_hint = EmptyHint(self.table, self.tr("No execution is running."))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for item in items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            judgement = ex.Judgement(item.verdict, item.due, item.late_minutes) if item.verdict else None
            cells = [item.sop_title, f"{item.title} {item.reference}".strip(),
                     f"{item.step + 1}. {item.activity}" if item.step is not None else "", item.lanes, item.actor,
                     f"{item.due:%d-%m-%Y %H:%M}" if item.due else "-", verdict_text(judgement)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 6 and item.verdict in VERDICT_COLOURS:
                    cell.setForeground(VERDICT_COLOURS[item.verdict])
                self.table.setItem(row, column, cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(980, 460)

    def _filter(self, text: str) -> None:
        wanted = text.casefold()
        for row in range(self.table.rowCount()):
            joined = " ".join((self.table.item(row, c) or QTableWidgetItem()).text()
                              for c in range(self.table.columnCount())).casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in joined)

    def visible_rows(self) -> int:
        return sum(not self.table.isRowHidden(r) for r in range(self.table.rowCount()))
