"""Every window and dialog, walked in Bahasa Indonesia (no English word) and in English (no
Indonesian word). The word lists are in `tests/ui_walk.py`; the windows are ``WINDOWS`` below:
to add one, write ``def open_x(walk: Walk) -> None`` that opens it and calls ``walk.scan`` (dialogs
run with ``exec()`` are scanned when they would block), and list it in ``WINDOWS``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import LABEL_VARIANTS
from sopdesk.ui.app import install_translators
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.tasks import wait_for_all
from tests.ui_walk import ENGLISH_WORDS, INDONESIAN_WORDS, data_strings, offences, texts_of
from tests.windows import open_window

NOW = dt.datetime(2025, 6, 30, 16, 0)  # a Monday
KEY = "lamandau-pengisian-e-sakip"  # six format findings


@dataclass
class Walk:
    """The main window under test and the texts collected so far."""

    window: MainWindow
    qtbot: Any
    monkeypatch: pytest.MonkeyPatch
    tmp_path: Path
    texts: list[tuple[str, str]] = field(default_factory=list)
    scanned: list[str] = field(default_factory=list)
    data: set[str] = field(default_factory=set)  # text that is the user's or the regulation's, shown as is
    typed: list[str] = field(default_factory=list)  # what the next input dialogs answer (else: cancelled)

    def scan(self, widget: QWidget, name: str = "") -> None:
        name = name or type(widget).__name__
        self.scanned.append(name)
        self.texts += [(f"[{name}] {where}", text) for where, text in texts_of(widget)]

    def note(self, name: str, *texts: str) -> None:
        """Texts shown without a widget we can reach (message boxes' static functions)."""
        self.scanned.append(name)
        self.texts += [(f"[{name}]", t) for t in texts if t]

    def wait_scanned(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: name in self.scanned, timeout=10000)


def _patch_blocking(walk: Walk) -> None:
    """Modal dialogs are scanned instead of run; message boxes and input dialogs are noted."""
    def exec_(dialog: QDialog) -> int:
        walk.scan(dialog)
        return 0

    def message(name: str) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
            walk.note(name, title, text)
            return QMessageBox.StandardButton.No
        return show

    def get_text(_parent: Any, title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        walk.note("QInputDialog", title, label)
        return (walk.typed.pop(0), True) if walk.typed else ("", False)

    def file_dialog(mode: QFileDialog.AcceptMode, file_mode: QFileDialog.FileMode) -> Callable[..., Any]:
        def ask(parent: Any, caption: str = "", directory: str = "", filters: str = "", *_a: Any,
                **_k: Any) -> Any:
            open_file_dialog(walk, mode, file_mode, caption, filters)
            return ("", "") if file_mode is not QFileDialog.FileMode.Directory else ""
        return ask

    mp = walk.monkeypatch
    mp.setattr(QDialog, "exec", exec_)
    mp.setattr(QMessageBox, "exec", exec_)
    for name in ("information", "warning", "critical", "question"):
        mp.setattr(QMessageBox, name, message(f"QMessageBox.{name}"))
    mp.setattr(QMessageBox, "about", lambda _p, title, text: walk.note("QMessageBox.about", title, text))
    mp.setattr(QInputDialog, "getText", get_text)
    mp.setattr(QFileDialog, "getSaveFileName", file_dialog(QFileDialog.AcceptMode.AcceptSave,
                                                           QFileDialog.FileMode.AnyFile))
    mp.setattr(QFileDialog, "getOpenFileName", file_dialog(QFileDialog.AcceptMode.AcceptOpen,
                                                           QFileDialog.FileMode.ExistingFile))
    mp.setattr(QFileDialog, "getExistingDirectory", file_dialog(QFileDialog.AcceptMode.AcceptOpen,
                                                                QFileDialog.FileMode.Directory))


def open_file_dialog(walk: Walk, mode: QFileDialog.AcceptMode, file_mode: QFileDialog.FileMode, caption: str,
                     filters: str) -> None:
    """Qt's own (non-native) file dialog, in detail view, on a folder with a file and a folder."""
    (walk.tmp_path / "contoh").mkdir(exist_ok=True)
    (walk.tmp_path / "contoh.pdf").write_bytes(b"%PDF")
    dialog = QFileDialog(walk.window, caption, str(walk.tmp_path), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setFileMode(file_mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    model = dialog.findChild(QFileSystemModel)
    with walk.qtbot.waitSignal(model.directoryLoaded, timeout=5000, raising=False):
        dialog.show()  # the file system model lists the folder in its own thread
    walk.qtbot.waitUntil(lambda: dialog.isVisible())
    walk.qtbot.wait(100)
    before = len(walk.texts)
    walk.scan(dialog, f"QFileDialog {caption}")
    on_disk = _names_on_the_way_to(walk.tmp_path)
    walk.texts[before:] = [(where, text) for where, text in walk.texts[before:]
                           if text not in on_disk and not _system_file_type(where)]
    dialog.reject()
    dialog.deleteLater()


def _system_file_type(where: str) -> bool:
    """The Type column (2) of the file dialog's views: the system's description of a file type
    (shared-mime-info, in whatever language Qt loaded it first), not sopdesk's text."""
    return re.search(r"Q(ListView|TreeView)#(listView|treeView) cell \[\d+,2\]$", where) is not None


def _names_on_the_way_to(folder: Path) -> set[str]:
    """The names of the files and folders in every folder from the root to ``folder`` (as given and resolved).

    A file dialog may show any of them while its model is still walking to the folder; they are the
    machine's names, not the interface's words (a CI machine had a folder named ``check`` there).
    """
    names: set[str] = set()
    for path in {folder, folder.resolve()}:
        for place in (path, *path.parents):
            names.add(place.name)
            try:
                names |= {child.name for child in place.iterdir()}
            except OSError:
                continue
    return names


def _log_executions(win: MainWindow) -> None:
    """Four executions of ``KEY`` (step 1: 30 menit): its first step on time, late, overdue, running."""
    from sopdesk.store.audit import Actor

    db = win.db
    assert db is not None
    revision = db.sops.find_by_key(KEY)
    assert revision is not None
    actor = Actor(app_user="Ana")
    day = dt.datetime(2025, 6, 23, 8, 0)
    for minutes, title in ((5, "LKj 2024"), (600, "LKj 2025")):
        eid = db.executions.start(revision, title, "800/1/ORG", "Ana", day, NOW, actor=actor)
        db.executions.start_step(eid, 0, day, "Ana", NOW, actor=actor)
        db.executions.finish_step(eid, day + dt.timedelta(minutes=minutes), NOW, actor=actor)
    for title, start in (("LKj 2026", day), ("LKj 2027", NOW - dt.timedelta(minutes=10))):
        eid = db.executions.start(revision, title, "", "Ana", start, NOW, actor=actor)
        db.executions.start_step(eid, 0, start, "Ana", NOW, actor=actor)


# ----- the windows ----------------------------------------------------------------------------------
def open_main_window(walk: Walk) -> None:
    """The catalogue, Identitas (with the format findings), Diagram alir and Pelaksanaan tabs, menus."""
    win, qtbot = walk.window, walk.qtbot
    _log_executions(win)
    with qtbot.waitSignal(win.sopShown, timeout=10000):
        win.open_sop_by_key(KEY)
    qtbot.waitUntil(lambda: win.executions.loaded_key == KEY, timeout=10000)
    wait_for_all()
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    walk.scan(win, "MainWindow")
    panel = win.executions
    verdicts = set()
    for row in range(panel.list.rowCount()):  # each execution's records and verdicts
        if panel.list.currentRow() != row:
            with qtbot.waitSignal(panel.changed, timeout=10000):
                panel.list.setCurrentCell(row, panel.TITLE)
        qtbot.waitUntil(lambda r=row: panel.current is not None and panel.current[0].id == panel.executions[r].id)
        walk.scan(panel, f"Pelaksanaan {panel.list.item(row, panel.TITLE).text()}")
        verdicts.add(panel.records.item(0, panel.VERDICT).text())
    assert len(verdicts) == 4, verdicts  # on time, late, overdue, running


def open_empty_catalogue(walk: Walk) -> None:
    """The catalogue when a search finds nothing."""
    walk.window.search.setText("tidak ada sama sekali xyz")
    walk.scan(walk.window, "MainWindow (search finds nothing)")
    walk.window.search.clear()


def open_execution_dialogs(walk: Walk) -> None:
    from sopdesk.ui.execution_dialogs import CorrectionDialog, StartDialog

    win = walk.window
    assert win.current is not None
    for dialog in (StartDialog(win.current, "Ana", lambda: NOW, win),):
        walk.scan(dialog)
        dialog.deleteLater()
    execution = win.executions.current
    if execution is not None and execution[0].records:
        record = execution[0].records[0]
        dialog = CorrectionDialog(record, 0, execution[1].step_number(record.step), lambda: NOW, win)
        walk.scan(dialog)
        dialog.deleteLater()


def open_running(walk: Walk) -> None:
    walk.window.revisions.show_running()
    walk.wait_scanned("RunningDialog")


def open_editor(walk: Walk) -> None:
    """The editor window with its docks (steps, Pelaksana, identity, checker, undo history)."""
    win = walk.window
    assert win.current is not None and win.db is not None
    revision = win.db.sops.find_by_key(KEY)
    editor = win.editing.open_editor(win.current, None, revision)
    walk.qtbot.waitExposed(editor)
    editor.table.setCurrentIndex(editor.steps_model.index(1, 1))
    walk.qtbot.wait(50)
    walk.scan(editor, "EditorWindow")
    editor.document.undo_stack.setClean()
    editor.close()


def open_source_view(walk: Walk) -> None:
    """Dokumen asal beside the drawing: a PDF original's pages, then a Word original's note and button.
    The file name and the importer's "halaman 1" are data, shown as stored."""
    from sopdesk.io.pdf import render_sheet
    from sopdesk.ui.editor.source_view import SourceDocument, SourceView

    win = walk.window
    assert win.current is not None and win.db is not None
    for name, data in (("asal.pdf", render_sheet(win.current)), ("asal.docx", b"PK")):
        editor = win.editing.open_editor(win.current, None, win.db.sops.find_by_key(KEY))
        walk.qtbot.waitExposed(editor)
        editor.show_source(SourceDocument(name, "halaman 1", data))
        assert editor.source_dock is not None
        view = editor.source_dock.widget()
        assert isinstance(view, SourceView)
        if view.source.is_pdf:
            walk.qtbot.waitUntil(lambda v=view: bool(v.images), timeout=10000)
        walk.data.add(view.title.text())
        walk.scan(editor, f"EditorWindow with {name}")
        editor.document.undo_stack.setClean()
        editor.close()


def open_office_settings(walk: Walk) -> None:
    walk.window.edit_office()
    walk.wait_scanned("OfficeDialog")


def open_weekly_report(walk: Walk) -> None:
    """The week picker, then the save dialog."""
    walk.window.reports.weekly_report()
    walk.wait_scanned("WeekPickerDialog")
    reports = walk.window.reports
    reports._target(reports.tr("Weekly report"), "laporan.xlsx", reports.tr("Excel (*.xlsx)"))


def open_monitoring(walk: Walk) -> None:
    from sopdesk.domain.monitoring import CRITERIA
    from sopdesk.ui.monitoring_dialog import MonitoringDialog

    before = set(QApplication.topLevelWidgets())
    walk.window.reports.monitoring()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MonitoringDialog) and w not in before)
    walk.qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    # the regulation's evaluation questions and the Catatan pre-filled for the (Indonesian) Tabel 7 form
    walk.data |= set(CRITERIA) | {a.notes for a in dialog.model.edited}
    walk.scan(dialog)
    dialog.close()


def open_verify(walk: Walk) -> None:
    """Periksa lembar with a verdict shown, and with codes that are not codes."""
    from sopdesk.ui.verify_dialog import VerifyDialog

    walk.window.reports.verify()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyDialog) and w.isVisible())
    for code in ("balangan-pengukuran-kinerja/1/BC6PHJHKNG", "bukan/kode/U", "satu dua"):  # a verdict, two refusals
        dialog.code.setText(code)
        dialog.check()
        walk.qtbot.waitUntil(lambda: "…" not in dialog.answer.text(), timeout=10000)
        walk.scan(dialog, f"VerifyDialog {code}")
    dialog.close()


