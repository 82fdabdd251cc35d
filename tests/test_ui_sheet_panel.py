"""The editor's Lembar (sheet) tab, driven with clicks and keys: every choice is one undoable
command, the drawing follows it, Ctrl+Z goes back to the original and Ctrl+Y forward, and the
choices survive a save and a reload."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QPushButton, QWidget

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import (
    HeadLine,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SheetSetup,
    SignatureMode,
    Weight,
)
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.sheet_panel import SheetPanel
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from tests import editor_driver as drive
from tests.test_ui_editor import new_blank, settings, window  # noqa: F401 (fixtures)

CTRL = Qt.KeyboardModifier.ControlModifier
FOOTNOTE = "Dokumen ini telah ditandatangani secara elektronik"


def _picture(path: Path, colour: str) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def _texts(editor: EditorWindow) -> list[str]:
    layout = editor.scene.layout
    assert layout is not None
    return [line for page in layout.pages for block in page.texts for line in block.lines]


def _choose(qtbot: Any, combo: QComboBox, data: str) -> None:
    """Move ``combo`` to the item of ``data`` with the arrow keys (as a user does)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentIndex() == target, f"{combo.objectName()} did not move to {data}"


def _button(panel: QWidget, text: str, index: int) -> QPushButton:
    buttons = [b for b in panel.findChildren(QPushButton) if b.text() == text]
    return buttons[index]


def test_every_sheet_choice_is_one_command(qtbot: Any, window: MainWindow, monkeypatch: Any,  # noqa: F811
                                           tmp_path: Path) -> None:
    editor = new_blank(qtbot, window, monkeypatch, "SOP lembar")
    try:
        _drive(qtbot, window, editor, monkeypatch, tmp_path)
    finally:  # a failure leaves no unsaved-changes question at teardown
        editor.document.undo_stack.setClean()


