"""The main window: composes the catalogue, the Identitas and Diagram alir views, and wires them."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget

from sopdesk.domain.status import Status
from sopdesk.store.catalogue import CatalogueEntry
from sopdesk.store.catalogue_order import DEFAULT_ORDER
from sopdesk.ui import settings as opt
from sopdesk.ui.catalogue_header import CATALOGUE_PANE
from sopdesk.ui.catalogue_pane import CataloguePane
from sopdesk.ui.detail_views import DetailViews
from sopdesk.ui.early_catalogue import FRAME_S, EarlyCatalogue, FirstPage
from sopdesk.ui.errors import show_failure
from sopdesk.ui.language import error_text
from sopdesk.ui.open_database import OpenDatabaseController
from sopdesk.ui.screen import resize_to_fit
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import Progress, TaskHandle, run_task, wait_for_all

if TYPE_CHECKING:  # what the first paint does not need loads with the menus or on first use
    from PySide6.QtGui import QAction, QActionGroup, QCloseEvent

    from sopdesk.domain.model import Sop
    from sopdesk.layout.paper import PaperName
    from sopdesk.layout.sheet import SheetLayout
    from sopdesk.store.database import Database
    from sopdesk.ui.editor.controller import EditController
    from sopdesk.ui.executions import ExecutionPanel
    from sopdesk.ui.exports import ExportController
    from sopdesk.ui.flowchart_view import FlowchartView
    from sopdesk.ui.help import HelpController
    from sopdesk.ui.identity import IdentityView
    from sopdesk.ui.importing import ImportController
    from sopdesk.ui.maintenance import DatabaseCare
    from sopdesk.ui.reports import ReportsController
    from sopdesk.ui.revision_actions import RevisionActions
    from sopdesk.ui.scene import FlowchartScene


def _now() -> Any:
    import datetime as dt

    return dt.datetime.now().replace(microsecond=0)

log = logging.getLogger("sopdesk.ui")
# the menus' controllers and action groups, made by `MainWindow.build_menus` after the first paint
MENU_PARTS = frozenset({"exports", "importing", "revisions", "care", "editing", "reports", "help", "paper_group",
                        "lang_group"})


class MainWindow(QMainWindow):
    """sopdesk's main window. ``start()`` opens the database off the GUI thread.

    The menu bar shows its titles at once; the menus' actions and controllers (`MENU_PARTS`) are
    made after the catalogue's first paint, or when one of them is first used (`build_menus`).
    """

    catalogueLoaded = Signal(int)  # noqa: N815  (number of SOPs)
    sopShown = Signal(str)  # noqa: N815  (key of the SOP shown)
    exports: ExportController
    importing: ImportController
    revisions: RevisionActions
    care: DatabaseCare
    editing: EditController
    reports: ReportsController
    help: HelpController
    paper_group: QActionGroup
    lang_group: QActionGroup

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
        self._tasks: list[TaskHandle] = []
        self.setWindowTitle("sopdesk")
        self._build_widgets()
        self._build_menus()
        self._connect_signals()
        self._restore_state()

    # ----- composition -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.catalogue = CataloguePane(self.settings)
        pane = self.catalogue  # the window's names for its parts, used by the controllers and tests
        self.search, self.unit_filter, self.status_filter = pane.search, pane.unit_filter, pane.status_filter
        self.model, self.proxy, self.table, self.empty_hint = pane.model, pane.proxy, pane.table, pane.empty_hint
        self.tabs = QTabWidget()  # its views are made after the first paint (`DetailViews`)
        self.details = DetailViews(self, (self.tr("Identity"), self.tr("Flowchart"), self.tr("Executions")))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.catalogue)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

    def _build_menus(self) -> None:
        self.opening = OpenDatabaseController(self)  # holds the instance lock from the start (sopdesk.ui.app)
        bar = self.menuBar()
        self._menus = [bar.addMenu(title) for title in (self.tr("&File"), self.tr("&View"), self.tr("&SOP"),
                                                         self.tr("&Reports"), self.tr("&Help"))]
        self._menus_built = False

    def __getattr__(self, name: str) -> Any:
        if name in MENU_PARTS and not self.__dict__.get("_menus_built", True):
            self.build_menus()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def build_menus(self) -> None:
        """Fill the menus with their actions and make their controllers (once)."""
        if self._menus_built:
            return
        self._menus_built = True
        file_menu, view, sop_menu, reports_menu, help_menu = self._menus
        self._fill_file_menu(file_menu)
        self._fill_view_menu(view)
        self._fill_sop_menu(sop_menu)
        from sopdesk.ui.reports import ReportsController

        self.reports = ReportsController(self)
        self.reports.install(reports_menu)
        from sopdesk.ui.help import HelpController

        self.help = HelpController(self)
        self.help.install(help_menu)
        self._action(help_menu, self.tr("&About sopdesk"), None, self._about)
        from sopdesk.ui.action_tips import add_tips

        add_tips(self.menuBar())
        self.paper_group.triggered.connect(self._on_paper)
        self.lang_group.triggered.connect(self._on_language)
        self.exports.act_export_all.setEnabled(self.model.rowCount() > 0 and not self.model.loading)
        self._set_sop_actions(self.current is not None)

    def _fill_file_menu(self, menu: Any) -> None:
        from PySide6.QtGui import QKeySequence

        from sopdesk.ui.exports import ExportController
        from sopdesk.ui.importing import ImportController
        from sopdesk.ui.maintenance import DatabaseCare
        from sopdesk.ui.revision_actions import RevisionActions

        self.exports = ExportController(self)
        self.exports.install(menu)
        self.importing = ImportController(self)
        self.importing.install(menu)
        self.opening.install(menu)
        menu.addSeparator()
        self.revisions = RevisionActions(self)
        self.revisions.install_history(menu)
        self.care = DatabaseCare(self)
        self.care.install(menu)
        self._action(menu, self.tr("&Office settings…"), None, self.edit_office)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

    def _fill_view_menu(self, view: Any) -> None:
        from PySide6.QtGui import QActionGroup, QKeySequence

        pages = self.details.zoomable  # the page view of the current tab
        self._action(view, self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, lambda: pages().zoom_in())
        self._action(view, self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, lambda: pages().zoom_out())
        self._action(view, self.tr("&Fit width"), "Ctrl+0", lambda: pages().fit_width())
        self._action(view, self.tr("&Search"), QKeySequence.StandardKey.Find, self.catalogue.focus_search)
        view.addSeparator()
        self.paper_group = QActionGroup(self)
        paper_menu = view.addMenu(self.tr("&Paper"))
        from sopdesk.layout.paper import PaperName

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

    def _fill_sop_menu(self, sop_menu: Any) -> None:
        self.revisions.install(sop_menu)
        self._action(sop_menu, self.tr("Your &name for the audit log…"), None, self.ask_user_name)
        from sopdesk.ui.editor.controller import EditController

        self.editing = EditController(self)
        self.editing.install(sop_menu)

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Any) -> QAction:
        from PySide6.QtGui import QKeySequence

        act = menu.addAction(text)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _connect_signals(self) -> None:
        self.catalogue.entrySelected.connect(self._on_selection)
        self.catalogue.countChanged.connect(
            lambda shown, total: self.status_label.setText(self.catalogue.count_text(shown, total)))
        self.catalogueLoaded.connect(lambda _n: QTimer.singleShot(0, self.build_menus))
        self.catalogueLoaded.connect(lambda _n: QTimer.singleShot(0, self.details.build))

    @property
    def identity(self) -> IdentityView:
        """The Identitas tab's view (made on first use)."""
        return self.details.views().identity

    @property
    def scene(self) -> FlowchartScene:
        """The Diagram alir tab's scene (made on first use)."""
        return self.details.views().scene

    @property
    def view(self) -> FlowchartView:
        """The Diagram alir tab's view (made on first use)."""
        return self.details.views().view

    @property
    def executions(self) -> ExecutionPanel:
        """The Pelaksanaan tab's panel (made on first use)."""
        return self.details.views().executions

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
    def start(self, early: EarlyCatalogue | None = None) -> None:
        """Show the catalogue and open the database, both off the GUI thread.

        A SQLite file at the current schema is listed with the standard library, read by ``early``
        (started by `sopdesk.ui.app.run_gui` before the window was made; else now): at once when
        the read ends within a frame, else when it ends. The full open (SQLAlchemy, migrations,
        first-start sample data) follows and lists the catalogue itself when the quick read could not.
        """
        self.status_label.setText(self.tr("Opening the database…"))
        quick = early or EarlyCatalogue(self.db_target, self.catalogue.first_page_order() or DEFAULT_ORDER)
        if not quick.ready(FRAME_S):
            run_task(lambda _p: quick.result(), partial(self._on_quick_catalogue, quick),
                     lambda _exc: self._open_full(True))
            return
        try:
            page = quick.result()
        except Exception:  # the full open refuses the file with its own message
            page = None
        self._on_quick_catalogue(quick, page)

    def _on_quick_catalogue(self, quick: EarlyCatalogue, page: FirstPage | None) -> None:
        if page is not None and (page.complete or page.order == self.catalogue.first_page_order()):
            self.show_catalogue(page.entries, page.total)  # the rest is read after this paint
            if not page.complete:
                QTimer.singleShot(0, lambda: run_task(lambda _p: quick.rest() or [], self._on_rest))
        elif page is not None:  # read in another order than the table's: listed whole
            run_task(lambda _p: quick.rest() or [], self.show_catalogue)
        self._open_full(page is None)

    def _open_full(self, list_catalogue: bool) -> None:
        target, seed = self.db_target, self.seed

        def work(_progress: Progress) -> tuple[Database, list[CatalogueEntry] | None, dict[int, str]]:
            from sopdesk.store.database import open_database

            db = open_database(target, seed=seed, track_session=True)
            return (db, db.sops.catalogue(), {}) if list_catalogue else (db, None, db.sops.step_texts())

        run_task(work, self._on_opened, self._on_open_failed)

    def _on_opened(self, result: tuple[Database, list[CatalogueEntry] | None, dict[int, str]]) -> None:
        self.db, entries, step_texts = result
        self.proxy.add_step_texts(step_texts)  # the quick list's search now finds step texts too
        if self._menus_built:  # else no restore can be waiting (Berkas → Pulihkan makes them)
            self.care.record_restore()
        if entries is not None:
            self.show_catalogue(entries)
        if self._pending_revision is not None and not self.model.loading:
            self.show_revision(self._pending_revision)

    def _on_rest(self, entries: list[CatalogueEntry]) -> None:
        """The catalogue's other rows are read: list them, then show the SOP chosen meanwhile (its
        format check matches Keterkaitan against the whole catalogue, never the first rows only)."""
        self.catalogue.add_rest(entries)
        if self._menus_built:
            self.exports.act_export_all.setEnabled(bool(self.model.entries()))
        if self.db is not None and self._pending_revision is not None:
            self.show_revision(self._pending_revision)

    def show_catalogue(self, entries: list[CatalogueEntry], total: int | None = None) -> None:
        """List ``entries`` in the catalogue pane and select the first (``total``: the number of SOPs
        when these are the first rows of a catalogue still loading, `CataloguePane.add_rest`)."""
        if self._menus_built:  # "export all" exports every SOP: not while the rest is still to come
            self.exports.act_export_all.setEnabled(bool(entries) and not (total or 0) > len(entries))
        self.catalogue.set_entries(entries, total)
        self.catalogueLoaded.emit(max(total or 0, len(entries)))

    def _on_open_failed(self, exc: Exception) -> None:
        from sopdesk.store.errors import DamagedDatabaseError

        self.model.set_entries([])  # a quick list of a file the full open refuses is withdrawn
        self.details.build()
        self.status_label.setText(self.tr("The database could not be opened."))
        if isinstance(exc, DamagedDatabaseError) and self.care.db_file() is not None:
            self.care.restore_from_backup(error_text(exc))
            return
        if self.opening.ask_again(exc):  # a server: the password may be typed now
            return
        show_failure(self, self.tr("Database"), exc,
                     self.tr("The database could not be opened:\n%s") % error_text(exc))

    def close_database(self) -> None:
        """Close the open database (a restore replaces its file) and empty the views that show it."""
        if self.db is not None:
            self.db.close()
            self.db = None
        self.model.set_entries([])
        self.current = None

    def use_database(self, db: Database, target: str | Path, entries: list[CatalogueEntry]) -> None:
        """Show ``db`` (open at ``target``, its catalogue ``entries``) instead of the database open
        now, which is closed: nothing shown or loading from it is kept (`sopdesk.ui.open_database`)."""
        wait_for_all()
        self.close_database()
        self._show_generation += 1  # an SOP still loading from the old database is dropped
        self._pending_revision, self.care.restored = None, None
        self.identity.show_sop(None)
        self.scene.show_layout(None)
        self.executions.show_sop(None, None)
        self._set_sop_actions(False)
        self.setWindowTitle("sopdesk")
        self.db_target, self.db = target, db
        self.show_catalogue(entries)

    # ----- showing an SOP -----------------------------------------------------------------
    def _on_selection(self, entry: CatalogueEntry) -> None:
        if self.db is None or self.model.loading:  # still opening or listing: shown once all is there
            self._pending_revision = entry.revision_id
            return
        self.show_revision(entry.revision_id)

    def show_revision(self, revision_id: int) -> None:
        """Load and lay out a revision in the background, then show it (stale results dropped)."""
        assert self.db is not None
        self._pending_revision = None
        self._show_generation += 1
        generation, db, paper = self._show_generation, self.db, self.paper()

        catalogue = [(e.key, e.title) for e in self.model.entries()]
        today = self.clock().date()

        def work(_progress: Progress) -> tuple[Sop, SheetLayout, list[Any]]:
            from sopdesk.domain.checker import check_sop
            from sopdesk.layout.sheet import layout_sheet  # loaded off the GUI thread, after start-up

            sop = db.sops.load(revision_id)
            return sop, layout_sheet(sop, paper), check_sop(sop, today, catalogue)

        run_task(work, partial(self._on_loaded, generation), self.on_load_failed)

    def _on_loaded(self, generation: int, result: tuple[Sop, SheetLayout, list[Any]]) -> None:
        if generation != self._show_generation:
            return
        sop, sheet, findings = result
        first = self.current is None
        self.current = sop
        self.identity.show_sop(sop, findings, sheet.identity_pages)
        self.scene.show_pages(sheet.flowchart_pages)
        self.executions.show_sop(self.db, sop)
        if first:
            QTimer.singleShot(0, self.view.fit_width)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        self.setWindowTitle(f"{sop.title} — sopdesk")
        self._set_sop_actions(True)
        self.sopShown.emit(sop.id)

    def on_load_failed(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("SOP"), self.tr("The SOP could not be loaded:\n%s") % error_text(exc))

    def open_sop_by_key(self, key: str) -> None:
        """Select the SOP with exchange id ``key`` in the catalogue (clearing filters if needed)."""
        self.catalogue.select_key(key)

    def resolve_related(self, text: str) -> str | None:
        """The key of the catalogue SOP a Keterkaitan entry ``text`` names, or None."""
        from sopdesk.domain.links import match_related

        return match_related(text, ((e.key, e.title) for e in self.model.entries()))

    def _set_sop_actions(self, enabled: bool) -> None:
        status = self.current.status if self.current is not None and enabled else None
        self.exports.act_export.setEnabled(status is not None)
        self.revisions.enable_for(status)
        editing = getattr(self, "editing", None)  # installed after the SOP menu's first actions
        if editing is not None:
            editing.act_edit.setEnabled(status is not None and status is not Status.VERIFIED)

    def ask_user_name(self) -> str:
        """Ask for the name the audit log records beside the OS account; returns it."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Your name"),
                                        self.tr("Your name, as the audit log should record it:"),
                                        text=self.settings.get(opt.USER_NAME))
        if ok:
            self.settings.set(opt.USER_NAME, name.strip())
        return str(self.settings.get(opt.USER_NAME))

    def user_name(self) -> str:
        """The name the audit log records beside the OS account (SOP → Nama Anda…), "" when none."""
        return str(self.settings.get(opt.USER_NAME) or "")

    def edit_office(self) -> None:
        """Edit the office's identity, working calendar and Waktu convention (kept in the database)."""
        from sopdesk.ui.office_dialog import edit_office

        edit_office(self)

    def actor(self) -> Any:
        """Who the audit log records for this workstation's changes (asks the name once)."""
        from sopdesk.store.audit import Actor

        name = self.settings.get(opt.USER_NAME) or self.ask_user_name()
        return Actor(app_user=name)

    def paper(self) -> PaperName:
        """The paper chosen in Tampilan → Kertas."""
        from sopdesk.layout.paper import PaperName  # not before the first paint

        return PaperName(self.settings.get(opt.PAPER))

    def _on_paper(self, action: QAction) -> None:
        self.settings.set(opt.PAPER, action.data())
        entry = self.catalogue.selected()
        if entry is not None and self.db is not None:
            self.show_revision(entry.revision_id)

    def _on_language(self, action: QAction) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.settings.set(opt.LANGUAGE, action.data())
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The language changes the next time sopdesk starts."))

    def _about(self) -> None:
        from sopdesk.ui.about import show_about

        show_about(self, self.db_target)

    # ----- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._menus_built and not self.editing.close_all():  # an editor with unsaved edits stays open
            event.ignore()
            return
        self.settings.set(opt.GEOMETRY, self.saveGeometry())
        self.settings.set(opt.STATE, self.saveState())
        self.settings.set(opt.SPLITTER, self.splitter.saveState())
        self.settings.sync()
        wait_for_all()
        if self.db is not None:
            self.care.backup_on_close()
            self.db.close()
        super().closeEvent(event)

