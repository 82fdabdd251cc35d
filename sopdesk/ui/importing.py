"""Berkas → Impor…: the office's own SOPs from PDF, Word and Excel files (or a folder), read
off the GUI thread with progress and Cancel, then a summary table (files, SOPs, steps, what
needs a person). Cancel keeps the files finished so far, each whole (one transaction per file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableView, QVBoxLayout

from sopdesk.ui import settings as opt
from sopdesk.ui.progress import run_with_progress
from sopdesk.ui.tasks import Progress

if TYPE_CHECKING:
    from sopdesk.io.importers.run import FileResult
    from sopdesk.ui.main_window import MainWindow


def file_pattern() -> str:
    """The file dialog's pattern of every importable suffix (scans .png/.jpg/.tif included); the
    importers' module is loaded only when a file is chosen, not at start-up (issue 15)."""
    from sopdesk.io.importers.files import SUFFIXES

    return " ".join(f"*{suffix}" for suffix in SUFFIXES)


class ImportCancelledError(Exception):
    """The user cancelled; ``results`` are the files finished before (each stored whole)."""

    def __init__(self, results: list[FileResult]) -> None:
        super().__init__("cancelled")
        self.results = results


class ImportController(QObject):
    """Adds Impor berkas… and Impor folder… to a menu of ``window`` and runs the import."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def install(self, menu: Any) -> None:
        act = self.window._action
        act(menu, self.tr("&Import files (PDF, Word, Excel)…"), "Ctrl+I", self.import_files)
        act(menu, self.tr("Import a &folder…"), None, self.import_folder)

    def import_files(self) -> None:
        """Ask for files, then import them."""
        start = self.window.settings.get(opt.LAST_EXPORT_DIR) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import SOPs"), start,
                                                 self.tr("SOP documents (%s)") % file_pattern())
        if chosen:
            self.run([Path(c) for c in chosen])

    def import_folder(self) -> None:
        """Ask for a folder, then import every document under it."""
        start = self.window.settings.get(opt.LAST_EXPORT_DIR) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder of SOPs"), start)
        if chosen:
            self.run([Path(chosen)])

    def run(self, paths: list[Path]) -> None:
        """Import ``paths`` (files or folders) in the background, then show the summary."""
        from sopdesk.io.importers.files import collect
        from sopdesk.io.importers.run import import_paths

        win = self.window
        if win.db is None:
            return
        db = win.db
        win.settings.set(opt.LAST_EXPORT_DIR, str(paths[0].parent if paths[0].is_file() else paths[0]))

        def work(progress: Progress) -> list[FileResult]:
            files = collect(paths)
            stopped = False

            def step(done: int, total: int, text: str) -> bool:
                nonlocal stopped
                stopped = not progress(done, total, text)
                return not stopped

            results = import_paths(db, files, progress=step)
            if stopped and len(results) < len(files):
                raise ImportCancelledError(results)
            return results

        run_with_progress(win, self.tr("Importing…"), work, self._done, self._failed)

    def _done(self, results: list[FileResult], cancelled: bool = False) -> None:
        win = self.window
        stored = [rid for r in results for rid in r.revision_ids]
        if stored:
            win.revisions.reload_catalogue(stored[0])
        ImportSummaryDialog(results, cancelled, win).open()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ImportCancelledError):
            self._done(exc.results, cancelled=True)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.window, self.tr("Import"), self.tr("The import stopped:\n\n%s") % exc)


class ImportSummaryModel(QAbstractTableModel):
    """Read-only rows of the import summary: file, result, SOPs, steps, to check, message."""

    def __init__(self, results: list[FileResult], parent: QObject | None = None) -> None:
        from sopdesk.io.importers.report_xlsx import summary_rows

        super().__init__(parent)
        self._rows = summary_rows(results)
        self._heads = [self.tr("File"), self.tr("Result"), self.tr("SOPs"), self.tr("Steps"),
                       self.tr("To check"), self.tr("Message")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._heads)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][index.column()]
        if index.column() == 1:
            return self.tr("refused") if value == "ditolak" else self.tr("imported")
        return value

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._heads[section]
        return None


class ImportSummaryDialog(QDialog):
    """The summary after an import: totals above, one row per file below."""

    def __init__(self, results: list[FileResult], cancelled: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import summary"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sops = sum(len(r.drafts) for r in results)
        refused = sum(1 for r in results if r.error)
        text = self.tr("%d file(s): %d SOP draft(s), %d step(s); %d file(s) refused; %d item(s) to check.") % (
            len(results), sops, sum(r.steps for r in results), refused, sum(r.needs_person for r in results))
        if cancelled:
            text += " " + self.tr("Cancelled: the files above were imported whole, the rest not at all.")
        self.totals = QLabel(text)
        self.totals.setWordWrap(True)
        self.model = ImportSummaryModel(results, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 420)
