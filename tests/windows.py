"""A main window on a database, opened as the user would (tests of several windows and stores)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import USER_NAME, Settings


def open_window(qtbot: Any, target: str | Path, folder: Path, user: str = "Ana") -> MainWindow:
    """A shown `MainWindow` on ``target`` with its settings in ``folder``, its catalogue listed and
    its database open; ``user`` is the name typed for the audit log."""
    settings = Settings(QSettings(str(folder / f"{user}.ini"), QSettings.Format.IniFormat))
    settings.set(USER_NAME, user)
    win = MainWindow(target, settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.catalogueLoaded, timeout=20000):
        win.start()
    qtbot.waitUntil(lambda: win.db is not None and win.current is not None, timeout=20000)
    return win
