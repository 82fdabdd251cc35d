"""The identity page's format-version-2 choices for the PDF (reportlab; no Qt): the SOP's labels
("Judul SOP", "Kualitas Pelaksana", …), list styles (``1.``, ``-``, plain), the letterhead lines
with their weight, the logo beside them, and the electronic signature (the signing QR in the
"Disahkan oleh" cell, the footnote on every page). A version-1 SOP prints as before.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Spacer

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import ListStyle, Weight
from sopdesk.layout.fonts import REGULAR
from sopdesk.layout.paper import Paper
from sopdesk.layout.signature import NOTE, electronic, signature_footnote

LOGO_HEIGHT = 56.0  # points (about 20 mm), beside the letterhead lines
SIGNING_QR = 52.0  # points: the signing QR in the Disahkan oleh cell

Paragraphs = Callable[[str, ParagraphStyle], Flowable]


def image_size(data: bytes) -> tuple[int, int] | None:
    """The pixel size of a PNG/JPEG image ``data``, or None when it cannot be decoded (an exchange
    file checks only the image's first bytes: such an image is left out, the sheet still prints)."""
    from PIL import Image as Pillow

    try:
        with Pillow.open(io.BytesIO(data)) as image:
            image.load()
            return image.size
    except Exception:  # Pillow raises many kinds for a damaged image
        return None


def list_texts(values: list[str], style: ListStyle) -> list[str]:
    """The items of an identity list as printed: ``1. …`` (numbered; one item alone unnumbered
    unless ``NUMBERED_ALL``), ``- …`` (dash) or as written (plain)."""
    if style is ListStyle.DASH:
        return [f"- {v}" for v in values]
    if style is ListStyle.PLAIN or (len(values) == 1 and style is ListStyle.NUMBERED):
        return list(values)
    return [f"{k}. {v}" for k, v in enumerate(values, 1)]


def kop_paragraphs(sop: Sop, paragraph: Paragraphs, styles: dict[Weight, ParagraphStyle]) -> list[Flowable]:
    """The letterhead lines ``Sop.letterhead`` as paragraphs, each in the style of its weight."""
    return [paragraph(line.text, styles[line.weight]) for line in sop.letterhead]


def with_logo(sop: Sop, kop: list[Flowable], width: float) -> list[Flowable]:
    """The letterhead ``kop`` under the SOP's logo, centred (as the signed sheets print it), the
    logo `LOGO_HEIGHT` high and at most ``width`` points wide; without a logo, ``kop`` unchanged."""
    size = image_size(sop.logo) if sop.logo else None
    if size is None:
        return kop
    w, h = size
    logo_w = min(LOGO_HEIGHT * w / max(h, 1), width)
    logo = Image(io.BytesIO(sop.logo), logo_w, LOGO_HEIGHT, kind="proportional")
    logo.hAlign = "CENTER"
    return [logo, Spacer(1, 6), *kop]


def signing_qr(sop: Sop) -> Flowable | None:
    """The signing QR image for the Disahkan oleh cell; None for a wet signature (or no image)."""
    if not electronic(sop) or image_size(sop.signature.qr) is None:
        return None
    return Image(io.BytesIO(sop.signature.qr), SIGNING_QR, SIGNING_QR, kind="proportional")


def paint_signature_note(canvas: Canvas, sop: Sop, paper: Paper) -> None:
    """The electronic signature's footnote at the foot of an identity page, in the room kept for it
    above the bottom margin (`sopdesk.layout.signature.signature_footnote_height`)."""
    lines = signature_footnote(sop, paper)
    y = paper.margin + 2.0 + (len(lines) - 1) * NOTE.leading + (NOTE.leading - NOTE.size)
    canvas.setFont(REGULAR, NOTE.size)
    for line in lines:
        canvas.drawString(paper.margin + 3.0, y, line)
        y -= NOTE.leading
