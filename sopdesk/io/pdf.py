"""The SOP sheet as PDF (reportlab): identity page(s) and the flowchart pages.

The flowchart pages paint `sopdesk.layout.flowchart.FlowchartLayout` and nothing else
(ARCHITECTURE.md, "one layout, two painters"). User text drawn through ``Paragraph`` is
escaped; the file is written through `atomic_write_bytes`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import ListStyle, Weight
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.pdf_identity import image_size, kop_paragraphs, list_texts, paint_signature_note, signing_qr, with_logo
from sopdesk.layout.codeblock import footer_code
from sopdesk.layout.flowchart import FlowchartLayout, layout_flowchart
from sopdesk.layout.fonts import BOLD, REGULAR, clean_text, font_runs, register_fonts, text_width
from sopdesk.layout.geometry import LABEL_TEXT, SYMBOL_TEXT, ImageBox, Page, QrSymbol, ShapeKind
from sopdesk.layout.paper import PAPERS, Paper, PaperName, sheet_paper
from sopdesk.layout.signature import signature_footnote_height
from sopdesk.layout.symbol_text import symbol_lines

LINE = 0.6
SHADE = colors.Color(0.9, 0.9, 0.9)

_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=10.5)
_BOLD = ParagraphStyle("bold", parent=_BODY, fontName=BOLD)
_HEAD = ParagraphStyle("head", parent=_BOLD, alignment=1)
_KOP = ParagraphStyle("kop", parent=_BOLD, fontSize=11, leading=14, alignment=1)
_KOP_ADDRESS = ParagraphStyle("kop_address", parent=_BODY, fontSize=8, leading=10, alignment=1)
_KOP_WEIGHTS = {Weight.BOLD: _KOP, Weight.REGULAR: ParagraphStyle("kop_regular", parent=_KOP, fontName=REGULAR),
                Weight.SMALL: _KOP_ADDRESS}
_ADDRESS = re.compile(r"\b(jalan|jl\b|telp|telepon|tlp|fax|faks|kode pos|e-?mail|surel|website|laman|www\.|http)",
                      re.IGNORECASE)


def kop_style(line: str) -> ParagraphStyle:
    """The letterhead's style for ``line``: the names of the government and the unit large and
    bold, an address line (street, telephone, post code, e-mail, website) small and regular."""
    return _KOP_ADDRESS if _ADDRESS.search(line) or "@" in line else _KOP


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    """A paragraph of user ``text``: escaped, bidi controls dropped, characters the bundled font
    lacks in their fallback font (`sopdesk.layout.fonts.font_runs`)."""
    runs = font_runs(clean_text(text), style.fontName)
    markup = "".join(escape(run) if font == style.fontName else f'<font name="{font}">{escape(run)}</font>'
                     for run, font in runs)
    return Paragraph(markup.replace("\n", "<br/>"), style)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` with its left baseline end at ``x``, ``y`` (reportlab coordinates) in
    ``font`` at ``size``, each run in its own font (`sopdesk.layout.fonts.font_runs`)."""
    for run, run_font in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, run_font, size)


def _date(value: object) -> str:
    from sopdesk.domain.dates import format_date_id

    return format_date_id(value)  # type: ignore[arg-type]


def _items(values: Iterable[str], style: ListStyle = ListStyle.NUMBERED) -> list[Flowable]:
    values = list(values)
    if not values:
        return [_p("-")]
    return [_p(text) for text in list_texts(values, style)]


