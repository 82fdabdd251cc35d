"""Bantuan → Panduan (F1), the tooltips of every action, and the empty-state hints."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from sopdesk.domain.model import Sop, Status
from sopdesk.store.catalogue import CatalogueEntry
from sopdesk.ui.help import SECTIONS, guide_path
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from tests.windows import open_window


@pytest.fixture
def window(qtbot: Any, db_path: Path, tmp_path: Path) -> Any:
    """The main window, not opened on its database (menus and views only): its menus are filled as
    after the first paint."""
    win = MainWindow(db_path, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.build_menus()
    return win


def _leaf_actions(bar: QMenuBar) -> list[tuple[str, QAction]]:
    out = []
    stack: list[tuple[str, QMenu]] = [(a.text(), a.menu()) for a in bar.actions() if isinstance(a.menu(), QMenu)]
    while stack:
        where, menu = stack.pop()
        for action in menu.actions():
            if action.isSeparator():
                continue
            out.append((f"{where} > {action.text()}", action))
            if isinstance(action.menu(), QMenu):
                stack.append((f"{where} > {action.text()}", action.menu()))
    return out


def _untipped(bar: QMenuBar) -> list[str]:
    return [where for where, action in _leaf_actions(bar)
            if not action.statusTip() or action.toolTip() == action.text().replace("&", "")]


def test_every_menu_action_of_the_main_window_has_a_tip(window: MainWindow) -> None:
    actions = _leaf_actions(window.menuBar())
    assert len(actions) > 30
    assert _untipped(window.menuBar()) == []
    export = window.exports.act_export
    assert export.statusTip() and export.toolTip().endswith(f"({export.shortcut().toString()})")


def test_every_action_of_the_editor_has_a_tip(qtbot: Any, sample_by_id: dict[str, Sop], tmp_path: Path) -> None:
    from sopdesk.ui.editor.document import SopDocument
    from sopdesk.ui.editor.window import EditorWindow

    settings = Settings(QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
    editor = EditorWindow(SopDocument(sample_by_id["kalbar-penyusunan-lkj-biro"], 1), lambda rid, _sop: rid or 1,
                          settings, lambda: dt.date(2025, 6, 30), [])
    qtbot.addWidget(editor)
    assert _untipped(editor.menuBar()) == []


def test_f1_opens_the_guide_at_the_section_of_the_current_tab(qtbot: Any, window: MainWindow) -> None:
    help_actions = [a for _, a in _leaf_actions(window.menuBar()) if a.shortcut() == QKeySequence("F1")]
    assert len(help_actions) == 1
    window.resize(1000, 700)
    window.show()
    positions = {}
    for tab, section in enumerate(("catalogue", "flowchart", "executions")):
        window.tabs.setCurrentIndex(tab)
        help_actions[0].trigger()
        guide = window.help.guide
        assert guide is not None and guide.isVisible()
        qtbot.wait(20)
        assert window.help.current_section() == section
        positions[section] = guide.browser.verticalScrollBar().value()
    assert positions["catalogue"] < positions["flowchart"] < positions["executions"]
    text = guide.browser.toPlainText()
    assert "Logging an execution" in text and "Printing and checking a sheet" in text  # English UI in tests
    guide.close()


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_guide_has_every_section_and_its_pictures(language: str) -> None:
    html = guide_path(language).read_text(encoding="utf-8")
    assert [a for a in re.findall(r'<a name="([^"]+)"', html)] == list(SECTIONS)
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 5
    for name in pictures:
        picture = guide_path(language).parent / name
        assert picture.is_file() and picture.stat().st_size < 120_000, name
        assert name.endswith(f"_{language}.png")


def test_the_catalogue_says_when_the_search_finds_nothing(window: MainWindow) -> None:
    entries = [CatalogueEntry(1, "a", "1", "Penyusunan LAKIP", "UNIT", Status.APPROVED, 1, 3, "a", None)]
    window.model.set_entries(entries)
    assert window.empty_hint.label.isHidden()
    window.search.setText("tidak ada sama sekali")
    assert window.proxy.rowCount() == 0 and not window.empty_hint.label.isHidden()
    window.search.clear()
    assert window.empty_hint.label.isHidden()
    window.model.set_entries([])  # still loading: no hint
    assert window.empty_hint.label.isHidden()


def test_the_execution_views_say_when_they_are_empty(qtbot: Any, window: MainWindow) -> None:
    from sopdesk.ui.execution_dialogs import RunningDialog

    assert not window.executions.empty_hint.label.isHidden()
    running = RunningDialog([], window.clock(), window)
    qtbot.addWidget(running)
    assert not running.empty_hint.label.isHidden()


def test_f1_in_the_editor_opens_the_editing_section(qtbot: Any, db_path: Path, tmp_path: Path,
                                                     sample_by_id: dict[str, Sop]) -> None:
    from PySide6.QtGui import QShortcut

    from sopdesk.ui.tasks import wait_for_all

    win = open_window(qtbot, db_path, tmp_path)  # a user name typed, else the editor asks for it
    editor = win.editing.open_editor(sample_by_id["kalbar-penyusunan-lkj-biro"], None, 1)
    shortcuts = [s for s in editor.findChildren(QShortcut) if s.key() == QKeySequence("F1")]
    assert len(shortcuts) == 1
    shortcuts[0].activated.emit()
    guide = win.help.guide
    assert guide is not None and guide.isVisible()
    qtbot.wait(20)
    edit_at = guide.browser.verticalScrollBar().value()
    guide.show_section("flowchart")
    assert guide.browser.verticalScrollBar().value() < edit_at
    guide.close()
    editor.document.undo_stack.setClean()
    editor.close()
    wait_for_all()
