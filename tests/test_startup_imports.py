"""Issue 15: the catalogue's first paint comes before the right-hand views and the controllers' heavy
modules are loaded, and before SQLAlchemy, Alembic and the store (start within 2x a bare Qt window,
`python -m bench --start-only`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.windows import window_settings

LATER = ("sopdesk.ui.scene", "sopdesk.ui.flowchart_view", "sopdesk.ui.identity", "sopdesk.ui.executions",
         "sopdesk.io.importers.files", "sopdesk.ui.open_database_dialog", "sopdesk.domain.canonical",
         "sopdesk.layout.routing", "sqlalchemy")

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
settings = Settings(QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
window = MainWindow(Path(sys.argv[1]) / "x.sqlite3", settings)
window.show()
app.processEvents()
print(" ".join(sorted(name for name in sys.modules if name in sys.argv[2:])))
"""


def test_the_window_is_shown_without_its_later_modules(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), *LATER], capture_output=True, text=True,
                         cwd=root, env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
                                        "PATH": "/usr/bin:/bin"}, check=True, timeout=120)
    assert out.stdout.split() == []


# the ``sopdesk --db FILE`` command as a user starts it, until its catalogue is first listed
START = """
import os, sys
from sopdesk.ui import main_window

class Window(main_window.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.catalogueLoaded.connect(self.listed)

    def listed(self, count):
        self.repaint()
        loaded = [name for name in sys.argv[2:] if name in sys.modules]
        print(count, self.db is None, " ".join(loaded), flush=True)
        os._exit(0)

main_window.MainWindow = Window
from sopdesk.cli import main
main(["--db", sys.argv[1]])
"""
MENUS = ("sopdesk.ui.exports", "sopdesk.ui.importing", "sopdesk.ui.maintenance", "sopdesk.ui.revision_actions",
         "sopdesk.ui.editor.controller", "sopdesk.ui.reports", "sopdesk.ui.help")  # the menus' controllers
NOT_AT_START = (*LATER, *MENUS, "alembic", "sopdesk.store.database", "sopdesk.store.models",
                "sopdesk.domain.model", "sopdesk.io.exchange", "sopdesk.layout.paper", "sopdesk.domain.sheet_setup",
                "logging.handlers")


def test_the_command_lists_the_catalogue_before_the_store_is_loaded(tmp_path: Path) -> None:
    from sopdesk.store.database import open_database

    open_database(tmp_path / "sop.sqlite3").close()  # an ordinary start: the samples are in
    root = Path(__file__).resolve().parent.parent
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root), "PATH": "/usr/bin:/bin",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SOPDESK_LOG_DIR": str(tmp_path / "log")}
    out = subprocess.run([sys.executable, "-c", START, str(tmp_path / "sop.sqlite3"), *NOT_AT_START],
                         capture_output=True, text=True, cwd=root, env=env, check=True, timeout=120)
    assert out.stdout.split() == ["14", "True"]  # listed by the quick read, the store not open yet


def test_the_views_are_made_after_the_catalogue_is_shown(qtbot: Any, db_path: Path, tmp_path: Path) -> None:
    window = MainWindow(db_path, window_settings(tmp_path))
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Identity", "Flowchart", "Executions"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&SOP", "&Reports", "&Help"]
    made_when_listed: list[tuple[bool, int]] = []
    window.catalogueLoaded.connect(lambda _n: made_when_listed.append(
        (window.details.built, len(window.menuBar().actions()[0].menu().actions()))))
    window.show()
    with qtbot.waitSignal(window.catalogueLoaded, timeout=20000):
        window.start()
    qtbot.waitUntil(lambda: window.details.built and window.current is not None, timeout=20000)
    assert made_when_listed[0] == (False, 0)  # the catalogue was painted first, the menus' actions after it
    assert [a.text() for a in window.menuBar().actions()] == titles
    assert len(window.menuBar().actions()[0].menu().actions()) > 10
    assert window.exports.act_export.isEnabled() and window.exports.act_export_all.isEnabled()
    assert window.tabs.widget(0) is window.identity and window.tabs.widget(1) is window.view
    assert window.tabs.widget(2) is window.executions and window.view.scene() is window.scene
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == tabs
    assert window.scene.items()  # the first SOP is drawn in the view that was made later
    wait_for_all()


def test_a_tab_clicked_before_the_views_are_made_shows_its_view(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "belum.sqlite3", window_settings(tmp_path))  # not started
    qtbot.addWidget(window)
    assert not window.details.built
    window.tabs.setCurrentIndex(1)
    assert window.details.built and window.tabs.currentWidget() is window.view


def test_a_menu_controller_used_before_the_first_paint_fills_the_menus(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "belum.sqlite3", window_settings(tmp_path))  # not started
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions() == []
    assert not window.exports.act_export_all.isEnabled()  # an empty catalogue: nothing to export
    assert window.exports.act_export in file_menu.actions() and not window.exports.act_export.isEnabled()
    assert len(window.menuBar().actions()) == 5


def test_an_early_read_that_has_ended_is_listed_before_the_window_is_painted(qtbot: Any, tmp_path: Path) -> None:
    from sopdesk.store.database import open_database
    from sopdesk.ui.early_catalogue import EarlyCatalogue

    open_database(tmp_path / "sop.sqlite3").close()
    early = EarlyCatalogue(tmp_path / "sop.sqlite3")
    assert early.ready(20)
    window = MainWindow(tmp_path / "sop.sqlite3", window_settings(tmp_path))
    qtbot.addWidget(window)
    listed: list[tuple[int, bool]] = []
    window.catalogueLoaded.connect(lambda n: listed.append((n, window.db is None)))
    window.start(early)
    assert listed == [(14, True)]  # listed in start(), before the event loop paints, the store not open yet
    qtbot.waitUntil(lambda: window.db is not None and window.current is not None, timeout=20000)
    assert window.proxy.rowCount() == 14
    wait_for_all()


def test_an_early_read_leaves_a_server_and_a_missing_file_to_the_full_open(tmp_path: Path) -> None:
    from sopdesk.ui.early_catalogue import EarlyCatalogue

    server = EarlyCatalogue("postgresql://ana@db.kantor.local/sopdesk")
    assert server.ready() and server.result() is None
    missing = EarlyCatalogue(tmp_path / "belum.sqlite3")
    assert missing.result() is None and not (tmp_path / "belum.sqlite3").exists()