def identity_flowables(sop: Sop, width: float, height: float = 500.0) -> list[Flowable]:
    """The identity part (Bagian Identitas) as reportlab flowables ``width`` points wide, for
    frames ``height`` points high: a field too long for one page continues on the next."""
    register_fonts()
    a = sop.approval
    label, items = sop.setup.label, lambda key: _items(getattr(sop, key), sop.setup.list_style(key))
    approval = [_p(a.position or "-"), signing_qr(sop) or Spacer(44), _p(a.name or "", _BOLD)]
    if a.rank:
        approval.append(_p(a.rank))
    if a.nip:
        approval.append(_p(f"NIP. {a.nip}"))
    rows = [
        (label("sop_number"), [_p(sop.number or "-")]),
        (label("made_on"), [_p(_date(sop.made_on))]),
        (label("revised_on"), [_p(_date(sop.revised_on))]),
        (label("effective_on"), [_p(_date(sop.effective_on))]),
        (label("approval"), approval),
        (label("title"), [_p(sop.title, _BOLD)]),
    ]
    kop = kop_paragraphs(sop, _p, _KOP_WEIGHTS) if sop.letterhead else [_p(line, kop_style(line)) for line in sop.unit]
    top = _top_table(with_logo(sop, kop, width * 0.45 - 12.0), rows, width, height)
    grid_rows = [
        ([_p(label("legal_basis"), _HEAD)], [_p(label("qualifications"), _HEAD)]),
        (items("legal_basis"), items("qualifications")),
        ([_p(label("related_sops"), _HEAD)], [_p(label("equipment"), _HEAD)]),
        (items("related_sops"), items("equipment")),
        ([_p(label("warning"), _HEAD)], [_p(label("records"), _HEAD)]),
        (items("warning"), items("records")),
    ]
    extra = _optional_parts(sop)
    grid = Table([list(r) for r in grid_rows], colWidths=[width / 2, width / 2], splitByRow=True, splitInRow=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), LINE, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("BACKGROUND", (0, r), (-1, r), SHADE) for r in (0, 2, 4)],
    ]))
    return [*top, Spacer(8), grid, Spacer(8), *extra]


