"""The SOP editor, driven with qtbot clicks and keys on the real sample SOPs."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from sopdesk.domain.model import Sop
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.ui import settings as opt
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.steps_model import StepsModel
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import wait_for_all
from tests import editor_driver as drive


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set(opt.USER_NAME, "Penguji")
    return s


@pytest.fixture
def window(qtbot: Any, db_path: Path, settings: Settings) -> Any:
    win = MainWindow(db_path, settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.catalogueLoaded, timeout=20000), qtbot.waitSignal(win.sopShown, timeout=20000):
        win.start()
    yield win
    for editor in list(win.editing.editors.values()):
        editor.document.undo_stack.setClean()
        editor.close()
    wait_for_all()


def printed(sop: Sop) -> tuple[object, ...]:
    """What the sheet prints: lanes by name (ids are the editor's own), no source notes."""
    names = {lane.id: lane.name for lane in sop.lanes}
    steps = tuple(replace(s, lanes=tuple(names[x] for x in s.lanes)) for s in sop.steps)
    return (replace(sop, id="", lanes=(), steps=(), status=sop.status.DRAFT, revision=1, source_document="",
                    source_notes=()), tuple(names.values()), steps)


CODE_LINE = re.compile(r"^(Kode: )?[a-z0-9-]+/\d+/[0-9A-Z]{10}$|^DRAF – belum disahkan$")


def pdf_text(sop: Sop) -> list[str]:
    """Each page's text without the sheet code and the draft mark (they name the SOP's own
    id, revision and status, which a rebuilt copy does not share)."""
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(render_sheet(sop))).pages]
    return ["\n".join(line for line in page.splitlines() if not CODE_LINE.match(line)) for page in pages]


def new_blank(qtbot: Any, window: MainWindow, monkeypatch: Any, title: str) -> EditorWindow:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (title, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # blank
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editing.editors) == 1, timeout=10000)
    editor = next(iter(window.editing.editors.values()))
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


@pytest.mark.slow
@pytest.mark.parametrize("key", ["balangan-pengelolaan-kinerja", "baritokuala-pengaduan-masyarakat",
                                 "balangan-pengumpulan-data-kinerja-setda"])
def test_rebuild_a_sample_from_blank(qtbot: Any, window: MainWindow, monkeypatch: Any,
                                     sample_by_id: dict[str, Sop], key: str) -> None:
    target = sample_by_id[key]
    editor = new_blank(qtbot, window, monkeypatch, "SOP baru")
    drive.rebuild(qtbot, editor, target)
    assert printed(editor.document.sop) == printed(target)
    assert editor.isWindowModified()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isWindowModified()
    assert window.db is not None
    saved = window.db.sops.load(editor.document.revision_id or 0)
    assert printed(saved) == printed(target)
    assert layout_flowchart(saved, with_code=False) == layout_flowchart(target, with_code=False)
    assert pdf_text(saved) == pdf_text(target)
    assert [f.rule for f in editor.findings] == [f.rule for f in _findings(target, editor)]


def _findings(sop: Sop, editor: EditorWindow) -> list[Any]:
    from sopdesk.domain.checker import check_sop

    return check_sop(sop, editor.today(), editor.catalogue)


