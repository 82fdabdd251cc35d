"""Berkas → Buka basis data… (Ctrl+Shift+O): switch the running window to another database.

The SQLite file being left is backed up if it changed (as on closing the window), and the new
database is opened (and, when new, filled with the samples) in the background while the old one
stays open; only when that worked are open editors and dialogs closed, the old database
closed and its instance lock released, and the window shown on the new one (catalogue,
Pelaksanaan, live views). A refusal (damaged, unreadable, locked, newer, foreign, on a network
share, a server that cannot be reached or refuses the login) is the store's message, and the old
database stays open and shown. The choice is remembered without its password
(`sopdesk.ui.recent_databases`); a typed password goes to the system's password store when the
user asks and there is one (`sopdesk.store.credentials`), nowhere else.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from sopdesk.store import credentials
from sopdesk.store.server import ServerAddress
from sopdesk.ui.errors import show_failure
from sopdesk.ui.instance_lock import hold_target, release
from sopdesk.ui.language import error_text
from sopdesk.ui.recent_databases import plain_target, recent, remember
from sopdesk.ui.tasks import Progress, TaskHandle, run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from sopdesk.store.catalogue import CatalogueEntry
    from sopdesk.store.database import Database
    from sopdesk.ui.main_window import MainWindow
    from sopdesk.ui.open_database_dialog import DatabaseChoice, OpenDatabaseDialog

log = logging.getLogger("sopdesk.ui.open_database")


class OpenDatabaseController(QObject):
    """Opens another database in ``window``; ``lock`` is the instance lock of the SQLite file
    open now (None for a server), handed over at each switch."""

    switched = Signal(str)  # the database now open, as remembered (no password)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lock: QLockFile | None = None
        self._pending: TaskHandle | None = None  # the database being opened

    def install(self, menu: QMenu) -> None:
        """Put Buka basis data… first in the Berkas menu."""
        from PySide6.QtGui import QAction, QKeySequence

        self.act_open = QAction(self.tr("&Open database…"), menu)
        self.act_open.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_open.triggered.connect(lambda _checked=False: self.choose())
        actions = menu.actions()
        if not actions:
            menu.addAction(self.act_open)
            return
        menu.insertAction(actions[0], self.act_open)
        menu.insertSeparator(actions[0])

    def choose(self) -> TaskHandle | None:
        """Ask which database (`OpenDatabaseDialog`), then open it."""
        from PySide6.QtWidgets import QDialog

        dialog = self._dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        return self.open(choice) if accepted else None

    def _dialog(self, server: ServerAddress | None = None) -> OpenDatabaseDialog:
        from sopdesk.ui.open_database_dialog import OpenDatabaseDialog  # not at start-up (issue 15)

        dialog = OpenDatabaseDialog(recent(self.window.settings), credentials.store_usable(), self.window)
        if server is not None:
            dialog.set_server(server)
        return dialog

    def open(self, choice: DatabaseChoice) -> TaskHandle | None:
        """Open ``choice`` in the background and show it; None when nothing was started (another
        is being opened, the database is already the one open, or another sopdesk holds the file)."""
        win = self.window
        if self._pending is not None:
            return None
        if win.db is not None and plain_target(choice.target) == plain_target(win.db_target):
            win.status_label.setText(self.tr("This database is already open."))
            return None
        lock = hold_target(choice.target)
        if isinstance(lock, str):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(win, self.tr("Open database"), lock)
            return None
        url, leaving = choice.url(), win.care.db_file() if win.db is not None else None
        win.status_label.setText(self.tr("Opening the database…"))

        def work(_p: Progress) -> tuple[Database, list[CatalogueEntry]]:
            from sopdesk.store.database import open_database

            if leaving is not None:
                _back_up(leaving)
            db = open_database(url, seed=True, track_session=True)
            try:
                return db, db.sops.catalogue()
            except BaseException:
                db.close()
                raise

        self._pending = run_task(work, partial(self._opened, choice, url, lock), partial(self._failed, lock))
        return self._pending

    def _failed(self, lock: QLockFile | None, exc: Exception) -> None:
        self._pending = None
        release(lock)
        self.window.status_label.setText(self.tr("The database could not be opened; the one open stays open."))
        show_failure(self.window, self.tr("Open database"), exc, self.tr(
            "The database could not be opened; the one open stays open.\n\n%s") % error_text(exc))

    def _opened(self, choice: DatabaseChoice, url: str, lock: QLockFile | None,
                result: tuple[Database, list[CatalogueEntry]]) -> None:
        self._pending = None
        db, entries = result
        if not self._close_views():  # an editor kept its unsaved edits: stay where we were
            db.close()
            release(lock)
            self.window.status_label.setText(self.tr("The database open stays open."))
            return
        old_lock, self.lock = self.lock, lock
        self.window.use_database(db, url, entries)
        release(old_lock)
        remember(self.window.settings, choice.target)
        self._keep_password(choice)
        shown = plain_target(choice.target)  # never the password
        log.info("switched to the database %s", shown)
        self.switched.emit(shown)

    def _close_views(self) -> bool:
        """Close the editors (asking about unsaved edits) and the non-modal dialogs that read the
        old database; False when one stays open."""
        from PySide6.QtWidgets import QDialog

        if not self.window.editing.close_all():
            return False
        open_dialogs = [d for d in self.window.findChildren(QDialog) if d.isVisible()]
        return all(d.close() for d in open_dialogs)

    def _keep_password(self, choice: DatabaseChoice) -> None:
        address = ServerAddress.from_url(choice.target)
        if address is None or choice.password is None:
            return
        if not choice.keep_password:
            credentials.forget_password(address)
        elif not credentials.save_password(address, choice.password):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self.window, self.tr("Open database"), self.tr(
                "The password could not be kept: this computer has no usable password store. Type it again "
                "in File → Open database next time, or put it in your pgpass file."))

    def ask_again(self, exc: Exception) -> bool:
        """After the window's database (a server) could not be opened: say why, then offer the
        dialog on that server to type the password (libpq found none). False for a file."""
        address = ServerAddress.from_url(str(self.window.db_target))
        if address is None:
            return False
        show_failure(self.window, self.tr("Open database"), exc)
        dialog = self._dialog(address)  # window-modal, without a nested event loop at start-up
        dialog.accepted.connect(lambda: self.open(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return True



def _back_up(path: Path) -> None:
    """Back up the SQLite file being left if it changed, as on closing the window; a failure is
    logged (the automatic backups go on when it is opened again), not a reason to stay."""
    import datetime as dt

    from sopdesk.store.backup import backup_if_changed

    try:
        made = backup_if_changed(path, dt.datetime.now())
    except Exception:
        log.error("backup of the database left failed", exc_info=True)
        return
    if made is not None:
        log.info("backed up the database left: %s", made)