def _top_table(kop: list[Flowable], rows: list[tuple[str, list[Flowable]]], width: float,
               height: float) -> list[Flowable]:
    """The letterhead (kop) beside the identity fields, as the signed sheets have it; when the
    fields are taller than a page (a table row spanning pages cannot split), the kop above the
    fields instead, whose rows then split across pages."""
    left_w, label_w = width * 0.45, width * 0.17
    data = [[kop if i == 0 else "", _p(label, _BOLD), cell] for i, (label, cell) in enumerate(rows)]
    top = Table(data, colWidths=[left_w, label_w, width - left_w - label_w])
    top.setStyle(TableStyle([
        ("GRID", (1, 0), (-1, -1), LINE, colors.black), ("BOX", (0, 0), (-1, -1), LINE, colors.black),
        ("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
    ]))
    if top.wrap(width, height)[1] <= height:
        return [top]
    head = Table([[kop]], colWidths=[width])
    fields = Table([[_p(label, _BOLD), cell] for label, cell in rows], colWidths=[label_w, width - label_w],
                   splitInRow=1)
    style = [("GRID", (0, 0), (-1, -1), LINE, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    head.setStyle(TableStyle(style))
    fields.setStyle(TableStyle(style))
    return [head, fields]


def _optional_parts(sop: Sop) -> list[Flowable]:
    parts: list[Flowable] = []
    for label, values, style in (("Penjelasan Singkat", [sop.summary] if sop.summary else [], ListStyle.PLAIN),
                                 ("Tujuan", list(sop.purpose), sop.setup.list_style("purpose")),
                                 ("Definisi", list(sop.definitions), sop.setup.list_style("definitions"))):
        if values:
            first, *rest = _items(values, style)
            parts += [KeepTogether([_p(label, _BOLD), first]), *rest, Spacer(4)]
    return parts


class Spacer(Flowable):
    """Vertical room (points); used for the signature space under the jabatan."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, self.height

    def draw(self) -> None:
        return None


def _identity_pages(canvas: Canvas, sop: Sop, paper: Paper, on_page: Callable[[Canvas], None]) -> int:
    """Draw the identity part page by page (room kept at the foot for an electronic signature's
    footnote); return how many pages it took."""
    foot = signature_footnote_height(sop, paper)
    story = identity_flowables(sop, paper.width - 2 * paper.margin, paper.height - 2 * paper.margin - foot)
    return flow_pages(canvas, story, paper, on_page, foot)


def flow_pages(canvas: Canvas, story: list[Flowable], paper: Paper, on_page: Callable[[Canvas], None],
               foot: float = 0.0) -> int:
    """Flow ``story`` into the margins of as many pages as it needs (less ``foot`` points at the
    bottom), calling ``on_page`` before each page ends (footers); return the number of pages. A
    flowable that does not fit in what is left of a page is split there (tables between or inside
    rows, paragraphs between lines); one that can neither fit nor split on an empty page ends the
    flow rather than loop. ``story`` is consumed."""
    pages = 0
    while story:
        frame = Frame(paper.margin, paper.margin + foot, paper.width - 2 * paper.margin,
                      paper.height - 2 * paper.margin - foot, 0, 0, 0, 0, showBoundary=0)
        placed = _fill_frame(frame, story, canvas)
        pages += 1
        on_page(canvas)
        canvas.showPage()
        if not placed:
            break
    return pages


def _fill_frame(frame: Frame, story: list[Flowable], canvas: Canvas) -> bool:
    """Draw flowables from the front of ``story`` into ``frame`` until it is full; True if
    anything was drawn."""
    placed = False
    while story:
        if frame.add(story[0], canvas, trySplit=0):
            story.pop(0)
            placed = True
            continue
        parts = frame.split(story[0], canvas)
        if parts and isinstance(parts[0], ActionFlowable):  # KeepTogether: move to the next page
            story[:1] = parts[1:]
            break
        if not parts or not frame.add(parts[0], canvas, trySplit=0):
            break
        story[:1] = parts[1:]
        placed = True
    return placed


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
        canvas.roundRect(r.x, h - r.bottom, r.w, r.h, r.h / 2, stroke=1, fill=1)
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


def identity_page_count(sop: Sop, paper: Paper) -> int:
    """How many pages the identity part of ``sop`` takes on ``paper`` (or the SOP's own paper; a dry run)."""
    register_fonts()
    paper = sheet_paper(sop.setup.paper, paper)
    return _identity_pages(Canvas(io.BytesIO(), pagesize=(paper.width, paper.height)), sop, paper, lambda c: None)


def sheet_page_count(sop: Sop, paper: Paper) -> int:
    """How many pages the whole sheet of ``sop`` takes on ``paper``."""
    return identity_page_count(sop, paper) + len(layout_flowchart(sop, paper).pages)


def paint_sheet(canvas: Canvas, sop: Sop, paper: Paper, first_page: int = 1, total: int | None = None) -> int:
    """Paint the sheet of ``sop`` on ``canvas``: identity page(s), then the flowchart pages.

    Pages are numbered from ``first_page`` "of ``total``" (default: the sheet's own count);
    every page carries the sheet code in its footer (``docs/sheet-code.md``). The pages are of
    the SOP's own paper when it asks for one (``SheetSetup.paper``), else of ``paper``; the
    canvas's page size is put back afterwards. Returns the number of pages painted.
    """
    footers: list[str] = []
    paper, printing = sheet_paper(sop.setup.paper, paper), canvas._pagesize
    canvas.setPageSize((paper.width, paper.height))

    def footer(c: Canvas) -> None:  # the total is known only after the flowchart is laid out
        footers.append(f"sopdesk_footer_{first_page}_{len(footers)}")
        c.doForm(footers[-1])  # a PDF form defined below (a forward reference, resolved on save)
        paint_signature_note(c, sop, paper)

    identity_count = _identity_pages(canvas, sop, paper, footer)
    layout = layout_flowchart(sop, paper, page_offset=first_page - 1 + identity_count, page_total=total)
    total = total if total is not None else first_page - 1 + identity_count + len(layout.pages)
    code = footer_code(sheet_code(sop))
    for number, name in enumerate(footers, start=first_page):
        canvas.beginForm(name)
        _page_number(canvas, paper, number, total, code)
        canvas.endForm()
    paint_layout(canvas, layout)
    canvas.setPageSize(printing)
    return identity_count + len(layout.pages)


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


def paint_layout(canvas: Canvas, layout: FlowchartLayout) -> None:
    """Paint every page of ``layout``, one PDF page each."""
    for page in layout.pages:
        paint_page(canvas, page)
        canvas.showPage()


def _page_number(canvas: Canvas, paper: Paper, number: int, total: int, code: str = "") -> None:
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(paper.width / 2, paper.margin - 12, f"Halaman {number} dari {total}")
    if code:
        canvas.drawString(paper.margin + 3.0, paper.margin - 12, code)


def export_sheet(sop: Sop, target: Path, paper: PaperName = PaperName.A4) -> Path:
    """Write the sheet of ``sop`` to ``target`` atomically; raise ``OSError`` on failure."""
    atomic_write_bytes(target, render_sheet(sop, paper))
    return target
