"""The electronic signature (format version 2, ``SignatureMode.ELECTRONIC``; BSrE): the signing QR
image in the signature block instead of the room for a wet signature, and the footnote ("Dokumen
ini telah ditandatangani secara elektronik …") at the foot of every page. No Qt.
"""

from __future__ import annotations

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import SignatureMode
from sopdesk.layout.fonts import TextStyle, wrap
from sopdesk.layout.geometry import Align, ImageBox, Page, Rect, text_block
from sopdesk.layout.paper import Paper

NOTE = TextStyle(bold=False, size=7.0, leading=8.5)
QR_IMAGE = 40.0  # points: the signing QR in the signature block (the wet signature's room is 42)


def electronic(sop: Sop) -> bool:
    """True when ``sop`` is signed electronically."""
    return sop.signature.mode is SignatureMode.ELECTRONIC


def signature_footnote(sop: Sop, paper: Paper) -> list[str]:
    """The electronic signature's footnote wrapped to the page's width (no lines when wet)."""
    if not electronic(sop) or not sop.signature.footnote.strip():
        return []
    width = paper.width - 2 * paper.margin - 6.0
    return [line for text in sop.signature.footnote.splitlines() for line in wrap(text, width, NOTE)]


def signature_footnote_height(sop: Sop, paper: Paper) -> float:
    """The room (points) the footnote takes above the page footer; 0 without one."""
    lines = signature_footnote(sop, paper)
    return len(lines) * NOTE.leading + 2.0 if lines else 0.0


def draw_signature_footnote(page: Page, paper: Paper, footer_h: float, lines: list[str]) -> None:
    """The footnote ``lines`` right above the page footer (``footer_h`` points high)."""
    if not lines:
        return
    h = len(lines) * NOTE.leading
    rect = Rect(paper.margin, paper.height - paper.margin - footer_h - h - 2.0, paper.width - 2 * paper.margin, h)
    page.texts.append(text_block(rect, lines, NOTE, Align.LEFT, "signature_note", 0.0))


def signing_qr(sop: Sop, x: float, y: float, width: float, room: float) -> ImageBox | None:
    """The signing QR image centred in the signature block's room (``width`` x ``room`` points at
    ``x``, ``y``); None for a wet signature or no image."""
    if not electronic(sop) or not sop.signature.qr:
        return None
    size = min(QR_IMAGE, room)
    return ImageBox(Rect(x + (width - size) / 2, y + (room - size) / 2, size, size), sop.signature.qr, "signing_qr")
