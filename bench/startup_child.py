"""Child process for the start-up benchmark: prints seconds from process start to shown, and the
peak resident memory in MB (for sopdesk: once the database is fully open too, the catalogue's
step texts read).

    python -m bench.startup_child bare              # QApplication + QMainWindow
    python -m bench.startup_child sopdesk DB_PATH   # sopdesk until its catalogue is shown
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import _clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    kind = sys.argv[1]
    app = QApplication([])
    shown: list[float] = []

    def done() -> None:  # paint now, so "shown" means on screen, then stop
        window.repaint()
        shown.append(time.perf_counter())
        QTimer.singleShot(0, app.quit)

    if kind == "bare":
        window = QMainWindow()
        window.show()
        QTimer.singleShot(0, done)
        app.exec()
    else:
        import tempfile
        from pathlib import Path

        from sopdesk.ui.main_window import MainWindow
        from sopdesk.ui.settings import Settings

        settings = Settings(QSettings(str(Path(tempfile.gettempdir()) / "sopdesk-bench.ini"),
                                      QSettings.Format.IniFormat))
        window = MainWindow(Path(sys.argv[2]), settings)
        window.catalogueLoaded.connect(lambda _n: shown or done_when_open(window, app, shown))
        window.show()
        window.start()
        app.exec()
    print(f"{shown[0] - _clock.START:.6f} {_peak_rss_mb():.1f}")


def done_when_open(window: Any, app: Any, shown: list[float]) -> None:
    """Paint now and note the time; then wait for the full open and close the window as a user
    would (so the next start is an ordinary one, not one after a crash)."""
    from PySide6.QtCore import QTimer

    window.repaint()
    shown.append(time.perf_counter())

    def closed_when_open() -> None:
        if window.db is None:
            QTimer.singleShot(20, closed_when_open)
            return
        window.close()
        app.quit()

    QTimer.singleShot(0, closed_when_open)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


if __name__ == "__main__":
    main()
