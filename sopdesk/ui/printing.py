"""Print a sheet or the SOP book through Qt's print dialog.

The PDF that sopdesk writes is what prints: its pages are rasterized with pypdfium2 at the
printer's resolution (at most `MAX_DPI`, which keeps a landscape page under 30 MB) and
painted on the `QPrinter`. That work runs on the thread pool (`run_task`) with a progress
dialog and cancel: Qt supports QPainter on a QPrinter outside the GUI thread, and pdfium,
which is not thread-safe, is only ever called under one lock.

Entry points for the main window: `print_sheet`, `print_book`, `print_pdf`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from sopdesk.domain.model import Sop
from sopdesk.domain.office_identity import OfficeIdentity
from sopdesk.layout.paper import MM, PaperName
from sopdesk.ui.pdf_pages import PDFIUM, page_sizes, render
from sopdesk.ui.tasks import CancelledError, Progress, TaskHandle, run_task

MAX_DPI = 300


def prepare_printer(printer: QPrinter, pdf: bytes) -> int:
    """Set ``printer``'s paper and orientation from the first page of ``pdf`` (A4 or F4,
    landscape) with no margins of its own (the sheet has them); return the page count."""
    sizes = page_sizes(pdf)
    width, height = sizes[0] if sizes else (297 * MM, 210 * MM)
    size = QPageSize(QSizeF(min(width, height) / MM, max(width, height) / MM), QPageSize.Unit.Millimeter,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    return len(sizes)


def _wanted_pages(printer: QPrinter, count: int) -> list[int]:
    ranges = printer.pageRanges()
    return [i for i in range(count) if ranges.isEmpty() or ranges.contains(i + 1)]


def print_pdf_to(printer: QPrinter, pdf: bytes, progress: Progress | None = None, max_dpi: int = MAX_DPI) -> int:
    """Paint the pages of ``pdf`` (those in the printer's page ranges, default all) on
    ``printer``, each fitted to the paper; return how many were printed.

    Runs on any thread. ``progress(done, total, "")`` is called before each page; when it
    returns False the print job is aborted and `CancelledError` raised. Raises ``RuntimeError``
    if the printer cannot start, ``pypdfium2.PdfiumError`` for a damaged PDF.
    """
    import pypdfium2 as pdfium

    dpi = min(printer.resolution(), max_dpi)
    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            pages = _wanted_pages(printer, len(doc))
            painter = QPainter()
            if not painter.begin(printer):
                raise RuntimeError("Printer tidak dapat dimulai.")
            try:
                for done, index in enumerate(pages):
                    if progress and not progress(done, len(pages), ""):
                        printer.abort()
                        raise CancelledError()
                    if done:
                        printer.newPage()
                    image = render(doc[index], dpi)
                    painter.drawImage(_fit(printer, image), image)
            finally:
                painter.end()
        finally:
            doc.close()
    if progress:
        progress(len(pages), len(pages), "")
    return len(pages)


def _fit(printer: QPrinter, image: QImage) -> QRectF:
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    return QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)


def start_printing(parent: QWidget, printer: QPrinter, pdf: bytes,
                   on_done: Callable[[int], object] | None = None) -> TaskHandle:
    """Print ``pdf`` on ``printer`` off the GUI thread with a progress dialog (cancel aborts the job)."""
    dialog = QProgressDialog(QCoreApplication.translate("Printing", "Printing…"),
                             QCoreApplication.translate("Printing", "Cancel"), 0, 1, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def done(count: int) -> None:
        dialog.close()
        if on_done:
            on_done(count)

    def failed(exc: Exception) -> None:
        dialog.close()
        QMessageBox.critical(parent, QCoreApplication.translate("Printing", "Print"),
                             QCoreApplication.translate("Printing", "The document could not be printed.\n\n%s") % exc)

    def progressed(count: int, total: int, _text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(count)
        text = QCoreApplication.translate("Printing", "Printing page %d of %d…")
        dialog.setLabelText(text % (min(count + 1, total), total))

    handle = run_task(lambda progress: print_pdf_to(printer, pdf, progress), done, failed, dialog.close)
    handle.progressed.connect(progressed)
    dialog.canceled.connect(handle.cancel)
    return handle


def print_pdf(parent: QWidget, pdf: bytes, title: str = "") -> TaskHandle | None:
    """Show Qt's print dialog for ``pdf`` (paper set from the PDF, page range allowed) and
    print it in the background; None if the user cancelled the dialog. Raises
    ``pypdfium2.PdfiumError`` if ``pdf`` is not a PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    count = prepare_printer(printer, pdf)
    printer.setDocName(title or "sopdesk")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: %s") % (title or "sopdesk"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(count, 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return start_printing(parent, printer, pdf)


def _render_then_print(parent: QWidget, make: Callable[[Progress], bytes], title: str) -> TaskHandle:
    def failed(exc: Exception) -> None:
        if not isinstance(exc, CancelledError):
            text = QCoreApplication.translate("Printing", "The document could not be prepared.\n\n%s")
            QMessageBox.critical(parent, QCoreApplication.translate("Printing", "Print"), text % exc)

    return run_task(make, lambda pdf: print_pdf(parent, pdf, title), failed)


def print_sheet(parent: QWidget, load: Callable[[], Sop], paper: PaperName = PaperName.A4) -> TaskHandle:
    """Render the sheet of the SOP ``load`` returns (in the background), then show the print
    dialog. Errors reach the user as a message box."""
    from sopdesk.io.pdf import render_sheet

    def make(_progress: Progress) -> bytes:
        return render_sheet(load(), paper)

    return _render_then_print(parent, make, QCoreApplication.translate("Printing", "SOP sheet"))


def print_book(parent: QWidget, loaders: Sequence[Callable[[], Sop]], paper: PaperName = PaperName.A4,
               year: int = 2026, identity: Callable[[], OfficeIdentity] | None = None) -> TaskHandle:
    """Build the SOP book of ``loaders`` (in the background), then show the print dialog;
    ``identity`` (called in the background) gives the cover's office lines and logo."""
    from sopdesk.io.book import render_book
    from sopdesk.io.export import ExportCancelledError

    def make(progress: Progress) -> bytes:
        office = identity() if identity is not None else OfficeIdentity()
        try:
            return render_book(loaders, paper, year, office.lines or None, progress, office.logo)[0]
        except ExportCancelledError as exc:
            raise CancelledError() from exc

    return _render_then_print(parent, make, QCoreApplication.translate("Printing", "SOP book"))
