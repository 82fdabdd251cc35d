"""Issue 14 with the keyboard: the Waktu of two steps merged into one cell in the editor (Shift+↓
selects the rows, Ctrl+G merges), drawn as one cell, undone and redone, saved, then an execution
logged through the span (a trial run of the draft): both rows show the span's verdict."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopdesk.layout.flowchart import FlowchartLayout
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests import editor_driver as drive
from tests import test_ui_editor_v2
from tests.test_ui_editor import new_blank
from tests.test_ui_executions import _click, _open, _start, _verdicts

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
window = test_ui_editor_v2.window  # the fixture: the main window at 1366×768, its clock on 30-06-2025


def _waktu_cells(layout: FlowchartLayout | None) -> list[tuple[str, ...]]:
    """The Waktu cells drawn on the first page, as their lines."""
    assert layout is not None
    return [t.lines for t in layout.pages[0].texts if t.role == "standard_time"]


def _merged_height(ed: EditorWindow) -> bool:
    """True when the drawn Waktu cell of row 2 reaches the foot of row 3."""
    assert ed.scene.layout is not None
    page = ed.scene.layout.pages[0]
    cell = next(t for t in page.texts if t.role == "standard_time" and t.lines == ("1 jam",))
    return abs(cell.rect.bottom - page.row_rects[2].bottom) < 0.01


def test_merge_the_waktu_of_two_steps_undo_redo_save_and_run_through_it(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    ed = new_blank(qtbot, window, monkeypatch, "Uji Waktu bersama")
    drive.click_cell(qtbot, ed, 0, 1)
    for _ in range(2):
        qtbot.keyClick(ed.table, Qt.Key.Key_Return, CTRL)
    waktu = ed.steps_model.column_of("standard_time")
    for row, (activity, standard) in enumerate([("Mulai", "5 menit"), ("Periksa", "1 jam"), ("Paraf", "10 menit"),
                                                ("Selesai", "5 menit")]):
        drive.edit_cell(qtbot, ed, row, 1, activity)
        drive.edit_cell(qtbot, ed, row, waktu, standard)
    before = ed.document.sop
    drive.click_cell(qtbot, ed, 1, waktu)
    qtbot.keyClick(ed.table, Qt.Key.Key_Down, SHIFT)  # rows 2 and 3 selected
    qtbot.keyClick(ed.table, Qt.Key.Key_G, CTRL)  # Merge Waktu
    merged = ed.document.sop
    assert [(s.standard_time, s.time_rows) for s in merged.steps] == [("5 menit", 1), ("1 jam", 2), ("", 1),
                                                                        ("5 menit", 1)]
    assert ed.table.rowSpan(1, waktu) == 2 and _merged_height(ed)
    assert _waktu_cells(ed.scene.layout).count(("1 jam",)) == 1 and ("10 menit",) not in _waktu_cells(ed.scene.layout)
    assert "tanpa standar" not in ed.total.text()  # the row under the merged cell is not a step without one
    ed.resize(1366, 768)
    ed.grab().save("/tmp/spanrows-editor.png")
    assert ed.document.undo_stack.undoText() == "Merge Waktu of steps 2–3"
    qtbot.keyClick(ed, Qt.Key.Key_Z, CTRL)
    assert ed.document.sop == before and ed.table.rowSpan(1, waktu) == 1
    qtbot.keyClick(ed, Qt.Key.Key_Y, CTRL)
    assert ed.document.sop == merged and ed.table.rowSpan(1, waktu) == 2 and _merged_height(ed)
    with qtbot.waitSignal(ed.saved, timeout=10000):
        qtbot.keyClick(ed, Qt.Key.Key_S, CTRL)
    assert window.db is not None and window.db.sops.load(ed.document.revision_id or 0).steps[1].time_rows == 2
    key = merged.id
    ed.close()
    wait_for_all()

    panel = _open(qtbot, window, key)
    _start(qtbot, panel, monkeypatch, "Surat 9", dt.datetime(2025, 6, 2, 8))
    for start, finish in ((0, 5), (5, 45), (45, 75), (75, 80)):  # the span: 70 of 60 minutes together
        _click(qtbot, panel, panel.begin_button, dt.datetime(2025, 6, 2, 8) + dt.timedelta(minutes=start))
        _click(qtbot, panel, panel.finish_button, dt.datetime(2025, 6, 2, 8) + dt.timedelta(minutes=finish))
    verdicts = _verdicts(panel)
    assert verdicts[1] == verdicts[2] and "10" in verdicts[1] and verdicts[0] == verdicts[3]
    assert [panel.records.item(r, panel.STANDARD).text() for r in range(4)] == ["5 menit", "1 jam", "1 jam",
                                                                                "5 menit"]
    panel.window().grab().save("/tmp/spanrows-execution.png")
