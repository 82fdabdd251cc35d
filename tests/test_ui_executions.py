"""Logging executions through the Pelaksanaan tab with the mouse and keyboard (fixed clock)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sopdesk.ui.execution_dialogs import CorrectionDialog, RunningDialog, StartDialog
from sopdesk.ui.executions import ExecutionPanel
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.windows import open_window

NOW = dt.datetime(2025, 6, 30, 16, 0)  # Monday


def t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, day, hour, minute)


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    win = open_window(qtbot, db_path, tmp_path, clock=lambda: NOW)
    monkeypatch.setattr("sopdesk.ui.executions.QMessageBox.warning", lambda _p, _t, text: win._warnings.append(text))
    win._warnings = []  # type: ignore[attr-defined]
    yield win
    wait_for_all()


def _open(qtbot, win: MainWindow, key: str) -> ExecutionPanel:  # type: ignore[no-untyped-def]
    win.open_sop_by_key(key)
    qtbot.waitUntil(lambda: win.executions.loaded_key == key, timeout=10000)
    wait_for_all()
    qtbot.wait(10)
    win.tabs.setCurrentWidget(win.executions)
    return win.executions


def _start(qtbot, panel: ExecutionPanel, monkeypatch: pytest.MonkeyPatch, title: str, at: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: StartDialog) -> int:
        qtbot.keyClicks(dialog.title, title)
        qtbot.keyClicks(dialog.reference, "800/1/ORG")
        dialog.started_at.set_value(at)
        return StartDialog.DialogCode.Accepted

    monkeypatch.setattr(StartDialog, "exec", fill)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    # another reload (the live view seeing an earlier change) may come first: wait for the new execution
    warnings = getattr(panel.window(), "_warnings", [])
    qtbot.waitUntil(lambda: bool(warnings) or (panel.current is not None and panel.current[0].title == title),
                    timeout=10000)
    assert panel.current is not None and panel.current[0].title == title, warnings


def _click(qtbot, panel: ExecutionPanel, button, at: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    panel.when.set_value(at)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _log(qtbot, panel: ExecutionPanel, start: dt.datetime, finish: dt.datetime, who: str,  # type: ignore[no-untyped-def]
         exit_label: str = "") -> None:
    panel.who.clear()
    qtbot.keyClicks(panel.who, who)
    _click(qtbot, panel, panel.begin_button, start)
    if exit_label:
        assert panel.decision.isVisible()
        panel.decision.setCurrentText(exit_label)
    _click(qtbot, panel, panel.finish_button, finish)


def _verdicts(panel: ExecutionPanel) -> list[str]:
    return [panel.records.item(r, panel.VERDICT).text() for r in range(panel.records.rowCount())]


def test_a_decision_loop_through_the_gui(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    panel = _open(qtbot, window, "lamandau-pengisian-e-sakip")
    _start(qtbot, panel, monkeypatch, "E-SAKIP 2025", t(2, 8))
    _log(qtbot, panel, t(2, 8), t(2, 8, 20), "Sekda")
    _log(qtbot, panel, t(2, 9), t(2, 9, 25), "Asisten")
    _log(qtbot, panel, t(2, 10), t(2, 10, 50), "Kabag")
    _log(qtbot, panel, t(3, 8), t(3, 8, 20), "Tim")
    _log(qtbot, panel, t(3, 9), t(3, 9, 10), "Kabag", exit_label="Tidak")  # back to step 4
    assert "langkah 4" in panel.next_label.text().lower() or "step 4" in panel.next_label.text()
    _log(qtbot, panel, t(3, 10), t(3, 10, 20), "Tim")
    _log(qtbot, panel, t(3, 11), t(3, 11, 5), "Kabag", exit_label="Ya")
    steps = [panel.records.item(r, panel.STEP).text() for r in range(panel.records.rowCount())]
    assert steps == ["1", "2", "3", "4", "5", "4", "5"]
    assert _verdicts(panel)[:4] == ["on time", "on time", "on time", "on time"]
    assert [panel.records.item(r, panel.NOTE).text() for r in (4, 6)] == ["Tidak", "Ya"]
    assert window._warnings == []  # type: ignore[attr-defined]


def test_a_late_step_and_refused_input(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")
    _start(qtbot, panel, monkeypatch, "LKj 2025", t(2, 8))
    _log(qtbot, panel, t(2, 8), t(2, 10), "Kabag")  # "1 jam": one hour late
    _log(qtbot, panel, t(2, 10), t(2, 11), "Kasubbag")  # "2 jam": on time
    assert _verdicts(panel) == ["late by 1 h", "on time"]
    _click(qtbot, panel, panel.begin_button, t(2, 12))
    _click(qtbot, panel, panel.finish_button, t(2, 11, 30))  # a finish before its start
    assert window._warnings and "before the start" in window._warnings[-1]  # type: ignore[attr-defined]  # English UI
    assert panel.records.item(2, panel.FINISHED).text() == ""  # nothing changed


def test_a_third_sop_and_the_running_view(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    panel = _open(qtbot, window, "balangan-pengelolaan-kinerja")
    _start(qtbot, panel, monkeypatch, "PK 2025", t(2, 8))
    _log(qtbot, panel, t(2, 8), t(2, 15), "Kabag")  # "1 hari": on time
    _log(qtbot, panel, t(3, 8), t(3, 8, 15), "Kasubbag")  # "20 menit"
    panel.who.clear()
    _click(qtbot, panel, panel.begin_button, t(3, 9))  # "15 menit", still running at NOW: overdue
    assert _verdicts(panel)[:2] == ["on time", "on time"]
    assert _verdicts(panel)[2].startswith("overdue by")
    assert window.db is not None
    items = window.db.executions.open_steps(NOW)
    dialog = RunningDialog(items, NOW)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, dialog.VERDICT).text().startswith("overdue")
    qtbot.keyClicks(dialog.filter, "tidak ada")
    assert dialog.visible_rows() == 0


def test_correcting_a_logged_time(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")
    _start(qtbot, panel, monkeypatch, "LKj 2025", t(2, 8))
    _log(qtbot, panel, t(2, 8), t(2, 10), "Kabag")
    assert _verdicts(panel) == ["late by 1 h"]

    def fix(dialog: CorrectionDialog) -> int:
        dialog.which.setCurrentIndex(dialog.which.findData("finished_at"))
        dialog.when.set_value(t(2, 8, 50))
        return CorrectionDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", fix)
    panel.records.selectRow(0)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    assert _verdicts(panel) == ["on time"]
    assert window.db is not None
    history = window.db.executions.corrections(panel.current[0].id)  # type: ignore[index]
    assert history == [(1, NOW, "Ana", "finished_at", "2025-06-02 10:00:00", "2025-06-02 08:50:00")]


def test_an_approved_sop_with_a_newer_draft_still_runs_its_approved_revision(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a reviewer: after an edit made a draft revision 2, starting an execution ran the draft
    as a trial, and unticking the trial was refused, though revision 1 is approved and in force."""
    from sopdesk.domain.model import Status

    assert window.db is not None
    approved = window.db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
    assert approved is not None
    draft = window.db.sops.start_draft(approved)
    window.revisions.reload_catalogue(draft)
    panel = _open(qtbot, window, "kalbar-penyusunan-lkj-biro")
    assert panel.sop is not None and panel.sop.status is Status.DRAFT  # the catalogue shows the draft
    seen: list[tuple[bool, bool]] = []

    def fill(dialog: StartDialog) -> int:
        seen.append((dialog.trial.isChecked(), dialog.trial.isEnabled()))
        qtbot.keyClicks(dialog.title, "LKj 2025")
        dialog.started_at.set_value(t(2, 8))
        return StartDialog.DialogCode.Accepted

    monkeypatch.setattr(StartDialog, "exec", fill)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert seen == [(False, True)]  # not a trial by default; a trial of the draft may be chosen
    qtbot.waitUntil(lambda: panel.current is not None and panel.current[0].title == "LKj 2025", timeout=10000)
    assert panel.current is not None and not panel.current[0].trial
    assert panel.current[1].status is Status.APPROVED and panel.current[1].revision == 1
    assert window._warnings == []  # type: ignore[attr-defined]


def test_the_start_dialog_keeps_what_was_typed_when_it_refuses(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    assert window.current is not None
    told: list[str] = []
    dialog = StartDialog(window.current, "Ana", lambda: NOW, window, start_at=NOW)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title, "LKj 2025")
    assert ok.isEnabled()
    dialog.started_at.set_value(NOW + dt.timedelta(days=1))
    import sopdesk.ui.execution_dialogs as dialogs

    original = dialogs.QMessageBox.warning
    dialogs.QMessageBox.warning = lambda _p, _t, text: told.append(text)  # type: ignore[method-assign,assignment]
    try:
        dialog.accept()
    finally:
        dialogs.QMessageBox.warning = original  # type: ignore[method-assign]
    assert told and dialog.result() != StartDialog.DialogCode.Accepted and dialog.title.text() == "LKj 2025"
