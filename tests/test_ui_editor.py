"""The SOP editor, driven with qtbot clicks and keys on the real sample SOPs."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sopdesk.domain.model import Sop
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.ui import settings as opt
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.identity_form import ERROR_STYLE
from sopdesk.ui.editor.steps_model import StepsModel
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import wait_for_all
from tests import editor_driver as drive
from tests.windows import open_window


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set(opt.USER_NAME, "Penguji")
    return s


@pytest.fixture
def window(qtbot: Any, db_path: Path, settings: Settings) -> Any:
    win = open_window(qtbot, db_path, settings=settings)
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
    drive.answer_new_sop(qtbot, title)  # blank
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
    try:
        drive.rebuild(qtbot, editor, target)
        assert printed(editor.document.sop) == printed(target)
    except BaseException:  # a failure leaves no unsaved-changes question at teardown
        editor.document.undo_stack.setClean()
        raise
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


def test_new_sop_is_one_dialog_and_cancel_creates_nothing(qtbot: Any, window: MainWindow) -> None:
    assert window.db is not None and window.current is not None
    before = [e.key for e in window.model.entries()]
    seen = drive.answer_new_sop(qtbot, "Tidak jadi", cancel=True)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 2
    dialog = seen[0]
    assert dialog.source.currentData() == window.current.id  # the copy's default: the SOP shown
    assert dialog.source.count() == len(before)
    wait_for_all()
    assert not window.editing.editors and [e.key for e in window.model.entries()] == before
    assert sorted(e.key for e in window.db.sops.catalogue()) == sorted(before)  # nothing stored


def test_new_sop_ok_needs_a_name(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from sopdesk.ui.editor.new_dialog import NewSopDialog

    dialog = NewSopDialog([("a", "SOP A"), ("b", "SOP B")], "b")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.source.currentData() == "b" and dialog.source_key() is None
    dialog.name.setText("   ")
    assert not ok.isEnabled()
    dialog.name.setText(" Baru ")
    dialog.source.setCurrentIndex(0)
    dialog.copy.setChecked(True)
    assert ok.isEnabled() and dialog.title() == "Baru" and dialog.source_key() == "a"


def test_new_sop_as_a_copy_of_another_sop_of_the_list(qtbot: Any, window: MainWindow,
                                                       sample_by_id: dict[str, Sop]) -> None:
    assert window.current is not None
    other = next(e for e in window.model.entries() if e.key != window.current.id)
    seen = drive.answer_new_sop(qtbot, "Salinan baru", source=other.key)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editing.editors) == 1, timeout=10000)
    assert seen[1] == ("Salinan baru", other.key)
    editor = next(iter(window.editing.editors.values()))
    sop = editor.document.sop
    assert sop.title == "Salinan baru" and sop.steps == sample_by_id[other.key].steps
    assert sop.id != other.key
    # the catalogue lists the new SOP once its background reload is done
    qtbot.waitUntil(lambda: "Salinan baru" in [e.title for e in window.model.entries()], timeout=10000)


def _findings(sop: Sop, editor: EditorWindow) -> list[Any]:
    from sopdesk.domain.checker import check_sop

    return check_sop(sop, editor.today(), editor.catalogue)


@contextmanager
def _editor(qtbot: Any, settings: Settings, sop: Sop) -> Iterator[EditorWindow]:
    saved: list[Sop] = []

    def saver(rid: int | None, sop: Sop) -> int:
        saved.append(sop)
        return rid or 1

    import datetime as dt

    editor = EditorWindow(SopDocument(sop, 7), saver, settings, lambda: dt.date(2026, 11, 22), [])
    editor.saved_values = saved  # type: ignore[attr-defined]
    editor.resize(1366, 768)  # the office laptop (the offscreen screen is 800×800: a new window fits it)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    yield editor
    from shiboken6 import isValid

    if isValid(editor):  # the test may have closed it (it deletes itself on close)
        editor.document.undo_stack.setClean()  # no "save?" question on closing
        editor.close()


@pytest.fixture
def lamandau(qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> Any:
    with _editor(qtbot, settings, sample_by_id["lamandau-pengisian-e-sakip"]) as editor:
        yield editor


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


def test_lane_cells_toggle_by_double_click_and_space_not_by_a_click(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    before = ed.document.sop.steps[1].lanes
    drive.click_cell(qtbot, ed, 1, 2)  # Sekda: a plain click only makes the cell current
    assert ed.document.sop.steps[1].lanes == before and ed.document.undo_stack.count() == 0
    drive.toggle_lane_cell(qtbot, ed, 1, 2)  # a double-click puts the step there
    assert ed.document.sop.steps[1].lanes == (*before, "sekda")  # added last: the work passes on to it
    qtbot.keyClick(ed.table, Qt.Key.Key_Space)
    assert ed.document.sop.steps[1].lanes == before
    qtbot.keyClick(ed.table, Qt.Key.Key_Return)
    assert ed.document.sop.steps[1].lanes == (*before, "sekda")
    assert ed.document.undo_stack.count() == 3


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


def _warnings(monkeypatch: Any) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    return told


def test_save_refuses_an_sop_without_a_name(qtbot: Any, lamandau: EditorWindow, monkeypatch: Any) -> None:
    ed, told = lamandau, _warnings(monkeypatch)
    drive.show_tab(qtbot, ed, 1)
    drive.fill_line(qtbot, ed.identity.fields["title"], "   ")
    drive.show_tab(qtbot, ed, 0)
    with qtbot.waitSignal(ed.saveRefused) as refused:
        qtbot.keyClick(ed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert refused.args == ["title"] and ed.saved_values == []  # type: ignore[attr-defined]
    title = ed.identity.fields["title"]
    assert ed.tabs.currentWidget() is ed.identity and title.hasFocus()
    assert title.styleSheet() == ERROR_STYLE and "Nama SOP" in told[0] and "Nama SOP" in title.toolTip()
    assert ed.isWindowModified()
    drive.type_text(qtbot, title, "Pengisian e-SAKIP")
    assert title.styleSheet() == ""
    with qtbot.waitSignal(ed.saved, timeout=5000):
        qtbot.keyClick(ed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ed.saved_values[-1].title == "Pengisian e-SAKIP"  # type: ignore[attr-defined]


def test_save_refuses_a_date_that_is_not_in_the_calendar(qtbot: Any, lamandau: EditorWindow,
                                                         monkeypatch: Any) -> None:
    ed, told = lamandau, _warnings(monkeypatch)
    drive.edit_cell(qtbot, ed, 1, 1, "Diubah")
    drive.show_tab(qtbot, ed, 1)
    drive.fill_line(qtbot, ed.identity.fields["revised_on"], "31-02-2025")
    drive.show_tab(qtbot, ed, 0)
    with qtbot.waitSignal(ed.saveRefused) as refused:
        qtbot.keyClick(ed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert refused.args == ["revised_on"] and ed.saved_values == []  # type: ignore[attr-defined]
    field = ed.identity.fields["revised_on"]
    assert ed.tabs.currentWidget() is ed.identity and field.hasFocus() and field.styleSheet() == ERROR_STYLE
    assert "31-02-2025" in told[0] and "Tanggal Revisi" in told[0]
    monkeypatch.setattr(ed, "ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    assert not ed.close()  # "save?" -> Save: refused again, the window stays open with the edits
    assert ed.isVisible() and ed.saved_values == []  # type: ignore[attr-defined]
    drive.type_text(qtbot, field, "28-02-2025")
    with qtbot.waitSignal(ed.saved, timeout=5000):
        qtbot.keyClick(ed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert str(ed.saved_values[-1].revised_on) == "2025-02-28"  # type: ignore[attr-defined]


def test_a_refused_save_stores_nothing_in_the_database(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    told = _warnings(monkeypatch)
    assert window.current is not None and window.db is not None
    key, title = window.current.id, window.current.title
    revisions = window.db.sops.revisions(key)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: key in window.editing.editors, timeout=10000)
    editor = window.editing.editors[key]
    drive.edit_cell(qtbot, editor, 1, 1, "Diubah")
    editor.identity.fields["title"].setFocus()
    drive.type_text(qtbot, editor.identity.fields["title"], "")
    with qtbot.waitSignal(editor.saveRefused):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert told and window.db.sops.revisions(key) == revisions
    assert all(e.title.strip() for e in window.model.entries()) and title in [e.title for e in window.model.entries()]
    editor.document.undo_stack.setClean()  # the window closes without asking


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


def _scene_point_in_view(ed: EditorWindow, point: QPointF) -> QPoint:
    ed.view.centerOn(point)
    at = ed.view.mapFromScene(point)
    assert ed.view.viewport().rect().contains(at)
    return at


def test_a_click_on_a_symbol_selects_and_the_menu_removes(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    ed.view.set_zoom(1.0)
    page = next(p for p in ed.scene.pages if 2 in p.page.row_rects)
    box = next(s for s in page.page.shapes if s.step == 2 and s.kind.value == "process")
    center = page.mapToScene(box.rect.cx, box.rect.cy)
    at = _scene_point_in_view(ed, center)
    before = ed.document.sop.steps[2].lanes
    qtbot.mouseClick(ed.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert ed.document.sop.steps[2].lanes == before and ed.current_step() == 2
    qtbot.mouseClick(ed.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos=at)
    drive.double_click(qtbot, ed.view.viewport(), at)  # on a symbol: only selects
    assert ed.document.sop.steps[2].lanes == before and ed.document.undo_stack.count() == 0
    menu = ed.scene.lane_menu(center)
    assert menu is not None and [a.text() for a in menu.actions()] in (["Remove the symbol"], ["Hapus simbol"])
    menu.actions()[0].trigger()
    assert ed.document.sop.steps[2].lanes == ()


def test_a_double_click_or_the_menu_puts_the_symbol_in_an_empty_lane_cell(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    ed.view.set_zoom(1.0)
    sop = ed.document.sop
    lane = next(i for i, lane in enumerate(sop.lanes) if lane.id not in sop.steps[2].lanes)
    point = _lane_cell_center(ed, 2, lane)
    at = _scene_point_in_view(ed, point)
    qtbot.mouseClick(ed.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert ed.document.sop == sop and ed.current_step() == 2
    drive.double_click(qtbot, ed.view.viewport(), at)
    assert ed.document.sop.steps[2].lanes == (*sop.steps[2].lanes, sop.lanes[lane].id)
    assert ed.document.undo_stack.count() == 1
    qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    menu = ed.scene.lane_menu(point)
    assert menu is not None and [a.text() for a in menu.actions()] in (["Put the symbol here"],
                                                                       ["Taruh simbol di sini"])
    menu.actions()[0].trigger()
    assert ed.document.sop.steps[2].lanes == (*sop.steps[2].lanes, sop.lanes[lane].id)


def test_clicks_find_the_lane_drawn_under_them_in_narrow_and_wide_lanes(
        qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> None:
    """Each lane is as wide as its name: a double-click just inside either edge of a narrow lane
    and of a wide one puts the symbol in that lane, the one drawn there."""
    base = sample_by_id["lamandau-pengisian-e-sakip"]
    wide_name = "Asisten Administrasi Umum dan Pengendalian Pembangunan Daerah Kabupaten"
    sop = replace(base, lanes=(base.lanes[0], replace(base.lanes[1], name=wide_name), *base.lanes[2:]))
    with _editor(qtbot, settings, sop) as ed:
        ed.view.set_zoom(1.0)
        cols = ed.scene.layout.columns if ed.scene.layout else None
        assert cols is not None
        narrow, wide = 0, 1
        assert cols.lane_w(wide) > cols.lane_w(narrow) + 10
        empty = [k for k in (narrow, wide, 2) if sop.lanes[k].id not in sop.steps[2].lanes]
        assert wide in empty and len(empty) >= 2
        page = next(p for p in ed.scene.pages if 2 in p.page.row_rects)
        row = page.page.row_rects[2]
        for lane in empty:
            for x in (cols.lane_left(lane) + 2.0, cols.lane_left(lane + 1) - 2.0):
                at = _scene_point_in_view(ed, page.mapToScene(x, row.cy))
                drive.double_click(qtbot, ed.view.viewport(), at)
                assert ed.document.sop.steps[2].lanes == (*sop.steps[2].lanes, sop.lanes[lane].id), (lane, x)
                drawn = next(p for p in ed.scene.pages if 2 in p.page.row_rects).page.shapes
                left, right = cols.lane_left(lane), cols.lane_left(lane + 1)
                assert any(s.step == 2 and s.lane == lane and left < s.rect.cx < right for s in drawn)
                qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
                assert ed.document.sop == sop


def _lane_cell_center(ed: EditorWindow, step: int, lane: int) -> QPointF:
    layout = ed.scene.layout
    assert layout is not None
    page = next(p for p in ed.scene.pages if step in p.page.row_rects)
    row = page.page.row_rects[step]
    x = layout.columns.lane_center(lane)
    return page.mapToScene(x, row.cy)


def _spots(ed: EditorWindow) -> list[QPointF]:
    """A scene point on every kind of spot of the drawing: each cell of each row (No, Kegiatan,
    empty lane cells, symbols, diamonds, Mutu Baku), the header, arrows, connectors, the page
    margin and the gap between pages."""
    layout = ed.scene.layout
    assert layout is not None
    points: list[QPointF] = []
    for item in ed.scene.pages:
        page = item.page
        points.append(item.mapToScene(4, 4))  # margin
        if item is not ed.scene.pages[-1]:
            points.append(item.mapToScene(page.width / 2, page.height + 8))  # between pages
        for cell in page.cells:
            points.append(item.mapToScene(cell.rect.cx, cell.rect.cy))
        for shape in page.shapes:
            points.append(item.mapToScene(shape.rect.cx, shape.rect.cy))
        for arrow in page.arrows:
            (x0, y0), (x1, y1) = arrow.points[0], arrow.points[1]
            points.append(item.mapToScene((x0 + x1) / 2, (y0 + y1) / 2))
        for step in page.row_rects:
            for lane in range(layout.columns.lane_count):
                points.append(_lane_cell_center(ed, step, lane))
    return points


def test_a_plain_click_or_drag_on_the_drawing_never_changes_the_sop(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    ed.view.set_zoom(0.5)
    sop, viewport = ed.document.sop, ed.view.viewport()
    kinds = {s.kind.value for p in ed.scene.pages for s in p.page.shapes}
    assert {"terminator", "process", "decision", "connector"} <= kinds
    spots = _spots(ed)
    assert len(spots) > 100
    for spot in spots:
        at = _scene_point_in_view(ed, spot)
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos=at)
        assert ed.document.sop == sop and ed.document.undo_stack.count() == 0, spot
    for spot in spots:
        hit = ed.scene.hit(spot)
        if hit is not None and hit.on_decision:
            continue  # a drag from a diamond is the gesture that sets an exit
        for dx, dy in ((0, 40), (45, 0)):  # to the next row, to the next lane
            at = _scene_point_in_view(ed, spot)
            qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
            qtbot.mouseMove(viewport, at + QPoint(dx // 2, dy // 2))
            qtbot.mouseMove(viewport, at + QPoint(dx, dy))
            qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at + QPoint(dx, dy))
            assert ed.document.sop == sop and ed.document.undo_stack.count() == 0, spot
    assert not ed.isWindowModified()


def test_status_cannot_change_while_the_sop_is_in_an_editor(qtbot: Any, window: MainWindow,
                                                            monkeypatch: Any) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    assert window.current is not None
    key = window.current.id
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: key in window.editing.editors, timeout=10000)
    assert window.revisions.change_revision(window.current.status.VERIFIED) is None
    assert told and window.current.title in told[0]


def test_a_blank_sop_takes_the_office_lines_as_its_unit(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    from sopdesk.domain.office_identity import OfficeIdentity

    lines = ("PEMERINTAH KABUPATEN TAPIN", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI")
    assert window.db is not None and window.current is not None
    window.db.office.save_identity(OfficeIdentity(lines))
    shown = window.current.unit  # the SOP shown when SOP baru is chosen (the catalogue then shows the new one)
    editor = new_blank(qtbot, window, monkeypatch, "SOP Kantor Sendiri")
    assert editor.document.sop.unit == lines != shown


def test_lane_headers_show_the_whole_name(qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> None:
    import datetime as dt

    sop = sample_by_id["balangan-pengumpulan-data-kinerja-setda"]
    ed = EditorWindow(SopDocument(sop, 1), lambda r, s: 1, settings, lambda: dt.date(2026, 11, 22), [])
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    header, model = ed.table.horizontalHeader(), ed.steps_model
    metrics = header.fontMetrics()
    for lane, spec in enumerate(sop.lanes):
        column = 2 + lane
        shown = model.headerData(column, Qt.Orientation.Horizontal)
        assert shown.replace("\n", " ") == spec.name
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == spec.name
        assert max(metrics.horizontalAdvance(line) for line in shown.split("\n")) < ed.table.columnWidth(column)
        assert header.height() >= metrics.lineSpacing() * len(shown.split("\n"))
    assert "\n" in model.headerData(3, Qt.Orientation.Horizontal)  # Asisten Perekonomian dan Pembangunan


def test_the_step_number_stays_in_view_when_scrolled_sideways(qtbot: Any, lamandau: EditorWindow) -> None:
    table = lamandau.table
    assert table.isColumnHidden(0) and table.verticalHeader().isVisible()
    assert table.corner_title.text == "No"  # over the numbers
    assert [table.model().headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["1", "2", "3"]
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.horizontalScrollBar().value() > 0
    assert table.verticalHeader().isVisible() and table.verticalHeader().width() > 0
    assert table.verticalHeader().geometry().right() < table.viewport().geometry().left()
    drive.click_cell(qtbot, lamandau, 2, 1)  # a finding on the No column lands on Kegiatan
    table.select_cell(4, 0)
    assert table.currentIndex().row() == 4 and table.currentIndex().column() == 1


def test_the_drawing_opens_fitted_to_the_width_and_zoom_remains(qtbot: Any, lamandau: EditorWindow) -> None:
    view = lamandau.view
    assert view.horizontalScrollBar().maximum() == 0  # the whole page width is in view
    assert abs(view.zoom * view.sceneRect().width() - (view.viewport().width() - 4)) < 2
    lamandau.splitter.setSizes([500, 700])
    qtbot.waitUntil(lambda: abs(view.zoom * view.sceneRect().width() - (view.viewport().width() - 4)) < 2)
    zoom = view.zoom
    qtbot.keyClick(lamandau, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > zoom and not view.fitted and view.horizontalScrollBar().maximum() > 0
    qtbot.keyClick(lamandau, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fitted and view.horizontalScrollBar().maximum() == 0


def test_the_toolbar_stays_put_as_the_undo_text_changes(qtbot: Any, lamandau: EditorWindow) -> None:
    ed, sop = lamandau, lamandau.document.sop
    bar = ed.toolbar
    buttons = [bar.widgetForAction(a) for a in bar.actions()]

    def places() -> list[tuple[int, int]]:
        QApplication.processEvents()
        return [(b.x(), b.width()) for b in buttons if b is not None]

    before = places()
    undo = next(a for a in bar.actions() if a.text() in ("Undo", "Urungkan"))
    assert not undo.isEnabled()
    drive.edit_cell(qtbot, ed, 1, ed.steps_model.column_of("remarks"), "catatan")
    assert undo.isEnabled() and "step 2" in undo.toolTip() and places() == before
    drive.click_cell(qtbot, ed, 2, 1)
    qtbot.keyClick(ed.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert places() == before
    undo.trigger()
    redo = next(a for a in bar.actions() if a.text() in ("Redo", "Ulangi"))
    assert redo.isEnabled() and "step 3" in redo.toolTip() and places() == before
    assert ed.document.sop.steps[2] == sop.steps[2]


def test_a_renamed_lane_gets_the_width_of_its_new_name(qtbot: Any, lamandau: EditorWindow) -> None:
    ed = lamandau
    before = ed.table.columnWidth(2)
    lanes = ed.lanes.list
    drive.click(qtbot, lanes.viewport(), lanes.visualItemRect(lanes.item(0)).center())
    qtbot.keyClick(lanes, Qt.Key.Key_Return)
    drive.type_text(qtbot, drive.focused(), "Sekretaris Daerah Kabupaten Lamandau")
    drive.enter(qtbot, drive.focused())
    assert ed.document.sop.lanes[0].name == "Sekretaris Daerah Kabupaten Lamandau"
    metrics = ed.table.horizontalHeader().fontMetrics()
    shown = ed.steps_model.headerData(2, Qt.Orientation.Horizontal)
    assert ed.table.columnWidth(2) > before
    assert max(metrics.horizontalAdvance(line) for line in shown.split("\n")) < ed.table.columnWidth(2)