def open_restore(walk: Walk) -> None:
    walk.window.care.restore_from_backup()
    walk.wait_scanned("RestoreDialog")


def open_database_dialog(walk: Walk) -> None:
    """Berkas → Buka basis data…: the file fields, a remembered server, the note of a computer
    without a password store, and what "Test connection" says."""
    from sopdesk.store.server import ServerAddress
    from sopdesk.ui.open_database_dialog import OpenDatabaseDialog

    walk.window.opening.choose()
    walk.wait_scanned("OpenDatabaseDialog")
    server = ServerAddress("server-organisasi", "sopdesk", "ana")
    walk.data |= {server.label(), str(walk.tmp_path / "kantor.sqlite3"), "server-organisasi", "sopdesk", "ana"}
    for can_keep, tested in ((True, None), (False, "0006")):
        dialog = OpenDatabaseDialog([str(walk.tmp_path / "kantor.sqlite3"), server.url()], can_keep, walk.window)
        dialog.recent.setCurrentIndex(2)
        dialog._on_tested(tested)
        walk.scan(dialog, "OpenDatabaseDialog (server)")
        dialog.deleteLater()


def open_history(walk: Walk) -> None:
    """Riwayat revisi, showing what a new draft changed (title, approval, a step's symbol)."""
    import dataclasses

    from sopdesk.domain.model import Symbol
    from sopdesk.store.audit import Actor

    win = walk.window
    assert win.db is not None and win.current is not None
    draft = win.db.sops.start_draft(win.db.sops.find_by_key(KEY) or 0, Actor(app_user="Ana"))
    sop = win.db.sops.load(draft)
    steps = list(sop.steps)
    steps[2] = dataclasses.replace(steps[2], symbol=Symbol.DECISION if steps[2].symbol is Symbol.PROCESS
                                   else Symbol.PROCESS)
    changed = dataclasses.replace(sop, title=sop.title + " (revisi)", steps=tuple(steps),
                                  approval=dataclasses.replace(sop.approval, name="Ana"))
    win.db.sops.save_draft(draft, changed, Actor(app_user="Ana"))
    walk.data |= {changed.title, "Ana"}
    win.revisions.show_history()
    walk.wait_scanned("HistoryDialog")
    assert any("»" in text for where, text in walk.texts if where.startswith("[HistoryDialog]"))  # the changes


