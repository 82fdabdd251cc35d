"""The SOP sheet as PDF (reportlab): identity page(s) and the flowchart pages.

Every page paints a layout page (`sopdesk.layout.sheet.layout_sheet`: the identity pages and the
`FlowchartLayout`) and nothing else (ARCHITECTURE.md, "one layout, two painters"); user text is
drawn as strings, never parsed as markup. The file is written through `atomic_write_bytes`.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.model import Sop
from sopdesk.io.files import atomic_write_bytes
from sopdesk.layout.fonts import BOLD, REGULAR, font_runs, register_fonts, text_width
from sopdesk.layout.geometry import LABEL_TEXT, SYMBOL_TEXT, ImageBox, Page, QrSymbol, ShapeKind
from sopdesk.layout.images import image_size
from sopdesk.layout.paper import PAPERS, Paper, PaperName
from sopdesk.layout.sheet import layout_sheet
from sopdesk.layout.symbol_text import symbol_lines

LINE = 0.6
SHADE = colors.Color(0.9, 0.9, 0.9)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` with its left baseline end at ``x``, ``y`` (reportlab coordinates) in
    ``font`` at ``size``, each run in its own font (`sopdesk.layout.fonts.font_runs`)."""
    for run, run_font in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, run_font, size)


def paint_page(canvas: Canvas, page: Page) -> None:
    """Paint one layout page on a reportlab canvas (y flipped: reportlab's origin is bottom-left)."""
    h = page.height
    canvas.setLineWidth(LINE)
    for cell in page.cells:
        r = cell.rect
        canvas.setFillColor(SHADE if cell.shaded else colors.white)
        canvas.rect(r.x, h - r.bottom, r.w, r.h, stroke=1, fill=1 if cell.shaded else 0)
    canvas.setFillColor(colors.black)
    for block in page.texts:
        style = block.style
        for line, base in zip(block.lines, block.baselines, strict=True):
            draw_text(canvas, block.line_x(text_width(line, style.font, style.size)), h - base, line, style.font,
                      style.size)
    for shape in page.shapes:
        _paint_shape(canvas, shape, h)
    for arrow in page.arrows:
        _paint_arrow(canvas, arrow, h)
    for qr in page.qr_codes:
        paint_qr(canvas, qr, h)
    for image in page.images:
        paint_image(canvas, image, h)


def paint_image(canvas: Canvas, image: ImageBox, h: float) -> None:
    """Draw ``image`` fitted into its box (aspect kept, centred) on a page ``h`` points high."""
    from reportlab.lib.utils import ImageReader

    if image_size(image.data) is None:
        return
    r = image.rect
    canvas.drawImage(ImageReader(io.BytesIO(image.data)), r.x, h - r.bottom, r.w, r.h, preserveAspectRatio=True,
                     anchor="c", mask="auto")


def paint_qr(canvas: Canvas, qr: QrSymbol, h: float) -> None:
    """Fill the dark modules of ``qr`` (merged runs, `QrSymbol.dark_runs`) on a page ``h`` points high."""
    canvas.setFillColor(colors.black)
    for r in qr.dark_runs():
        canvas.rect(r.x, h - r.bottom, r.w, r.h, stroke=0, fill=1)


def _paint_shape(canvas: Canvas, shape: object, h: float) -> None:
    from sopdesk.layout.geometry import Shape

    assert isinstance(shape, Shape)
    r = shape.rect
    canvas.setFillColor(colors.white)
    canvas.setLineWidth(0.9)
    if shape.kind is ShapeKind.TERMINATOR:
        canvas.roundRect(r.x, h - r.bottom, r.w, r.h, shape.corner_radius, stroke=1, fill=1)
    elif shape.kind is ShapeKind.PROCESS:
        canvas.rect(r.x, h - r.bottom, r.w, r.h, stroke=1, fill=1)
    else:
        path = canvas.beginPath()
        pts = shape.outline()
        path.moveTo(pts[0][0], h - pts[0][1])
        for x, y in pts[1:]:
            path.lineTo(x, h - y)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFillColor(colors.black)
    if shape.label and shape.kind is ShapeKind.CONNECTOR:
        canvas.setFont(BOLD, 7.0)
        canvas.drawCentredString(r.cx, h - (r.y + r.h * 0.4) - 7.0 * 0.35, shape.label)
    for line, x, base in symbol_lines(shape):  # wrapped within the symbol, as the layout sized it
        draw_text(canvas, x, h - base, line, REGULAR, SYMBOL_TEXT)


