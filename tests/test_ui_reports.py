"""The Laporan menu, driven from the main window: weekly workbook, SOP book, cancel, failure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from sopdesk.domain.isoweek import parse_week
from sopdesk.ui import settings as opt
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import wait_for_all


@pytest.fixture
def window(qtbot: Any, db_path: Path, tmp_path: Path) -> Any:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(opt.USER_NAME, "Penguji")
    win = MainWindow(db_path, settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.catalogueLoaded, timeout=20000), qtbot.waitSignal(win.sopShown, timeout=20000):
        win.start()
    yield win
    wait_for_all()


def test_weekly_report_from_the_menu(qtbot: Any, window: MainWindow, monkeypatch: Any, tmp_path: Path) -> None:
    target = tmp_path / "minggu.xlsx"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2026-W46", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.reports.written, timeout=30000) as written:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert written.args == [target]
    book = load_workbook(target)
    assert book.sheetnames[:4] == ["Ringkasan", "Rincian", "Terlambat", "Per Pelaksana"]
    assert "Minggu 46" in " ".join(str(c.value) for row in book["Ringkasan"].iter_rows(max_row=4) for c in row)


def test_a_bad_week_says_why_and_writes_nothing(qtbot: Any, window: MainWindow, monkeypatch: Any,
                                                tmp_path: Path) -> None:
    said: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2026-W54", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert said and "53" in said[0]
    assert not list(tmp_path.glob("*.xlsx"))


def test_a_failing_write_leaves_no_file_and_says_so(qtbot: Any, window: MainWindow, monkeypatch: Any,
                                                    tmp_path: Path) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    target = tmp_path / "no-such-folder" / "minggu.xlsx"
    handle = window.reports.write_weekly(parse_week("2026-W46"), target)
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert "no partial file" in said[0] or "tidak" in said[0]
    assert not target.exists() and not list(tmp_path.rglob("*.tmp"))
    assert handle is not None


def test_cancelling_writes_nothing(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "buku.pdf"
    handle = window.reports.write_book(target, 2026)
    handle.cancel()
    qtbot.waitUntil(lambda: "nothing was written" in window.status_label.text()
                    or "tidak ada" in window.status_label.text(), timeout=30000)
    assert not target.exists() and not list(tmp_path.glob("*.tmp"))


def test_sop_book_from_the_menu(qtbot: Any, window: MainWindow, monkeypatch: Any, tmp_path: Path) -> None:
    target = tmp_path / "buku.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = next(a for a in window.findChildren(type(window.reports.act_print)) if "book as PDF" in a.text()
                  or "Buku SOP" in a.text())
    with qtbot.waitSignal(window.reports.written, timeout=60000):
        action.trigger()
    pages = PdfReader(target).pages
    assert len(pages) > 3 and "DAFTAR ISI" in (pages[2].extract_text() or "").upper()
