"""PDF pages as images and text, through pypdfium2, on any thread.

pdfium is not thread-safe: every call into it holds `PDFIUM`, the one lock of the program
(printing, the Dokumen asal view). Sizes are in points (1/72 inch); an image rendered at ``dpi``
is ``ceil(width_pt * dpi / 72)`` pixels wide.
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QImage

PDFIUM = threading.Lock()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height (points) of every page of ``pdf``; raises ``pypdfium2.PdfiumError``."""
    import pypdfium2 as pdfium

    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            return [(float(doc[i].get_width()), float(doc[i].get_height())) for i in range(len(doc))]
        finally:
            doc.close()


def render(pdf_page: object, dpi: float) -> QImage:
    """One opened pypdfium2 page as a QImage at ``dpi`` (the caller holds `PDFIUM`)."""
    bitmap = pdf_page.render(scale=dpi / 72, rev_byteorder=True)  # type: ignore[attr-defined]
    fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def render_page(pdf: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` (0-based) of ``pdf`` at ``dpi``; raises ``IndexError`` for a page it does not
    have, ``pypdfium2.PdfiumError`` for a damaged PDF."""
    import pypdfium2 as pdfium

    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            if not 0 <= index < len(doc):
                raise IndexError(f"halaman {index + 1} tidak ada (berkas {len(doc)} halaman)")
            return render(doc[index], dpi)
        finally:
            doc.close()


def page_texts(pdf: bytes, limit: int = 300) -> list[str]:
    """The text layer of the first ``limit`` pages of ``pdf``, one string per page ("" for a scan);
    raises ``pypdfium2.PdfiumError`` for a damaged PDF."""
    import pypdfium2 as pdfium

    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            texts = []
            for i in range(min(len(doc), limit)):
                textpage = doc[i].get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
            return texts
        finally:
            doc.close()