def open_audit_log(walk: Walk) -> None:
    walk.window.revisions.show_audit_log()
    walk.wait_scanned("AuditDialog")


def open_error_messages(walk: Walk) -> None:
    """The core's refusals: an execution without a title, a status change the lifecycle does not
    allow, overlapping working hours (a week is picked from a calendar: it cannot be mistyped)."""
    from sopdesk.domain.model import Status

    win = walk.window
    win.executions.start_with("", "", "Ana", NOW, False)
    walk.wait_scanned("QMessageBox.warning")
    walk.scanned.remove("QMessageBox.warning")
    assert win.current is not None and win.current.status is Status.APPROVED
    win.revisions.change_revision(Status.APPROVED)
    walk.wait_scanned("QMessageBox.warning")
    walk.scanned.remove("QMessageBox.warning")
    from sopdesk.domain.office import OfficeSettings
    from sopdesk.ui.office_dialog import OfficeDialog

    office = OfficeDialog(OfficeSettings(), win)
    office.hours[0].setText("07:30-16:00, 15:00-17:00")  # overlapping hours on Monday
    office._accept()
    walk.wait_scanned("QMessageBox.warning")
    office.deleteLater()


def open_about(walk: Walk) -> None:
    walk.window._about()


def open_check_database(walk: Walk) -> None:
    walk.window.care.check_database()
    walk.wait_scanned("QMessageBox.information")


