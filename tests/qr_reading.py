"""Read QR codes back from PDF bytes: pypdfium2 rasterizes a page, zxing-cpp decodes it."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp


def page_images(pdf: bytes, dpi: float = 150) -> list[object]:
    """Every page of ``pdf`` as a PIL image at ``dpi``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72).to_pil() for i in range(len(doc))]
    finally:
        doc.close()


def qr_texts(pdf: bytes, dpi: float = 150) -> list[list[str]]:
    """The texts of the QR codes found on each page of ``pdf``, page by page."""
    found = []
    for image in page_images(pdf, dpi):
        codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        found.append([c.text for c in codes])
    return found


def qr_levels(pdf: bytes, dpi: float = 150) -> list[str]:
    """The error-correction level of every QR code in ``pdf`` (e.g. ``"M"``)."""
    levels = []
    for image in page_images(pdf, dpi):
        levels += [c.ec_level for c in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    return levels
