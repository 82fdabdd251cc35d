"""The SOP book of a unit (*Buku SOP*) as one PDF: cover, the decision page (a placeholder for
the Keputusan/Peraturan that sets the SOPs), contents with page numbers, then every sheet.

Page 1 is the cover (counted, not numbered); every other page says "Halaman n dari N" and
the sheets keep their sheet code in the footer (``docs/sheet-code.md``). Landscape A4 or F4
like the sheets, so the book binds as one. Built off the GUI thread with progress; written
through `atomic_write_bytes`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from sopdesk.domain.model import Sop
from sopdesk.io.export import ExportCancelledError, Progress
from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.pdf import LINE, SHADE, paint_sheet, sheet_page_count
from sopdesk.io.pdf_flow import Spacer, flow_pages
from sopdesk.layout.fonts import BOLD, REGULAR, register_fonts
from sopdesk.layout.paper import PAPERS, Paper, PaperName

_CELL = ParagraphStyle("book_cell", fontName=REGULAR, fontSize=9, leading=11)
_CELL_HEAD = ParagraphStyle("book_head", parent=_CELL, fontName=BOLD, alignment=1)
_TITLE = ParagraphStyle("book_title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
_CENTER = ParagraphStyle("book_center", fontName=REGULAR, fontSize=10, leading=13, alignment=1)
FRONT_PAGES = 2  # the cover and the decision page, before the contents


@dataclass(frozen=True, slots=True)
class BookEntry:
    """One line of the contents: the SOP's Nomor, Nama, unit, its first page and page count."""

    number: str
    title: str
    unit: str
    first_page: int
    pages: int


def common_unit_lines(sops: Sequence[Sop]) -> tuple[str, ...]:
    """The unit header lines all ``sops`` share from the top (the whole header for one unit)."""
    if not sops:
        return ()
    lines: list[str] = []
    for parts in zip(*(s.unit for s in sops), strict=False):
        if any(p.casefold() != parts[0].casefold() for p in parts):
            break
        lines.append(parts[0])
    return tuple(lines)


def plan_entries(sops: Sequence[Sop], sheet_pages: Sequence[int], contents_pages: int) -> list[BookEntry]:
    """Where each sheet starts when the front pages and ``contents_pages`` come first."""
    entries, page = [], FRONT_PAGES + contents_pages + 1
    for sop, count in zip(sops, sheet_pages, strict=True):
        entries.append(BookEntry(sop.number, sop.title, sop.unit_name, page, count))
        page += count
    return entries


def contents_flowables(entries: Sequence[BookEntry], width: float) -> list[Flowable]:
    """The contents (Daftar Isi): a table No | Nomor SOP | Nama SOP | Unit | Halaman."""
    def p(text: str, style: ParagraphStyle = _CELL) -> Paragraph:
        from xml.sax.saxutils import escape

        return Paragraph(escape(text), style)

    head = [p(t, _CELL_HEAD) for t in ("No", "Nomor SOP", "Nama SOP", "Unit", "Halaman")]
    rows = [[p(str(k)), p(e.number or "-"), p(e.title), p(e.unit), p(str(e.first_page))]
            for k, e in enumerate(entries, 1)]
    widths = [0.05, 0.22, 0.45, 0.18, 0.10]
    table = Table([head, *rows], colWidths=[width * w for w in widths], repeatRows=1, splitByRow=True)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), LINE, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ]))
    return [Paragraph("DAFTAR ISI", _TITLE), Spacer(12), table]


def _count_contents_pages(entries: Sequence[BookEntry], paper: Paper) -> int:
    dry = Canvas(io.BytesIO(), pagesize=(paper.width, paper.height))
    return flow_pages(dry, contents_flowables(entries, paper.width - 2 * paper.margin), paper, lambda c: None)


def _footer(canvas: Canvas, paper: Paper, number: int, total: int) -> None:
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(paper.width / 2, paper.margin - 12, f"Halaman {number} dari {total}")


def _centred(canvas: Canvas, paper: Paper, y: float, text: str, font: str, size: float) -> None:
    canvas.setFont(font, size)
    canvas.drawCentredString(paper.width / 2, y, text)


def paint_cover(canvas: Canvas, paper: Paper, unit: Sequence[str], year: int, count: int,
                logo: bytes = b"") -> None:
    """The cover: the logo (PNG bytes, if any), "BUKU SOP", what SOP AP stands for, the unit
    lines, the year, how many SOPs."""
    y = paper.height * 0.68
    if logo:
        _paint_logo(canvas, paper, logo, y + 44)
    _centred(canvas, paper, y, "BUKU SOP", BOLD, 30)
    y -= 28
    _centred(canvas, paper, y, "STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN", BOLD, 13)
    y -= 40
    for line in unit:
        _centred(canvas, paper, y, line.upper(), BOLD, 14)
        y -= 19
    _centred(canvas, paper, y - 24, f"TAHUN {year}", BOLD, 16)
    _centred(canvas, paper, paper.margin + 20, f"{count} SOP", REGULAR, 9)
    canvas.showPage()


