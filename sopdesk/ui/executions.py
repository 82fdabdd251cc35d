"""The Pelaksanaan tab: start an execution of the shown SOP, log its steps, see verdicts.

Every database call runs off the GUI thread (`run_task`); ``changed`` is emitted once the
panel shows the result of an action (tests wait on it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import execution as ex
from sopdesk.domain import execution_flow as flow
from sopdesk.domain.model import Sop, Status
from sopdesk.domain.office import OfficeSettings
from sopdesk.domain.waktu import parse_waktu
from sopdesk.domain.waktu_spans import shared_waktu
from sopdesk.ui.errors import is_expected, show_unexpected
from sopdesk.ui.execution_dialogs import CorrectionDialog, MinuteEdit, StartDialog
from sopdesk.ui.execution_text import VERDICT_COLOURS, moment_text, verdict_text
from sopdesk.ui.hints import EmptyHint
from sopdesk.ui.language import error_text, waktu_text
from sopdesk.ui.tasks import Progress, run_task

if TYPE_CHECKING:
    from sopdesk.store.audit import Actor
    from sopdesk.store.database import Database
    from sopdesk.store.repository import RevisionInfo


class ExecutionPanel(QWidget):
    """Executions of the shown SOP (all its revisions) and the logging of the selected one.

    The records table shows, without scrolling at 1366×768, each record's step, Kegiatan, Waktu
    baku, start, finish, due time, verdict, who, the decision taken and the note. The time field
    keeps the last time entered ("Sekarang" sets now); times are checked when an action is taken.
    """

    changed = Signal()
    # the records table's columns
    STEP, ACTIVITY, STANDARD, STARTED, FINISHED, DUE, VERDICT, BY, NOTE = range(9)
    COLUMNS = 9
    # the executions list's columns
    STATE, BEGAN, TITLE, REFERENCE, STARTED_BY = range(5)

    def __init__(self, clock: Callable[[], dt.datetime], user: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.user = user
        self.db: Database | None = None
        self.sop: Sop | None = None
        self.revision_ids: list[int] = []
        self.revisions: list[RevisionInfo] = []  # the shown SOP's revisions, oldest first
        self.executions: list[ex.Execution] = []
        self.current: tuple[ex.Execution, Sop] | None = None
        self.loaded_key = ""  # the SOP whose executions the list shows
        self.office = OfficeSettings()
        self._generation = 0
        self._clock_shown = False  # the time field shows now until the first SOP is shown, then what was entered
        self._build()

    def _build(self) -> None:
        self.start_button = QPushButton(self.tr("&Start an execution…"))
        self.start_button.setToolTip(self.tr("Start logging a new execution of this SOP"))
        self.list = self._table([self.tr("State"), self.tr("Started"), self.tr("Title"), self.tr("Reference"),
                                 self.tr("Started by")], stretch=self.TITLE)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records = self._table([
            self.tr("No"), self.tr("Activity"), self.tr("Waktu"), self.tr("Started"), self.tr("Finished"),
            self.tr("Due"), self.tr("Verdict"), self.tr("By"), self.tr("Decision / note")],
            stretch=self.ACTIVITY)
        self.records.horizontalHeader().setSectionResizeMode(self.NOTE, QHeaderView.ResizeMode.Stretch)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.when = MinuteEdit(self.clock)
        self.who = QLineEdit(placeholderText=self.tr("who did it"))
        self.who.setToolTip(self.tr("Who did the step (empty: you)"))
        self.decision = QComboBox()
        self.decision.setToolTip(self.tr("The decision taken at this step"))
        self.step_choice = QComboBox()
        self.step_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._choices: list[tuple[str, int]] = []  # what each item of the step chooser logs
        self.step_choice.setToolTip(self.tr("Several steps run at once, or may start: the step to log"))
        self.note = QLineEdit(placeholderText=self.tr("note"))
        self.begin_button = QPushButton(self.tr("Start &step"))
        self.finish_button = QPushButton(self.tr("&Finish step"))
        self.cancel_button = QPushButton(self.tr("Cancel the execution…"))
        self.correct_button = QPushButton(self.tr("&Correct a time…"))
        self.begin_button.setToolTip(self.tr("Log the start of the next step at the time in the field"))
        self.finish_button.setToolTip(self.tr("Log the finish of the running step at the time in the field"))
        self.cancel_button.setToolTip(self.tr("End this execution with a reason; nothing is deleted"))
        self.correct_button.setToolTip(self.tr("Correct the start or finish of the selected record"))
        self._lay_out()
        self.empty_hint = EmptyHint(self.list, self.tr("No execution of this SOP yet: press “Start an execution…” "
                                                       "to log one."))
        self.start_button.clicked.connect(self.start_execution)
        self.list.currentCellChanged.connect(lambda row, *_: self._on_row(row))
        self.begin_button.clicked.connect(self.begin_step)
        self.finish_button.clicked.connect(self.finish_step)
        self.cancel_button.clicked.connect(self.cancel_execution)
        self.correct_button.clicked.connect(self.correct_time)
        self.step_choice.currentIndexChanged.connect(lambda _i: self._show_chosen())
        self._show_record_actions()

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setMinimumSectionSize(28)
        return table

    def _lay_out(self) -> None:
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        top_box.addLayout(start_row)
        top_box.addWidget(self.list)
        fields, buttons = QHBoxLayout(), QHBoxLayout()
        fields.addWidget(self.when)
        fields.addWidget(self.who, 1)
        fields.addWidget(self.decision)
        fields.addWidget(self.note, 2)
        for button in (self.begin_button, self.finish_button, self.cancel_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.records)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.step_choice)
        choice_row.addStretch(1)
        box.addLayout(choice_row)
        box.addWidget(self.next_label)
        box.addLayout(fields)
        box.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(right)
        splitter.setSizes([150, 450])
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

    # ----- what is shown ----------------------------------------------------------------
    def show_sop(self, db: Database | None, sop: Sop | None) -> None:
        """Show the executions of ``sop`` (every revision of it)."""
        self.db, self.sop, self.current = db, sop, None
        if not self._clock_shown:
            self.when.set_now()
            self._clock_shown = True
        self.start_button.setEnabled(db is not None and sop is not None)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """List the SOP's executions again (in the background) and show ``select`` (or the newest)."""
        self._generation += 1
        if self.db is None or self.sop is None:
            self.list.setRowCount(0)
            self._show_current()
            return
        db, key, generation = self.db, self.sop.id, self._generation

        def work(_p: Progress) -> tuple[list[RevisionInfo], list[ex.Execution]]:
            self.office = db.office.load()
            revisions = db.sops.revisions(key)
            return revisions, db.executions.for_revisions([r.revision_id for r in revisions])

        run_task(work, lambda result: self._on_list(result, select, generation, key), self._failed)

    def _on_list(self, result: tuple[list[RevisionInfo], list[ex.Execution]], select: int | None,
                 generation: int, key: str) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.loaded_key = key
        self.revisions, self.executions = result
        self.revision_ids = [r.revision_id for r in self.revisions]
        self.list.blockSignals(True)
        self.list.setRowCount(0)
        for e in self.executions:
            self._add_execution_row(e)
        row = next((k for k, e in enumerate(self.executions) if e.id == select), 0 if self.executions else -1)
        self.list.setCurrentCell(row, self.TITLE)
        self.list.blockSignals(False)
        if row < 0:
            self.current = None
            self._show_current()
            self.changed.emit()
        else:
            self._on_row(row)

    def _add_execution_row(self, e: ex.Execution) -> None:
        row = self.list.rowCount()
        self.list.insertRow(row)
        state = self.tr("cancelled") if e.cancelled else self.tr("finished") if e.finished_at else self.tr("running")
        if e.trial:
            state += self.tr(" (trial)")
        cells = [state, f"{e.started_at:%d-%m-%Y %H:%M}", e.title, e.reference, e.started_by]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(e.cancelled_reason if e.cancelled and column == self.STATE else text)
            self.list.setItem(row, column, item)

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
        judged = ex.judge_all(sop, execution, now, self.office.calendar, self.office.convention)
        for record, judgement in zip(execution.records, judged, strict=True):
            self._add_record_row(sop, record, judgement, now.year)
        self._show_record_actions()

    def _add_record_row(self, sop: Sop, record: ex.StepRecord, judgement: ex.Judgement, year: int) -> None:
        step = sop.steps[record.step]
        names = {lane.id: lane.name for lane in sop.lanes}
        lanes = ", ".join(names.get(x, x) for x in step.lanes)
        cells = {self.STEP: flow.number(sop, record.step), self.ACTIVITY: step.activity,
                 self.STANDARD: shared_waktu(sop, record.step),
                 self.STARTED: moment_text(record.started_at, year),
                 self.FINISHED: moment_text(record.finished_at, year, record.started_at),
                 self.DUE: moment_text(judgement.due, year, record.started_at) or "-",
                 self.VERDICT: verdict_text(judgement, self.office.convention), self.BY: record.actor,
                 self.NOTE: " · ".join(t for t in (record.exit_label, record.note) if t)}
        tips = {self.ACTIVITY: f"{step.activity}\n{self.tr('Implementer')}: {lanes}",
                self.STANDARD: waktu_text(parse_waktu(step.standard_time)),
                self.STARTED: f"{record.started_at:%d-%m-%Y %H:%M}",
                self.FINISHED: f"{record.finished_at:%d-%m-%Y %H:%M}" if record.finished_at else "",
                self.DUE: f"{judgement.due:%d-%m-%Y %H:%M}" if judgement.due else ""}
        row = self.records.rowCount()
        self.records.insertRow(row)
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setToolTip(tips.get(column, text))
            if column == self.VERDICT and judgement.verdict in VERDICT_COLOURS:
                item.setForeground(VERDICT_COLOURS[judgement.verdict])
            self.records.setItem(row, column, item)

    def _show_record_actions(self) -> None:
        """Fill the step chooser (shown when more than one step runs or may start: an SOP with
        arrows) and enable the actions for the chosen step."""
        self.step_choice.blockSignals(True)
        self.step_choice.clear()
        self._choices = []
        step = None
        if self.current is not None:
            execution, sop = self.current
            step = ex.next_step(sop, execution)
            for s in ex.running_steps(sop, execution):
                self.step_choice.addItem(self.tr("Running: step %s — %s") % (flow.number(sop, s),
                                                                             sop.steps[s].activity))
                self._choices.append(("finish", s))
            for s in ex.runnable_steps(sop, execution):
                self.step_choice.addItem(self.tr("Next: step %s — %s") % (flow.number(sop, s), sop.steps[s].activity))
                self._choices.append(("start", s))
        self.step_choice.blockSignals(False)
        self.step_choice.setVisible(self.step_choice.count() > 1)
        self.cancel_button.setEnabled(self.current is not None and step is not None)
        self.correct_button.setEnabled(self.current is not None and bool(self.current[0].records))
        self._show_chosen()

    def chosen(self) -> tuple[str, int] | None:
        """The step the actions log: ("start" or "finish", 0-based step), or None."""
        index = self.step_choice.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def choose(self, action: str, step: int) -> None:
        """Choose in the step chooser ``action`` ("start" / "finish") of ``step`` (0-based)."""
        if (action, step) in self._choices:
            self.step_choice.setCurrentIndex(self._choices.index((action, step)))

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        self.begin_button.setEnabled(chosen is not None and chosen[0] == "start")
        self.finish_button.setEnabled(chosen is not None and chosen[0] == "finish")
        self.decision.clear()
        self.decision.setVisible(False)
        if self.current is None:
            self.next_label.setText("")
            return
        execution, sop = self.current
        if chosen is None:
            self.next_label.setText(self.tr("Cancelled: %s") % execution.cancelled_reason if execution.cancelled
                                    else self.tr("Finished."))
            return
        self.next_label.setText(self.step_choice.currentText() + self._standard_note(sop, chosen[1]))
        exits = ex.exit_choices(sop, chosen[1]) if chosen[0] == "finish" else []
        self.decision.addItems(exits)
        self.decision.setVisible(bool(exits))

    def _standard_note(self, sop: Sop, step: int) -> str:
        s = sop.steps[step]
        names = {lane.id: lane.name for lane in sop.lanes}
        lanes = ", ".join(names.get(x, x) for x in s.lanes)
        return " · " + self.tr("%s · Waktu: %s") % (lanes, s.standard_time or "-")

    # ----- actions -----------------------------------------------------------------------
    def start_execution(self) -> None:
        """Ask for the title, reference and start, then start an execution of the shown SOP."""
        if self.db is None or self.sop is None:
            return
        in_force, draft = self._runnable()
        dialog = StartDialog(self.sop, self.user(), self.clock, self, in_force=in_force is not None,
                             draft=draft is not None, start_at=self.when.value())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.when.set_value(values["at"])
        self.start_with(**values)

    def _runnable(self) -> tuple[int | None, int | None]:
        """The revision ids an execution can run: the approved revision in force, and a draft (a
        trial run only); None where there is none."""
        approved = [r for r in self.revisions if r.status is Status.APPROVED]
        drafts = [r for r in self.revisions if r.status is Status.DRAFT]
        return (approved[-1].revision_id if approved else None, drafts[-1].revision_id if drafts else None)

    def start_with(self, title: str, reference: str, started_by: str, at: dt.datetime, trial: bool) -> None:
        """Start an execution (the dialog's values): of the approved revision in force, or with
        ``trial`` of the draft. An SOP whose edit made a newer draft still runs its approved revision."""
        assert self.db is not None and self.sop is not None
        db, now, key, actor = self.db, self.clock(), self.sop.id, self._actor()
        in_force, draft = self._runnable()
        chosen = draft if trial else in_force

        def work(_p: Progress) -> int:
            revision_id = chosen if chosen is not None else db.sops.find_by_key(key)
            assert revision_id is not None
            return db.executions.start(revision_id, title, reference, started_by, at, now, trial, actor)

        run_task(work, lambda eid: self.reload(select=eid), self._failed)

    def _act(self, action: Callable[[Database, int], None], done: Callable[[], None] | None = None) -> None:
        if self.db is None or self.current is None:
            return
        db, eid = self.db, self.current[0].id

        def finished(_r: None) -> None:
            if done is not None:
                done()
            self.reload(select=eid)

        run_task(lambda _p: action(db, eid), finished, self._failed)

    def begin_step(self) -> None:
        """Log the start of the next step at the field's time."""
        if self.current is None:
            return
        chosen = self.chosen()
        if chosen is None or chosen[0] != "start":
            return
        step = chosen[1]
        at, who, now, actor = self.when.value(), self.who.text() or self.user(), self.clock(), self._actor()
        self._act(lambda db, eid: db.executions.start_step(eid, step, at, who, now, actor))

    def finish_step(self) -> None:
        """Log the finish of the running step at the field's time (with the decision and note)."""
        at, now, label, note = self.when.value(), self.clock(), self.decision.currentText(), self.note.text()
        actor, chosen = self._actor(), self.chosen()
        # the step is named only when several run (an SOP with arrows), so a version-1 audit entry is as before
        step = chosen[1] if chosen and self.current and len(ex.running_steps(self.current[1], self.current[0])) > 1 \
            else None
        self._act(lambda db, eid: db.executions.finish_step(eid, at, now, label, note, actor, step), self.note.clear)

    def cancel_execution(self) -> None:
        """Ask for a reason and cancel the execution (nothing is deleted)."""
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
        execution, sop = self.current
        record = execution.records[row]
        dialog = CorrectionDialog(record, row, flow.number(sop, record.step), self.clock, self)
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
        """A refused action is a message (the rules' own words); anything else the error dialog."""
        if is_expected(exc):
            QMessageBox.warning(self, self.tr("Execution"), error_text(exc))
        else:
            show_unexpected(self, exc)
        self.changed.emit()
