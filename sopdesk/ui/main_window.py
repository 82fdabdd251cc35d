"""The main window: composes the catalogue, the Identitas and Diagram alir views, and wires them."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.links import match_related
from sopdesk.domain.model import Sop, Status
from sopdesk.layout.paper import PaperName
from sopdesk.store.catalogue import CatalogueEntry, read_sqlite_catalogue
from sopdesk.ui import settings as opt
from sopdesk.ui.about import show_about
from sopdesk.ui.action_tips import add_tips
from sopdesk.ui.catalogue import CatalogueFilter, CatalogueModel, status_label
from sopdesk.ui.catalogue_header import CATALOGUE_PANE, CatalogueHeader
from sopdesk.ui.errors import show_failure
from sopdesk.ui.flowchart_view import FlowchartView
from sopdesk.ui.hints import EmptyHint
from sopdesk.ui.identity import IdentityView
from sopdesk.ui.language import core_text, error_text
from sopdesk.ui.scene import FlowchartScene
from sopdesk.ui.screen import resize_to_fit
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import Progress, TaskHandle, run_task, wait_for_all

if TYPE_CHECKING:
    from sopdesk.layout.flowchart import FlowchartLayout
    from sopdesk.store.database import Database


def _now() -> Any:
    import datetime as dt

    return dt.datetime.now().replace(microsecond=0)

log = logging.getLogger("sopdesk.ui")


class MainWindow(QMainWindow):
    """sopdesk's main window. ``start()`` opens the database off the GUI thread."""

    catalogueLoaded = Signal(int)  # noqa: N815  (number of SOPs)
    sopShown = Signal(str)  # noqa: N815  (key of the SOP shown)
    exportFinished = Signal(list)  # noqa: N815  (paths written)

    def __init__(self, db_target: str | Path, settings: Settings, seed: bool = True) -> None:
        super().__init__()
        self.db_target = db_target
        self.settings = settings
        self.seed = seed
        self.db: Database | None = None
        self.current: Sop | None = None
        self._show_generation = 0
        self._pending_revision: int | None = None
        self.clock: Any = _now  # the office's local time; tests put a fixed clock here
        self._restored: dict[str, object] | None = None
        self._tasks: list[TaskHandle] = []
        self.setWindowTitle("sopdesk")
        self._build_widgets()
        self._build_actions()
        self._connect_signals()
        self._restore_state()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(5 * 60 * 1000)  # looks every 5 minutes; backs up at most every 30
        self.backup_timer.timeout.connect(self.backup_now_if_changed)
        self.backup_timer.start()

    # ----- composition -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Search name, number or step text… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_label(status), status)
        self.model = CatalogueModel(self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.catalogue_header = CatalogueHeader(self.table, self.settings)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "No SOP matches the search and filters. Clear the search, or choose “All units” and “All statuses”."),
            lambda: self.model.rowCount() > 0)
        filters = QHBoxLayout()
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.status_filter, 1)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.search)
        box.addLayout(filters)
        box.addWidget(self.table)
        self.identity = IdentityView()
        self.scene = FlowchartScene(self)
        self.view = FlowchartView(self.scene)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.identity, self.tr("Identity"))
        self.tabs.addTab(self.view, self.tr("Flowchart"))
        from sopdesk.ui.executions import ExecutionPanel

        self.executions = ExecutionPanel(lambda: self.clock(), self._user_name)
        self.tabs.addTab(self.executions, self.tr("Executions"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_export = self._action(menu, self.tr("&Export this SOP as PDF…"), "Ctrl+E", self.export_current)
        self.act_export_all = self._action(menu, self.tr("Export &all SOPs as PDF…"), "Ctrl+Shift+E",
                                           self.export_all)
        from sopdesk.ui.importing import ImportController

        self.importing = ImportController(self)
        self.importing.install(menu)
        from sopdesk.ui.open_database import OpenDatabaseController

        self.opening = OpenDatabaseController(self)
        self.opening.install(menu)
        menu.addSeparator()
        self.act_history = self._action(menu, self.tr("Revision &history…"), "Ctrl+H", self.show_history)
        self._action(menu, self.tr("Audit &log…"), None, self.show_audit_log)
        self._action(menu, self.tr("&Check the database"), None, self.check_database)
        self._action(menu, self.tr("&Office settings…"), None, self.edit_office)
        self._action(menu, self.tr("&Restore from a backup…"), None, self.restore_from_backup)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        self._action(view, self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.view.zoom_in)
        self._action(view, self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.view.zoom_out)
        self._action(view, self.tr("&Fit width"), "Ctrl+0", self.view.fit_width)
        self._action(view, self.tr("&Search"), QKeySequence.StandardKey.Find, self._focus_search)
        view.addSeparator()
        self.paper_group = QActionGroup(self)
        paper_menu = view.addMenu(self.tr("&Paper"))
        for name in PaperName:
            act = paper_menu.addAction(self.tr("%s landscape") % name.value)
            act.setCheckable(True)
            act.setData(name.value)
            act.setChecked(name.value == self.settings.get(opt.PAPER))
            self.paper_group.addAction(act)
        lang_menu = view.addMenu(self.tr("&Language"))
        self.lang_group = QActionGroup(self)
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            act = lang_menu.addAction(label)
            act.setCheckable(True)
            act.setData(code)
            act.setChecked(code == self.settings.get(opt.LANGUAGE))
            self.lang_group.addAction(act)
        sop_menu = self.menuBar().addMenu(self.tr("&SOP"))
        self.act_new_draft = self._action(sop_menu, self.tr("New &draft revision"), None,
                                          partial(self.change_revision, None))
        self.act_verify = self._action(sop_menu, self.tr("Mark &verified"), None,
                                       partial(self.change_revision, Status.VERIFIED))
        self.act_approve = self._action(sop_menu, self.tr("&Approve"), None,
                                        partial(self.change_revision, Status.APPROVED))
        self.act_back = self._action(sop_menu, self.tr("Send &back to draft"), None,
                                     partial(self.change_revision, Status.DRAFT))
        sop_menu.addSeparator()
        self._action(sop_menu, self.tr("&Running executions…"), "Ctrl+J", self.show_running)
        self._action(sop_menu, self.tr("Your &name for the audit log…"), None, self.ask_user_name)
        from sopdesk.ui.editor.controller import EditController

        self.editing = EditController(self)
        self.editing.install(sop_menu)
        from sopdesk.ui.reports import ReportsController

        self.reports = ReportsController(self)
        self.reports.install(self.menuBar().addMenu(self.tr("&Reports")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from sopdesk.ui.help import HelpController

        self.help = HelpController(self)
        self.help.install(help_menu)
        self._action(help_menu, self.tr("&About sopdesk"), None, self._about)
        add_tips(self.menuBar())
        self._set_sop_actions(False)
        self.act_export_all.setEnabled(False)

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Any) -> QAction:
        act = menu.addAction(text)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.unit_filter.currentIndexChanged.connect(self._on_filters)
        self.status_filter.currentIndexChanged.connect(self._on_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.paper_group.triggered.connect(self._on_paper)
        self.lang_group.triggered.connect(self._on_language)
        self.identity.sopLinkActivated.connect(self.open_sop_by_key)
        self.identity.set_link_resolver(self._resolve_related)

    def _restore_state(self) -> None:
        geometry = self.settings.get(opt.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            resize_to_fit(self, 1280, 800)
        state = self.settings.get(opt.STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(opt.SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([CATALOGUE_PANE, max(self.width() - CATALOGUE_PANE, 400)])

    # ----- database ----------------------------------------------------------------------
    def start(self) -> None:
        """Show the catalogue and open the database, both off the GUI thread.

        A SQLite file at the current schema is listed at once with the standard library
        (`read_sqlite_catalogue`); the full open (SQLAlchemy, migrations, first-start sample
        data) follows and lists the catalogue itself when the quick read could not.
        """
        self.status_label.setText(self.tr("Opening the database…"))
        target = self.db_target
        path = None if "://" in str(target) else Path(target)

        def quick(_progress: Progress) -> list[CatalogueEntry] | None:
            return read_sqlite_catalogue(path) if path is not None else None

        run_task(quick, self._on_quick_catalogue, lambda _exc: self._open_full(True))

    def _on_quick_catalogue(self, entries: list[CatalogueEntry] | None) -> None:
        if entries is not None:
            self._show_catalogue(entries)
        self._open_full(entries is None)

    def _open_full(self, list_catalogue: bool) -> None:
        target, seed = self.db_target, self.seed

        def work(_progress: Progress) -> tuple[Database, list[CatalogueEntry] | None]:
            from sopdesk.store.database import open_database

            db = open_database(target, seed=seed, track_session=True)
            return db, db.sops.catalogue() if list_catalogue else None

        run_task(work, self._on_opened, self._on_open_failed)

    def _on_opened(self, result: tuple[Database, list[CatalogueEntry] | None]) -> None:
        self.db, entries = result
        if self._restored is not None and self.db.path is not None:
            self.db.sops.record("restore", self.db.path.name, self._restored)
            self._restored = None
        if entries is not None:
            self._show_catalogue(entries)
        if self._pending_revision is not None:
            self.show_revision(self._pending_revision)

    def _show_catalogue(self, entries: list[CatalogueEntry]) -> None:
        self.model.set_entries(entries)
        units = sorted({e.unit for e in entries} - {""})  # an SOP without a kop is under All units only
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), "")
        for unit in units:
            self.unit_filter.addItem(unit, unit)
        self.unit_filter.blockSignals(False)
        self.act_export_all.setEnabled(bool(entries))
        self._update_count()
        self.catalogueLoaded.emit(len(entries))
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_open_failed(self, exc: Exception) -> None:
        from sopdesk.store.errors import DamagedDatabaseError

        self.status_label.setText(self.tr("The database could not be opened."))
        if isinstance(exc, DamagedDatabaseError) and self._db_file() is not None:
            self.restore_from_backup(str(exc))
            return
        if self.opening.ask_again(exc):  # a server: the password may be typed now
            return
        show_failure(self, self.tr("Database"), exc, self.tr("The database could not be opened:\n%s") % exc)

    def use_database(self, db: Database, target: str | Path, entries: list[CatalogueEntry]) -> None:
        """Show ``db`` (open at ``target``, its catalogue ``entries``) instead of the database open
        now, which is closed: nothing shown or loading from it is kept (`sopdesk.ui.open_database`)."""
        wait_for_all()
        old, self.db = self.db, None
        if old is not None:
            old.close()
        self._show_generation += 1  # an SOP still loading from the old database is dropped
        self.current, self._pending_revision, self._restored = None, None, None
        self.identity.show_sop(None)
        self.scene.show_layout(None)
        self.executions.show_sop(None, None)
        self._set_sop_actions(False)
        self.setWindowTitle("sopdesk")
        self.db_target, self.db = target, db
        self._show_catalogue(entries)

    # ----- backups -----------------------------------------------------------------------
    def _db_file(self) -> Path | None:
        from sopdesk.store.database import sqlite_path

        return sqlite_path(self.db_target)

    def backup_now_if_changed(self, min_interval_minutes: int = 30) -> TaskHandle | None:
        """Back up in the background if something changed since the last backup (at most every
        ``min_interval_minutes``); errors go to the status bar and the log."""
        path = self._db_file()
        if path is None or self.db is None:
            return None

        def work(_progress: Progress) -> Path | None:
            import datetime as dt

            from sopdesk.store.backup import backup_if_changed

            return backup_if_changed(path, dt.datetime.now(), min_interval=dt.timedelta(minutes=min_interval_minutes))

        def done(made: Path | None) -> None:
            if made is not None:
                self.status_label.setText(self.tr("Backup made: %s") % made.name)

        def failed(exc: Exception) -> None:
            log.error("automatic backup failed: %s", exc)
            self.status_label.setText(self.tr("Automatic backup failed: %s") % exc)

        return run_task(work, done, failed)

    def restore_from_backup(self, reason: str = "") -> None:
        """Let the user pick a backup, close the database, restore, and open it again."""
        import datetime as dt

        from sopdesk.store.backup import backup_folder, list_backups, restore
        from sopdesk.ui.restore_dialog import RestoreDialog

        path = self._db_file()
        if path is None:
            return
        dialog = RestoreDialog(list_backups(backup_folder(path)), reason, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        wait_for_all()
        if self.db is not None:
            self.db.close()
            self.db = None
        self.model.set_entries([])
        self.current = None
        self.status_label.setText(self.tr("Restoring from %s…") % chosen.name)

        def work(_p: Progress) -> Path | None:
            return restore(chosen, path, dt.datetime.now())

        def done(safety: Path | None) -> None:
            self._restored = {"from": chosen.name, "previous": str(safety or "")}
            self.start()

        def failed(exc: Exception) -> None:
            show_failure(self, self.tr("Restore"), exc)
            self.start()

        run_task(work, done, failed)

    def _on_filters(self, _index: int = 0) -> None:
        self.proxy.set_unit(self.unit_filter.currentData() or "")
        self.proxy.set_status(self.status_filter.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.status_label.setText(self.tr("%d of %d SOPs") % (self.proxy.rowCount(), self.model.rowCount()))

    # ----- showing an SOP -----------------------------------------------------------------
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(self.proxy.mapToSource(rows[0]).row())
        if self.db is None:  # still opening: shown once it is open
            self._pending_revision = entry.revision_id
            return
        self.show_revision(entry.revision_id)

    def show_revision(self, revision_id: int) -> None:
        """Load and lay out a revision in the background, then show it (stale results dropped)."""
        assert self.db is not None
        self._pending_revision = None
        self._show_generation += 1
        generation, db, paper = self._show_generation, self.db, self._paper()

        catalogue = [(e.key, e.title) for e in self.model.entries()]
        today = self.clock().date()

        def work(_progress: Progress) -> tuple[Sop, FlowchartLayout, list[Any]]:
            from sopdesk.domain.checker import check_sop
            from sopdesk.layout.flowchart import layout_flowchart  # loaded off the GUI thread, after start-up

            sop = db.sops.load(revision_id)
            return sop, layout_flowchart(sop, paper, page_offset=1), check_sop(sop, today, catalogue)

        run_task(work, partial(self._on_loaded, generation), self._on_load_failed)

    def _on_loaded(self, generation: int, result: tuple[Sop, FlowchartLayout, list[Any]]) -> None:
        if generation != self._show_generation:
            return
        sop, layout, findings = result
        first = self.current is None
        self.current = sop
        self.identity.show_sop(sop, findings)
        self.scene.show_layout(layout)
        self.executions.show_sop(self.db, sop)
        if first:
            QTimer.singleShot(0, self.view.fit_width)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        self.setWindowTitle(f"{sop.title} — sopdesk")
        self._set_sop_actions(True)
        self.sopShown.emit(sop.id)

    def _on_load_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("SOP"), self.tr("The SOP could not be loaded:\n%s") % exc)

    def open_sop_by_key(self, key: str) -> None:
        """Select the SOP with exchange id ``key`` in the catalogue (clearing filters if needed)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if self.model.entry(self.proxy.mapToSource(index).row()).key == key:
                    self.table.selectRow(row)
                    self.table.scrollTo(index)
                    return
            if attempt == 0:
                self.search.clear()
                self.unit_filter.setCurrentIndex(0)
                self.status_filter.setCurrentIndex(0)

    def _resolve_related(self, text: str) -> str | None:
        return match_related(text, ((e.key, e.title) for e in self.model.entries()))

    def _set_sop_actions(self, enabled: bool) -> None:
        self.act_export.setEnabled(enabled)
        status = self.current.status if self.current is not None and enabled else None
        for action, allowed in ((getattr(self, "act_history", None), enabled),
                                (getattr(self, "act_new_draft", None), status is not None),
                                (getattr(self, "act_verify", None), status is Status.DRAFT),
                                (getattr(self, "act_approve", None), status is Status.VERIFIED),
                                (getattr(self, "act_back", None), status is Status.VERIFIED),
                                (getattr(getattr(self, "editing", None), "act_edit", None),
                                 status is not None and status is not Status.VERIFIED)):
            if action is not None:
                action.setEnabled(allowed)

    def ask_user_name(self) -> str:
        """Ask for the name the audit log records beside the OS account; returns it."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Your name"),
                                        self.tr("Your name, as the audit log should record it:"),
                                        text=self.settings.get(opt.USER_NAME))
        if ok:
            self.settings.set(opt.USER_NAME, name.strip())
        return str(self.settings.get(opt.USER_NAME))

    def _user_name(self) -> str:
        return str(self.settings.get(opt.USER_NAME) or "")

    def edit_office(self) -> None:
        """Edit the office's identity, working calendar and Waktu convention (kept in the database)."""
        from sopdesk.ui.office_dialog import edit_office

        edit_office(self)

    def show_running(self) -> None:
        """Every running execution, overdue first."""
        if self.db is None:
            return
        from sopdesk.ui.execution_dialogs import RunningDialog

        db, now = self.db, self.clock()

        def work(_p: Progress) -> Any:
            office = db.office.load()
            return db.executions.open_steps(now, office.calendar, office.convention)

        run_task(work, lambda items: RunningDialog(items, now, self).exec(),
                 self._on_load_failed)

    def _actor(self) -> Any:
        from sopdesk.store.audit import Actor

        name = self.settings.get(opt.USER_NAME) or self.ask_user_name()
        return Actor(app_user=name)

    def change_revision(self, status: Status | None) -> TaskHandle | None:
        """Start a draft revision (``status`` None) or move the shown revision to ``status``,
        in the background; the rule's message is shown when the change is not allowed."""
        if self.db is None or self.current is None:
            return None
        if status is not None and self.editing.is_editing(self.current.id):
            QMessageBox.information(self, self.tr("SOP"), self.tr(
                "“%s” is open in an editor. Save and close it before changing its status.") % self.current.title)
            return None
        db, actor, key = self.db, self._actor(), self.current.id
        revision_id = db.sops.find_by_key(key)
        assert revision_id is not None

        def work(_progress: Progress) -> int:
            if status is None:
                return db.sops.start_draft(revision_id, actor)
            db.sops.change_status(revision_id, status, actor)
            return revision_id

        def done(shown: int) -> None:
            self._reload_catalogue(shown)

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self, self.tr("SOP"), error_text(exc))

        return run_task(work, done, failed)

    def _reload_catalogue(self, revision_id: int) -> None:
        assert self.db is not None
        db = self.db

        def show(entries: list[CatalogueEntry]) -> None:
            key = next((e.key for e in entries if e.revision_id == revision_id), None)
            self._show_catalogue(entries)
            if key:
                self.open_sop_by_key(key)

        run_task(lambda _p: db.sops.catalogue(), show, self._on_load_failed)

    def show_history(self) -> None:
        """The revisions of the SOP shown, with what changed in each."""
        if self.db is None or self.current is None:
            return
        from sopdesk.ui.history import HistoryDialog, load_history

        db, key, title = self.db, self.current.id, self.current.title
        run_task(lambda _p: load_history(db.sops, key), lambda history: HistoryDialog(history, title, self).exec(),
                 self._on_load_failed)

    def show_audit_log(self) -> None:
        """The audit log, loaded in the background, then shown filterable."""
        if self.db is None:
            return
        from sopdesk.ui.history import AuditDialog

        db = self.db
        run_task(lambda _p: db.sops.audit_log(), lambda entries: AuditDialog(entries, self).exec(),
                 lambda exc: show_failure(self, self.tr("Audit log"), exc))

    def _paper(self) -> PaperName:
        return PaperName(self.settings.get(opt.PAPER))

    def _on_paper(self, action: QAction) -> None:
        self.settings.set(opt.PAPER, action.data())
        rows = self.table.selectionModel().selectedRows()
        if rows and self.db is not None:
            self.show_revision(self.model.entry(self.proxy.mapToSource(rows[0]).row()).revision_id)

    def _on_language(self, action: QAction) -> None:
        self.settings.set(opt.LANGUAGE, action.data())
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The language changes the next time sopdesk starts."))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _about(self) -> None:
        show_about(self, self.db_target)

    # ----- export ------------------------------------------------------------------------
    def export_current(self) -> None:
        """Ask for a file name, then write the current SOP's sheet in the background."""
        if self.current is None:
            return
        from sopdesk.io.export import sheet_filename

        sop, paper = self.current, self._paper()
        start = Path(self.settings.get(opt.LAST_EXPORT_DIR) or Path.home()) / sheet_filename(sop)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), str(start), self.tr("PDF (*.pdf)"))
        if name:
            self.export_to_file(sop, Path(name), paper)

    def export_to_file(self, sop: Sop, target: Path, paper: PaperName) -> TaskHandle:
        """Write ``sop``'s sheet to ``target`` off the GUI thread."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.settings.set(opt.LAST_EXPORT_DIR, str(target.parent))
        self.status_label.setText(self.tr("Writing %s…") % target.name)
        from sopdesk.io.pdf import export_sheet

        return run_task(lambda _p: [export_sheet(sop, target, paper)], self._on_exported, self._on_export_failed)

    def export_all(self) -> None:
        """Ask for a folder, then write every SOP's sheet there, with progress and cancel."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export all SOPs to folder"),
                                                  self.settings.get(opt.LAST_EXPORT_DIR) or str(Path.home()))
        if folder:
            self.export_all_to(Path(folder))

    def export_all_to(self, folder: Path) -> TaskHandle:
        """Write every catalogue SOP's sheet into ``folder`` off the GUI thread."""
        assert self.db is not None
        from sopdesk.io.export import export_sheets

        self.settings.set(opt.LAST_EXPORT_DIR, str(folder))
        db, paper = self.db, self._paper()
        loaders = [partial(db.sops.load, e.revision_id) for e in self.model.entries()]
        from sopdesk.ui.progress import run_with_progress

        return run_with_progress(self, self.tr("Writing PDF sheets…"),
                                 lambda progress: export_sheets(loaders, folder, paper, progress),
                                 self._on_exported, self._on_export_failed, total=len(loaders))

    def _on_exported(self, paths: list[Path]) -> None:
        where = paths[0].parent if paths else ""
        self.status_label.setText(self.tr("%d PDF sheet(s) written to %s") % (len(paths), where))
        from sopdesk.ui.open_result import offer_open

        offer_open(self, paths, self.tr("Export PDF"))
        self.exportFinished.emit(paths)

    def _on_export_failed(self, exc: Exception) -> None:
        from sopdesk.io.export import ExportCancelledError

        if isinstance(exc, ExportCancelledError):
            self.status_label.setText(self.tr("Export cancelled; %d sheet(s) written.") % len(exc.written))
            return
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.status_label.setText(self.tr("Export failed."))
        show_failure(self, self.tr("Export PDF"), exc,
                     self.tr("The PDF could not be written; no partial file was left.\n\n%s") % detail)

    def check_database(self) -> None:
        """Run ``sopdesk check`` in the background and show its report."""
        if self.db is None:
            return
        db = self.db

        def work(_progress: Progress) -> list[str]:
            from sopdesk.store.check import check_database

            report = check_database(db.engine, db.sops)
            return report.lines()

        def show(lines: list[str]) -> None:
            QMessageBox.information(self, self.tr("Check the database"), "\n".join(map(core_text, lines)))

        def failed(exc: Exception) -> None:
            show_failure(self, self.tr("Check the database"), exc)

        run_task(work, show, failed)

    # ----- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.editing.close_all():  # an editor with unsaved edits stays open
            event.ignore()
            return
        self.settings.set(opt.GEOMETRY, self.saveGeometry())
        self.settings.set(opt.STATE, self.saveState())
        self.settings.set(opt.SPLITTER, self.splitter.saveState())
        self.settings.sync()
        wait_for_all()
        if self.db is not None:
            handle = self.backup_now_if_changed(min_interval_minutes=0)  # on close, when something changed
            if handle is not None:
                wait_for_all()
            self.db.close()
        super().closeEvent(event)

