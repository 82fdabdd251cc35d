"""Errors in the GUI, offscreen: a slot that raises, background refusals and failures, the error
dialog in Indonesian, and the About box, none of them showing a database password."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from sopdesk import __version__, logs
from sopdesk.store.errors import StoreError
from sopdesk.ui import error_dialog, errors
from sopdesk.ui.about import about_text
from sopdesk.ui.app import install_translators
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import run_task, wait_for_all

SECRET_URL = "postgresql://user:secret@127.0.0.1:9/sop"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log written to a folder of this test; hooks and handlers put back afterwards."""
    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logs.faulthandler, "enable", lambda _file: None)
    root = logging.getLogger()
    level = root.level
    path = logs.setup_logging()
    assert path is not None
    yield path
    for handler in [h for h in root.handlers if getattr(h, "sopdesk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the error dialog would show: (message, details)."""
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, message, details: calls.append((message, details)))
    return calls


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of message boxes (critical, warning, about)."""
    texts: list[str] = []
    for kind in ("critical", "warning", "about"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *_a: texts.append(text))
    return texts


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown(qtbot, log_file: Path,  # type: ignore[no-untyped-def]
                                                shown: list[tuple[str, str]]) -> None:
    errors.install_gui_hooks()
    button = QPushButton("x")
    qtbot.addWidget(button)

    def slot_that_fails() -> None:
        raise RuntimeError(f"boom while opening {SECRET_URL}")

    button.clicked.connect(slot_that_fails)
    button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    message, details = shown[0]
    assert message.startswith("RuntimeError: boom while opening")
    assert "slot_that_fails" in details and "Traceback" in details
    assert details.startswith(f"sopdesk {__version__}, Python ")  # what the help desk asks first
    text = log_file.read_text("utf-8")
    assert "ERROR sopdesk" in text and "slot_that_fails" in text and "RuntimeError: boom" in text
    assert "secret" not in text


def test_the_error_dialog_speaks_indonesian_and_hides_the_password(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "id")
    try:
        dialog = error_dialog.ErrorDialog(None, f"OperationalError: {SECRET_URL}",
                                    f'Traceback (most recent call last):\n  File "x.py"\nError: {SECRET_URL}')
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Kesalahan tak terduga"
        assert dialog.copy_button.text() == "Salin rincian"
        assert dialog.folder_button.text() == "Buka folder log"
        dialog.show()
        dialog.resize(640, 420)
        dialog.grab().save(str(tmp_path / "error-dialog.png"))
    finally:
        install_translators(app, "en")
    texts = [w.text() for w in dialog.findChildren(QPushButton)] + [dialog.details]
    texts += [label.text() for label in dialog.findChildren(error_dialog.QLabel)]
    assert not any("secret" in t for t in texts)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert "user:***@127.0.0.1" in dialog.details
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))
    dialog.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "log"]


def test_no_program_for_the_log_folder_says_where_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))
    assert error_dialog.open_log_folder() is False
    assert len(shown) == 1 and str(tmp_path / "log") in shown[0]


def test_an_expected_refusal_in_the_background_is_a_message_logged_without_traceback(
        qtbot, boxes: list[str], shown: list[tuple[str, str]],  # type: ignore[no-untyped-def]
        caplog: pytest.LogCaptureFixture) -> None:
    def refuse(_progress: object) -> None:
        raise StoreError(f"Basis data {SECRET_URL} sedang dikunci.")

    with caplog.at_level(logging.INFO, logger="sopdesk"):
        run_task(refuse, lambda _r: None)  # the default failure presenter
        qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes == ["Basis data postgresql://user:***@127.0.0.1:9/sop sedang dikunci."]
    assert shown == []
    records = [r for r in caplog.records if r.name == "sopdesk.ui.tasks"]
    assert [(r.levelno, r.exc_info) for r in records] == [(logging.INFO, None)]


def test_an_unexpected_error_in_the_background_opens_the_dialog_and_logs_the_traceback(
        qtbot, boxes: list[str], shown: list[tuple[str, str]],  # type: ignore[no-untyped-def]
        caplog: pytest.LogCaptureFixture) -> None:
    def fail(_progress: object) -> None:
        raise KeyError("no such column")

    with caplog.at_level(logging.INFO, logger="sopdesk"):
        run_task(fail, lambda _r: None)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert boxes == []
    assert shown[0][0] == "KeyError: 'no such column'" and "in fail" in shown[0][1]
    records = [r for r in caplog.records if r.name == "sopdesk.ui.tasks"]
    assert len(records) == 1 and records[0].levelno == logging.ERROR and records[0].exc_info is not None


def test_the_about_box_tells_the_help_desk_what_it_needs() -> None:
    text = about_text(SECRET_URL)
    assert "secret" not in text and "user:***@127.0.0.1:9/sop" in text
    assert f"sopdesk {__version__}" in text and str(logs.log_folder()) in text
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in text and "Qt 6." in text


def test_a_server_database_with_a_password_never_shows_it(qtbot, tmp_path: Path, log_file: Path,  # type: ignore[no-untyped-def]
                                                         boxes: list[str], shown: list[tuple[str, str]]) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(SECRET_URL, settings)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: bool(boxes or shown), timeout=30000)
    wait_for_all()
    win._about()
    seen = [*boxes, *(m + d for m, d in shown), win.windowTitle(), win.status_label.text(),
            log_file.read_text("utf-8")]
    assert any("user:***@127.0.0.1:9/sop" in text for text in boxes)  # the About box names the server
    assert not [text for text in seen if "secret" in text]


def test_the_smoke_check_names_a_holiday_in_indonesian() -> None:
    from sopdesk.ui.smoke import holidays_line

    assert holidays_line(2026).endswith("17 August: Hari Kemerdekaan Republik Indonesia")
