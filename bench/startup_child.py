"""Child process for the start-up benchmark: prints seconds from process start to shown.

    python -m bench.startup_child bare              # QApplication + QMainWindow
    python -m bench.startup_child sopdesk DB_PATH   # sopdesk until its catalogue is shown
"""

from __future__ import annotations

import os
import sys
import time

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
        window.catalogueLoaded.connect(lambda _n: done())
        window.show()
        window.start()
        app.exec()
    print(f"{shown[0] - _clock.START:.6f}")


if __name__ == "__main__":
    main()
