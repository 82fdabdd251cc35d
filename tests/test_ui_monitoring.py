"""The monitoring dialog driven with clicks and keys (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sopdesk.domain import monitoring as mon
from sopdesk.io.monitoring_xlsx import FIRST_ROW, TABEL7
from sopdesk.store.database import Database
from sopdesk.store.errors import StoreError
from sopdesk.ui.monitoring_dialog import MonitoringDialog
from sopdesk.ui.monitoring_model import MonitoringTableModel
from sopdesk.ui.tasks import wait_for_all
from tests.test_monitoring import ESAKIP, NOW, PERIOD, logged  # noqa: F401

SHOTS = Path(__file__).resolve().parent.parent / "build" / "shots"


def _open(qtbot, database: Database) -> MonitoringDialog:  # type: ignore[no-untyped-def]
    dialog = MonitoringDialog(database, NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=20000)
    return dialog


def _select(qtbot, dialog: MonitoringDialog, key: str) -> int:  # type: ignore[no-untyped-def]
    row = [r.sop_key for r in dialog.model.rows].index(key)
    rect = dialog.table.visualRect(dialog.model.index(row, 1))
    dialog.table.scrollTo(dialog.model.index(row, 1))
    rect = dialog.table.visualRect(dialog.model.index(row, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.current_row() == row
    return row


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _choose(qtbot, combo, index: int) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    while combo.currentIndex() < index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_the_model_passes_the_model_tester(qtmodeltester, logged: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    model = MonitoringTableModel()
    model.set_form(logged.monitoring.form(PERIOD, NOW))
    qtmodeltester.check(model)
    row = [r.sop_key for r in model.rows].index(ESAKIP)
    assert model.data(model.index(row, model.EXECUTIONS)) == "3 (3)"
    assert "step 2 (2×)" in model.data(model.index(row, model.LATE_STEPS))


def test_enter_save_reopen_and_see_it_kept(qtbot, logged: Database, tmp_path: Path,  # type: ignore[no-untyped-def]  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open(qtbot, logged)
    assert dialog.period() == PERIOD  # the six months before now
    row = _select(qtbot, dialog, ESAKIP)
    assert dialog.notes.toPlainText() == mon.summary(dialog.model.rows[row].figures)  # pre-filled from the logs
    _choose(qtbot, dialog.rating, 2)
    _type(qtbot, dialog.notes, "=Langkah 2 sering terlambat")
    _type(qtbot, dialog.action, "Tinjau Waktu langkah 2")
    _choose(qtbot, dialog.answers[0], 1)
    _choose(qtbot, dialog.answers[2], 2)
    _type(qtbot, dialog.answer_notes[2], "terlalu banyak paraf")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    with qtbot.waitSignal(dialog.failed, timeout=10000):  # a rating without the assessor's name is refused
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "paraf" in warnings[0] and dialog.model.dirty == {row}
    assert dialog.notes.toPlainText() == "=Langkah 2 sering terlambat"  # the edits are kept
    _type(qtbot, dialog.assessor, "Dra. Siti")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [1] and not dialog.model.dirty
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "monitoring_dialog.png"))
    dialog.close()
    wait_for_all()

    again = _open(qtbot, logged)
    row = _select(qtbot, again, ESAKIP)
    assert again.rating.currentIndex() == 2 and again.assessor.text() == "Dra. Siti"
    assert again.notes.toPlainText() == "=Langkah 2 sering terlambat"
    assert again.action.toPlainText() == "Tinjau Waktu langkah 2"
    assert [c.currentIndex() for c in again.answers] == [1, 0, 2, 0, 0, 0, 0]
    assert again.answer_notes[2].text() == "terlalu banyak paraf"
    assert again.model.data(again.model.index(row, again.model.RATING)) == "Does not run well"
    target = tmp_path / "monev.xlsx"
    monkeypatch.setattr("sopdesk.ui.monitoring_dialog.QFileDialog.getSaveFileName",
                        lambda *a: (str(target), "*.xlsx"))
    with qtbot.waitSignal(again.exported, timeout=20000):
        qtbot.mouseClick(again.xlsx_button, Qt.MouseButton.LeftButton)
    cells = [c.value for c in load_workbook(target)[TABEL7][FIRST_ROW + row]]
    assert cells[3:7] == ["√", "=Langkah 2 sering terlambat", "Tinjau Waktu langkah 2", "Dra. Siti"]
    opened: list[str] = []
    monkeypatch.setattr("sopdesk.ui.open_result.open_url", lambda url: opened.append(url.toLocalFile()) or True)
    offer = next(b for b in again.findChildren(QMessageBox) if b.isVisible())  # Buka berkas / Buka folder
    next(b for b in offer.buttons() if b.text().replace("&", "") in ("Open file", "Buka berkas")).click()
    assert opened == [str(target)]
    wait_for_all()


def test_a_failing_save_keeps_the_edits(qtbot, logged: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = _open(qtbot, logged)
    row = _select(qtbot, dialog, ESAKIP)
    _type(qtbot, dialog.action, "tindakan")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    monkeypatch.setattr(type(logged.monitoring), "save",
                        lambda *a, **k: (_ for _ in ()).throw(StoreError("Disk penuh: perubahan tidak disimpan.")))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Disk penuh: perubahan tidak disimpan."]
    assert dialog.status.text() == "Disk penuh: perubahan tidak disimpan."
    assert dialog.model.changes()[ESAKIP].action == "tindakan" and dialog.action.toPlainText() == "tindakan"
    assert dialog.save_button.isEnabled() and row == dialog.current_row()
    wait_for_all()
