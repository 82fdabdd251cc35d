"""Start the GUI: QApplication, translators, fonts, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from sopdesk.resources import BundledFileMissingError, translation_path
from sopdesk.ui.catalogue_header import remembered_order
from sopdesk.ui.early_catalogue import EarlyCatalogue
from sopdesk.ui.errors import install_gui_hooks
from sopdesk.ui.fonts import ui_font
from sopdesk.ui.instance_lock import hold_target, release
from sopdesk.ui.language import set_language
from sopdesk.ui.recent_databases import startup_target
from sopdesk.ui.settings import LANGUAGE, Settings
from sopdesk.ui.tasks import wait_for_all

log = logging.getLogger("sopdesk.ui")
_translators: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> None:
    """One translator for Qt's own strings, one for sopdesk's (``sopdesk/resources/translations``).

    sopdesk's source strings are English; Bahasa Indonesia (``id``) is the default language.
    """
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    set_language("en" if language == "en" else "id")
    if language == "en":
        return
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    own = QTranslator(app)
    if own.load(str(translation_path(language))):
        app.installTranslator(own)
        _translators.append(own)
    else:
        log.warning("no translation for %s", language)


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), with the bundled font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("sopdesk")
    app.setOrganizationName("sopdesk")
    app.setFont(ui_font())
    return app


def run_gui(db_target: str | Path | None, language: str | None = None, smoke: bool = False) -> int:
    """Show the main window on ``db_target`` (``--db``; None: the database chosen last in Berkas →
    Buka basis data, else the default file) and run the event loop; returns the exit code.

    Errors that escape a slot are logged and shown (`sopdesk.ui.errors.install_gui_hooks`); a
    missing bundled file is a message naming it, exit code 1. ``smoke``: print the menu titles
    and the number of SOPs once the catalogue is shown, then quit (`sopdesk.ui.smoke`).
    """
    install_gui_hooks()
    app = make_app()
    settings = Settings()
    from sopdesk.cli import default_database_path

    target = startup_target(settings, db_target, default_database_path())
    # read while the rest starts (read-only: harmless if refused below), in the order the table will show
    early = EarlyCatalogue(target, remembered_order(settings))
    try:
        install_translators(app, language or settings.get(LANGUAGE))
    except BundledFileMissingError as exc:
        log.error("%s", exc)
        return _refused(str(exc), critical=True)
    lock = hold_target(target)
    if isinstance(lock, str):
        return _refused(lock)
    from sopdesk.ui.live import LiveViews
    from sopdesk.ui.main_window import MainWindow  # its modules load while the early read runs

    window = MainWindow(target, settings)
    window.opening.lock = lock  # switching databases hands it over (sopdesk.ui.open_database)
    if smoke:
        from sopdesk.ui.smoke import quit_when_shown

        quit_when_shown(window)
    window.show()
    window.start(early)
    LiveViews(window).start()
    try:
        return app.exec()
    finally:
        wait_for_all()  # work started after the window closed (a live-view poll, a tab's list) ends first
        release(window.opening.lock)


def _refused(text: str, critical: bool = False) -> int:
    """Say why sopdesk does not start (a message box loaded only then); the exit code, 1."""
    from PySide6.QtWidgets import QMessageBox

    (QMessageBox.critical if critical else QMessageBox.warning)(None, "sopdesk", text)
    return 1