def _paint_arrow(canvas: Canvas, arrow: object, h: float) -> None:
    from sopdesk.layout.geometry import Arrow

    assert isinstance(arrow, Arrow)
    canvas.setLineWidth(0.7)
    pts = arrow.points
    path = canvas.beginPath()
    path.moveTo(pts[0][0], h - pts[0][1])
    for x, y in pts[1:]:
        path.lineTo(x, h - y)
    canvas.drawPath(path, stroke=1, fill=0)
    if arrow.head:
        (x0, y0), (x1, y1) = pts[-2], pts[-1]
        dx, dy = (x1 > x0) - (x1 < x0), (y1 > y0) - (y1 < y0)
        size = 4.0
        left = (x1 - dx * size - dy * size / 2, y1 - dy * size - dx * size / 2)
        right = (x1 - dx * size + dy * size / 2, y1 - dy * size + dx * size / 2)
        head = canvas.beginPath()
        head.moveTo(x1, h - y1)
        head.lineTo(left[0], h - left[1])
        head.lineTo(right[0], h - right[1])
        head.close()
        canvas.drawPath(head, stroke=0, fill=1)
    if arrow.label:
        draw_text(canvas, arrow.label_at[0], h - arrow.label_at[1], arrow.label, BOLD, LABEL_TEXT)


def sheet_page_count(sop: Sop, paper: Paper) -> int:
    """How many pages the whole sheet of ``sop`` takes on ``paper``."""
    return len(layout_sheet(sop, paper).pages)


def paint_sheet(canvas: Canvas, sop: Sop, paper: Paper, first_page: int = 1, total: int | None = None) -> int:
    """Paint the sheet of ``sop`` on ``canvas``: identity page(s), then the flowchart pages, all
    from one layout (`sopdesk.layout.sheet.layout_sheet`), one PDF page each.

    Pages are numbered from ``first_page`` "of ``total``" (default: the sheet's own count);
    every page carries the sheet code in its footer (``docs/sheet-code.md``). The pages are of
    the SOP's own paper when it asks for one (``SheetSetup.paper``), else of ``paper``; the
    canvas's page size is put back afterwards. Returns the number of pages painted.
    """
    register_fonts()
    sheet = layout_sheet(sop, paper, first_page, total)
    printing = canvas._pagesize
    canvas.setPageSize((sheet.paper.width, sheet.paper.height))
    paint_pages(canvas, sheet.pages)
    canvas.setPageSize(printing)
    return len(sheet.pages)


def render_sheet(sop: Sop, paper_name: PaperName = PaperName.A4) -> bytes:
    """The whole SOP sheet as PDF bytes: identity page(s), then the flowchart pages."""
    register_fonts()
    paper = PAPERS[paper_name]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(paper.width, paper.height), pageCompression=1)
    canvas.setTitle(f"SOP {sop.title}")
    canvas.setAuthor(sop.unit_name)
    canvas.setSubject(f"Nomor SOP {sop.number}; revisi {sop.revision}")
    canvas.setCreator("sopdesk")
    paint_sheet(canvas, sop, paper)
    canvas.save()
    return buffer.getvalue()


def paint_pages(canvas: Canvas, pages: list[Page]) -> None:
    """Paint ``pages`` (layout pages), one PDF page each."""
    for page in pages:
        paint_page(canvas, page)
        canvas.showPage()


def export_sheet(sop: Sop, target: Path, paper: PaperName = PaperName.A4) -> Path:
    """Write the sheet of ``sop`` to ``target`` atomically; raise ``OSError`` on failure."""
    atomic_write_bytes(target, render_sheet(sop, paper))
    return target