LOGO_HEIGHT = 80.0
"""The logo's height on the cover, in points (about 28 mm); the width follows its aspect."""


def _paint_logo(canvas: Canvas, paper: Paper, logo: bytes, bottom: float) -> None:
    """The logo centred, its bottom at ``bottom`` points, at most `LOGO_HEIGHT` high and never
    above the top margin."""
    from reportlab.lib.utils import ImageReader

    image = ImageReader(io.BytesIO(logo))
    width, height = image.getSize()
    h = min(LOGO_HEIGHT, paper.height - paper.margin - bottom)
    w = h * width / height
    canvas.drawImage(image, (paper.width - w) / 2, bottom, w, h, mask="auto")


def paint_decision_page(canvas: Canvas, paper: Paper, unit: Sequence[str], number: int, total: int) -> None:
    """The decision page placeholder: the title of the Keputusan/Peraturan that sets the SOPs
    of the book, blanks for its number and date, and an empty box for the signed copy."""
    y = paper.height - paper.margin - 24
    for line in ("KEPUTUSAN / PERATURAN", "TENTANG", "PENETAPAN STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN",
                 *(u.upper() for u in unit[-1:])):
        _centred(canvas, paper, y, line, BOLD, 12)
        y -= 16
    _centred(canvas, paper, y - 4, "Nomor: ............................      Tanggal: ............................",
             REGULAR, 10)
    box_top = y - 24
    canvas.setLineWidth(LINE)
    canvas.rect(paper.margin + 40, paper.margin + 16, paper.width - 2 * paper.margin - 80,
                box_top - paper.margin - 16, stroke=1, fill=0)
    _centred(canvas, paper, (box_top + paper.margin) / 2, "(salinan Keputusan/Peraturan yang menetapkan SOP "
             "dalam buku ini)", REGULAR, 9)
    _footer(canvas, paper, number, total)
    canvas.showPage()


def render_book(loaders: Sequence[Callable[[], Sop]], paper_name: PaperName = PaperName.A4, year: int = 2026,
                unit: Sequence[str] | None = None, progress: Progress | None = None,
                logo: bytes = b"") -> tuple[bytes, list[BookEntry]]:
    """The book of the SOPs ``loaders`` return, in that order, as PDF bytes, and its contents.

    ``unit`` gives the cover's header lines (default: the lines all SOPs share); ``logo`` (PNG
    bytes, `sopdesk.io.logo`) is drawn above the title of the cover. ``progress(done,
    total, text)`` is called before each SOP is measured and before it is painted (``total`` is
    twice the SOP count); when it returns False, `ExportCancelledError` is raised.
    """
    register_fonts()
    paper = PAPERS[paper_name]
    steps = 2 * len(loaders)

    def report(done: int, text: str) -> None:
        if progress and not progress(done, steps, text):
            raise ExportCancelledError([])

    sops, counts = [], []
    for k, load in enumerate(loaders):
        sop = load()
        report(k, f"Mengukur: {sop.title}")
        sops.append(sop)
        counts.append(sheet_page_count(sop, paper))
    contents = 1
    for _ in range(4):  # page numbers hardly change the table's height: this settles at once
        needed = _count_contents_pages(plan_entries(sops, counts, contents), paper)
        if needed == contents:
            break
        contents = needed
    entries = plan_entries(sops, counts, contents)
    total = FRONT_PAGES + contents + sum(counts)
    unit = tuple(unit) if unit is not None else common_unit_lines(sops)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(paper.width, paper.height), pageCompression=1)
    canvas.setTitle(f"Buku SOP {' '.join(unit[-1:])} {year}".replace("  ", " "))
    canvas.setCreator("sopdesk")
    paint_cover(canvas, paper, unit, year, len(sops), logo)
    paint_decision_page(canvas, paper, unit, 2, total)
    numbers = iter(range(FRONT_PAGES + 1, FRONT_PAGES + contents + 1))
    flow_pages(canvas, contents_flowables(entries, paper.width - 2 * paper.margin), paper,
               lambda c: _footer(c, paper, next(numbers), total))
    for k, (sop, entry) in enumerate(zip(sops, entries, strict=True)):
        report(len(sops) + k, f"Menyusun: {sop.title}")
        paint_sheet(canvas, sop, paper, entry.first_page, total)
    canvas.save()
    if progress:
        progress(steps, steps, "")
    return buffer.getvalue(), entries


def export_book(loaders: Sequence[Callable[[], Sop]], target: Path, paper: PaperName = PaperName.A4,
                year: int = 2026, unit: Sequence[str] | None = None, progress: Progress | None = None,
                logo: bytes = b"") -> Path:
    """Write the book (`render_book`) to ``target`` atomically: a failure or a cancel leaves no
    partial file and an older ``target`` untouched. Raises ``OSError``, `ExportCancelledError`."""
    data, _ = render_book(loaders, paper, year, unit, progress, logo)
    atomic_write_bytes(target, data)
    return target
