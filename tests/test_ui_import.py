"""Berkas → Impor…: a folder imported in the background, the summary table, the import report
in the editor's checker dock; a cancelled import says what was kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog

from sopdesk.ui.importing import ImportCancelledError, ImportSummaryDialog
from sopdesk.ui.main_window import MainWindow
from tests import test_ui_reports

window = test_ui_reports.window  # the main window, started, as the report tests use it


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "SOP UJI IMPOR SURAT MASUK"
    for col, text in enumerate(("No", "Kegiatan", "Staf", "Kepala", "Waktu"), start=1):
        ws.cell(row=3, column=col, value=text)
    for i, (text, time) in enumerate((("Menerima surat", "5 Menit"), ("Memeriksa surat", "10 Menit")), start=4):
        ws.cell(row=i, column=1, value=i - 3)
        ws.cell(row=i, column=2, value=text)
        ws.cell(row=i, column=5, value=time)
    wb.save(path)


def _summary(window: MainWindow) -> ImportSummaryDialog:
    found = window.findChildren(ImportSummaryDialog)
    assert len(found) == 1
    return found[0]


def test_a_folder_from_the_file_menu(qtbot: Any, qtmodeltester: Any, window: MainWindow, monkeypatch: Any,
                                     tmp_path: Path) -> None:
    folder = tmp_path / "sop-kantor"
    folder.mkdir()
    _workbook(folder / "surat-masuk.xlsx")
    (folder / "rusak.pdf").write_bytes(b"bukan pdf")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    before = window.model.rowCount()
    window.importing.import_folder()
    qtbot.waitUntil(lambda: bool(window.findChildren(ImportSummaryDialog)), timeout=30000)
    dialog = _summary(window)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount())]
    assert [r[:4] for r in rows] == [["rusak.pdf", "refused", 0, 0], ["surat-masuk.xlsx", "imported", 1, 2]]
    assert "rusak.pdf" in rows[0][5]
    assert "2 file(s): 1 SOP draft(s), 2 step(s); 1 file(s) refused" in dialog.totals.text()
    dialog.resize(1000, 360)
    dialog.grab().save(str(tmp_path / "summary.png"))
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=20000)
    entry = next(e for e in window.model.entries() if e.title == "SOP UJI IMPOR SURAT MASUK")
    assert window.db is not None
    sop = window.db.sops.load(entry.revision_id)
    editor = window.editing.open_editor(sop, entry.revision_id)  # deletes itself on close (no qtbot.addWidget)

    def lines_now() -> list[str]:
        return [editor.checker.item(i).text() for i in range(editor.checker.count())]

    # the report is read off the GUI thread
    qtbot.waitUntil(lambda: any(line.startswith("Diimpor dari") for line in lines_now()), timeout=10000)
    lines = lines_now()
    assert any(line.startswith("Diimpor dari surat-masuk.xlsx") for line in lines)
    assert any("langkah 1: ditebak" in line for line in lines)
    editor.document.undo_stack.setClean()
    editor.close()


def test_a_cancelled_import_shows_what_was_kept(qtbot: Any, window: MainWindow) -> None:
    window.importing._failed(ImportCancelledError([]))
    dialog = _summary(window)
    assert "Cancelled" in dialog.totals.text() and dialog.model.rowCount() == 0
