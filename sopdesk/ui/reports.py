"""The Laporan menu: the weekly Excel report, monitoring and evaluation, the SOP book, printing
through Qt's print dialog, and checking a printed sheet. Every piece of work runs off the GUI
thread; long ones show progress and can be cancelled; a failed write leaves no partial file."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from sopdesk.ui import settings as opt
from sopdesk.ui.errors import show_failure
from sopdesk.ui.open_result import offer_open
from sopdesk.ui.progress import run_with_progress
from sopdesk.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from sopdesk.ui.main_window import MainWindow


class ReportsController(QObject):
    """Adds the Laporan menu to ``window``; ``written(path)`` after a report is written."""

    written = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def install(self, menu: Any) -> None:
        act = self.window._action
        act(menu, self.tr("&Weekly report (Excel)…"), "Ctrl+R", self.weekly_report)
        act(menu, self.tr("&Monitoring and evaluation…"), "Ctrl+M", self.monitoring)
        menu.addSeparator()
        act(menu, self.tr("SOP &book as PDF…"), None, self.book_pdf)
        self.act_print = act(menu, self.tr("&Print this SOP…"), QKeySequence.StandardKey.Print, self.print_current)
        act(menu, self.tr("Print the SOP b&ook…"), None, self.print_book)
        menu.addSeparator()
        act(menu, self.tr("&Check a printed sheet…"), "Ctrl+Shift+V", self.verify)

    # ----- helpers ---------------------------------------------------------------------------------
    def _target(self, title: str, name: str, pattern: str) -> Path | None:
        from sopdesk.io.files import safe_filename  # not at start-up (issue 15)

        win = self.window
        start = Path(win.settings.get(opt.LAST_EXPORT_DIR) or Path.home()) / safe_filename(name)
        chosen, _ = QFileDialog.getSaveFileName(win, title, str(start), pattern)
        if not chosen:
            return None
        target = Path(chosen)
        win.settings.set(opt.LAST_EXPORT_DIR, str(target.parent))
        return target

    def _failed(self, title: str) -> Callable[[Exception], None]:
        def show(exc: Exception) -> None:
            from sopdesk.domain.weekly import ReportCancelledError
            from sopdesk.io.export import ExportCancelledError

            if isinstance(exc, ReportCancelledError | ExportCancelledError):
                self.window.status_label.setText(self.tr("Cancelled; nothing was written."))
                return
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_failure(self.window, title, exc,
                         self.tr("The file could not be written; no partial file was left.\n\n%s") % detail)
        return show

    def _written(self, path: Path) -> None:
        self.window.status_label.setText(self.tr("Written: %s") % path)
        offer_open(self.window, [path], self.tr("Reports"))
        self.written.emit(path)

    # ----- the weekly report -------------------------------------------------------------------------
    def weekly_report(self) -> None:
        """Ask for the week (any day of it, from a calendar; default: last week) and the file, then
        write the workbook."""
        from sopdesk.domain.isoweek import last_week
        from sopdesk.ui.week_picker import pick_week

        win = self.window
        if win.db is None:
            return
        week = pick_week(win, last_week(win.clock()))
        if week is None:
            return
        target = self._target(self.tr("Weekly report"), f"laporan-mingguan-{week}.xlsx", self.tr("Excel (*.xlsx)"))
        if target is not None:
            self.write_weekly(week, target.with_suffix(".xlsx"))

    def write_weekly(self, week: Any, target: Path) -> TaskHandle:
        """Build and write the weekly report of ``week`` to ``target`` with progress and cancel."""
        from sopdesk.io.weekly_xlsx import write_weekly
        from sopdesk.store.reports import build_weekly_report

        win = self.window
        assert win.db is not None
        db, now = win.db, win.clock()

        def work(progress: Progress) -> Path:
            report = build_weekly_report(db, week, now, progress)
            return write_weekly(report, target, progress)

        return run_with_progress(win, self.tr("Writing the weekly report…"), work, self._written,
                                 self._failed(self.tr("Weekly report")))

    # ----- monitoring and evaluation -------------------------------------------------------------------
    def monitoring(self) -> None:
        """The monitoring form (Tabel 7) and evaluation checklist of a period."""
        from sopdesk.ui.monitoring_dialog import MonitoringDialog

        win = self.window
        if win.db is not None:
            MonitoringDialog(win.db, win.clock(), win.actor(), win).show()

    # ----- the SOP book and printing -----------------------------------------------------------------------
    def _approved_loaders(self) -> list[Callable[[], Any]]:
        win = self.window
        assert win.db is not None
        db = win.db
        return [partial(db.sops.load, e.revision_id) for e in db.sops.approved_catalogue()]

    def book_pdf(self) -> None:
        """Write the SOP book of every approved SOP as one PDF, with progress and cancel."""
        win = self.window
        if win.db is None:
            return
        year = win.clock().year
        target = self._target(self.tr("SOP book"), f"buku-sop-{year}.pdf", self.tr("PDF (*.pdf)"))
        if target is not None:
            self.write_book(target.with_suffix(".pdf"), year)

    def write_book(self, target: Path, year: int) -> TaskHandle:
        """Write the SOP book to ``target``; its cover carries the office's name lines and logo
        (Pengaturan kantor), or without them the unit lines all SOPs share."""
        from sopdesk.io.book import export_book

        win = self.window
        assert win.db is not None
        loaders, paper, office = self._approved_loaders(), win.paper(), win.db.office

        def work(progress: Progress) -> Path:
            identity = office.identity()
            return export_book(loaders, target, paper, year, identity.lines or None, progress, identity.logo)

        return run_with_progress(win, self.tr("Writing the SOP book…"), work,
                                 self._written, self._failed(self.tr("SOP book")), total=len(loaders))

    def print_current(self) -> None:
        """Print the SOP shown through Qt's print dialog."""
        from sopdesk.ui.printing import print_sheet

        win, sop = self.window, self.window.current
        if sop is not None:
            print_sheet(win, lambda: sop, win.paper())

    def print_book(self) -> None:
        from sopdesk.ui.printing import print_book

        win = self.window
        if win.db is not None:
            print_book(win, self._approved_loaders(), win.paper(), win.clock().year, win.db.office.identity)

    def verify(self) -> None:
        """Check a printed sheet's code against the database."""
        from sopdesk.ui.verify_dialog import open_verify_dialog

        if self.window.db is not None:
            open_verify_dialog(self.window, self.window.db.sops)
