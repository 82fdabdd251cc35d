"""Flowing reportlab Platypus flowables over canvas pages: the book's contents table (Daftar Isi),
the one page sopdesk still lays out with Platypus (the sheets come from the layout engine)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame
from reportlab.platypus.doctemplate import ActionFlowable

from sopdesk.layout.paper import Paper


class Spacer(Flowable):
    """Vertical room (points); used for the signature space under the jabatan."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, self.height

    def draw(self) -> None:
        return None


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


