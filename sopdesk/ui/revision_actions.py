"""The SOP menu's lifecycle actions (docs/product.md, Lifecycle): a new draft revision, mark
verified, approve (mengesahkan), send back; Riwayat revisi and Log audit; the running
executions. The rule's own message is shown when a change is not allowed."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from sopdesk.domain.status import Status
from sopdesk.ui.errors import show_failure
from sopdesk.ui.language import error_text
from sopdesk.ui.tasks import Progress, TaskHandle, run_task

if TYPE_CHECKING:
    from sopdesk.store.catalogue import CatalogueEntry
    from sopdesk.ui.main_window import MainWindow


class RevisionActions(QObject):
    """Lifecycle, history and audit-log actions of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def install_history(self, menu: Any) -> None:
        """Riwayat revisi (Ctrl+H) and Log audit, in the Berkas menu."""
        act = self.window._action
        self.act_history = act(menu, self.tr("Revision &history…"), "Ctrl+H", self.show_history)
        act(menu, self.tr("Audit &log…"), None, self.show_audit_log)

    def install(self, menu: Any) -> None:
        """The lifecycle actions and Pelaksanaan berjalan, in the SOP menu."""
        act = self.window._action
        self.act_new_draft = act(menu, self.tr("New &draft revision"), None, partial(self.change_revision, None))
        self.act_verify = act(menu, self.tr("Mark &verified"), None, partial(self.change_revision, Status.VERIFIED))
        self.act_approve = act(menu, self.tr("&Approve"), None, partial(self.change_revision, Status.APPROVED))
        self.act_back = act(menu, self.tr("Send &back to draft"), None, partial(self.change_revision, Status.DRAFT))
        menu.addSeparator()
        act(menu, self.tr("&Running executions…"), "Ctrl+J", self.show_running)

    def enable_for(self, status: Status | None) -> None:
        """Enable what the shown revision's ``status`` allows (None: no SOP shown)."""
        for action, allowed in ((self.act_history, status is not None),
                                (self.act_new_draft, status is not None),
                                (self.act_verify, status is Status.DRAFT),
                                (self.act_approve, status is Status.VERIFIED),
                                (self.act_back, status is Status.VERIFIED)):
            action.setEnabled(allowed)

    def change_revision(self, status: Status | None) -> TaskHandle | None:
        """Start a draft revision (``status`` None) or move the shown revision to ``status``,
        in the background; the rule's message is shown when the change is not allowed."""
        win = self.window
        if win.db is None or win.current is None:
            return None
        if status is not None and win.editing.is_editing(win.current.id):
            QMessageBox.information(win, self.tr("SOP"), self.tr(
                "“%s” is open in an editor. Save and close it before changing its status.") % win.current.title)
            return None
        db, actor, key = win.db, win.actor(), win.current.id
        revision_id = db.sops.find_by_key(key)
        assert revision_id is not None

        def work(_progress: Progress) -> int:
            if status is None:
                return db.sops.start_draft(revision_id, actor)
            db.sops.change_status(revision_id, status, actor)
            return revision_id

        def failed(exc: Exception) -> None:
            QMessageBox.warning(win, self.tr("SOP"), error_text(exc))

        return run_task(work, self.reload_catalogue, failed)

    def reload_catalogue(self, revision_id: int) -> None:
        """List the catalogue again and show the SOP of ``revision_id``."""
        win = self.window
        assert win.db is not None
        db = win.db

        def show(entries: list[CatalogueEntry]) -> None:
            key = next((e.key for e in entries if e.revision_id == revision_id), None)
            win.show_catalogue(entries)
            if key:
                win.open_sop_by_key(key)

        run_task(lambda _p: db.sops.catalogue(), show, win.on_load_failed)

    def show_history(self) -> None:
        """The revisions of the SOP shown, with what changed in each."""
        win = self.window
        if win.db is None or win.current is None:
            return
        from sopdesk.ui.history import HistoryDialog, load_history

        db, key, title = win.db, win.current.id, win.current.title
        run_task(lambda _p: load_history(db.sops, key), lambda history: HistoryDialog(history, title, win).exec(),
                 win.on_load_failed)

    def show_audit_log(self) -> None:
        """The audit log, loaded in the background, then shown filterable."""
        win = self.window
        if win.db is None:
            return
        from sopdesk.ui.history import AuditDialog

        db = win.db
        run_task(lambda _p: db.sops.audit_log(), lambda entries: AuditDialog(entries, win).exec(),
                 lambda exc: show_failure(win, self.tr("Audit log"), exc))

    def show_running(self) -> None:
        """Every running execution, overdue first."""
        win = self.window
        if win.db is None:
            return
        from sopdesk.ui.execution_dialogs import RunningDialog

        db, now = win.db, win.clock()

        def work(_p: Progress) -> Any:
            office = db.office.load()
            return db.executions.open_steps(now, office.calendar, office.convention)

        run_task(work, lambda items: RunningDialog(items, now, win).exec(), win.on_load_failed)
