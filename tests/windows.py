"""The one way tests open sopdesk's main window: on a database, as the user would start it.

`open_window` shows the window, starts it and waits until the catalogue is listed, the database
open and the first SOP shown; `window_settings` is the settings file of one test user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import USER_NAME, Settings


def window_settings(folder: Path, user: str | None = "Ana") -> Settings:
    """Settings kept in ``folder``/``<user>.ini``; ``user`` is the name typed for the audit log
    (None: not typed yet, so the window asks for it)."""
    settings = Settings(QSettings(str(folder / f"{user or 'settings'}.ini"), QSettings.Format.IniFormat))
    if user is not None:
        settings.set(USER_NAME, user)
    return settings


def open_window(qtbot: Any, target: str | Path, folder: Path | None = None, user: str | None = "Ana", *,
                settings: Settings | None = None, clock: Callable[[], dt.datetime] | None = None,
                size: tuple[int, int] | None = None, wait_for_sop: bool = True) -> MainWindow:
    """A shown `MainWindow` on ``target`` with its catalogue listed and its database open.

    Settings are ``settings`` or `window_settings` (``folder``, ``user``); ``clock`` replaces the
    office's clock; ``size`` resizes the window before it is shown (the offscreen screen is
    800×800; 1366×768 is the office laptop). With ``wait_for_sop`` it also waits for the first
    SOP to be shown (an empty catalogue shows none).
    """
    if settings is None:
        assert folder is not None, "give the folder of the settings file, or the settings"
        settings = window_settings(folder, user)
    win = MainWindow(target, settings)
    if clock is not None:
        win.clock = clock
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    with qtbot.waitSignal(win.catalogueLoaded, timeout=20000):
        win.start()
    qtbot.waitUntil(lambda: win.db is not None and (win.current is not None or not wait_for_sop), timeout=20000)
    return win
