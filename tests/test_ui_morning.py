"""A morning at the office (issue #10): three executions logged through the Pelaksanaan tab by
typing times as a person does (HH:MM; the clock has seconds the user never sees), then the
weekly report's headline figure and the late minutes, in the window and in the workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from sopdesk.domain.isoweek import parse_week
from sopdesk.io.weekly_xlsx import write_weekly
from sopdesk.store.reports import build_weekly_report
from sopdesk.ui.app import install_translators
from sopdesk.ui.execution_dialogs import MinuteEdit, StartDialog
from sopdesk.ui.executions import ExecutionPanel
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.windows import open_window

NOW = dt.datetime(2026, 11, 24, 11, 47, 33)  # a Tuesday morning, seconds and all
WEEK = parse_week("2026-W48")


@pytest.fixture
def indonesian() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    install_translators(app, "id")
    yield
    install_translators(app, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
           indonesian: None):
    win = open_window(qtbot, db_path, tmp_path, clock=lambda: NOW, size=(1366, 768))
    warnings: list[str] = []
    monkeypatch.setattr("sopdesk.ui.executions.QMessageBox.warning", lambda _p, _t, text: warnings.append(text))
    win._warnings = warnings  # type: ignore[attr-defined]
    yield win
    wait_for_all()


def type_time(qtbot, field: MinuteEdit, hhmm: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the hour and type "08:20", as a person does when the date is already right."""
    field.edit.setFocus()
    field.edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(field.edit, hhmm)
    assert field.edit.text().endswith(hhmm), field.edit.text()  # what the user sees: no seconds


def _open(qtbot, win: MainWindow, key: str) -> ExecutionPanel:  # type: ignore[no-untyped-def]
    win.open_sop_by_key(key)
    qtbot.waitUntil(lambda: win.executions.loaded_key == key, timeout=10000)
    panel = win.executions
    qtbot.waitUntil(lambda: not panel.executions or (panel.current is not None and panel.current[1].id == key),
                    timeout=10000)
    wait_for_all()
    win.tabs.setCurrentWidget(win.executions)
    return win.executions


def _start(qtbot, panel: ExecutionPanel, monkeypatch: pytest.MonkeyPatch, title: str, hhmm: str) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: StartDialog) -> int:
        qtbot.keyClicks(dialog.title, title)
        type_time(qtbot, dialog.started_at, hhmm)
        return StartDialog.DialogCode.Accepted

    monkeypatch.setattr(StartDialog, "exec", fill)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.current is not None and panel.current[0].title == title


def _press(qtbot, panel: ExecutionPanel, button, hhmm: str) -> None:  # type: ignore[no-untyped-def]
    type_time(qtbot, panel.when, hhmm)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _log(qtbot, panel: ExecutionPanel, start: str, finish: str) -> None:  # type: ignore[no-untyped-def]
    _press(qtbot, panel, panel.begin_button, start)
    _press(qtbot, panel, panel.finish_button, finish)


def _column(panel: ExecutionPanel, column: int) -> list[str]:
    return [panel.records.item(r, column).text() for r in range(panel.records.rowCount())]


def _all_columns_in_view(qtbot, panel: ExecutionPanel) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 the standard, due time, verdict, who and note are on screen without scrolling."""
    assert panel.window().width() == 1366
    qtbot.waitUntil(lambda: panel.records.viewport().width() > 0)
    header, view = panel.records.horizontalHeader(), panel.records.viewport().width()
    assert panel.records.horizontalScrollBar().maximum() == 0
    for column in (panel.STANDARD, panel.DUE, panel.VERDICT, panel.BY, panel.NOTE):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= view, column
        assert header.sectionSize(column) >= 30, column


def _ringkasan_rate(path: Path) -> float:
    """The "% tepat waktu" of the Ringkasan sheet's "Jumlah" row, as the Kabag reads it."""
    ws = openpyxl.load_workbook(path)["Ringkasan"]
    header = {c.value: c.column for c in ws[5] if c.value}
    total = next(r for r in range(6, ws.max_row + 1) if ws.cell(r, 2).value == "Jumlah")
    value = ws.cell(total, header["% tepat waktu"]).value
    assert isinstance(value, float | int)
    return float(value)