def _drive(qtbot: Any, window: MainWindow, editor: EditorWindow, monkeypatch: Any,  # noqa: F811
           tmp_path: Path) -> None:
    panel = editor.findChild(SheetPanel)
    assert panel is not None
    editor.tabs.setCurrentWidget(panel)
    doc, stack = editor.document, editor.document.undo_stack
    original, start = doc.sop, stack.count()
    assert "remarks" in editor.scene.layout.columns.text  # type: ignore[union-attr]

    # the table: Keterangan column off, the number row on, the total row off
    for name in ("remarks_column", "numbers_row", "total_row"):
        box = panel.switches[name]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert (doc.sop.setup.remarks_column, doc.sop.setup.numbers_row, doc.sop.setup.total_row) == (False, True, False)
    assert "remarks" not in editor.scene.layout.columns.text  # type: ignore[union-attr]
    assert stack.count() == start + 3

    # a label typed (one command for the whole word) and a variant chosen from the list
    line = panel.labels["activity"].lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Aktivitas")
    panel.labels["requirements"].setFocus()
    qtbot.keyClick(panel.labels["requirements"], Qt.Key.Key_Down)  # the first variant
    assert doc.sop.setup.labels == (("activity", "Aktivitas"), ("requirements", "Persyaratan/Perlengkapan"))
    assert "Aktivitas" in _texts(editor) and "Kegiatan" not in _texts(editor)
    assert stack.count() == start + 5

    # a list style, the paper
    _choose(qtbot, panel.list_styles["legal_basis"], ListStyle.DASH.value)
    _choose(qtbot, panel.paper_size, PaperSize.LETTER.value)
    _choose(qtbot, panel.orientation, Orientation.PORTRAIT.value)
    assert doc.sop.setup.list_style("legal_basis") is ListStyle.DASH
    assert doc.sop.setup.paper == Paper(PaperSize.LETTER, Orientation.PORTRAIT)
    page = editor.scene.layout.pages[0]  # type: ignore[union-attr]
    assert page.width < page.height
    assert stack.count() == start + 6 + 4  # the size moved through A4, F4, Letter; one command each

    # the letterhead: a line added, then made small
    count = stack.count()
    qtbot.mouseClick(panel.letterhead.add_button, Qt.MouseButton.LeftButton)
    drive.type_text(qtbot, drive.focused(), "Jl. Jend. Sudirman No. 1")
    drive.enter(qtbot, drive.focused())
    assert doc.sop.letterhead == (HeadLine("Jl. Jend. Sudirman No. 1", Weight.BOLD),)  # the first line: bold
    _choose(qtbot, panel.letterhead.weight, Weight.SMALL.value)
    assert doc.sop.letterhead == (HeadLine("Jl. Jend. Sudirman No. 1", Weight.SMALL),)
    assert stack.count() == count + 3  # the line; its weight through regular to small

    # the logo: a bad file is refused with a message and changes nothing; a picture is taken
    count = stack.count()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not a picture")
    chosen = [bad, _picture(tmp_path / "good.png", "blue"), _picture(tmp_path / "qr.png", "black")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(chosen.pop(0)), ""))
    qtbot.mouseClick(_button(panel, panel.tr("Choose picture…"), 0), Qt.MouseButton.LeftButton)
    assert warnings and "PNG" in warnings[0] and not doc.sop.logo and stack.count() == count
    qtbot.mouseClick(_button(panel, panel.tr("Choose picture…"), 0), Qt.MouseButton.LeftButton)
    assert doc.sop.logo.startswith(b"\x89PNG") and panel.logo.pixmap() is not None

    # the signature: electronic, its QR chosen, its footnote typed (one command)
    _choose(qtbot, panel.signature_mode, SignatureMode.ELECTRONIC.value)
    assert panel.electronic.isEnabled()
    qtbot.mouseClick(_button(panel, panel.tr("Choose picture…"), 1), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.footnote, FOOTNOTE)
    assert doc.sop.signature.mode is SignatureMode.ELECTRONIC and doc.sop.signature.qr.startswith(b"\x89PNG")
    assert doc.sop.signature.footnote == FOOTNOTE
    assert any(FOOTNOTE in text for text in _texts(editor))
    assert stack.count() == count + 4  # the logo, the mode, the QR, the footnote typed
    final = doc.sop

    # Ctrl+Z back to the original, Ctrl+Y forward again
    editor.table.setFocus()
    for _ in range(stack.count() - start):
        qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert doc.sop == original
    assert panel.switches["remarks_column"].isChecked() and panel.labels["activity"].currentText() == ""
    assert "remarks" in editor.scene.layout.columns.text  # type: ignore[union-attr]
    for _ in range(stack.count() - start):
        qtbot.keyClick(editor.table, Qt.Key.Key_Y, CTRL)
    assert doc.sop == final
    assert panel.paper_size.currentData() == PaperSize.LETTER.value and panel.footnote.toPlainText() == FOOTNOTE

    # save, reload
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert window.db is not None
    saved = window.db.sops.load(editor.document.revision_id or 0)
    assert (saved.setup, saved.letterhead, saved.logo, saved.signature) == (
        final.setup, final.letterhead, final.logo, final.signature)


def test_mutu_baku_columns_and_numbered_columns_are_one_command_each(qtbot: Any, window: MainWindow,  # noqa: F811
                                                                      monkeypatch: Any) -> None:
    editor = new_blank(qtbot, window, monkeypatch, "SOP kolom")
    try:
        _drive_columns(qtbot, editor)
    finally:  # a failure leaves no unsaved-changes question at teardown
        editor.document.undo_stack.setClean()


def _numbers(editor: EditorWindow) -> list[tuple[float, str]]:
    layout = editor.scene.layout
    assert layout is not None
    return sorted((t.rect.x, " ".join(t.lines)) for t in layout.pages[0].texts if t.role == "column_number")


