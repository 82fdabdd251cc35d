"""The main window, offscreen: it opens, lists the samples, searches, shows an SOP, exports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sopdesk.domain.model import Sop, Status
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.layout.geometry import ShapeKind
from sopdesk.store.database import open_database
from sopdesk.ui.catalogue import CatalogueModel
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.scene import FlowchartScene
from sopdesk.ui.settings import Settings
from sopdesk.ui.tasks import wait_for_all
from tests.windows import open_window


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, db_path: Path, settings: Settings):  # type: ignore[no-untyped-def]
    yield open_window(qtbot, db_path, settings=settings)
    wait_for_all()


def _visible_titles(win: MainWindow) -> list[str]:
    return [win.proxy.index(r, 0).data() for r in range(win.proxy.rowCount())]


def test_window_lists_the_fourteen_samples(window: MainWindow) -> None:
    assert window.model.rowCount() == 14
    assert window.proxy.rowCount() == 14
    assert "14" in window.status_label.text()


def test_search_filters_by_name_number_and_step_text(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.search.clear()
    qtbot.keyClicks(window.search, "lakip")
    assert set(_visible_titles(window)) == {"Penyusunan LAKIP Kabupaten",
                                            "Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)"}
    window.search.clear()
    qtbot.keyClicks(window.search, "SOP/17/1")
    assert _visible_titles(window) == ["Pengisian Portal E-SAKIP Kabupaten Lamandau"]
    window.search.clear()
    qtbot.keyClicks(window.search, "span-lapor")  # only in a Kegiatan
    assert _visible_titles(window) == ["Pengelolaan Pengaduan Masyarakat"]
    window.search.clear()
    qtbot.keyClicks(window.search, "tidak ada sama sekali")
    assert window.proxy.rowCount() == 0
    window.search.clear()
    assert window.proxy.rowCount() == 14


def test_unit_and_status_filters(window: MainWindow) -> None:
    index = window.unit_filter.findData("BAGIAN ADMINISTRASI PEMBANGUNAN")
    window.unit_filter.setCurrentIndex(index)
    assert _visible_titles(window) == ["Pengumpulan Data Kinerja Sekretariat Daerah"]
    window.unit_filter.setCurrentIndex(0)
    assert "" not in [window.unit_filter.itemText(i) for i in range(window.unit_filter.count())]
    window.status_filter.setCurrentIndex(window.status_filter.findData(None) + 1)  # Draft
    assert _visible_titles(window) == ["Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)"]
    window.status_filter.setCurrentIndex(window.status_filter.findData(Status.APPROVED))
    assert window.proxy.rowCount() == 13
    window.status_filter.setCurrentIndex(0)
    assert window.proxy.rowCount() == 14


def test_opening_an_sop_shows_its_identity_and_steps(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                     sample_by_id: dict[str, Sop]) -> None:
    with qtbot.waitSignal(window.sopShown, timeout=10000) as blocker:
        window.open_sop_by_key("baritokuala-pengaduan-kode-etik")
    assert blocker.args == ["baritokuala-pengaduan-kode-etik"]
    sop = sample_by_id["baritokuala-pengaduan-kode-etik"]
    html = window.identity.text()
    assert sop.title in html and "BUPATI BARITO KUALA" in html
    expected = layout_flowchart(sop, page_offset=1)
    assert len(window.scene.pages) == len(expected.pages)
    shown = [t for item in window.scene.pages for t in item.page.texts if t.role == "activity"]
    assert len(shown) == len(sop.steps)
    decisions = [s for item in window.scene.pages for s in item.page.shapes if s.kind is ShapeKind.DECISION]
    assert len(decisions) == 3


def test_clicking_a_row_opens_that_sop(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = _visible_titles(window).index("Penyusunan Laporan Kinerja Biro")
    rect = window.table.visualRect(window.proxy.index(row, 0))
    with qtbot.waitSignal(window.sopShown, timeout=10000) as blocker:
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["kalbar-penyusunan-lkj-biro"]
    assert window.current is not None and window.current.number == "065 / 1 / 02-B"


def test_related_sop_links_open_the_linked_sop(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sopShown, timeout=10000):
        window.open_sop_by_key("balangan-pengukuran-kinerja")
    identity = window.identity
    window.tabs.setCurrentWidget(identity)
    area = next(area for _entry, key, area in identity.links() if key == "balangan-penyusunan-perjanjian-kinerja")
    identity.view.centerOn(area.center())
    with qtbot.waitSignal(window.sopShown, timeout=10000) as blocker:
        qtbot.mouseClick(identity.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=identity.view.mapFromScene(area.center()))
    assert blocker.args == ["balangan-penyusunan-perjanjian-kinerja"]


def test_export_all_from_the_window(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.exports.finished, timeout=60000) as blocker:
        window.exports.export_all_to(tmp_path / "lembar")
    assert len(blocker.args[0]) == 14
    assert len(list((tmp_path / "lembar").glob("*.pdf"))) == 14
    offer = next(b for b in window.findChildren(QMessageBox) if b.isVisible())  # fourteen files: the folder only
    assert [b.text().replace("&", "") for b in offer.buttons() if "older" in b.text()] in (["Open folder"],
                                                                                         ["Buka folder"])


def test_export_warns_of_a_field_longer_than_a_sheet_holds_well(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """Issue 13: the export warns (the sheet still prints the text whole); a sheet without one does not."""
    assert window.current is not None
    with qtbot.waitSignal(window.exports.finished, timeout=60000):
        window.exports.export_to_file(window.current, tmp_path / "biasa.pdf", window.paper())
    assert [b.informativeText() for b in window.findChildren(QMessageBox) if b.isVisible()] == [""]
    for box in window.findChildren(QMessageBox):
        box.close()
    long = dataclasses.replace(window.current, steps=(dataclasses.replace(window.current.steps[0],
                                                                           activity="Menyusun " * 300),
                                                      *window.current.steps[1:]))
    with qtbot.waitSignal(window.exports.finished, timeout=60000):
        window.exports.export_to_file(long, tmp_path / "panjang.pdf", window.paper())
    notes = [b.informativeText() for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(notes) == 1 and "Kegiatan" in notes[0] and "2.700" in notes[0], notes
    assert (tmp_path / "panjang.pdf").stat().st_size > 0


def test_export_failure_is_a_message_not_a_crash(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        lambda _parent, _title, text: shown.append(text))
    assert window.current is not None
    blocker_file = tmp_path / "bukan-folder"
    blocker_file.write_text("x")
    window.exports.export_to_file(window.current, blocker_file / "x.pdf", window.paper())
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "tidak ada berkas setengah jadi" in shown[0].lower() or "no partial file" in shown[0].lower()
    assert not (blocker_file / "x.pdf").exists()


def test_window_geometry_is_remembered(qtbot, db_path: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(db_path, settings)
    qtbot.addWidget(first)
    first.resize(731, 497)
    first.show()
    first.close()
    second = MainWindow(db_path, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (731, 497)


def test_a_damaged_database_offers_the_restore_dialog(qtbot, tmp_path: Path, settings: Settings,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from sopdesk.ui.restore_dialog import RestoreDialog

    bad = tmp_path / "rusak.sqlite3"
    bad.write_bytes(b"bukan basis data" * 500)
    offered: list[tuple[str, int]] = []

    def fake_exec(dialog: RestoreDialog) -> int:
        offered.append((dialog.findChildren(type(dialog.list))[0].count(), dialog.restore_button.isEnabled()))
        return RestoreDialog.DialogCode.Rejected

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    win = MainWindow(bad, settings)
    qtbot.addWidget(win)
    win.start()
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert offered == [(0, False)]  # no backups yet: nothing to restore, said plainly
    assert win.model.rowCount() == 0
    assert bad.read_bytes() == b"bukan basis data" * 500


def test_restore_from_the_window(qtbot, db_path: Path, settings: Settings,  # type: ignore[no-untyped-def]
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from sopdesk.store.backup import make_backup
    from sopdesk.ui.restore_dialog import RestoreDialog

    open_database(db_path).close()
    make_backup(db_path, dt.datetime(2026, 11, 20, 9, 0))
    db = open_database(db_path)
    rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
    assert rev is not None
    db.sops.start_draft(rev)
    db.close()
    monkeypatch.setattr(RestoreDialog, "exec", lambda _d: RestoreDialog.DialogCode.Accepted)
    win = MainWindow(db_path, settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.catalogueLoaded, timeout=20000):
        win.start()
    qtbot.waitUntil(lambda: win.db is not None, timeout=20000)
    with qtbot.waitSignal(win.catalogueLoaded, timeout=20000):
        win.care.restore_from_backup()
    qtbot.waitUntil(lambda: win.db is not None, timeout=20000)
    assert win.db is not None
    assert [r.number for r in win.db.sops.revisions("kalbar-penyusunan-lkj-biro")] == [1]  # the draft is gone
    assert win.db.sops.audit_log(action="restore")[0].detail["from"] == "sopdesk-20261120-090000.sqlite3"
    wait_for_all()


def test_catalogue_model_passes_the_model_tester(qtmodeltester, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    try:
        model = CatalogueModel()
        model.set_entries(db.sops.catalogue())
        qtmodeltester.check(model)
    finally:
        db.close()


def test_scene_paints_every_page(qtbot, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage, QPainter

    scene = FlowchartScene()
    layout = layout_flowchart(sample_by_id["lamandau-pengisian-e-sakip"])
    scene.show_layout(layout)
    assert len(scene.pages) == len(layout.pages)
    image = QImage(900, 1800, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    assert image.pixelColor(450, 100).alpha() == 255  # something was painted
    QApplication.processEvents()


def test_history_and_audit_dialogs(window: MainWindow, qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from sopdesk.ui.history import AuditDialog, AuditModel, HistoryDialog, load_history

    assert window.db is not None
    rev = window.db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
    assert rev is not None
    draft = window.db.sops.start_draft(rev)
    sop = window.db.sops.load(draft)
    window.db.sops.save_draft(draft, dataclasses.replace(sop, title="Penyusunan LKj Biro"))
    dialog = HistoryDialog(load_history(window.db.sops, "kalbar-penyusunan-lkj-biro"), sop.title)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "Nama SOP: «Penyusunan Laporan Kinerja Biro» → «Penyusunan LKj Biro»" in dialog.changes.toPlainText()
    entries = window.db.sops.audit_log()
    qtmodeltester.check(AuditModel(entries))
    audit = AuditDialog(entries)
    qtbot.addWidget(audit)
    assert audit.proxy.rowCount() == len(entries) == 16
    audit.action.setCurrentIndex(audit.action.findData("edit"))
    assert audit.proxy.rowCount() == 1
    audit.action.setCurrentIndex(0)
    qtbot.keyClicks(audit.text, "lamandau")
    assert audit.proxy.rowCount() == 1


def test_overdue_review_is_flagged_in_the_catalogue(qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sopdesk.store.catalogue import CatalogueEntry

    late = CatalogueEntry(1, "a", "1", "A", "U", Status.APPROVED, 1, 3, "a", dt.date(2000, 1, 1))
    fine = CatalogueEntry(2, "b", "2", "B", "U", Status.APPROVED, 1, 3, "b", dt.date(2999, 1, 1))
    model = CatalogueModel()
    model.set_entries([late, fine])
    assert model.index(0, 3).data() == "Approved · review overdue"  # no translator in tests: source strings
    assert model.index(1, 3).data() == "Approved"
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_revision_lifecycle_from_the_menu(window: MainWindow, qtbot, settings: Settings,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from sopdesk.ui import settings as opt

    settings.set(opt.USER_NAME, "Ana")
    warnings: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text: warnings.append(text))
    with qtbot.waitSignal(window.sopShown, timeout=10000):
        window.open_sop_by_key("kalbar-penyusunan-lkj-biro")
    assert window.revisions.act_new_draft.isEnabled() and not window.revisions.act_approve.isEnabled()
    for action, status in ((window.revisions.act_new_draft, "draft"), (window.revisions.act_verify, "verified"),
                           (window.revisions.act_approve, "approved")):
        with qtbot.waitSignal(window.sopShown, timeout=10000):
            action.trigger()
        qtbot.waitUntil(lambda s=status: window.current is not None and window.current.status.value == s
                        and window.current.revision == 2, timeout=10000)
    assert warnings == []
    assert window.db is not None
    revisions = window.db.sops.revisions("kalbar-penyusunan-lkj-biro")
    assert [(r.number, r.status.value) for r in revisions] == [(1, "superseded"), (2, "approved")]
    assert {e.app_user for e in window.db.sops.audit_log(target="kalbar-penyusunan-lkj-biro")[:3]} == {"Ana"}


def test_identity_view_lists_the_format_findings(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sopShown, timeout=10000):
        window.open_sop_by_key("lamandau-pengisian-e-sakip")
    text = window.identity.text()
    assert "Format check: 6 finding(s)" in text
    assert "The Output of step 7 is empty" in text  # English UI: the finding in English


def _open_window(qtbot, db_path: Path, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, db_path, settings=settings, size=(1366, 768))


def test_the_catalogue_is_sorted_by_name_and_readable_at_1366(window: MainWindow) -> None:
    titles = _visible_titles(window)
    assert titles == sorted(titles, key=str.casefold) and len(titles) == 14
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    window.resize(1366, 768)
    QApplication.processEvents()
    shown = window.table.viewport().width()
    assert sum(window.table.columnWidth(c) for c in range(6)) <= shown  # every column in view
    metrics = window.table.fontMetrics()
    for column in (2, 3):  # Unit and Status of every sample SOP without cutting
        texts = [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]
        widest = sorted(metrics.horizontalAdvance(t) for t in texts)[-2]  # all but the longest one
        assert window.table.columnWidth(column) >= widest + 8, (column, texts)
    assert window.table.columnWidth(0) >= 220 and window.table.columnWidth(1) >= 100
    index = window.proxy.index(0, 2)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()  # a cut unit is read in its tooltip


def test_the_catalogue_sort_and_widths_are_remembered(qtbot, db_path: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    first = _open_window(qtbot, db_path, settings)
    first.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.table.setColumnWidth(0, 333)
    first.table.setColumnWidth(2, 97)
    numbers = [first.proxy.index(r, 1).data() for r in range(first.proxy.rowCount())]
    first.close()
    wait_for_all()
    second = _open_window(qtbot, db_path, settings)
    header = second.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert (second.table.columnWidth(0), second.table.columnWidth(2)) == (333, 97)
    assert [second.proxy.index(r, 1).data() for r in range(second.proxy.rowCount())] == numbers
    assert numbers == sorted(numbers, key=str.casefold, reverse=True)
    second.close()
    wait_for_all()
