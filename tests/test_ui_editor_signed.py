"""The editor names a step by its No as the sheet prints it (issue 14: "1, 2, 4", "5a"), not by its
position: the undo texts and history, the steps table's row header, the step panel, the status bar
messages and the domain's refusals; the execution's correction dialog too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopdesk.domain import editing, editing_flow
from sopdesk.domain.model import Sop
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.execution_dialogs import CorrectionDialog
from sopdesk.ui.settings import Settings
from tests import editor_driver as drive
from tests.test_signed_numbers import SIGNED, signed
from tests.test_ui_editor import _editor, settings  # noqa: F401 (fixture)

KALBAR = "kalbar-penyusunan-lkj-biro"  # lanes Kabag, Kasubbag TU, Tim LKj, Kepala Biro; 8 rows
SHOWN = [*SIGNED, "6", "7", "8"]  # rows 5-7 were signed with no number: their positions
ROW_5A, ROW_4 = SIGNED.index("5a"), SIGNED.index("4")


@pytest.fixture
def ed(qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> Iterator[EditorWindow]:  # noqa: F811
    with _editor(qtbot, settings, signed(sample_by_id[KALBAR])) as editor:
        yield editor


def _texts(ed: EditorWindow) -> list[str]:
    stack = ed.document.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_the_row_header_and_the_step_panel_show_the_signed_numbers(qtbot: Any, ed: EditorWindow) -> None:
    model = ed.steps_model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == SHOWN
    drive.click_cell(qtbot, ed, ROW_5A, 1)
    assert ed.panel.title() == "Step 5a"
    assert ed.document.step_name(ROW_5A) == "5a" and ed.document.step_name(len(SHOWN)) == str(len(SHOWN) + 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # Process ↔ decision
    assert _texts(ed) == ["Symbol of step 5a"]
    targets = ed.panel.targets[1]
    assert [targets.itemText(i).split(".")[0] for i in range(1, targets.count())] == SHOWN  # "4. Memerintahkan…"
    targets.setCurrentIndex(targets.findData(ROW_4))
    targets.activated.emit(targets.currentIndex())
    assert _texts(ed)[-1] == "Exit target of step 5a"


def test_undo_texts_name_the_step_as_signed(qtbot: Any, ed: EditorWindow) -> None:
    drive.click_cell(qtbot, ed, ROW_5A, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(ed.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # merges into one move
    assert _texts(ed) == ["Move step 5a"] and ed.act_undo.text().endswith("Move step 5a")
    assert ed.steps_model.headerData(ROW_5A + 2, Qt.Orientation.Vertical) == "5a"  # the number went with it
    drive.toggle_lane_cell(qtbot, ed, ROW_4, 2)  # step 4 into the Kabag lane
    drive.edit_cell(qtbot, ed, ROW_4, 1, "Rapat tim")
    assert _texts(ed)[1:] == ["Lane of step 4", "Edit Kegiatan of step 4"]
    drive.click_cell(qtbot, ed, ROW_5A + 2, 1)
    ed.flow_panel.text.setFocus()
    qtbot.keyClicks(ed.flow_panel.text, "Sesuai?")
    assert _texts(ed)[-1] == "Text in a symbol of step 5a"
    drive.click_cell(qtbot, ed, ROW_5A + 2, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Delete)
    assert _texts(ed)[-1] == "Delete step 5a"
    assert ed.statusBar().currentMessage() == "Step 5a deleted — Ctrl+Z brings it back."


def test_a_new_step_is_named_by_the_position_the_table_shows_for_it(qtbot: Any, ed: EditorWindow) -> None:
    """A new row has no signed number: the table shows its position, and the undo text says that."""
    drive.click_cell(qtbot, ed, ROW_5A, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # New step below 5a
    assert _texts(ed) == [f"New step {ROW_5A + 2}"]
    assert ed.steps_model.headerData(ROW_5A + 1, Qt.Orientation.Vertical) == str(ROW_5A + 2)


def test_merging_and_splitting_waktu_name_the_signed_steps(qtbot: Any, ed: EditorWindow) -> None:
    drive.click_cell(qtbot, ed, ROW_4, 1)
    ed.waktu_spans.split()
    assert ed.statusBar().currentMessage() == "Step 4 has a Waktu of its own."
    ed.waktu_spans.merge()  # with one row: it and the row below
    ed.waktu_spans.split()
    assert _texts(ed) == ["Merge Waktu of steps 4–5a", "Split Waktu of steps 4–5a"]


def test_a_refusal_names_the_step_as_signed(qtbot: Any, ed: EditorWindow) -> None:
    sop = ed.document.sop
    with pytest.raises(ValueError, match="langkah 5a bukan keputusan"):
        editing.set_exit(sop, ROW_5A, 0, label="Ya")
    with pytest.raises(ValueError, match="langkah 5a hanya punya satu simbol"):
        editing_flow.remove_symbol(sop, (ROW_5A, 0))
    with pytest.raises(ValueError, match="langkah 4 sudah awal bagan alir"):
        editing_flow.start_part(editing_flow.start_part(sop, ROW_4, "B"), ROW_4, "C")
    drive.click_cell(qtbot, ed, ROW_5A, 1)
    ed.flow_panel.lane.setCurrentIndex(2)  # Tim LKj: step 5a's own lane
    qtbot.mouseClick(ed.flow_panel.add_symbol, Qt.MouseButton.LeftButton)
    assert ed.statusBar().currentMessage() == "langkah 5a sudah punya simbol di kolom Tim LKj"
    assert _texts(ed) == []


def test_removing_a_used_lane_asks_naming_the_signed_steps(ed: EditorWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr("sopdesk.ui.editor.list_editor.QMessageBox.question", question)
    ed.lanes.list.setCurrentRow(0)  # Kabag Tatalaksana: rows 0, 4 and 6
    ed.lanes.remove_current()
    assert asked == ["Steps 1, 5b, 7 stand in lane “Kabag Tatalaksana”. Remove the lane and their symbols in it?"]
    assert _texts(ed) == []


def test_the_correction_dialog_names_the_records_step_as_signed(qtbot: Any, sample_by_id: dict[str, Sop],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from sopdesk.domain import execution as ex
    from sopdesk.ui.executions import ExecutionPanel

    sop = signed(sample_by_id[KALBAR])
    started = dt.datetime(2025, 6, 2, 8)
    execution = ex.Execution("LKj", "1", "Ana", started, records=(ex.StepRecord(ROW_5A, started),))
    titles: list[str] = []

    def shown(dialog: CorrectionDialog) -> int:
        titles.append(dialog.windowTitle())
        return CorrectionDialog.DialogCode.Rejected

    monkeypatch.setattr(CorrectionDialog, "exec", shown)
    panel = ExecutionPanel(lambda: dt.datetime(2025, 6, 2, 9), lambda: "Ana")
    qtbot.addWidget(panel)
    panel.current = (execution, sop)
    panel.correct_time()
    assert titles == ["Correct a time — record 1 (step 5a)"]


def _header(ed: EditorWindow, row: int) -> str:
    return str(ed.steps_model.headerData(row, Qt.Orientation.Vertical))


def test_typing_a_step_number_renames_the_row_and_undo_gives_the_old_one(qtbot: Any, ed: EditorWindow) -> None:
    """Issue 14: the No is set in the step panel; an empty No is the position (the placeholder)."""
    from PySide6.QtWidgets import QLineEdit

    drive.click_cell(qtbot, ed, ROW_4, 1)
    field = ed.panel.findChild(QLineEdit, "step_number")
    assert field is ed.panel.number and field.text() == "4" and field.placeholderText() == str(ROW_4 + 1)
    field.setFocus()
    drive.type_text(qtbot, field, "4a")
    assert _texts(ed) == []  # applied when the typing is finished
    with qtbot.waitSignal(ed.steps_model.headerDataChanged, timeout=1000) as header:  # the row header repaints
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert header.args == [Qt.Orientation.Vertical, ROW_4, ROW_4]
    assert _texts(ed) == ["Number of step 4"] and ed.act_undo.text().endswith("Number of step 4")
    assert _header(ed, ROW_4) == "4a" and ed.document.sop.steps[ROW_4].number == "4a"
    assert ed.panel.title() == "Step 4a"
    drive.click_cell(qtbot, ed, ROW_4, 1)
    qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _header(ed, ROW_4) == "4" and field.text() == "4" and ed.panel.title() == "Step 4"
    qtbot.keyClick(ed, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _header(ed, ROW_4) == "4a" and field.text() == "4a"


def test_a_cleared_number_shows_the_position_and_a_bad_one_is_refused(qtbot: Any, ed: EditorWindow) -> None:
    drive.click_cell(qtbot, ed, ROW_5A, 1)
    field = ed.panel.number
    field.setFocus()
    drive.type_text(qtbot, field, "")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _header(ed, ROW_5A) == str(ROW_5A + 1) and field.text() == "" and _texts(ed) == ["Number of step 5a"]
    drive.type_text(qtbot, field, "12345678901")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ed.statusBar().currentMessage() == "The No of step 4 has at most 10 characters; «12345678901» is too long"
    assert field.text() == "" and _texts(ed) == ["Number of step 5a"]  # nothing pushed, the No as it is
    drive.type_text(qtbot, field, "5a")
    drive.click_cell(qtbot, ed, ROW_4, 1)  # leaving the field applies it to its own step
    assert _header(ed, ROW_5A) == "5a" and _header(ed, ROW_4) == "4" and field.text() == "4"
    assert _texts(ed)[-1] == "Number of step 4"  # named as the row read before: its position


def test_two_rows_with_the_same_number_are_in_the_checker_list(qtbot: Any, ed: EditorWindow) -> None:
    drive.click_cell(qtbot, ed, ROW_5A, 1)
    assert not [f for f in ed.findings if f.rule == "number-twice"]
    ed.panel.number.setFocus()
    drive.type_text(qtbot, ed.panel.number, "4")
    qtbot.keyClick(ed.panel.number, Qt.Key.Key_Return)
    lines = [ed.checker.item(i).text() for i in range(ed.checker.count())]
    assert "step 4: No 4 is printed on more than one row (rows 3, 4); give each row a number of its own" in lines
    drive.click_cell(qtbot, ed, 0, 1)
    item = ed.checker.findItems("step 4: No 4", Qt.MatchFlag.MatchStartsWith)[0]
    ed.checker.itemActivated.emit(item)
    assert ed.current_step() == ROW_5A and ed.panel.number.hasFocus()
