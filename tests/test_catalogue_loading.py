"""Issue 15, a big catalogue listed in two parts: the first screenful in the table's own order (an
SQL ``ORDER BY ... LIMIT`` on the model's keys) and the count, then the rest added below it without
moving the selection or the scroll position; a search or sort chosen meanwhile applies to every row."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from sopdesk.domain.status import Status
from sopdesk.store.catalogue import CatalogueEntry, open_sqlite_catalogue, read_sqlite_catalogue
from sopdesk.store.catalogue_order import fold, sort_key
from sopdesk.store.catalogue_page import read_first_page
from sopdesk.ui.catalogue import CatalogueFilter, CatalogueModel
from sopdesk.ui.catalogue_header import remembered_order
from sopdesk.ui.catalogue_pane import CataloguePane
from sopdesk.ui.early_catalogue import EarlyCatalogue
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.windows import window_settings

TODAY = dt.date(2026, 12, 2)
TITLES = ("Straße Ärzte", "STRASSE ÄRZTE", "Élan Über Ωmega", "İzin Cuti", "ñandú", "Zebra", "ärzte")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 generated SOPs, with titles equal but for case (ties), non-ASCII titles and units, empty
    numbers, passed and coming review dates."""
    from bench.catalogue_db import make_catalogue

    path = tmp_path_factory.mktemp("catalogue") / "big.sqlite3"
    make_catalogue(path, 300)
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TRIGGER revision_frozen_update")  # this copy only: varied rows for the order
        for rev_id, in con.execute("SELECT id FROM revision").fetchall():
            title = TITLES[rev_id % len(TITLES)] if rev_id % 3 else None
            con.execute("UPDATE revision SET title = coalesce(?, title), sop_number = CASE WHEN ? THEN '' "
                        "ELSE sop_number END, revised_on = ?, unit_lines = CASE WHEN ? THEN ? ELSE unit_lines END "
                        "WHERE id = ?", (title, rev_id % 5 == 0, "2020-01-01" if rev_id % 2 else "2099-01-01",
                                         rev_id % 4 == 0, '["PEMDA", "Ünit Çeşme"]', rev_id))
    con.close()
    return path


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", range(6))
def test_the_first_page_is_the_models_first_rows_in_every_order(generated: Path, column: int,
                                                                descending: bool) -> None:
    everything = read_sqlite_catalogue(generated)
    assert everything is not None and len(everything) == 300
    assert len({fold(e.title) for e in everything}) < len({e.title for e in everything})  # ties but for case
    model = CatalogueModel(today=lambda: TODAY)
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    model.set_entries(everything)
    con = open_sqlite_catalogue(generated)
    assert con is not None
    try:
        page = read_first_page(con, (column, descending), TODAY, limit=40)
    finally:
        con.close()
    assert page.total == 300 and not page.complete and page.order == (column, descending)
    assert page.entries == model.entries()[:40]  # the same rows, every field, in the same order


def test_a_catalogue_within_the_first_page_is_read_whole(generated: Path) -> None:
    con = open_sqlite_catalogue(generated)
    assert con is not None
    try:
        page = read_first_page(con, (3, True), TODAY, limit=300)
    finally:
        con.close()
    assert page.complete and page.total == 300
    assert page.entries == sorted(page.entries, key=sort_key(3, TODAY), reverse=True)


def _entries(count: int) -> list[CatalogueEntry]:
    units = ("BAGIAN ORGANISASI", "BAGIAN UMUM", "INSPEKTORAT")
    return [CatalogueEntry(i + 1, f"sop-{i}", f"800/{i:04d}", f"Prosedur {(i * 7919) % count:05d}",
                           units[i % 3], Status.APPROVED if i % 4 else Status.DRAFT, 1 + i % 3, 5 + i % 11,
                           f"prosedur {(i * 7919) % count:05d}", dt.date(2030, 1, 1)) for i in range(count)]


def _first(entries: list[CatalogueEntry], count: int = 100) -> list[CatalogueEntry]:
    return sorted(entries, key=sort_key(0, dt.date.today()))[:count]


