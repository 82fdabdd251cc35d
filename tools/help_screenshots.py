"""Make the guide's screenshots offscreen (sopdesk/resources/help/*_id.png and *_en.png).

    QT_QPA_PLATFORM=offscreen python tools/help_screenshots.py

A fresh database with the sample SOPs and three logged executions; the main window at 1366×768;
each picture scaled to at most 640 pixels wide.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sopdesk.ui.app import install_translators, make_app  # noqa: E402
from sopdesk.ui.main_window import MainWindow  # noqa: E402
from sopdesk.ui.settings import USER_NAME, Settings  # noqa: E402
from sopdesk.ui.tasks import wait_for_all  # noqa: E402

OUT = ROOT / "sopdesk" / "resources" / "help"
NOW = dt.datetime(2025, 6, 30, 16, 0)
KEY = "kalbar-penyusunan-lkj-biro"
WIDTH = 640


def _settle(app: QApplication, until: Callable[[], bool] = lambda: True, rounds: int = 400) -> None:
    for _ in range(rounds):
        wait_for_all()
        app.processEvents()
        if until():
            return
    raise SystemExit("the window did not settle")


def _save(widget: QWidget, name: str, language: str) -> None:
    picture: QPixmap = widget.grab()
    if picture.width() > WIDTH:
        picture = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    picture.save(str(OUT / f"{name}_{language}.png"), "PNG", 80)


def _log_executions(win: MainWindow) -> None:
    from sopdesk.store.audit import Actor

    assert win.db is not None
    revision = win.db.sops.find_by_key(KEY)
    assert revision is not None
    actor, day = Actor(app_user="Ana"), dt.datetime(2025, 6, 30, 8, 0)
    eid = win.db.executions.start(revision, "LKj 2025", "800/12/ORG", "Ana", day, NOW, actor=actor)
    for step, minutes in ((0, 10), (1, 90)):
        start = day + dt.timedelta(minutes=100 * step)
        win.db.executions.start_step(eid, step, start, "Ana", NOW, actor=actor)
        win.db.executions.finish_step(eid, start + dt.timedelta(minutes=minutes), NOW, actor=actor)
    win.db.executions.start_step(eid, 2, day + dt.timedelta(hours=4), "Budi", NOW, actor=actor)


def screenshots(app: QApplication, language: str, folder: Path) -> None:
    """Every picture of the guide in ``language``."""
    locale = QLocale()
    install_translators(app, language)
    settings = Settings(QSettings(str(folder / f"s-{language}.ini"), QSettings.Format.IniFormat))
    settings.set(USER_NAME, "Ana")
    win = MainWindow(folder / f"db-{language}.sqlite3", settings)
    win.clock = lambda: NOW
    win.resize(1366, 768)
    win.show()
    win.start()
    _settle(app, lambda: win.db is not None and win.current is not None)
    _log_executions(win)
    win.open_sop_by_key(KEY)
    _settle(app, lambda: win.current is not None and win.current.id == KEY
            and win.executions.loaded_key == KEY)
    win.splitter.setSizes([520, 846])
    for index, name in enumerate(("catalogue", "flowchart")):
        win.tabs.setCurrentIndex(index)
        _settle(app)
        _save(win, name, language)
    win.tabs.setCurrentWidget(win.executions)
    win.executions.list.setCurrentCell(0, win.executions.TITLE)
    _settle(app)
    _save(win.tabs, "executions", language)
    editor = win.editing.open_editor(win.current, None, win.db.sops.find_by_key(KEY) if win.db else None)
    editor.resize(1366, 768)
    _settle(app)
    _save(editor, "edit", language)
    editor.document.undo_stack.setClean()
    editor.close()
    from sopdesk.ui.verify_dialog import VerifyDialog, open_verify_dialog

    assert win.db is not None
    dialog: VerifyDialog = open_verify_dialog(win, win.db.sops)
    from sopdesk.domain.sheetcode import sheet_code

    sop = win.db.sops.load(win.db.sops.find_by_key(KEY) or 0)
    dialog.code.setText(sheet_code(sop).text)
    dialog.check()
    _settle(app, lambda: "…" not in dialog.answer.text())
    _settle(app)
    _save(dialog, "verify", language)
    dialog.close()
    win.close()
    _settle(app)
    install_translators(app, "en")
    QLocale.setDefault(locale)


def server_dialog(app: QApplication, language: str) -> None:
    """Berkas → Buka basis data… filled in for the office server, after "Uji sambungan"."""
    from sopdesk.store.server import ServerAddress
    from sopdesk.ui.open_database_dialog import OpenDatabaseDialog

    locale = QLocale()
    install_translators(app, language)
    server = ServerAddress("server-organisasi", "sopdesk", "ana")
    dialog = OpenDatabaseDialog([server.url()], True)
    dialog.set_server(server)
    dialog.password.setText("contoh-sandi")
    dialog._on_tested("0006")
    dialog.show()
    _settle(app)
    _save(dialog, "server", language)
    dialog.close()
    install_translators(app, "en")
    QLocale.setDefault(locale)


def main() -> int:
    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("id", "en"):
            screenshots(app, language, Path(tmp))
            server_dialog(app, language)
    for path in sorted(OUT.glob("*.png")):
        print(f"{path.name}: {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
