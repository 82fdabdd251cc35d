"""Live views (issue 11): two windows on one database, as on two workstations; a step logged in
one appears in the other within 2 s, on PostgreSQL and on SQLite."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.store.database import open_database
from sopdesk.ui.live import LiveViews
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.test_ui_executions import NOW, _log, _open, _start, t
from tests.windows import open_window

KEY = "lamandau-pengisian-e-sakip"


def _window(qtbot, target: str | Path, folder: Path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, target, folder, name)
    win.clock = lambda: NOW
    win._warnings = []  # type: ignore[attr-defined]
    return win


@pytest.fixture
def two_windows(qtbot, store_target: str | Path, tmp_path: Path) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    open_database(store_target).close()
    first, second = (_window(qtbot, store_target, tmp_path, name) for name in ("Ana", "Budi"))
    yield first, second
    wait_for_all()


def test_a_step_logged_in_one_window_appears_in_the_other(qtbot, two_windows, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ana, budi = two_windows
    watching = LiveViews(budi)  # the interval the app uses
    watching.start()
    seen = _open(qtbot, budi, KEY)
    assert seen.list.rowCount() == 0
    qtbot.waitUntil(lambda: watching.counter is not None, timeout=5000)
    panel = _open(qtbot, ana, KEY)
    _start(qtbot, panel, monkeypatch, "E-SAKIP 2025", t(2, 8))
    qtbot.waitUntil(lambda: seen.list.rowCount() == 1, timeout=2000)
    _log(qtbot, panel, t(2, 8), t(2, 8, 20), "Sekda")
    logged_at = time.monotonic()
    qtbot.waitUntil(lambda: seen.current is not None and len(seen.current[0].records) == 1
                    and seen.current[0].records[0].finished_at == t(2, 8, 20), timeout=2000)
    assert time.monotonic() - logged_at < 2.0
    assert seen.list.currentRow() == 0  # the execution shown stays shown
    watching.timer.stop()
