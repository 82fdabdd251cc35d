"""The Pelaksanaan tab on an SOP drawn with arrows (issue 14): after the fork two steps may start and
run at once; the step chooser names them with their numbers as signed; the decision offers its exits."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sopdesk.domain.model import Sop
from sopdesk.store.database import open_database
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.test_ui_executions import _click, _open, _start
from tests.v2_samples import parallel_review
from tests.windows import open_window

NOW = dt.datetime(2025, 6, 30, 16, 0)
KEY = "uji-paralel"


def t(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, 2, hour, minute)


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
           sample_by_id: dict[str, Sop]):
    db = open_database(db_path)
    db.sops.add_all([dataclasses.replace(parallel_review(sample_by_id["kalbar-penyusunan-lkj-biro"]), id=KEY,
                                         title="Uji paralel")])
    db.close()
    win = open_window(qtbot, db_path, tmp_path, clock=lambda: NOW, size=(1366, 768))
    monkeypatch.setattr("sopdesk.ui.executions.QMessageBox.warning", lambda _p, _t, text: win._warnings.append(text))
    win._warnings = []  # type: ignore[attr-defined]
    yield win
    wait_for_all()


def _choices(panel) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.step_choice.itemText(i) for i in range(panel.step_choice.count())]


def test_two_steps_after_the_fork_run_at_once_in_the_tab(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _open(qtbot, window, KEY)
    _start(qtbot, panel, monkeypatch, "Surat 12", t(8))
    assert not panel.step_choice.isVisible()  # one step to log: as for a version-1 SOP
    _click(qtbot, panel, panel.begin_button, t(8))
    _click(qtbot, panel, panel.finish_button, t(8, 5))
    assert panel.step_choice.isVisible()
    assert _choices(panel) == ["Next: step 2 — Kegiatan 2", "Next: step 3 — Kegiatan 3"]
    _click(qtbot, panel, panel.begin_button, t(8, 10))  # the first one, step 2
    assert _choices(panel) == ["Running: step 2 — Kegiatan 2", "Next: step 3 — Kegiatan 3"]
    assert not panel.begin_button.isEnabled() and panel.finish_button.isEnabled()
    panel.step_choice.setFocus()
    qtbot.keyClick(panel.step_choice, Qt.Key.Key_Down)
    assert panel.begin_button.isEnabled() and not panel.finish_button.isEnabled()
    _click(qtbot, panel, panel.begin_button, t(8, 15))  # step 3 while step 2 runs
    assert _choices(panel) == ["Running: step 2 — Kegiatan 2", "Running: step 3 — Kegiatan 3"]
    window.grab().save("/tmp/v2run-pelaksanaan.png")
    panel.choose("finish", 2)
    _click(qtbot, panel, panel.finish_button, t(8, 50))
    assert _choices(panel) == ["Running: step 2 — Kegiatan 2"] and not panel.step_choice.isVisible()
    _click(qtbot, panel, panel.finish_button, t(9))
    _click(qtbot, panel, panel.begin_button, t(9, 5))
    assert panel.decision.isVisible()
    assert [panel.decision.itemText(i) for i in range(panel.decision.count())] == ["Ya", "Tidak"]
    panel.decision.setCurrentText("Ya")
    _click(qtbot, panel, panel.finish_button, t(9, 10))
    assert _choices(panel) == ["Next: step 5a — Kegiatan 5a", "Next: step 5b — Kegiatan 5b"]
    steps = [panel.records.item(r, panel.STEP).text() for r in range(panel.records.rowCount())]
    assert steps == ["1", "2", "3", "4"] and window._warnings == []  # type: ignore[attr-defined]