def _drive_columns(qtbot: Any, editor: EditorWindow) -> None:
    panel = editor.findChild(SheetPanel)
    assert panel is not None
    editor.tabs.setCurrentWidget(panel)
    doc, stack = editor.document, editor.document.undo_stack
    original, start = doc.sop, stack.count()

    # Kelengkapan and Output off: Waktu alone, the drawing follows
    for name in ("requirements_column", "output_column"):
        box = panel.switches[name]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert (doc.sop.setup.requirements_column, doc.sop.setup.time_column, doc.sop.setup.output_column) == (
        False, True, False)
    columns = editor.scene.layout.columns.text  # type: ignore[union-attr]
    assert "requirements" not in columns and "output" not in columns and "standard_time" in columns
    assert "Mutu Baku" not in _texts(editor) and stack.count() == start + 2

    # the number row on; the list of columns follows the table and is enabled with it
    assert not panel.numbered.isEnabled()
    box = panel.switches["numbers_row"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert panel.numbered.isEnabled()
    keys = [panel.numbered.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.numbered.count())]
    lanes = [f"lane:{lane.id}" for lane in doc.sop.lanes]
    assert keys == ["number", "activity", *lanes, "standard_time", "remarks"]
    before = _numbers(editor)
    assert [n for _x, n in before] == [str(k) for k in range(1, len(keys) + 1)]

    # the first lane's number unchecked with the keyboard (Space): its cell blank, the rest count on
    panel.numbered.setFocus()
    panel.numbered.setCurrentRow(2)
    qtbot.keyClick(panel.numbered, Qt.Key.Key_Space)
    assert doc.sop.setup.unnumbered == (lanes[0],)
    after = _numbers(editor)
    assert [n for _x, n in after] == [str(k) for k in range(1, len(keys))]
    assert before[2][0] not in {x for x, _n in after}
    assert stack.count() == start + 4

    # no heading over the flowchart, no signature block under it; a line over the identity block typed
    for name in ("flowchart_heading", "signature_block"):
        box = panel.switches[name]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    roles = {t.role for page in editor.scene.layout.pages for t in page.texts}  # type: ignore[union-attr]
    assert "title" not in roles and "signature" not in roles
    qtbot.keyClicks(panel.identity_heading, "STANDAR OPERASIONAL PROSEDUR")
    assert doc.sop.setup.identity_heading == "STANDAR OPERASIONAL PROSEDUR"
    assert stack.count() == start + 7  # the typed line is one command

    # Ctrl+Z back to the original, the panel follows
    editor.table.setFocus()
    for _ in range(stack.count() - start):
        qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert doc.sop == original
    assert panel.switches["requirements_column"].isChecked() and not panel.numbered.isEnabled()
    assert panel.numbered.item(2).checkState() == Qt.CheckState.Checked
    assert panel.identity_heading.text() == "" and panel.switches["flowchart_heading"].isChecked()


def test_a_label_typed_through_the_standard_one_is_kept(qtbot: Any, settings: Settings,  # noqa: F811
                                                        sample_by_id: dict[str, Sop]) -> None:
    """Typing "No." passes through "No", the standard label: the field keeps what is typed (it was
    emptied, and "No." came out as "."); "Keterangan" typed over an empty column is kept, as
    Lamandau's sheet heads it (without a label it prints "Ket.")."""
    sop = replace(sample_by_id["kalbar-penyusunan-lkj-biro"], setup=SheetSetup())
    editor = EditorWindow(SopDocument(sop, 1), lambda r, s: 1, settings, lambda: dt.date(2026, 12, 2), [])
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.findChild(SheetPanel)
    assert panel is not None
    editor.tabs.setCurrentWidget(panel)
    try:
        for key, text in (("step_number", "No."), ("remarks", "Keterangan")):
            line = panel.labels[key].lineEdit()
            assert line is not None
            drive.fill_line(qtbot, line, text)
            assert line.text() == text
        assert editor.document.sop.setup.labels == (("remarks", "Keterangan"), ("step_number", "No."))
        assert {"No.", "Keterangan"} <= set(_texts(editor)) and "Ket." not in _texts(editor)
    finally:
        editor.document.undo_stack.setClean()
