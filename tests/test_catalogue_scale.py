"""The catalogue at scale (issue 15): summaries in one query, step texts after the first paint, a
model that sorts itself and a proxy that only filters, so thousands of rows never pass through
``data()`` one by one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

from sopdesk.domain.model import Status
from sopdesk.store.catalogue import CatalogueEntry, read_sqlite_catalogue
from sopdesk.store.database import open_database
from sopdesk.store.errors import StoreError
from sopdesk.ui.catalogue import CatalogueFilter, CatalogueModel
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import wait_for_all


def _entries(count: int) -> list[CatalogueEntry]:
    units = ("BAGIAN ORGANISASI", "BAGIAN UMUM", "INSPEKTORAT")
    return [CatalogueEntry(i + 1, f"sop-{i}", f"800/{i:04d}", f"Prosedur {(i * 7919) % count:05d}",
                           units[i % 3], Status.APPROVED if i % 4 else Status.DRAFT, 1 + i % 3, 5 + i % 11,
                           f"prosedur {(i * 7919) % count:05d}", dt.date(2030, 1, 1)) for i in range(count)]


def _view(qtbot: Any, model: CatalogueModel) -> tuple[CatalogueFilter, QTableView]:
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    return proxy, table


def test_the_model_sorts_itself_and_the_selection_follows_its_row(qtbot: Any, qtmodeltester: Any) -> None:
    model = CatalogueModel()
    model.set_entries(_entries(50))
    proxy, table = _view(qtbot, model)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold) and len(titles) == 50
    table.selectRow(10)
    chosen = proxy.index(10, 0).data()
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # Langkah, as numbers
    steps = [proxy.index(r, 5).data() for r in range(proxy.rowCount())]
    assert steps == sorted(steps, reverse=True)
    selected = table.selectionModel().selectedRows()
    assert [proxy.index(i.row(), 0).data() for i in selected] == [chosen]
    model.set_entries(_entries(30))  # new rows keep the chosen order
    assert [proxy.index(r, 5).data() for r in range(30)] == sorted((5 + i % 11 for i in range(30)), reverse=True)
    qtmodeltester.check(model)


def test_five_thousand_rows_are_shown_sorted_and_searched_without_asking_each_row(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    plain = CatalogueModel.data

    def counted(self: CatalogueModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        calls[0] += 1
        return plain(self, index, role)

    monkeypatch.setattr(CatalogueModel, "data", counted)
    model = CatalogueModel()
    proxy, table = _view(qtbot, model)
    table.resize(700, 500)
    table.show()
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_entries(_entries(5000))
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    proxy.set_query("prosedur 0012")
    assert proxy.rowCount() == 11  # 00012 and 00120-00129
    proxy.set_query("")
    table.repaint()
    assert proxy.rowCount() == 5000
    assert calls[0] < 2000  # what is painted, not 5,000 rows x columns x sort comparisons


def test_the_search_finds_step_texts_that_arrive_after_the_first_paint(qtbot: Any) -> None:
    model = CatalogueModel()
    model.set_entries(_entries(20))
    proxy, _table = _view(qtbot, model)
    proxy.set_query("span-lapor")
    assert proxy.rowCount() == 0
    proxy.add_step_texts({3: "Mengadukan lewat SPAN-LAPOR"})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        next(e.title for e in model.entries() if e.revision_id == 3)]


def test_summaries_and_step_texts_of_the_latest_revisions(store_target: str | Path) -> None:
    from sopdesk.store.audit import Actor

    db = open_database(store_target)
    try:
        entries = {e.key: e for e in db.sops.catalogue()}
        lamandau = entries["lamandau-pengisian-e-sakip"]
        draft = db.sops.start_draft(lamandau.revision_id, Actor(app_user="uji"))
        texts = db.sops.step_texts()
        latest = {e.revision_id for e in db.sops.catalogue()}
        assert set(texts) == latest and draft in latest and lamandau.revision_id not in latest
        activities = "\n".join(step.activity for step in db.sops.load(draft).steps)
        assert sorted(texts[draft].split("\n")) == sorted(activities.split("\n"))
        approved = db.sops.approved_catalogue()
        assert lamandau.revision_id in {e.revision_id for e in approved} and len(approved) == 13
        assert set(db.sops.step_texts(approved=True)) == {e.revision_id for e in approved}
    finally:
        db.close()


def test_the_quick_read_gives_the_rows_of_the_full_open_on_a_generated_catalogue(tmp_path: Path) -> None:
    from bench.catalogue_db import make_catalogue
    from sopdesk.store.catalogue import with_step_texts

    make_catalogue(tmp_path / "big.sqlite3", 300)  # 300 SOPs of 1-3 revisions, some drafts over approved
    quick = read_sqlite_catalogue(tmp_path / "big.sqlite3")
    db = open_database(tmp_path / "big.sqlite3")
    try:
        full, texts = db.sops.catalogue(), db.sops.step_texts()
    finally:
        db.close()
    assert quick is not None and len(quick) == len(full) == 300
    assert len({e.unit for e in quick}) == 7 and {e.status for e in quick} == {Status.APPROVED, Status.DRAFT}
    by_id = sorted(quick, key=lambda e: e.revision_id)
    assert [with_step_texts(e, texts) for e in by_id] == sorted(full, key=lambda e: e.revision_id)  # every column
    def shown(e: CatalogueEntry) -> tuple[str, str]:
        return e.unit.casefold(), e.title.casefold()

    assert [shown(e) for e in full] == sorted(shown(e) for e in quick)  # the catalogue's order, by unit and name


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_a_window_listed_before_the_full_open_searches_step_texts_once_open(
        qtbot: Any, db_path: Path, settings: Settings) -> None:
    open_database(db_path).close()
    assert read_sqlite_catalogue(db_path) is not None  # this start takes the quick path
    window = MainWindow(db_path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.catalogueLoaded, timeout=20000), qtbot.waitSignal(window.sopShown, timeout=20000):
        window.start()
    qtbot.keyClicks(window.search, "span-lapor")  # only in a Kegiatan
    assert [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())] == [
        "Pengelolaan Pengaduan Masyarakat"]
    window.close()
    wait_for_all()


def test_a_quick_list_is_withdrawn_when_the_full_open_refuses_the_file(
        qtbot: Any, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    refused: list[str] = []

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise StoreError("ditolak")

    monkeypatch.setattr("sopdesk.store.database.open_database", refuse)
    monkeypatch.setattr("sopdesk.ui.main_window.show_failure", lambda _w, _t, exc, _m=None: refused.append(str(exc)))
    window = MainWindow(db_path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.catalogueLoaded, timeout=20000):
        window.start()
    qtbot.waitUntil(lambda: refused == ["ditolak"], timeout=20000)
    assert window.model.rowCount() == 0 and window.db is None
    wait_for_all()