def test_a_morning_of_three_executions_all_within_their_standards(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _open(qtbot, window, "baritokuala-pola-pikir-budaya-kerja")  # 1, 1, Disesuaikan, 10, 1, 15 Menit
    _start(qtbot, panel, monkeypatch, "Apel pagi", "08:00")
    for start, finish in (("08:00", "08:01"), ("08:01", "08:02"), ("08:02", "08:30"), ("08:30", "08:40"),
                          ("08:40", "08:41"), ("08:41", "08:56")):
        _log(qtbot, panel, start, finish)
    assert _column(panel, panel.VERDICT) == ["tepat waktu"] * 2 + ["tanpa standar waktu"] + ["tepat waktu"] * 3
    assert panel.list.item(0, panel.STATE).text() == "selesai"

    panel = _open(qtbot, window, "baritokuala-pengaduan-masyarakat")  # 1, 1, 15, 1 Menit …
    _start(qtbot, panel, monkeypatch, "Pengaduan 17/XI", "09:00")
    for start, finish in (("09:00", "09:01"), ("09:01", "09:02"), ("09:02", "09:17"), ("09:17", "09:18")):
        _log(qtbot, panel, start, finish)
    assert panel.list.item(0, panel.STATE).text() == "berjalan"

    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")  # 1 jam, 2 jam, …
    _start(qtbot, panel, monkeypatch, "LKj 2026", "09:30")
    _log(qtbot, panel, "09:30", "10:30")
    _log(qtbot, panel, "10:30", "11:45")
    assert _column(panel, panel.VERDICT) == ["tepat waktu", "tepat waktu"]
    assert _column(panel, panel.STANDARD) == ["1 jam", "2 jam"]
    assert window._warnings == []  # type: ignore[attr-defined]
    _all_columns_in_view(qtbot, panel)

    assert window.db is not None
    report = build_weekly_report(window.db, WEEK, NOW)
    by_hand = 5 + 4 + 2  # finished steps with a fixed standard, every one within it
    assert (report.total.on_time, report.total.late, report.total.on_time_rate) == (by_hand, 0, 1)
    assert _ringkasan_rate(write_weekly(report, tmp_path / "minggu.xlsx")) == 1


def test_late_steps_give_their_exact_late_minutes_in_the_window_and_the_workbook(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")  # 1 jam, 2 jam, 2 minggu …
    _start(qtbot, panel, monkeypatch, "LKj 2026", "08:00")
    _log(qtbot, panel, "08:00", "10:29")  # 149 minutes for "1 jam": 89 late
    _log(qtbot, panel, "10:29", "11:40")
    panel = _open(qtbot, window, "lamandau-pengisian-e-sakip")  # 30 menit, 30 Menit, 1 Jam …
    _start(qtbot, panel, monkeypatch, "E-SAKIP 2026", "08:00")
    _log(qtbot, panel, "08:00", "08:37")  # 7 late
    _log(qtbot, panel, "08:37", "09:07")  # exactly 30: on time
    assert _column(panel, panel.VERDICT) == ["terlambat 7 menit", "tepat waktu"]
    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")
    assert _column(panel, panel.VERDICT) == ["terlambat 1 jam 29 menit", "tepat waktu"]

    assert window.db is not None
    report = build_weekly_report(window.db, WEEK, NOW)
    assert [(line.step_no, line.late_minutes) for line in report.late] == [("1", 89), ("1", 7)]
    assert report.total.on_time_rate == pytest.approx(2 / 4)
    path = write_weekly(report, tmp_path / "minggu.xlsx")
    ws = openpyxl.load_workbook(path)["Terlambat"]
    header = {c.value: c.column for c in ws[5] if c.value}
    late = [ws.cell(r, header["Keterlambatan (jam kerja)"]).value for r in (6, 7)]  # [h]:mm, read as durations
    assert late == [dt.timedelta(minutes=89), dt.timedelta(minutes=7)]
    assert _ringkasan_rate(path) == pytest.approx(0.5)


def test_a_future_day_typed_mid_edit_is_kept_until_the_month_is_changed(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")
    _start(qtbot, panel, monkeypatch, "LKj 2026", "08:00")
    _log(qtbot, panel, "08:00", "08:50")
    edit = panel.when.edit
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, "30")  # 30-11 (a future day, the month still says 11)
    assert panel.when.value().day == 30
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, "24")  # then back to today: nothing was refused on the way
    type_time(qtbot, panel.when, "09:00")
    assert panel.when.value() == dt.datetime(2026, 11, 24, 9, 0)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.begin_button, Qt.MouseButton.LeftButton)
    assert panel.when.value() == dt.datetime(2026, 11, 24, 9, 0)  # the field keeps the time entered
    type_time(qtbot, panel.when, "10:00")
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, "25")  # tomorrow: refused when the user commits, with a message
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
    assert window._warnings and "masa depan" in window._warnings[-1]  # type: ignore[attr-defined]
    assert _column(panel, panel.FINISHED) == ["08:50", ""]
    qtbot.mouseClick(panel.when.now_button, Qt.MouseButton.LeftButton)
    assert panel.when.value() == dt.datetime(2026, 11, 24, 11, 47)


def _click_in(qtbot, field: MinuteEdit, index: int) -> None:  # type: ignore[no-untyped-def]
    """A click on character ``index`` of the field's text (its right half)."""
    from PySide6.QtCore import QPoint

    line = field.edit.lineEdit()
    x = 4 + line.fontMetrics().horizontalAdvance(line.text()[:index]) + 2
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.wait(20)  # a person's hand moves from the mouse to the keys


@pytest.mark.parametrize(("how", "typed", "expected"), [
    ("right half of the hour", "09:15", dt.datetime(2026, 11, 30, 9, 15)),
    ("the colon", "09:15", dt.datetime(2026, 11, 30, 9, 15)),
    ("the day", "27-11-2026 10:30", dt.datetime(2026, 11, 27, 10, 30)),
    ("select all", "01-11-2026 09:00", dt.datetime(2026, 11, 1, 9, 0)),
])
def test_times_typed_after_a_click_anywhere_read_as_typed(qtbot, how: str, typed: str,  # type: ignore[no-untyped-def]
                                                          expected: dt.datetime) -> None:
    """Found by a reviewer: a click in the right half of "17" then "09:15" gave 17:09; "01-11-2026"
    typed over a date kept the old month (the "-" jumped over it)."""
    field = MinuteEdit(lambda: dt.datetime(2026, 11, 30, 17, 0, 41))
    qtbot.addWidget(field)
    field.resize(320, 32)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    if how == "select all":
        field.edit.setFocus()
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        _click_in(qtbot, field, {"right half of the hour": 12, "the colon": 13, "the day": 1}[how])
    qtbot.keyClicks(field.edit, typed)
    assert field.value() == expected
