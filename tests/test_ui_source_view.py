"""Dokumen asal (issue 15): an imported draft's original beside sopdesk's drawing in the editor.

Imports corpus documents (``../shared/corpus``, skipped without it): a PDF shows its pages at
the right size, turns pages and follows the selected step; a Word original offers to open it in
Word (and says so when nothing can); a revision without a source shows no view.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDockWidget, QMessageBox

from sopdesk.ui.editor.source_view import PAGE_DPI, SourceView, first_page, page_letters, step_page
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests import test_ui_reports

window = test_ui_reports.window  # the main window, started, as the report tests use it
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not beside the repository")


def test_the_page_of_a_location_and_of_a_step() -> None:
    assert first_page("halaman 3-5") == 2 and first_page("halaman 1") == 0 and first_page("Sheet1") == 0
    printed = ("Kop\nMenerima   surat masuk", "Memeriksa kelengkap-\nan berkas permohonan cuti", "")
    texts = [page_letters(t) for t in printed]
    assert step_page(texts, "Memeriksa kelengkapan berkas permohonan cuti pegawai") == 1
    assert step_page(texts, "Menerima surat  masuk", start=1) == 0  # after the start, then before it
    assert step_page(texts, "Selesai") is None  # too short to tell
    assert step_page(texts, "Mengarsipkan seluruh dokumen") is None


def _import(window: MainWindow, name: str) -> int:
    from sopdesk.io.importers.run import import_paths

    assert window.db is not None
    results = import_paths(window.db, [CORPUS / name])
    assert not results[0].error, results[0].error
    return results[0].revision_ids[0]


def _editor(qtbot: Any, window: MainWindow, revision_id: int) -> EditorWindow:
    assert window.db is not None
    # not qtbot.addWidget: the editor deletes itself when the test closes it, and the main window's
    # teardown closes any editor a failed test left open (EditController.close_all)
    return window.editing.open_editor(window.db.sops.load(revision_id), revision_id)


def _shot(editor: EditorWindow, name: str, tmp_path: Path) -> None:
    """Look at it: ``SOPDESK_SHOT_DIR=/tmp/shots pytest …`` keeps the picture."""
    editor.grab().save(str(Path(os.environ.get("SOPDESK_SHOT_DIR", tmp_path)) / name))


def _source_view(qtbot: Any, editor: EditorWindow) -> SourceView:
    qtbot.waitUntil(lambda: editor.source_dock is not None, timeout=20000)
    assert editor.source_dock is not None
    view = editor.source_dock.widget()
    assert isinstance(view, SourceView)
    return view


@needs_corpus
def test_a_pdf_original_beside_the_drawing(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    from sopdesk.ui.pdf_pages import page_sizes

    revision_id = _import(window, "bps-pringsewu-cuti.pdf")
    editor = _editor(qtbot, window, revision_id)
    editor.resize(1366, 768)
    view = _source_view(qtbot, editor)
    qtbot.waitUntil(lambda: 0 in view.images and view.item.pixmap().width() > 0, timeout=20000)
    sizes = page_sizes(view.source.data)
    assert view.count == len(sizes) == 2 and view.page == 0
    width, height = sizes[0]  # A4 landscape, in points
    image = view.images[0]
    assert (image.width(), image.height()) == (math.ceil(width * PAGE_DPI / 72), math.ceil(height * PAGE_DPI / 72))
    assert "Page 1 of 2" in view.page_label.text() and not view.prev_button.isEnabled()
    with qtbot.waitSignal(view.pageShown, timeout=20000) as shown:
        view.next_button.click()
    assert shown.args == [1] and not view.next_button.isEnabled()
    view.set_zoom(0.0)
    fitted = view._scale()
    view.set_zoom(fitted * 1.25)
    assert view._scale() == pytest.approx(fitted * 1.25)
    view.show_page(0)
    assert step_page(view.texts, editor.document.sop.steps[1].activity) == 1  # the flowchart is on page 2
    with qtbot.waitSignal(view.pageShown, timeout=20000) as shown:
        editor.table.select_cell(1, 1)
    assert shown.args == [1] and view.page == 1
    view.set_zoom(0.0)
    qtbot.wait(200)
    _shot(editor, "source-view-pdf.png", tmp_path)
    editor.document.undo_stack.setClean()
    editor.close()
    wait_for_all()


@needs_corpus
def test_a_book_opens_at_its_sop_and_follows_the_steps(qtbot: Any, window: MainWindow) -> None:
    from sopdesk.io.importers.run import import_paths

    assert window.db is not None
    result = import_paths(window.db, [CORPUS / "cimahi-bpkad-bmd.pdf"])[0]  # a book of 17 pages
    assert not result.error and result.drafts[1].where == "halaman 6-15"
    editor = _editor(qtbot, window, result.revision_ids[1])
    view = _source_view(qtbot, editor)
    qtbot.waitUntil(lambda: 5 in view.images, timeout=20000)  # the SOP's first page, not the book's
    assert view.page == 5 and view.count == 17
    steps = editor.document.sop.steps
    on_page = [step_page(view.texts, step.activity, 5) for step in steps]
    row = next(i for i, page in enumerate(on_page) if page is not None and page >= 9)
    with qtbot.waitSignal(view.pageShown, timeout=20000) as shown:
        editor.table.select_cell(row, 1)
    assert shown.args == [on_page[row]] and view.page == on_page[row]
    editor.document.undo_stack.setClean()
    editor.close()
    wait_for_all()


@needs_corpus
def test_a_word_original_opens_in_word(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    revision_id = _import(window, "bps-pringsewu-cuti.docx")
    editor = _editor(qtbot, window, revision_id)
    view = _source_view(qtbot, editor)
    assert view.open_button.text() == "Open in Word" and not hasattr(view, "view")
    opened: list[str] = []
    monkeypatch.setattr("sopdesk.ui.editor.source_view.open_url", lambda url: opened.append(url.toLocalFile()))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    written = view.open_original()  # nothing opened it (the patched open_url returns None)
    assert opened == [str(written)] and written.name == "bps-pringsewu-cuti.docx"
    assert written.read_bytes() == (CORPUS / "bps-pringsewu-cuti.docx").read_bytes()
    assert len(warnings) == 1 and str(written) in warnings[0] and ".docx" in warnings[0]
    monkeypatch.setattr("sopdesk.ui.editor.source_view.open_url", lambda url: True)
    view.open_original()
    assert len(warnings) == 1  # opened: no message
    editor.resize(1366, 768)
    qtbot.wait(100)
    _shot(editor, "source-view-docx.png", tmp_path)
    editor.document.undo_stack.setClean()
    editor.close()
    wait_for_all()


def test_a_revision_without_a_source_shows_no_view(qtbot: Any, window: MainWindow) -> None:
    entry = window.model.entries()[0]
    editor = _editor(qtbot, window, entry.revision_id)
    wait_for_all()
    qtbot.wait(100)  # the (empty) answer of the source read has been delivered
    assert editor.source_dock is None
    assert sorted(d.objectName() for d in editor.findChildren(QDockWidget)) == ["checker_dock", "undo_dock"]
    editor.close()
    wait_for_all()
