"""The verification block of a sheet: the QR code and the code printed beside it
(``docs/sheet-code.md``). It stands at the left of the signature block on the last flowchart
page, in room the layout reserves, so the screen and the PDF show it in the same place.

All sizes are points. The QR is made by segno (error correction M, or higher when that fits
in the same size, segno's ``boost_error``).
"""

from __future__ import annotations

from functools import lru_cache

from sopdesk.domain.model import Sop, Status
from sopdesk.domain.sheetcode import SheetCode
from sopdesk.layout.fonts import TextStyle, wrap
from sopdesk.layout.geometry import Align, QrSymbol, Rect, TextBlock

QR_SIZE = 68.0  # 24 mm with the quiet zone: modules of about 0.5 mm for a version-5 code
TEXT_GAP = 4.0
TEXT_WIDTH = 190.0
BLOCK_WIDTH = QR_SIZE + TEXT_GAP + TEXT_WIDTH
LABEL = TextStyle(bold=True, size=7.0, leading=8.5)
CODE = TextStyle(bold=False, size=7.0, leading=8.5)


@lru_cache(maxsize=64)
def _modules(payload: str) -> tuple[str, ...]:
    import segno

    qr = segno.make(payload, error="m", micro=False)
    return tuple("".join("1" if bit else "0" for bit in row) for row in qr.matrix)


def qr_symbol(payload: str, x: float, y: float, size: float = QR_SIZE) -> QrSymbol:
    """A QR code of ``payload`` with its top-left corner (quiet zone included) at ``x``, ``y``;
    an empty ``payload`` gives a symbol without modules (the editor's placeholder)."""
    return QrSymbol(Rect(x, y, size, size), _modules(payload) if payload else (), payload)


PLACEHOLDER = "(dibuat dari revisi yang disimpan)"
"""What the editor's live drawing shows instead of the code: an unsaved edit has no code yet."""


def code_lines(sop: Sop, code: SheetCode | None) -> list[tuple[str, TextStyle]]:
    """The text beside the QR: label, the code (or `PLACEHOLDER`), and for a revision not
    approved a warning."""
    lines = [("Kode verifikasi lembar:", LABEL)]
    lines += [(line, CODE) for line in wrap(code.text if code else PLACEHOLDER, TEXT_WIDTH, CODE)]
    if sop.status not in (Status.APPROVED, Status.SUPERSEDED):
        lines.append(("DRAF \u2013 belum disahkan", LABEL))
    return lines


def place_code_block(sop: Sop, code: SheetCode | None, x: float, y: float) -> tuple[QrSymbol, list[TextBlock]]:
    """The QR and its text lines with the block's top-left corner at ``x``, ``y``; ``code``
    None: the placeholder of the editor's live drawing (same place and size, no modules)."""
    qr = qr_symbol(code.qr_payload if code else "", x, y)
    texts = []
    ty = y + TEXT_GAP
    for text, style in code_lines(sop, code):
        rect = Rect(x + QR_SIZE + TEXT_GAP, ty, TEXT_WIDTH, style.leading)
        ty += style.leading
        baseline = rect.y + style.ascent
        texts.append(TextBlock(rect, (text,), (baseline,), style, Align.LEFT, "sheet_code"))
    return qr, texts


def footer_code(code: SheetCode | None) -> str:
    """The short code as the page footers print it."""
    return f"Kode: {code.text if code else PLACEHOLDER}"
