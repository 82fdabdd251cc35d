"""Drive the SOP editor as a user does: clicks, keys and the clipboard (pytest-qt)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from sopdesk.domain.dates import format_date_short
from sopdesk.domain.model import Sop, Symbol
from sopdesk.domain.sheet_setup import LANE_COLUMN, SheetSetup
from sopdesk.ui.editor.list_editor import ListEditor
from sopdesk.ui.editor.sheet_panel import SheetPanel
from sopdesk.ui.editor.window import EditorWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Select all in ``widget`` and type ``text`` (long texts are pasted, as from Word)."""
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if not text:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    elif len(text) > 30:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)
    else:
        qtbot.keyClicks(widget, text)


def click(qtbot: Any, widget: QWidget, pos: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def double_click(qtbot: Any, widget: QWidget, pos: QPoint) -> None:
    """Press, release, double-click, release: the events Qt delivers for a user's double-click."""
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(widget, left, pos=pos)
    qtbot.mouseDClick(widget, left, pos=pos)
    qtbot.mouseRelease(widget, left, pos=pos)


def fill_line(qtbot: Any, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    click(qtbot, widget)
    type_text(qtbot, widget, text)


def click_cell(qtbot: Any, ed: EditorWindow, row: int, column: int) -> None:
    index = ed.steps_model.index(row, column)
    ed.table.scrollTo(index)
    click(qtbot, ed.table.viewport(), ed.table.visualRect(index).center())
    assert ed.table.currentIndex().row() == row


def toggle_lane_cell(qtbot: Any, ed: EditorWindow, row: int, column: int) -> None:
    """Put the step of ``row`` in the lane of ``column`` or take it away: a double-click on
    the table's lane cell (a plain click only selects it)."""
    index = ed.steps_model.index(row, column)
    ed.table.scrollTo(index)
    double_click(qtbot, ed.table.viewport(), ed.table.visualRect(index).center())
    assert ed.table.currentIndex().row() == row


def enter(qtbot: Any, widget: QWidget) -> None:
    """Press Enter, then let Qt run what it queued (the item view commits an editor's data
    through a queued call), as it does before the user's next action arrives."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()


def edit_cell(qtbot: Any, ed: EditorWindow, row: int, column: int, text: str) -> None:
    click_cell(qtbot, ed, row, column)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, text)
    enter(qtbot, editor)


def fill_list(qtbot: Any, editor: ListEditor, values: tuple[str, ...] | list[str]) -> None:
    """Remove what the list holds, then add ``values`` one by one."""
    while editor.list.count():
        click(qtbot, editor.list.viewport(), editor.list.visualItemRect(editor.list.item(0)).center())
        click(qtbot, editor.remove_button)
    for value in values:
        click(qtbot, editor.add_button)
        item_editor = focused()
        assert isinstance(item_editor, QLineEdit)
        type_text(qtbot, item_editor, value)
        enter(qtbot, item_editor)


def show_tab(qtbot: Any, ed: EditorWindow, index: int) -> None:
    bar = ed.tabs.tabBar()
    click(qtbot, bar, bar.tabRect(index).center())


def answer_new_sop(qtbot: Any, title: str, source: str | None = None, cancel: bool = False) -> list[Any]:
    """Fill the *SOP baru* dialog when it opens (modal): type ``title``, choose blank or the copy
    of the SOP ``source`` (a key), then OK, or Batal. Returns [the dialog, (its title, its
    source key)] once it has run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from sopdesk.ui.editor.new_dialog import NewSopDialog

    seen: list[Any] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewSopDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        finally:  # a failed step still ends the modal dialog (the test then fails on ``seen``)
            if dialog.isVisible():
                dialog.reject()

    def fill(dialog: NewSopDialog) -> None:
        qtbot.waitExposed(dialog)
        dialog.name.setFocus()
        type_text(qtbot, dialog.name, title)
        if source is not None:
            click(qtbot, dialog.copy, QPoint(8, dialog.copy.height() // 2))  # on the round button
            dialog.source.setCurrentIndex(dialog.source.findData(source))
        button = QDialogButtonBox.StandardButton.Cancel if cancel else QDialogButtonBox.StandardButton.Ok
        click(qtbot, dialog.buttons.button(button))
        seen.append((dialog.title(), dialog.source_key()))

    QTimer.singleShot(0, act)
    return seen


def rebuild(qtbot: Any, ed: EditorWindow, target: Sop) -> None:
    """Make the blank SOP in ``ed`` into ``target`` with mouse and keyboard alone."""
    show_tab(qtbot, ed, 1)  # Identitas
    form = ed.identity
    for name in ("title", "number"):
        fill_line(qtbot, form.fields[name], getattr(target, name))
    for name in ("made_on", "revised_on", "effective_on"):
        fill_line(qtbot, form.fields[name], format_date_short(getattr(target, name)))
    for name in ("position", "name", "nip", "rank"):
        fill_line(qtbot, form.fields[f"approval.{name}"], getattr(target.approval, name))
    fill_line(qtbot, form.summary, target.summary)
    for name, editor in form.lists.items():
        fill_list(qtbot, editor, getattr(target, name))
    show_tab(qtbot, ed, 0)  # Langkah
    lanes = ed.lanes
    click(qtbot, lanes.list.viewport(), lanes.list.visualItemRect(lanes.list.item(0)).center())
    qtbot.keyClick(lanes.list, Qt.Key.Key_Return)
    type_text(qtbot, focused(), target.lanes[0].name)
    enter(qtbot, focused())
    for lane in target.lanes[1:]:
        click(qtbot, lanes.add_button)
        type_text(qtbot, focused(), lane.name)
        enter(qtbot, focused())
    click_cell(qtbot, ed, 0, 1)
    for _ in range(len(target.steps) - len(ed.document.sop.steps)):
        qtbot.keyClick(ed.table, Qt.Key.Key_Return, CTRL)
    model = ed.steps_model
    for row, step in enumerate(target.steps):
        for field in ("activity", "requirements", "standard_time", "output", "remarks"):
            if getattr(ed.document.sop.steps[row], field) != getattr(step, field):
                edit_cell(qtbot, ed, row, model.column_of(field), getattr(step, field))
        wanted = [target.lane_index(lane_id) for lane_id in step.lanes]  # in the order the work passes
        for lane in range(len(target.lanes)):  # clear the row, then mark the lanes in that order
            if model.index(row, 2 + lane).data(Qt.ItemDataRole.UserRole):
                toggle_lane_cell(qtbot, ed, row, 2 + lane)
        for lane in wanted:
            toggle_lane_cell(qtbot, ed, row, 2 + lane)
        if step.symbol is Symbol.DECISION:
            _decision(qtbot, ed, row, target)
    if target.setup != SheetSetup():
        rebuild_sheet(qtbot, ed, target)
        show_tab(qtbot, ed, 0)


def rebuild_sheet(qtbot: Any, ed: EditorWindow, target: Sop) -> None:
    """On the Lembar tab: click the table's switches, type the labels and uncheck the unnumbered
    columns of ``target`` (its lanes matched to ``ed``'s by position)."""
    panel = ed.findChild(SheetPanel)
    assert panel is not None
    ed.tabs.setCurrentWidget(panel)
    setup = target.setup
    for name, box in panel.switches.items():
        if box.isChecked() != getattr(setup, name):
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    for key, text in setup.labels:
        line = panel.labels[key].lineEdit()
        assert line is not None
        fill_line(qtbot, line, text)
    lanes = {LANE_COLUMN + a.id: LANE_COLUMN + b.id for a, b in zip(target.lanes, ed.document.sop.lanes, strict=True)}
    blank = {lanes.get(key, key) for key in setup.unnumbered}
    for row in range(panel.numbered.count()):
        item = panel.numbered.item(row)
        if (item.data(Qt.ItemDataRole.UserRole) in blank) == (item.checkState() == Qt.CheckState.Checked):
            panel.numbered.setFocus()
            panel.numbered.setCurrentRow(row)
            qtbot.keyClick(panel.numbered, Qt.Key.Key_Space)


def _decision(qtbot: Any, ed: EditorWindow, row: int, target: Sop) -> None:
    click_cell(qtbot, ed, row, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_K, CTRL)
    for which, exit_ in enumerate(target.steps[row].exits):
        fill_line(qtbot, ed.panel.labels[which], exit_.label)
        if exit_.target is not None:
            qtbot.keyClick(ed.panel.labels[which], Qt.Key.Key_Tab)
            combo = focused()
            assert combo is ed.panel.targets[which]
            for _ in range(exit_.target + 1):  # item 0 is "the next step"
                qtbot.keyClick(combo, Qt.Key.Key_Down)
