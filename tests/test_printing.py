"""Printing through Qt: a sheet painted on a QPrinter (PDF output) keeps its pages, its
paper and a QR code that still reads and verifies."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter

from sopdesk.domain.model import Sop
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.paper import PAPERS, PaperName
from sopdesk.ui.printing import prepare_printer, print_pdf_to
from sopdesk.ui.tasks import CancelledError
from tests.qr_reading import qr_texts

KEY = "balangan-pengukuran-kinerja"


def _pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


@pytest.mark.parametrize("paper", list(PaperName))
def test_a_printed_sheet_keeps_pages_paper_and_a_readable_qr(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             sample_by_id: dict[str, Sop], paper: PaperName) -> None:
    sop = sample_by_id[KEY]
    pdf = render_sheet(sop, paper)
    printer = _pdf_printer(tmp_path / "cetak.pdf")
    count = prepare_printer(printer, pdf)
    seen: list[tuple[int, int]] = []
    assert print_pdf_to(printer, pdf, lambda d, t, _: seen.append((d, t)) is None, max_dpi=200) == count
    assert seen == [(k, count) for k in range(count + 1)]
    printed = (tmp_path / "cetak.pdf").read_bytes()
    pages = PdfReader(tmp_path / "cetak.pdf").pages
    assert len(pages) == count == len(PdfReader(io.BytesIO(pdf)).pages)
    for page in pages:  # F4 (215 x 330 mm) is matched to the printers' Folio (8.5 x 13 in): 1 mm wider
        assert float(page.mediabox.width) == pytest.approx(PAPERS[paper].width, abs=3)
        assert float(page.mediabox.height) == pytest.approx(PAPERS[paper].height, abs=3)
    assert qr_texts(printed, dpi=200)[-1] == [sheet_code(sop).qr_payload]


def test_the_page_range_of_the_dialog_is_kept(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              sample_by_id: dict[str, Sop]) -> None:
    pdf = render_sheet(sample_by_id[KEY])
    printer = _pdf_printer(tmp_path / "cetak.pdf")
    prepare_printer(printer, pdf)
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPageRanges(ranges)
    assert print_pdf_to(printer, pdf, max_dpi=72) == 1
    assert len(PdfReader(tmp_path / "cetak.pdf").pages) == 1


def test_cancel_aborts_the_job(qapp, tmp_path: Path, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    pdf = render_sheet(sample_by_id[KEY])
    printer = _pdf_printer(tmp_path / "cetak.pdf")
    prepare_printer(printer, pdf)
    with pytest.raises(CancelledError):
        print_pdf_to(printer, pdf, lambda done, _t, _x: done < 1, max_dpi=72)
