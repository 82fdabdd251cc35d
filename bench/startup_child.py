"""Child process for the start-up benchmark: prints seconds from process start to shown, and the
peak resident memory in MB (for sopdesk: once the database is fully open too, the catalogue's
step texts read).

    python -m bench.startup_child bare              # QApplication + QMainWindow
    python -m bench.startup_child sopdesk DB_PATH   # the ``sopdesk --db DB_PATH`` command until its
                                                    # catalogue is shown

sopdesk starts as a user starts it: `sopdesk.cli.main` (arguments, the log, translators, the bundled
font, the instance lock, the window, the live views), its settings and log in a temporary folder.
The window is reached by wrapping `sopdesk.ui.main_window.MainWindow` when that module is first
imported, so nothing is imported earlier or in another order than in the real start.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import _clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
shown: list[float] = []


def main() -> None:
    if sys.argv[1] == "bare":
        bare()
    else:
        start_sopdesk(sys.argv[2])
    print(f"{shown[0] - _clock.START:.6f} {_peak_rss_mb():.1f}")


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])

    def done() -> None:  # paint now, so "shown" means on screen, then stop
        window.repaint()
        shown.append(time.perf_counter())
        QTimer.singleShot(0, app.quit)

    window = QMainWindow()
    window.show()
    QTimer.singleShot(0, done)
    app.exec()


def start_sopdesk(db_path: str) -> None:
    home = Path(tempfile.gettempdir()) / "sopdesk-bench-home"  # settings (XDG) and log, kept apart
    os.environ.update(XDG_CONFIG_HOME=str(home / "config"), SOPDESK_LOG_DIR=str(home / "log"))
    sys.meta_path.insert(0, _WindowHook())
    from sopdesk.cli import main as sopdesk_main

    sopdesk_main(["--db", db_path])


class _WindowHook(importlib.abc.MetaPathFinder):
    """Loads `sopdesk.ui.main_window` as usual, then makes its windows call `done_when_open` when
    their catalogue is first listed."""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if name != "sopdesk.ui.main_window":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            module.MainWindow = _timed(module.MainWindow)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _timed(window_class: Any) -> Any:
    class TimedWindow(window_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.catalogueLoaded.connect(lambda _n: shown or done_when_open(self))

    return TimedWindow


def done_when_open(window: Any) -> None:
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

    QTimer.singleShot(0, closed_when_open)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


if __name__ == "__main__":
    main()