def open_file_dialogs(walk: Walk) -> None:
    walk.window.exports.export_current()
    walk.window.exports.export_all()


def open_qt_standard_widgets(walk: Walk) -> None:
    """Qt's standard buttons, a question box, and the text fields' context menus."""
    box = QMessageBox(QMessageBox.Icon.Question, "sopdesk", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel, walk.window)
    walk.scan(box, "QMessageBox")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Discard | QDialogButtonBox.StandardButton.Apply)
    walk.scan(buttons, "QDialogButtonBox")
    line, text = QLineEdit(walk.window), QTextEdit(walk.window)
    for menu in (line.createStandardContextMenu(), text.createStandardContextMenu()):
        walk.scan(menu, "context menu")
        menu.deleteLater()
    for w in (box, buttons, line, text):
        w.deleteLater()


def open_help(walk: Walk) -> None:
    """Bantuan → Panduan (F1)."""
    guide = walk.window.help.show_guide()
    walk.scan(guide)
    guide.close()


WINDOWS: tuple[Callable[[Walk], None], ...] = (
    open_main_window, open_empty_catalogue, open_execution_dialogs, open_running, open_editor, open_source_view,
    open_office_settings, open_weekly_report, open_error_messages, open_monitoring, open_verify, open_restore,
    open_history, open_audit_log, open_about, open_check_database, open_file_dialogs, open_qt_standard_widgets,
    open_help, open_database_dialog,
)


