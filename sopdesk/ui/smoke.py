"""``sopdesk --smoke``: start the GUI, say what it shows, quit (the frozen build's check).

Prints ``menus: <titles>``, ``sops: <n>`` and ``holidays: <n> in <year>, 17 August: <name>`` (the
working calendar's holiday names, a bundled file the window does not need at start) once the
catalogue is listed, then exits 0; exits 1 if nothing is listed within `TIMEOUT_MS`. The same lines
go to the log.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from sopdesk.domain.calendar import national_holidays
from sopdesk.ui.main_window import MainWindow

TIMEOUT_MS = 60_000
log = logging.getLogger("sopdesk.ui.smoke")


def menu_titles(window: QMainWindow) -> list[str]:
    """The menu bar's titles as shown (translated, without the ``&`` of the shortcut)."""
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def holidays_line(year: int = 2026) -> str:
    """``holidays: <n> in <year>, 17 August: <name>`` from the working calendar (Indonesian names)."""
    try:
        found = national_holidays(year)
    except Exception as exc:  # a missing bundled file must fail the smoke test, not hang it
        log.error("smoke: holidays", exc_info=True)
        return f"holidays: FAILED {type(exc).__name__}: {exc}"
    return f"holidays: {len(found)} in {year}, 17 August: {found.get(dt.date(year, 8, 17), '-')}"


def quit_when_shown(window: MainWindow) -> None:
    """Report and quit (exit code 0) after the first catalogue; exit code 1 after `TIMEOUT_MS`."""
    def report(count: int) -> None:
        for line in (f"menus: {', '.join(menu_titles(window))}", f"sops: {count}", holidays_line()):
            print(line, flush=True)
            log.info("smoke: %s", line)
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(100, lambda: QApplication.exit(0))

    window.catalogueLoaded.connect(report)
    QTimer.singleShot(TIMEOUT_MS, lambda: QApplication.exit(1))
