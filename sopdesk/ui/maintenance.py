"""Looking after the database from the window: automatic backups of a SQLite file (every five
minutes when something changed, at most every 30 minutes, and once on closing), restoring from a
backup, and Periksa basis data (``sopdesk check``). Every piece of work runs off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from sopdesk.ui.errors import show_failure
from sopdesk.ui.language import core_text
from sopdesk.ui.tasks import Progress, TaskHandle, run_task, wait_for_all

if TYPE_CHECKING:
    from sopdesk.ui.main_window import MainWindow

log = logging.getLogger("sopdesk.ui")

LOOK_EVERY_MINUTES = 5
BACKUP_EVERY_MINUTES = 30


class DatabaseCare(QObject):
    """Backups, restore and the database check of ``window``'s database (Berkas menu)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.restored: dict[str, object] | None = None  # what the next open records in the audit log
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.backup_now_if_changed)
        self.timer.start()

    def install(self, menu: Any) -> None:
        act = self.window._action
        act(menu, self.tr("&Check the database"), None, self.check_database)
        act(menu, self.tr("&Restore from a backup…"), None, self.restore_from_backup)

    def db_file(self) -> Path | None:
        """The SQLite file open in the window; None for a server database."""
        from sopdesk.store.sqlite_file import sqlite_path

        return sqlite_path(self.window.db_target)

    def backup_now_if_changed(self, min_interval_minutes: int = BACKUP_EVERY_MINUTES) -> TaskHandle | None:
        """Back up in the background if something changed since the last backup (at most every
        ``min_interval_minutes``); errors go to the status bar and the log."""
        path, status = self.db_file(), self.window.status_label
        if path is None or self.window.db is None:
            return None

        def work(_progress: Progress) -> Path | None:
            import datetime as dt

            from sopdesk.store.backup import backup_if_changed

            return backup_if_changed(path, dt.datetime.now(), min_interval=dt.timedelta(minutes=min_interval_minutes))

        def done(made: Path | None) -> None:
            if made is not None:
                status.setText(self.tr("Backup made: %s") % made.name)

        def failed(exc: Exception) -> None:
            log.error("automatic backup failed: %s", exc)
            status.setText(self.tr("Automatic backup failed: %s") % exc)

        return run_task(work, done, failed)

    def backup_on_close(self) -> None:
        """The last backup, when something changed, before the database closes (waits for it)."""
        if self.backup_now_if_changed(min_interval_minutes=0) is not None:
            wait_for_all()

    def restore_from_backup(self, reason: str = "") -> None:
        """Let the user pick a backup, close the database, restore, and open it again."""
        import datetime as dt

        from sopdesk.store.backup import backup_folder, list_backups, restore
        from sopdesk.ui.restore_dialog import RestoreDialog

        win, path = self.window, self.db_file()
        if path is None:
            return
        dialog = RestoreDialog(list_backups(backup_folder(path)), reason, win)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        wait_for_all()
        win.close_database()
        win.status_label.setText(self.tr("Restoring from %s…") % chosen.name)

        def work(_p: Progress) -> Path | None:
            return restore(chosen, path, dt.datetime.now())

        def done(safety: Path | None) -> None:
            self.restored = {"from": chosen.name, "previous": str(safety or "")}
            win.start()

        def failed(exc: Exception) -> None:
            show_failure(win, self.tr("Restore"), exc)
            win.start()

        run_task(work, done, failed)

    def record_restore(self) -> None:
        """Once the restored database is open: one audit entry saying from which backup."""
        db = self.window.db
        if self.restored is not None and db is not None and db.path is not None:
            db.sops.record("restore", db.path.name, self.restored)
            self.restored = None

    def check_database(self) -> None:
        """Run ``sopdesk check`` in the background and show its report."""
        win = self.window
        if win.db is None:
            return
        db = win.db

        def work(_progress: Progress) -> list[str]:
            from sopdesk.store.check import check_database

            return check_database(db.engine, db.sops).lines()

        def show(lines: list[str]) -> None:
            QMessageBox.information(win, self.tr("Check the database"), "\n".join(map(core_text, lines)))

        def failed(exc: Exception) -> None:
            show_failure(win, self.tr("Check the database"), exc)

        run_task(work, show, failed)
