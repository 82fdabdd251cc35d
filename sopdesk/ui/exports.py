"""Berkas → Ekspor: the shown SOP's sheet, or every catalogue SOP's sheet into a folder, as PDF.
Writing runs off the GUI thread (every sheet with progress and Cancel); a failed write leaves no
partial file; afterwards the user may open the file or its folder."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from sopdesk.layout.paper import PaperName
from sopdesk.ui import settings as opt
from sopdesk.ui.errors import show_failure
from sopdesk.ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from sopdesk.domain.model import Sop
    from sopdesk.ui.main_window import MainWindow


class ExportController(QObject):
    """Adds the two export actions to ``window``'s Berkas menu; ``finished(paths)`` after writing."""

    finished = Signal(list)  # the paths written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._long: list[str] = []  # the last export's warnings: fields longer than a sheet holds well

    def install(self, menu: Any) -> None:
        act = self.window._action
        self.act_export = act(menu, self.tr("&Export this SOP as PDF…"), "Ctrl+E", self.export_current)
        self.act_export_all = act(menu, self.tr("Export &all SOPs as PDF…"), "Ctrl+Shift+E", self.export_all)
        self.act_export_all.setEnabled(False)

    def export_current(self) -> None:
        """Ask for a file name, then write the current SOP's sheet in the background."""
        win = self.window
        if win.current is None:
            return
        from sopdesk.io.export import sheet_filename

        sop, paper = win.current, win.paper()
        start = Path(win.settings.get(opt.LAST_EXPORT_DIR) or Path.home()) / sheet_filename(sop)
        name, _ = QFileDialog.getSaveFileName(win, self.tr("Export PDF"), str(start), self.tr("PDF (*.pdf)"))
        if name:
            self.export_to_file(sop, Path(name), paper)

    def export_to_file(self, sop: Sop, target: Path, paper: PaperName) -> TaskHandle:
        """Write ``sop``'s sheet to ``target`` (``.pdf`` added when missing) off the GUI thread."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.window.settings.set(opt.LAST_EXPORT_DIR, str(target.parent))
        self.window.status_label.setText(self.tr("Writing %s…") % target.name)
        from sopdesk.domain.checker import long_fields
        from sopdesk.io.pdf import export_sheet
        from sopdesk.ui.language import finding_text

        self._long = [finding_text(f) for f in long_fields(sop)]
        return run_task(lambda _p: [export_sheet(sop, target, paper)], self._on_exported, self._on_export_failed)

    def export_all(self) -> None:
        """Ask for a folder, then write every SOP's sheet there, with progress and cancel."""
        win = self.window
        folder = QFileDialog.getExistingDirectory(win, self.tr("Export all SOPs to folder"),
                                                  win.settings.get(opt.LAST_EXPORT_DIR) or str(Path.home()))
        if folder:
            self.export_all_to(Path(folder))

    def export_all_to(self, folder: Path) -> TaskHandle:
        """Write every catalogue SOP's sheet into ``folder`` off the GUI thread."""
        win = self.window
        assert win.db is not None
        from sopdesk.io.export import export_sheets
        from sopdesk.ui.progress import run_with_progress

        win.settings.set(opt.LAST_EXPORT_DIR, str(folder))
        db, paper = win.db, win.paper()
        self._long = []
        loaders = [partial(_checked, db.sops.load, e.revision_id, self._long) for e in win.model.entries()]
        return run_with_progress(win, self.tr("Writing PDF sheets…"),
                                 lambda progress: export_sheets(loaders, folder, paper, progress),
                                 self._on_exported, self._on_export_failed, total=len(loaders))

    def _on_exported(self, paths: list[Path]) -> None:
        where = paths[0].parent if paths else ""
        self.window.status_label.setText(self.tr("%d PDF sheet(s) written to %s") % (len(paths), where))
        from sopdesk.ui.open_result import offer_open

        offer_open(self.window, paths, self.tr("Export PDF"), self._long_note(len(paths)))
        self.finished.emit(paths)

    def _long_note(self, written: int) -> str:
        """The warning under "written": fields longer than a sheet holds well (printed whole all the
        same, over more pages), named for one sheet, counted by SOP for several."""
        if not self._long:
            return ""
        if written == 1:
            return self.tr("Longer than a sheet holds well (printed whole, but check the sheet):\n%s") % (
                "\n".join(self._long))
        titles = sorted(set(self._long))
        shown = ", ".join(f"«{t[:60]}»" for t in titles[:5]) + (" …" if len(titles) > 5 else "")
        return self.tr("%d SOP(s) have a field longer than a sheet holds well (printed whole, but check "
                       "them): %s") % (len(titles), shown)

    def _on_export_failed(self, exc: Exception) -> None:
        from sopdesk.io.export import ExportCancelledError

        status = self.window.status_label
        if isinstance(exc, ExportCancelledError):
            status.setText(self.tr("Export cancelled; %d sheet(s) written.") % len(exc.written))
            return
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        status.setText(self.tr("Export failed."))
        show_failure(self.window, self.tr("Export PDF"), exc,
                     self.tr("The PDF could not be written; no partial file was left.\n\n%s") % detail)


def _checked(load: Callable[[int], Sop], revision_id: int, long: list[str]) -> Sop:
    """``load(revision_id)``, the SOP's title added to ``long`` when a field of it is longer than a
    sheet holds well (runs on the export's thread; a list's append is atomic)."""
    from sopdesk.domain.checker import long_fields

    sop = load(revision_id)
    if long_fields(sop):
        long.append(sop.title)
    return sop