# ----- the test -------------------------------------------------------------------------------------
@pytest.fixture
def walk(request: pytest.FixtureRequest, qtbot: Any, db_path: Path, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[Walk]:
    language = request.param
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    install_translators(app, language)
    win = open_window(qtbot, db_path, tmp_path, clock=lambda: NOW)
    walk = Walk(win, qtbot, monkeypatch, tmp_path)
    _patch_blocking(walk)
    try:
        yield walk
    finally:
        wait_for_all()
        install_translators(app, "en")
        QLocale.setDefault(locale)


def _user_data(sample_sops: list[Sop], with_notes: bool, tmp_path: Path) -> set[str]:
    """The SOPs' own text, what the walk typed, the names of files and folders on the disk, and the
    column labels real sheets print (`LABEL_VARIANTS`, offered by the editor's Lembar tab: field terms
    as the offices write them, e.g. "NO")."""
    skip = frozenset() if with_notes else frozenset({"source_notes"})
    files = {p.name for p in tmp_path.iterdir()} | {str(tmp_path), *tmp_path.parts}
    return data_strings(sample_sops, skip) | files | {"LKj 2024", "LKj 2025", "LKj 2026", "LKj 2027", "800/1/ORG",
                                                     "Ana"} | data_strings(LABEL_VARIANTS.values())


@pytest.mark.parametrize("walk", ["id"], indirect=True)
def test_no_english_in_the_indonesian_interface(walk: Walk, sample_sops: list[Sop]) -> None:
    for open_one in WINDOWS:
        open_one(walk)
    found = offences(walk.texts, ENGLISH_WORDS, _user_data(sample_sops, False, walk.tmp_path) | walk.data)
    assert not found, f"{len(found)} English text(s) in the Indonesian interface:\n" + "\n".join(found)


@pytest.mark.parametrize("walk", ["en"], indirect=True)
def test_no_indonesian_in_the_english_interface(walk: Walk, sample_sops: list[Sop]) -> None:
    for open_one in WINDOWS:
        open_one(walk)
    found = offences(walk.texts, INDONESIAN_WORDS, _user_data(sample_sops, True, walk.tmp_path) | walk.data)
    assert not found, f"{len(found)} Indonesian text(s) in the English interface:\n" + "\n".join(found)


def test_the_walk_reports_the_widget_and_the_word(qtbot: Any) -> None:
    """The checker itself: a wrong word is found, with where it is; field terms and data are not."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    box.setWindowTitle("Log audit")
    layout = QVBoxLayout(box)
    button = QPushButton("&Save")
    button.setObjectName("save")
    layout.addWidget(button)
    layout.addWidget(QLabel("<b>Mutu Baku</b>: Waktu, Output"))
    layout.addWidget(QLabel("Penyusunan LAKIP Kabupaten: late"))
    found = offences(texts_of(box), ENGLISH_WORDS, {"Penyusunan LAKIP Kabupaten: late"})
    assert found == ["QWidget > QPushButton#save: 'Save' in 'Save'"]
