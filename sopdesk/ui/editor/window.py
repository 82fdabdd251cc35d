"""The editor window of one draft revision: identity form, lanes and steps table on the left,
the live drawing on the right (what the PDF prints, page breaks and connectors included),
the format checker and the undo history in docks. Save stores the whole revision in one
transaction or nothing; a failed save says why and keeps the edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import editing
from sopdesk.domain.checker import Finding, check_sop
from sopdesk.domain.format_v2 import drawable
from sopdesk.domain.model import Sop
from sopdesk.domain.waktu import parse_waktu
from sopdesk.domain.waktu_spans import waktu_owners
from sopdesk.layout.paper import PaperName
from sopdesk.layout.quality import Issue
from sopdesk.layout.sheet import layout_sheet
from sopdesk.ui import settings as opt
from sopdesk.ui.action_tips import add_tips
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.flow_panel import FlowPanel, scrolled
from sopdesk.ui.editor.identity_form import IdentityForm
from sopdesk.ui.editor.layout_warnings import LayoutWarnings
from sopdesk.ui.editor.list_editor import LanesEditor
from sopdesk.ui.editor.scene import EditorScene
from sopdesk.ui.editor.sheet_panel import SheetPanel
from sopdesk.ui.editor.step_panel import StepPanel
from sopdesk.ui.editor.steps_model import StepsModel
from sopdesk.ui.editor.steps_view import StepsTable
from sopdesk.ui.editor.toolbar import build_toolbar
from sopdesk.ui.editor.waktu_span import WaktuSpans
from sopdesk.ui.flowchart_view import FlowchartView
from sopdesk.ui.language import finding_text, total_waktu_text
from sopdesk.ui.screen import resize_to_fit
from sopdesk.ui.settings import Settings

if TYPE_CHECKING:
    from sopdesk.ui.editor.source_view import SourceDocument, SourceView

Saver = Callable[[int | None, Sop], int]
"""Stores a revision off the GUI thread: (revision id or None for a new SOP, value) -> revision id."""


class EditorWindow(QMainWindow):
    """Edits ``document``; ``save()`` calls ``saver`` through ``run_task``.

    Signals: ``saved(revision_id)`` after a save, ``saveFailed(message)``, ``saveRefused(field)``
    when the form holds what must not be stored (nothing is stored), ``redrawn()`` after the
    drawing followed an edit.
    """

    saved = Signal(int)
    saveFailed = Signal(str)  # noqa: N815
    saveRefused = Signal(str)  # noqa: N815
    redrawn = Signal()

    def __init__(self, document: SopDocument, saver: Saver, settings: Settings,
                 today: Callable[[], Any], catalogue: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.saver = saver
        self.settings = settings
        self.today = today
        self.catalogue = [(k, t) for k, t in catalogue if k != document.sop.id]
        self.findings: list[Finding] = []
        self.import_report: list[str] = []
        self.source_dock: QDockWidget | None = None  # Dokumen asal, for an imported draft
        self._close_after_save = False
        self._saving = False
        self._total: tuple[list[str] | None, str] = (None, "")  # Waktu values -> their total, as shown
        self.layout_warnings = LayoutWarnings(self)  # the drawing's own, checked when the edits pause
        self.layout_warnings.changed.connect(self._fill_checker)
        self._build()
        self._build_actions()
        self._restore_state()
        document.setParent(self)  # deleted with the window (no stack kept alive after closing)
        document.changed.connect(self._on_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._on_changed(document.sop)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # ----- composition ------------------------------------------------------------------------------
    def _build(self) -> None:
        doc = self.document
        self.identity = IdentityForm(doc)
        self.identity.set_catalogue_titles([t for _k, t in self.catalogue])
        self.lanes = LanesEditor(doc)
        self.lanes.setMaximumHeight(104)
        self.steps_model = StepsModel(doc, self)
        self.table = StepsTable(self.steps_model)
        self.panel = StepPanel(doc, lambda text: self.statusBar().showMessage(text, 5000))
        self.scene = EditorScene(self)
        self.flow_panel = FlowPanel(doc, self.scene, lambda text: self.statusBar().showMessage(text, 5000))
        lanes_box = QGroupBox(self.tr("Pelaksana (lanes)"))
        QVBoxLayout(lanes_box).addWidget(self.lanes)
        self.steps_page = QWidget()
        box = QVBoxLayout(self.steps_page)
        box.addWidget(lanes_box)
        box.addWidget(self.table, 1)
        box.addWidget(scrolled(self.panel))  # a new step number or Waktu lays out the panel, not the window
        box.addWidget(scrolled(self.flow_panel))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.steps_page, self.tr("Steps"))
        self.tabs.addTab(self.identity, self.tr("Identity"))
        self.tabs.addTab(SheetPanel(doc), self.tr("Sheet"))
        self.view = FlowchartView(self.scene)
        self.view.setDragMode(FlowchartView.DragMode.NoDrag)
        self.view.fitted = True  # opens with the page width fitted (Ctrl+0 again after zooming)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.checker = QListWidget()
        self.checker.setObjectName("checker")
        self.checker.itemActivated.connect(self._on_finding)
        self.checker.itemClicked.connect(self._on_finding)
        self.checker_dock = self._dock(self.checker, self.tr("Format checker"), "checker_dock")
        self.undo_view = QUndoView(doc.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.undo_dock = self._dock(self.undo_view, self.tr("Undo history"), "undo_dock")
        self.paper = QComboBox()
        for name in PaperName:
            self.paper.addItem(self.tr("%s landscape") % name.value, name.value)
        self.paper.setCurrentIndex(self.paper.findData(self.settings.get(opt.PAPER)))
        self.paper.currentIndexChanged.connect(self._on_paper)
        self.total = QLabel()
        self.statusBar().addPermanentWidget(self.total)
        self.table.selectionModel().currentChanged.connect(self._on_current)
        self.steps_model.modelAboutToBeReset.connect(self._remember_cell)
        self.steps_model.modelReset.connect(self._reconnect_selection)
        self.scene.stepClicked.connect(self._select_step)
        self.scene.laneCellToggled.connect(lambda step, lane: self.steps_model.toggle_lane(step, lane + 2))
        self.scene.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.scene.exitDragged.connect(self._on_exit_dragged)

    def _on_paper(self, _index: int) -> None:
        """The paper is the user's setting: the main window exports and prints on it too."""
        self.settings.set(opt.PAPER, self.paper.currentData())
        self._redraw()
        if self.view.fitted:
            self.view.fit_width()

    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_save = self._action(file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self._action(file_menu, self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.act_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.act_redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        step = self.menuBar().addMenu(self.tr("S&tep"))
        self.act_new_step = self._step_action(step, self.tr("&New step below"), "Ctrl+Return",
                                              lambda: self.insert_step(1))
        self._step_action(step, self.tr("&Insert step above"), "Ctrl+Shift+Return", lambda: self.insert_step(0))
        self._step_action(step, self.tr("&Duplicate step"), "Ctrl+D", self.duplicate_step)
        self._step_action(step, self.tr("De&lete step"), "Delete", self.delete_step)
        self._step_action(step, self.tr("Move step &up"), "Alt+Up", lambda: self.move_step(-1))
        self._step_action(step, self.tr("Move step do&wn"), "Alt+Down", lambda: self.move_step(1))
        self._step_action(step, self.tr("Process ↔ &decision"), "Ctrl+K", self.toggle_decision)
        self.waktu_spans = WaktuSpans(self, step)  # Merge / Split Waktu (a Waktu over several rows)
        view = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view, self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.view.zoom_in)
        self._action(view, self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.view.zoom_out)
        self._action(view, self.tr("&Fit width"), "Ctrl+0", self.view.fit_width)
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())
        self.toolbar = build_toolbar(self, stack, [self.act_save, self.act_new_step], self.paper)
        add_tips(self.menuBar())

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Callable[[], object]) -> QAction:
        act = menu.addAction(text)
        act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _step_action(self, menu: Any, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        """A step command whose key works while the steps table (or a cell editor in it) has
        the focus, so Delete in the lane and identity lists stays theirs."""
        act = self._action(menu, text, shortcut, slot)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(act)
        return act

    def _restore_state(self) -> None:
        geometry = self.settings.get(opt.EDITOR_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            resize_to_fit(self, 1400, 860)
        state = self.settings.get(opt.EDITOR_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        else:
            self.tabifyDockWidget(self.checker_dock, self.undo_dock)
            self.checker_dock.raise_()
            self.resizeDocks([self.checker_dock], [110], Qt.Orientation.Vertical)
        splitter = self.settings.get(opt.EDITOR_SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([820, 580])

    # ----- following the document --------------------------------------------------------------------
    def _on_changed(self, sop: Sop) -> None:
        self._redraw()
        self.setWindowTitle(self.tr("Edit: %s — revision %d [*]") % (sop.title or self.tr("(no name)"), sop.revision))
        findings = check_sop(sop, self.today(), self.catalogue)
        shown = len(findings) + len(self.import_report) + len(self.layout_warnings.issues)
        if findings == self.findings and self.checker.count() == shown:
            return  # the list, its title and the window title show this already
        self.findings = findings
        self._fill_checker()

    def _finding_place(self, row: int | None) -> str:
        """Where a finding is: "langkah 5a" (the No as signed) or "identitas"."""
        if row is None:
            return self.tr("identity")
        return self.tr("step %s") % self.document.step_name(row)

    def _fill_checker(self) -> None:
        self.checker.clear()
        for line in self.import_report:  # the import report first: what to check against the original
            self.checker.addItem(QListWidgetItem(line))
        for finding in self.findings:
            where = self._finding_place(finding.step)
            item = QListWidgetItem(f"{where}: {finding_text(finding)}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.checker.addItem(item)
        for issue in self.layout_warnings.issues:
            item = QListWidgetItem(self.layout_warnings.text(issue))
            item.setData(Qt.ItemDataRole.UserRole, issue)
            self.checker.addItem(item)
        count = len(self.findings) + len(self.layout_warnings.issues)
        self.checker_dock.setWindowTitle(self.tr("Format checker (%d)") % count)

    def show_import_report(self, lines: list[str]) -> None:
        """List an imported draft's report (what was read, guessed, not found) in the checker dock."""
        self.import_report = list(lines)
        self._fill_checker()

    def show_source(self, source: SourceDocument) -> None:
        """Show an imported draft's original in the Dokumen asal dock beside the drawing; it turns to
        the page of the selected step when the original's text tells (`source_view`)."""
        from sopdesk.ui.editor.source_view import add_source_dock

        self.source_dock = add_source_dock(self, source, self.view_menu)

    def _redraw(self) -> None:
        paper = PaperName(self.paper.currentData() or PaperName.A4.value)
        # the flowchart pages as they print: numbered after the identity pages (none, several, or
        # the first flowchart page shared with the identity table's last, rows moved down there)
        layout = layout_sheet(drawable(self.document.sop)[0], paper, live=True).flowchart
        self.scene.show_layout(layout)
        self.layout_warnings.follow(layout)
        total = self._total_waktu()
        self.total.setText(self.tr("Total Waktu: %s · %d flowchart page(s)") % (total, len(layout.pages)))
        self.redrawn.emit()

    def _total_waktu(self) -> str:
        """The total Waktu shown under the drawing; read again only when the Waktu values changed."""
        owners = waktu_owners(self.document.sop)  # a Waktu over several rows counts once
        values = sorted(step.standard_time for i, step in enumerate(self.document.sop.steps) if owners.get(i, i) == i)
        if values != self._total[0]:
            self._total = (values, total_waktu_text([parse_waktu(v) for v in values]))
        return self._total[1]

    def _remember_cell(self) -> None:
        index = self.table.currentIndex()
        self._cell = (index.row(), index.column()) if index.isValid() else (self.scene.selected_step, 1)

    def _reconnect_selection(self) -> None:
        """After a reset (steps inserted, deleted, lanes changed, or undone) the table keeps a
        current cell, so the keyboard commands go on working."""
        self.table.selectionModel().currentChanged.connect(self._on_current, Qt.ConnectionType.UniqueConnection)
        row, column = getattr(self, "_cell", (-1, 1))
        rows, columns = self.steps_model.rowCount(), self.steps_model.columnCount()
        if rows:
            index = self.steps_model.index(min(max(row, 0), rows - 1), min(max(column, 0), columns - 1))
            self.table.setCurrentIndex(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self.panel.show_step(row)
        self.flow_panel.show_step(row)
        self.scene.select_step(row)
        if self.source_dock is not None and 0 <= row < len(self.document.sop.steps):
            cast("SourceView", self.source_dock.widget()).follow_step(self.document.sop.steps[row].activity)

    def _select_step(self, step: int) -> None:
        column = self.table.currentIndex().column()
        self.tabs.setCurrentWidget(self.steps_page)
        self.table.select_cell(step, column if column >= 0 else 1)

    def current_step(self) -> int:
        """The step (0-based) of the table's current cell, -1 if none."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_finding(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(finding, Issue):
            self._show_issue(finding)
            return
        if not isinstance(finding, Finding):
            return  # a line of the import report
        if finding.step is None and finding.field != "lanes":
            self.tabs.setCurrentWidget(self.identity)
            self.identity.focus_field("approval.name" if finding.field == "approval" else finding.field)
            return
        self.tabs.setCurrentWidget(self.steps_page)
        if finding.step is None:
            self.lanes.list.setFocus()
            return
        self.table.select_cell(finding.step, self.steps_model.column_of(finding.field))
        if finding.field in ("exits", "symbol"):
            self.panel.setFocus()
        elif finding.field == "number":
            self.panel.number.setFocus()

    def _show_issue(self, issue: Issue) -> None:
        """Bring the place of a drawing's warning into view: its line's start, else its page."""
        for item in self.scene.pages:
            if item.page.number == issue.page:
                x, y = issue.at if issue.at is not None else (item.page.width / 2, item.page.height / 2)
                self.view.centerOn(item.mapToScene(x, y))
                return

    # ----- step commands ---------------------------------------------------------------------------------
    def _edit(self, text: str, edit: Callable[[Sop], Sop], select: int | None, **merge: Any) -> None:
        column = max(self.table.currentIndex().column(), 1)
        try:
            changed = self.document.apply(text, edit, **merge)
        except (ValueError, IndexError) as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        if changed and select is not None:
            self.table.select_cell(select, min(column, self.steps_model.columnCount() - 1))

    def insert_step(self, below: int) -> None:
        """Insert an empty step below (1) or above (0) the current one. The first and the last
        step stay the ends (Mulai, Selesai): a step never goes before the first or after the last."""
        row = self.current_step()
        steps = len(self.document.sop.steps)
        at = steps - 1 if row < 0 else row + below
        at = min(max(at, 1), max(steps - 1, 1)) if steps >= 2 else at
        # the new row has no signed number: the table shows its position, so the text names that
        self._edit(self.tr("New step %d") % (at + 1), lambda sop: editing.insert_step(sop, at), at)
        self.table.select_cell(at, 1)

    def duplicate_step(self) -> None:
        row = self.current_step()
        if row >= 0:
            self._edit(self.tr("Duplicate step %s") % self.document.step_name(row),
                       lambda sop: editing.duplicate_step(sop, row), row + 1)

    def delete_step(self) -> None:
        row = self.current_step()
        if row >= 0 and len(self.document.sop.steps) > 1:
            target = min(row, len(self.document.sop.steps) - 2)
            name = self.document.step_name(row)
            self._edit(self.tr("Delete step %s") % name, lambda sop: editing.delete_step(sop, row), target)
            self.statusBar().showMessage(self.tr("Step %s deleted — Ctrl+Z brings it back.") % name, 8000)

    def move_step(self, delta: int) -> None:
        """Move the current step up (-1) or down (1); the first and the last step stay where they are."""
        row = self.current_step()
        target = row + delta
        last = len(self.document.sop.steps) - 1
        if row < 0:
            return
        if row in (0, last) or not 0 < target < last:
            self.statusBar().showMessage(self.tr("The first and the last step (Mulai, Selesai) stay in place."), 5000)
            return
        self._edit(self.tr("Move step %s") % self.document.step_name(row),
                   lambda sop: editing.move_step(sop, row, target), target,
                   merge_key=("move", row), next_key=("move", target))

    def toggle_decision(self) -> None:
        row = self.current_step()
        if row >= 0:
            decision = self.document.sop.steps[row].symbol.value != "decision"
            self._edit(self.tr("Symbol of step %s") % self.document.step_name(row),
                       lambda sop: editing.set_decision(sop, row, decision), row)

    def _on_exit_dragged(self, step: int, target: int) -> None:
        if self.document.sop.steps[step].symbol.value == "decision":
            self._edit(self.tr("Exit target of step %s") % self.document.step_name(step),
                       lambda sop: editing.set_exit(sop, step, 1, target=target), step)

    # ----- saving and closing ---------------------------------------------------------------------------
    def save(self) -> None:
        """Store the revision in the background; ``saved`` or ``saveFailed`` follows. An empty
        Nama SOP or a date that cannot be read is refused first (``saveRefused``)."""
        if self._saving:
            return
        problem = self.identity.save_problem()
        if problem is not None:
            self._refuse(*problem)
            return
        if not self.document.modified and self.document.revision_id is not None:
            self.statusBar().showMessage(self.tr("Nothing to save."), 3000)
            return
        from sopdesk.ui.tasks import run_task

        self._saving = True
        self.act_save.setEnabled(False)
        doc, sop = self.document, self.document.sop
        self.statusBar().showMessage(self.tr("Saving…"))
        run_task(lambda _p: self.saver(doc.revision_id, sop), lambda rid: self._on_saved(rid, sop),
                 self._on_save_failed)

    def _refuse(self, field: str, message: str) -> None:
        """Show the field that stops the save: the identity tab, the field marked and focused."""
        self._close_after_save = False
        self.tabs.setCurrentWidget(self.identity)
        self.identity.mark_field(field, message)
        self.identity.focus_field(field)
        self.statusBar().showMessage(self.tr("Not saved."), 5000)
        self.saveRefused.emit(field)
        QMessageBox.warning(self, self.tr("Not saved"), message)
        self.identity.focus_field(field)

    def _on_saved(self, revision_id: int, saved: Sop) -> None:
        self._saving = False
        self.act_save.setEnabled(True)
        self.document.revision_id = revision_id
        if self.document.sop == saved:  # edits made while it was saving keep the window modified
            self.document.undo_stack.setClean()
        self.statusBar().showMessage(self.tr("Saved."), 5000)
        self.saved.emit(revision_id)
        if self._close_after_save and not self.document.modified:
            self.close()
        self._close_after_save = False

    def _on_save_failed(self, exc: Exception) -> None:
        self._saving = False
        self._close_after_save = False
        self.act_save.setEnabled(True)
        message = self.tr("The revision was not saved; your edits are kept.\n\n%s") % exc
        self.statusBar().showMessage(self.tr("Not saved."), 5000)
        self.saveFailed.emit(str(exc))
        QMessageBox.critical(self, self.tr("Save"), message)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved edits (Save, Discard or Cancel)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        text = self.tr("“%s” has changes that are not saved. Save them?") % self.document.sop.title
        return QMessageBox.question(self, self.tr("Unsaved changes"), text, buttons, QMessageBox.StandardButton.Save)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.document.modified and not self._close_after_save:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self._close_after_save = True
                self.save()
                event.ignore()
                return
        if self._saving:
            self._close_after_save = True  # closes once the save is done
            self.statusBar().showMessage(self.tr("Saving… the window closes when it is done."), 5000)
            event.ignore()
            return
        self.settings.set(opt.EDITOR_GEOMETRY, self.saveGeometry())
        self.settings.set(opt.EDITOR_STATE, self.saveState())
        self.settings.set(opt.EDITOR_SPLITTER, self.splitter.saveState())
        super().closeEvent(event)
