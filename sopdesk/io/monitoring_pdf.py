"""The monitoring form as PDF (reportlab; no Qt): landscape A4, the bundled Liberation Sans.

First Tabel 7 (Permenpan RB 35/2012) with its two header rows repeated on every page, then the
evaluation checklist of each SOP with the figures from the execution logs. Every user text is
cleaned of control characters and escaped before it reaches a ``Paragraph``; table rows may
split across pages, so a long note never breaks the layout. "Halaman n dari N" on every page.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sopdesk.domain import monitoring as mon
from sopdesk.io.export import ExportCancelledError, Progress
from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.monitoring_text import catatan, checklist_mark, prosedur, rating_marks, title_lines
from sopdesk.layout.fonts import BOLD, REGULAR, register_fonts

PAGE = landscape(A4)
MARGIN = 15 * mm
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BODY = ParagraphStyle("monev-body", fontName=REGULAR, fontSize=8.5, leading=10.5)
_HEAD = ParagraphStyle("monev-head", parent=_BODY, fontName=BOLD, alignment=1)
_CENTER = ParagraphStyle("monev-center", parent=_BODY, alignment=1)
_TITLE = ParagraphStyle("monev-title", parent=_BODY, fontName=BOLD, fontSize=12, leading=15, alignment=1)
_SUB = ParagraphStyle("monev-sub", parent=_BODY, alignment=1)
_SOP = ParagraphStyle("monev-sop", parent=_BODY, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6)
_GRID = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
_SHADE = colors.Color(0.85, 0.85, 0.85)


def para(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    """User text as a Paragraph: control characters become spaces, line ends breaks, markup escaped."""
    clean = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return Paragraph(escape(clean).replace("\n", "<br/>"), style)


def render_monitoring_pdf(form: mon.MonitoringForm, progress: Progress | None = None) -> bytes:
    """The PDF of ``form`` as bytes. ``progress(done, total, title)`` per SOP; False raises
    `ExportCancelledError`."""
    register_fonts()
    width = PAGE[0] - 2 * MARGIN
    story: list[Flowable] = [para("MONITORING PELAKSANAAN SOP ADMINISTRASI PEMERINTAHAN", _TITLE),
                             *[para(line, _SUB) for line in title_lines(form)], Spacer(1, 4 * mm),
                             _tabel7(form, width)]
    story.append(PageBreak())
    story.append(para("EVALUASI PENERAPAN SOP ADMINISTRASI PEMERINTAHAN", _TITLE))
    for i, row in enumerate(form.rows):
        if progress and not progress(i, len(form.rows), row.title):
            raise ExportCancelledError([])
        story.append(_evaluation(i + 1, row, width))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=f"Monitoring Pelaksanaan SOP AP {form.period.label()}",
                            author="sopdesk", subject="Permenpan RB 35/2012, Tabel 7 dan evaluasi SOP AP",
                            creator="sopdesk")
    doc.build(story, canvasmaker=_NumberedCanvas)
    if progress:
        progress(len(form.rows), len(form.rows), "")
    return buffer.getvalue()


def export_monitoring_pdf(form: mon.MonitoringForm, target: Path, progress: Progress | None = None) -> Path:
    """Write the PDF to ``target`` atomically (no partial file on failure); raises ``OSError`` or
    `ExportCancelledError`."""
    atomic_write_bytes(Path(target), render_monitoring_pdf(form, progress))
    return Path(target)


def _tabel7(form: mon.MonitoringForm, width: float) -> Table:
    head = [[para("No", _HEAD), para("Prosedur", _HEAD), para("Penilaian terhadap penerapan", _HEAD), "",
             para("Catatan hasil penilaian", _HEAD), para("Tindakan yang harus diambil", _HEAD),
             para("Paraf penilai", _HEAD)],
            ["", "", para("Berjalan dengan baik", _HEAD), para("Tidak berjalan dengan baik", _HEAD), "", "", ""]]
    body = []
    for i, row in enumerate(form.rows, 1):
        good, bad = rating_marks(row.assessment.rating)
        body.append([para(str(i), _CENTER), para(prosedur(row)), para(good, _CENTER), para(bad, _CENTER),
                     para(catatan(row)), para(row.assessment.action), para(row.assessment.assessor)])
    fractions = [0.04, 0.22, 0.09, 0.09, 0.28, 0.18, 0.10]
    table = Table(head + body, colWidths=[f * width for f in fractions], repeatRows=2, splitInRow=1)
    table.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, 1), _SHADE), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                               *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 4, 5, 6)], ("SPAN", (2, 0), (3, 0))]))
    return table


def _evaluation(number: int, row: mon.FormRow, width: float) -> Flowable:
    figures = para("Data pelaksanaan: " + mon.summary(row.figures))
    head = [para(t, _HEAD) for t in ("No", "Pertanyaan evaluasi", "Ya", "Tidak", "Catatan")]
    body = []
    for q, (question, answer) in enumerate(zip(mon.CRITERIA, row.assessment.checklist, strict=True), 1):
        yes, no = checklist_mark(answer)
        body.append([para(str(q), _CENTER), para(question), para(yes, _CENTER), para(no, _CENTER),
                     para(answer.note)])
    table = Table([head, *body], colWidths=[f * width for f in (0.04, 0.40, 0.06, 0.06, 0.44)], repeatRows=1,
                  splitInRow=1)
    table.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, 0), _SHADE)]))
    title = para(f"{number}. {prosedur(row)}", _SOP)
    return KeepTogether([title, figures, Spacer(1, 2 * mm), table])


class _NumberedCanvas(Canvas):
    """Draws "Halaman n dari N" once the page count is known (the pages are kept until save)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 7)
            self.drawCentredString(PAGE[0] / 2, MARGIN / 2, f"Halaman {self._pageNumber} dari {len(self._pages)}")
            super().showPage()
        super().save()