def test_the_rest_is_added_below_without_moving_the_selection_or_the_scroll(qtbot: Any, qtmodeltester: Any) -> None:
    everything = _entries(5000)
    model = CatalogueModel()
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.resize(700, 500)
    table.show()
    model.set_entries(_first(everything), total=5000)
    qtmodeltester.check(model)
    assert model.loading and proxy.rowCount() == 100 and model.total() == 5000
    table.selectRow(40)
    table.scrollTo(proxy.index(40, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll, chosen = table.verticalScrollBar().value(), proxy.index(40, 0).data()
    assert scroll > 0
    proxy.add_rest(everything)
    assert not model.loading and proxy.rowCount() == 5000
    assert [proxy.index(i.row(), 0).data() for i in table.selectionModel().selectedRows()] == [chosen]
    assert table.currentIndex().row() == 40 and table.verticalScrollBar().value() == scroll
    titles = [e.title for e in model.entries()]
    assert titles == sorted(titles) and len(set(titles)) == 5000
    qtmodeltester.check(model)


def test_a_search_and_a_sort_chosen_while_loading_apply_to_every_row_once_read(qtbot: Any, tmp_path: Path) -> None:
    everything = _entries(5000)
    pane = CataloguePane(window_settings(tmp_path))
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    lines: list[str] = []
    pane.countChanged.connect(lambda shown, total: lines.append(pane.count_text(shown, total)))
    pane.set_entries(_first(everything), 5000)
    assert lines[-1] == "Reading the catalogue: 100 of 5000 SOPs…"
    first_row = pane.proxy.index(0, 0).data()
    qtbot.keyClicks(pane.search, "prosedur 0012")
    assert pane.proxy.rowCount() == 100  # the search waits for the rest
    assert lines[-1] == "Reading the catalogue: 100 of 5000 SOPs; the search applies once all are read…"
    pane.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # Langkah: the rows wait too
    assert pane.proxy.index(0, 0).data() == first_row
    pane.add_rest(everything)
    found = [pane.model.entry(pane.proxy.mapToSource(pane.proxy.index(r, 0)).row()) for r in range(11)]
    assert pane.proxy.rowCount() == 11 and {e.title for e in found} == {
        f"Prosedur {n:05d}" for n in (12, *range(120, 130))}  # found among all 5,000
    assert [e.step_count for e in found] == sorted((e.step_count for e in found), reverse=True)
    assert lines[-1] == "11 of 5000 SOPs"
    assert pane.unit_filter.count() == 4  # "All units" and the three units


def test_the_sort_is_remembered_for_the_next_start(qtbot: Any, tmp_path: Path) -> None:
    settings = window_settings(tmp_path)
    assert remembered_order(settings) == (0, False)
    pane = CataloguePane(settings)
    qtbot.addWidget(pane)
    pane.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert remembered_order(settings) == (3, True) == pane.first_page_order()


def _window(qtbot: Any, path: Path, tmp_path: Path) -> tuple[MainWindow, list[tuple[int, int, str]]]:
    window = MainWindow(path, window_settings(tmp_path))
    qtbot.addWidget(window)
    listed: list[tuple[int, int, str]] = []
    window.catalogueLoaded.connect(lambda n: listed.append((n, window.model.rowCount(), window.status_label.text())))
    window.show()
    return window, listed


def test_the_window_lists_the_first_rows_and_the_count_then_the_rest(
        qtbot: Any, generated: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    shutil.copy(generated, path)
    window, listed = _window(qtbot, path, tmp_path)
    early = EarlyCatalogue(path, window.catalogue.first_page_order() or (0, False))
    assert early.ready(20)
    window.start(early)
    assert listed == [(300, 100, "Reading the catalogue: 100 of 300 SOPs…")]  # before the store is open
    qtbot.waitUntil(lambda: not window.model.loading and window.db is not None, timeout=20000)
    assert window.status_label.text() == "300 of 300 SOPs" and window.model.rowCount() == 300
    everything = read_sqlite_catalogue(path)
    assert everything is not None
    assert [e.revision_id for e in window.model.entries()] == [
        e.revision_id for e in sorted(everything, key=sort_key(0, dt.date.today()))]
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    window.close()
    wait_for_all()


def test_a_first_page_read_in_another_order_than_the_tables_waits_for_every_row(
        qtbot: Any, generated: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    shutil.copy(generated, path)
    window, listed = _window(qtbot, path, tmp_path)
    early = EarlyCatalogue(path, (2, True))  # the table sorts by Nama SOP
    with qtbot.waitSignal(window.catalogueLoaded, timeout=20000):
        window.start(early)
    assert listed[0][:2] == (300, 300) and not window.model.loading
    qtbot.waitUntil(lambda: window.db is not None and window.current is not None, timeout=20000)
    window.close()
    wait_for_all()


def test_the_rest_is_read_from_the_first_parts_snapshot(generated: Path, tmp_path: Path) -> None:
    from sopdesk.store.audit import Actor
    from sopdesk.store.database import open_database

    path = tmp_path / "big.sqlite3"
    shutil.copy(generated, path)
    early = EarlyCatalogue(path)
    page = early.result()
    assert page is not None and len(page.entries) == 100 and page.total == 300
    db = open_database(path)
    try:  # a new draft of a listed SOP written meanwhile (another workstation): a new latest revision
        draft = db.sops.start_draft(page.entries[0].revision_id, Actor(app_user="uji"))
    finally:
        db.close()
    rest = early.rest()
    assert rest is not None and len(rest) == 300 and draft not in {e.revision_id for e in rest}
    assert {e.revision_id for e in page.entries} <= {e.revision_id for e in rest}
    assert early.rest() == rest  # asked again: the same rows


def test_the_first_sop_waits_for_the_whole_catalogue_before_its_check(
        qtbot: Any, generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a slow PC the rest may come after the store opens: the SOP selected meanwhile is shown
    (and its Keterkaitan checked against the catalogue) only once every row is listed, and
    "export all" waits for them too."""
    import threading

    path = tmp_path / "big.sqlite3"
    shutil.copy(generated, path)
    window, _listed = _window(qtbot, path, tmp_path)
    release = threading.Event()
    rest = EarlyCatalogue.rest

    def slow_rest(self: EarlyCatalogue) -> list[CatalogueEntry] | None:
        release.wait(20)
        return rest(self)

    monkeypatch.setattr(EarlyCatalogue, "rest", slow_rest)
    early = EarlyCatalogue(path, window.catalogue.first_page_order() or (0, False))
    assert early.ready(20)
    window.start(early)
    qtbot.waitUntil(lambda: window.db is not None, timeout=20000)
    window.build_menus()
    assert window.model.loading and window.current is None  # opened, but the rows are not all there
    assert not window.exports.act_export_all.isEnabled()
    checked: list[int] = []
    import sopdesk.domain.checker as checker

    real_check = checker.check_sop
    monkeypatch.setattr(checker, "check_sop", lambda sop, today, catalogue=(): (
        checked.append(len(list(catalogue))) or real_check(sop, today, catalogue)))
    release.set()
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    assert checked == [300] and window.exports.act_export_all.isEnabled()
    window.close()
    wait_for_all()
