"""The Laporan menu, driven from the main window: weekly workbook, SOP book, cancel, failure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sopdesk.domain.isoweek import parse_week
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.open_result import offer_open
from sopdesk.ui.tasks import wait_for_all
from sopdesk.ui.week_picker import WeekPickerDialog
from tests.windows import open_window


@pytest.fixture
def window(qtbot: Any, db_path: Path, tmp_path: Path) -> Any:
    yield open_window(qtbot, db_path, tmp_path, "Penguji")
    wait_for_all()


def _choose_day(monkeypatch: Any, day: dt.date | None) -> list[str]:
    """Make the week picker choose ``day`` (None: Cancel); returns the week texts it showed."""
    shown: list[str] = []

    def exec_(dialog: WeekPickerDialog) -> int:
        shown.append(dialog.week_text())  # the default, last week
        if day is None:
            return QDialog.DialogCode.Rejected.value
        dialog.set_day(day)
        shown.append(dialog.week_text())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(WeekPickerDialog, "exec", exec_)
    return shown


def test_weekly_report_from_the_menu(qtbot: Any, window: MainWindow, monkeypatch: Any, tmp_path: Path) -> None:
    target = tmp_path / "minggu.xlsx"
    opened: list[QUrl] = []
    monkeypatch.setattr("sopdesk.ui.open_result.open_url", lambda url: opened.append(url) or True)
    shown = _choose_day(monkeypatch, dt.date(2026, 11, 12))  # a Thursday of ISO week 46
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.reports.written, timeout=30000) as written:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert written.args == [target]
    assert shown[-1] in ("Monday 09-11-2026 – Friday 13-11-2026 (week 46)",
                         "Senin 09-11-2026 – Jumat 13-11-2026 (Minggu ke-46)")
    book = load_workbook(target)
    assert book.sheetnames[:4] == ["Ringkasan", "Rincian", "Terlambat", "Per Pelaksana"]
    assert "Minggu 46" in " ".join(str(c.value) for row in book["Ringkasan"].iter_rows(max_row=4) for c in row)
    _click(_offer(window), ("Open file", "Buka berkas"))
    assert [Path(u.toLocalFile()) for u in opened] == [target]
    qtbot.waitUntil(lambda: not [b for b in window.findChildren(QMessageBox) if b.isVisible()])
    offer_open(window, [target], "Laporan")
    _click(_offer(window), ("Open folder", "Buka folder"))
    assert [Path(u.toLocalFile()) for u in opened] == [target, tmp_path]


def test_opening_that_fails_says_so(qtbot: Any, window: MainWindow, monkeypatch: Any, tmp_path: Path) -> None:
    said: list[str] = []
    monkeypatch.setattr("sopdesk.ui.open_result.open_url", lambda url: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    box = offer_open(window, [tmp_path / "a.pdf", tmp_path / "b.pdf"], "Ekspor")
    assert box is not None and "2" in box.text()
    assert [b.text().replace("&", "") for b in box.buttons()
            if b.text().replace("&", "") in ("Open file", "Buka berkas")] == []  # several files: the folder only
    _click(box, ("Open folder", "Buka folder"))
    assert said and str(tmp_path) in said[0]
    assert offer_open(window, [], "Ekspor") is None


def _offer(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _click(box: QMessageBox, labels: tuple[str, ...]) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") in labels)
    button.click()


def test_cancelling_the_week_picker_writes_nothing(qtbot: Any, window: MainWindow, monkeypatch: Any,
                                                   tmp_path: Path) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    shown = _choose_day(monkeypatch, None)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and not asked and not list(tmp_path.glob("*.xlsx"))


@pytest.mark.parametrize(("day", "week", "text"), [
    (dt.date(2026, 11, 29), (2026, 48), "Senin 23-11-2026 – Jumat 27-11-2026 (Minggu ke-48)"),  # a Sunday
    (dt.date(2027, 1, 1), (2026, 53), "Senin 28-12-2026 – Jumat 01-01-2027 (Minggu ke-53)"),
    (dt.date(2025, 12, 29), (2026, 1), "Senin 29-12-2025 – Jumat 02-01-2026 (Minggu ke-01)"),
])
def test_the_week_picker_takes_any_day_of_the_week(qtbot: Any, day: dt.date, week: tuple[int, int],
                                                   text: str) -> None:
    dialog = WeekPickerDialog(parse_week("2026-W10"))
    qtbot.addWidget(dialog)
    assert dialog.week() == parse_week("2026-W10") and dialog.day() == dt.date(2026, 3, 2)
    dialog.calendar.setSelectedDate(QDate(day.year, day.month, day.day))  # as a click does
    assert (dialog.week().year, dialog.week().week) == week
    english = text.replace("Senin", "Monday").replace("Jumat", "Friday").replace("Minggu ke-", "week ")
    assert dialog.label.text() in (text, english)


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


def test_the_week_picker_speaks_indonesian(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from sopdesk.ui.app import install_translators

    locale = QLocale()
    install_translators(qapp, "id")
    try:
        dialog = WeekPickerDialog(parse_week("2026-W48"))
        qtbot.addWidget(dialog)
        assert dialog.label.text() == "Senin 23-11-2026 – Jumat 27-11-2026 (Minggu ke-48)"
        assert dialog.windowTitle() == "Laporan mingguan"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(locale)