@pytest.fixture
def lamandau(qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> Any:
    saved: list[Sop] = []

    def saver(rid: int | None, sop: Sop) -> int:
        saved.append(sop)
        return rid or 1

    import datetime as dt

    editor = EditorWindow(SopDocument(sample_by_id["lamandau-pengisian-e-sakip"], 7), saver, settings,
                          lambda: dt.date(2026, 11, 22), [])
    editor.saved_values = saved  # type: ignore[attr-defined]
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    yield editor
    from shiboken6 import isValid

    if isValid(editor):  # the test may have closed it (it deletes itself on close)
        editor.document.undo_stack.setClean()  # no "save?" question on closing
        editor.close()


def test_typing_redraws_and_merges_into_one_undo_step(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    drive.click_cell(qtbot, ed, 2, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return)
    editor = drive.focused()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    with qtbot.waitSignal(ed.redrawn):
        qtbot.keyClicks(editor, " segera")
    assert ed.document.sop.steps[2].activity.endswith(" segera")  # before Enter: as you type
    texts = [t for page in ed.scene.pages for block in page.page.texts for t in block.lines]
    assert any("segera" in t for t in texts)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert ed.document.undo_stack.count() == 1
    qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not ed.document.sop.steps[2].activity.endswith(" segera")
    assert not ed.isWindowModified()
    qtbot.keyClick(ed, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ed.document.sop.steps[2].activity.endswith(" segera") and ed.isWindowModified()


def test_keyboard_moves_inserts_duplicates_and_deletes(qtbot: Any, lamandau: EditorWindow) -> None:
    ed, sop = lamandau, lamandau.document.sop
    drive.click_cell(qtbot, ed, 2, 1)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(ed.table, Qt.Key.Key_Down, alt)
    qtbot.keyClick(ed.table, Qt.Key.Key_Down, alt)
    assert ed.document.sop.steps[4].activity == sop.steps[2].activity
    assert ed.current_step() == 4
    assert ed.document.undo_stack.count() == 1  # two moves of one step: one undo step
    # the decisions that looped back to step 4 (index 3) now point at index 2, where it went
    assert ed.document.sop.steps[5].exits[1].target == 2
    qtbot.keyClick(ed.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(ed.document.sop.steps) == len(sop.steps) + 1
    qtbot.keyClick(ed.table, Qt.Key.Key_Delete)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ed.document.sop.steps[ed.current_step()].activity == ""
    while ed.document.undo_stack.canUndo():
        qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.document.sop == sop


def test_waktu_is_read_as_you_type(qtbot: Any, lamandau: EditorWindow) -> None:
    ed, model = lamandau, lamandau.steps_model
    column = model.column_of("standard_time")
    drive.edit_cell(qtbot, ed, 1, column, "2 minggu")
    assert model.index(1, column).data() == "2 minggu  (= 10 working day(s))"  # English UI: the reading in English
    drive.edit_cell(qtbot, ed, 1, column, "2-3 hari")
    assert "⚠" in model.index(1, column).data()
    assert "range of time" in model.index(1, column).data(Qt.ItemDataRole.ToolTipRole)  # English UI
    assert any(f.rule == "waktu" and f.step == 1 for f in ed.findings)


def test_lane_cells_toggle_by_click_and_space(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    before = ed.document.sop.steps[1].lanes
    drive.click_cell(qtbot, ed, 1, 2)  # Sekda
    assert ed.document.sop.steps[1].lanes == (*before, "sekda")  # added last: the work passes on to it
    qtbot.keyClick(ed.table, Qt.Key.Key_Space)
    assert ed.document.sop.steps[1].lanes == before


def test_removing_a_used_lane_asks_and_names_the_steps(qtbot: Any, lamandau: EditorWindow, monkeypatch: Any) -> None:
    ed, asked = lamandau, []

    def answer(_parent: Any, _title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    lanes = ed.lanes.list
    drive.click(qtbot, lanes.viewport(), lanes.visualItemRect(lanes.item(0)).center())
    qtbot.keyClick(lanes, Qt.Key.Key_Delete)
    assert asked and "1" in asked[0] and "Sekda" in asked[0]
    assert len(ed.document.sop.lanes) == 5


def test_checker_finding_selects_the_cell(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    row = next(i for i in range(ed.checker.count())
               if ed.checker.item(i).data(Qt.ItemDataRole.UserRole).field == "output")
    item = ed.checker.item(row)
    drive.click(qtbot, ed.checker.viewport(), ed.checker.visualItemRect(item).center())
    assert ed.table.currentIndex().row() == 6
    assert ed.table.currentIndex().column() == ed.steps_model.column_of("output")
    row = next(i for i in range(ed.checker.count())
               if ed.checker.item(i).data(Qt.ItemDataRole.UserRole).field == "made_on")
    item = ed.checker.item(row)
    drive.click(qtbot, ed.checker.viewport(), ed.checker.visualItemRect(item).center())
    assert ed.tabs.currentWidget() is ed.identity
    assert ed.identity.fields["made_on"].hasFocus()


def test_a_bad_date_is_refused_with_the_reason(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    drive.show_tab(qtbot, ed, 1)
    drive.fill_line(qtbot, ed.identity.fields["made_on"], "31-02-2021")
    assert ed.document.sop.made_on is None and "is not in the calendar" in ed.identity.date_error.text()  # English UI
    drive.fill_line(qtbot, ed.identity.fields["made_on"], "4 Januari 2021")
    assert str(ed.document.sop.made_on) == "2021-01-04" and not ed.identity.date_error.text()


def test_drag_from_the_diamond_sets_the_exit_target(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    ed.view.set_zoom(1.0)
    page = next(p for p in ed.scene.pages if 9 in p.page.row_rects)
    diamond = next(s for s in page.page.shapes if s.step == 9 and s.kind.value == "decision")
    start = ed.view.mapFromScene(page.mapToScene(diamond.rect.cx, diamond.rect.cy))
    ed.view.centerOn(page.mapToScene(diamond.rect.cx, diamond.rect.cy))
    start = ed.view.mapFromScene(page.mapToScene(diamond.rect.cx, diamond.rect.cy))
    center = ed.scene.row_center(10)
    assert center is not None
    end = ed.view.mapFromScene(center)
    viewport = ed.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x(), (start.y() + end.y()) // 2))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert ed.document.sop.steps[9].exits[1].target == 10


def test_failed_save_keeps_the_edits_and_says_why(qtbot: Any, settings: Settings, monkeypatch: Any,
                                                  sample_by_id: dict[str, Sop]) -> None:
    import datetime as dt

    from sopdesk.store.errors import StoreError

    def saver(_rid: int | None, _sop: Sop) -> int:
        raise StoreError("disk penuh")

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    ed = EditorWindow(SopDocument(sample_by_id["balangan-pengelolaan-kinerja"], 3), saver, settings,
                      lambda: dt.date(2026, 11, 22), [])
    ed.show()
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow)
    drive.edit_cell(qtbot, ed, 1, 1, "Kegiatan baru")
    with qtbot.waitSignal(ed.saveFailed, timeout=5000):
        qtbot.keyClick(ed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shown and "disk penuh" in shown[0]
    assert ed.isWindowModified() and ed.document.sop.steps[1].activity == "Kegiatan baru"
    ed.document.undo_stack.setClean()
    ed.close()


def test_closing_with_unsaved_edits_asks(qtbot: Any, lamandau: EditorWindow, monkeypatch: Any) -> None:
    ed = lamandau
    drive.edit_cell(qtbot, ed, 1, 1, "x")
    monkeypatch.setattr(ed, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not ed.close() and ed.isVisible()
    monkeypatch.setattr(ed, "ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(ed.saved, timeout=5000):
        ed.close()
    qtbot.waitUntil(lambda: not ed.isVisible())
    assert ed.saved_values[-1].steps[1].activity == "x"  # type: ignore[attr-defined]


def test_window_layout_is_remembered(qtbot: Any, lamandau: EditorWindow, settings: Settings,
                                     sample_by_id: dict[str, Sop]) -> None:
    import datetime as dt

    lamandau.resize(760, 560)  # within the offscreen screen (800 x 600), where restoreGeometry clamps
    lamandau.splitter.setSizes([300, 450])
    lamandau.undo_dock.raise_()
    sizes, size = lamandau.splitter.sizes(), lamandau.size()
    lamandau.close()
    again = EditorWindow(SopDocument(sample_by_id["balangan-pengelolaan-kinerja"], 2), lambda r, s: 1, settings,
                         lambda: dt.date(2026, 11, 22), [])
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == size and size.width() == 760
    assert again.splitter.sizes() == sizes
    again.close()


def test_discarding_unsaved_edits_closes_without_saving(qtbot: Any, lamandau: EditorWindow,
                                                        monkeypatch: Any) -> None:
    ed = lamandau
    drive.edit_cell(qtbot, ed, 1, 1, "dibuang")
    monkeypatch.setattr(ed, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert ed.close()
    assert ed.saved_values == []  # type: ignore[attr-defined]


def test_steps_model_passes_the_model_tester(qtmodeltester: Any, sample_by_id: dict[str, Sop]) -> None:
    model = StepsModel(SopDocument(sample_by_id["lamandau-pengisian-e-sakip"]))
    qtmodeltester.check(model)


def test_edit_an_approved_sample_makes_a_draft_revision(qtbot: Any, window: MainWindow) -> None:
    assert window.current is not None and window.current.status.value == "approved"
    key = window.current.id
    assert window.db is not None
    count = len(window.db.sops.revisions(key))
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: key in window.editing.editors, timeout=10000)
    editor = window.editing.editors[key]
    assert editor.document.sop.revision == window.current.revision + 1
    assert len(window.db.sops.revisions(key)) == count  # only looking stores nothing
    drive.edit_cell(qtbot, editor, 1, 1, "Diubah")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.db is not None
    revisions = window.db.sops.revisions(key)
    assert [r.status.value for r in revisions][-1] == "draft"
    assert window.db.sops.load(revisions[-1].revision_id).steps[1].activity == "Diubah"
    assert window.db.sops.load(revisions[0].revision_id).steps[1].activity != "Diubah"


def test_dragging_a_row_moves_the_step(lamandau: EditorWindow) -> None:
    """A row dragged in the table arrives as Qt's drop of the model's MIME data."""
    ed, sop = lamandau, lamandau.document.sop
    model = ed.steps_model
    data = model.mimeData([model.index(2, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 6, 0, model.index(-1, -1))
    model.dropMimeData(data, Qt.DropAction.CopyAction, 6, 0, model.index(-1, -1))  # between rows 6 and 7
    assert ed.document.sop.steps[5].activity == sop.steps[2].activity
    assert ed.document.undo_stack.count() == 1


def test_the_total_waktu_follows_the_edits(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    before = ed.total.text()
    drive.edit_cell(qtbot, ed, 1, ed.steps_model.column_of("standard_time"), "3 hari")
    assert ed.total.text() != before and "day(s)" in ed.total.text()  # English UI: "11 day(s) 5 h 35 min"


def test_edits_typed_while_saving_stay_unsaved(qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> None:
    import datetime as dt
    import threading

    release = threading.Event()
    stored: list[Sop] = []

    def slow_saver(rid: int | None, sop: Sop) -> int:
        release.wait(10)
        stored.append(sop)
        return rid or 1

    ed = EditorWindow(SopDocument(sample_by_id["balangan-pengelolaan-kinerja"], 3), slow_saver, settings,
                      lambda: dt.date(2026, 11, 22), [])
    ed.show()
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow)
    drive.click_cell(qtbot, ed, 1, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return)
    cell = drive.focused()
    qtbot.keyClicks(cell, "abc")
    qtbot.keyClick(cell, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saves with the cell still open
    qtbot.keyClicks(cell, "def")
    with qtbot.waitSignal(ed.saved, timeout=10000):
        release.set()
    assert stored[0].steps[1].activity.endswith("abc")
    assert ed.document.sop.steps[1].activity.endswith("abcdef")
    assert ed.isWindowModified()  # "def" is not saved yet
    ed.document.undo_stack.setClean()
    ed.close()


def test_keyboard_works_after_undoing_an_insert_and_the_ends_stay(qtbot: Any, lamandau: EditorWindow) -> None:
    ed, sop = lamandau, lamandau.document.sop
    drive.click_cell(qtbot, ed, 3, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_step() >= 0  # the table keeps a current cell after the reset
    qtbot.keyClick(ed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(ed.document.sop.steps) == len(sop.steps) + 1
    last = len(ed.document.sop.steps) - 1
    drive.click_cell(qtbot, ed, last, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # below the end: before it
    assert ed.document.sop.steps[-1] == sop.steps[-1]
    assert ed.document.sop.steps[0] == sop.steps[0]
    drive.click_cell(qtbot, ed, 0, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the start stays the start
    assert ed.document.sop.steps[0] == sop.steps[0]
    assert "stay in place" in ed.statusBar().currentMessage() or "tetap" in ed.statusBar().currentMessage()


def test_escape_puts_the_cell_back(qtbot: Any, lamandau: EditorWindow) -> None:
    ed, sop = lamandau, lamandau.document.sop
    drive.click_cell(qtbot, ed, 2, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_Return)
    cell = drive.focused()
    qtbot.keyClicks(cell, "xyz")
    assert ed.document.sop.steps[2].activity != sop.steps[2].activity
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    drive.QApplication.processEvents()
    assert ed.document.sop == sop and not ed.isWindowModified()


def test_an_entry_left_empty_or_escaped_is_not_added(qtbot: Any, lamandau: EditorWindow) -> None:
    ed, sop = lamandau, lamandau.document.sop
    drive.click(qtbot, ed.lanes.add_button)
    qtbot.keyClick(drive.focused(), Qt.Key.Key_Escape)
    drive.QApplication.processEvents()
    assert ed.document.sop == sop and ed.lanes.list.count() == len(sop.lanes)
    drive.show_tab(qtbot, ed, 1)
    warnings = ed.identity.lists["warning"]
    drive.click(qtbot, warnings.add_button)
    drive.enter(qtbot, drive.focused())
    assert ed.document.sop == sop and warnings.list.count() == len(sop.warning)


def test_terminator_cannot_be_chosen_for_a_middle_step(lamandau: EditorWindow) -> None:
    lamandau.panel.show_step(3)
    model = lamandau.panel.kind.model()
    assert not model.item(2).isEnabled()  # type: ignore[attr-defined]
    assert lamandau.panel.kind.isEnabled()
    lamandau.panel.show_step(0)
    assert not lamandau.panel.kind.isEnabled()


def test_the_paper_is_the_users_setting(qtbot: Any, lamandau: EditorWindow, settings: Settings) -> None:
    pages = len(lamandau.scene.pages)
    lamandau.paper.setCurrentIndex(lamandau.paper.findData("F4"))
    assert settings.get(opt.PAPER) == "F4"
    assert lamandau.scene.layout is not None and lamandau.scene.layout.paper.name.value == "F4"
    assert len(lamandau.scene.pages) <= pages


def test_a_click_on_a_symbol_selects_and_ctrl_click_removes(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    ed.view.set_zoom(1.0)
    page = next(p for p in ed.scene.pages if 2 in p.page.row_rects)
    box = next(s for s in page.page.shapes if s.step == 2 and s.kind.value == "process")
    center = page.mapToScene(box.rect.cx, box.rect.cy)
    ed.view.centerOn(center)
    at = ed.view.mapFromScene(center)
    before = ed.document.sop.steps[2].lanes
    qtbot.mouseClick(ed.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert ed.document.sop.steps[2].lanes == before and ed.current_step() == 2
    qtbot.mouseClick(ed.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos=at)
    assert ed.document.sop.steps[2].lanes == ()


def test_status_cannot_change_while_the_sop_is_in_an_editor(qtbot: Any, window: MainWindow,
                                                            monkeypatch: Any) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    assert window.current is not None
    key = window.current.id
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: key in window.editing.editors, timeout=10000)
    assert window.change_revision(window.current.status.VERIFIED) is None
    assert told and window.current.title in told[0]
