"""An editor whose SOP was changed on another workstation says so when saving and never
overwrites that change (issue 11); its own saves in a row still go through."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sopdesk.store.database import open_database
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests import editor_driver as drive
from tests.windows import open_window


@pytest.fixture
def window(qtbot: Any, store_target: str | Path, tmp_path: Path) -> Any:
    yield open_window(qtbot, store_target, tmp_path)
    wait_for_all()


def _save(qtbot: Any, editor: Any, signal: Any) -> None:
    with qtbot.waitSignal(signal, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_change_made_elsewhere_is_not_overwritten(qtbot: Any, window: MainWindow, store_target: str | Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    key = window.current.id if window.current is not None else ""
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: key in window.editing.editors, timeout=10000)
    editor = window.editing.editors[key]
    drive.edit_cell(qtbot, editor, 1, 1, "Pertama")
    _save(qtbot, editor, editor.saved)  # the new draft revision
    drive.edit_cell(qtbot, editor, 1, 1, "Kedua")
    _save(qtbot, editor, editor.saved)  # its own earlier save is no conflict
    draft = editor.document.revision_id or 0
    other = open_database(store_target, seed=False)  # another workstation edits the same draft
    try:
        changed = dataclasses.replace(other.sops.load(draft), title="Diubah di komputer lain")
        other.sops.save_draft(draft, changed)
    finally:
        other.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    drive.edit_cell(qtbot, editor, 1, 1, "Ketiga")
    _save(qtbot, editor, editor.saveFailed)
    assert shown and "diubah di tempat lain" in shown[0]
    assert editor.document.modified  # the edits are kept in the editor
    assert window.db is not None
    stored = window.db.sops.load(draft)
    assert stored.title == "Diubah di komputer lain" and stored.steps[1].activity == "Kedua"
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    editor.close()  # before pytest-qt closes the main window, which would ask about the kept edits
