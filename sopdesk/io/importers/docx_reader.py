"""Word document (.docx) -> `grid.Document`: one page per table, through python-docx.

Cells are laid out in points from the table grid (``w:gridCol``) and the row heights
(``w:trHeight``, or the lines of text the row needs); a merged cell (``gridSpan``,
``vMerge``) is one cell. Cell text skips text boxes; the shapes of each cell's paragraphs
(`docx_shapes`) are placed from the cell's left edge (plus its margin) and the paragraph.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from sopdesk.io.importers.docx_shapes import paragraph_drawings, xp
from sopdesk.io.importers.grid import Arrow, Box, Cell, Document, Page, Shape, Table, stacked_words

CELL_MARGIN = 5.4  # points: Word's default left cell margin (108 twips)
LINE = 12.0  # points: the height of one line of text
CHAR = 4.6  # points: the mean width of one character at 9-10 pt


def read_docx(path: Path) -> Document:
    """Every table of the document at ``path`` as one page (raises what python-docx raises)."""
    import docx

    document = docx.Document(str(path))
    doc = Document(path.name)
    for i, table in enumerate(document.tables):
        doc.pages.append(_table_page(i + 1, table._tbl))
    doc.has_text = any(p.words for p in doc.pages)
    return doc


def _table_page(number: int, tbl: Any) -> Page:
    widths = [g.w.pt if g.w is not None else 50.0 for g in tbl.tblGrid.gridCol_lst]
    xs = [0.0]
    for w in widths:
        xs.append(xs[-1] + w)
    rows = tbl.tr_lst
    placed = [_row_cells(tr, xs) for tr in rows]
    heights = [_height(tr, cells) for tr, cells in zip(rows, placed, strict=True)]
    ys = [0.0]
    for h in heights:
        ys.append(ys[-1] + h)
    page = Page(number, xs[-1], ys[-1])
    cells, shapes, arrows = _cells(placed, xs, ys)
    page.tables = [Table(Box(0, 0, xs[-1], ys[-1]), tuple(cells))]
    page.words = [w for c in cells for w in stacked_words(c)]
    page.shapes, page.arrows = shapes, arrows
    return page


def _row_cells(tr: Any, xs: list[float]) -> list[tuple[Any, int, int, str]]:
    """``(tc, first column, last column + 1, vMerge)`` of each cell of the row."""
    out = []
    col = 0
    for tc in tr.tc_lst:
        span = tc.grid_span
        out.append((tc, col, min(col + span, len(xs) - 1), tc.vMerge or ""))
        col += span
    return out


def _cell_text(tc: Any) -> str:
    lines = []
    for p in xp(tc, "./w:p"):
        text = "".join(xp(p, ".//w:t[not(ancestor::w:txbxContent)]/text()"))
        lines.append(f"• {text}" if xp(p, "./w:pPr/w:numPr") else text)  # Word's own list numbering
    return "\n".join(line.strip() for line in lines).strip("\n")


def _height(tr: Any, cells: list[tuple[Any, int, int, str]]) -> float:
    given = tr.trHeight_val.pt if tr.trHeight_val is not None else 0.0
    needed = 0.0
    for tc, _, _, _ in cells:
        width = max(tc.width.pt if tc.width is not None else 50.0, 10.0)
        lines = sum(max(1, math.ceil(len(line) * CHAR / width)) for line in _cell_text(tc).split("\n"))
        needed = max(needed, lines * LINE + 4)
    return max(given, needed)


def _cells(placed: list[list[tuple[Any, int, int, str]]], xs: list[float],
           ys: list[float]) -> tuple[list[Cell], list[Shape], list[Arrow]]:
    out: list[Cell] = []
    shapes: list[Shape] = []
    arrows: list[Arrow] = []
    open_cells: dict[int, int] = {}  # first column -> index in out of the cell a vMerge continues
    for r, row in enumerate(placed):
        for tc, c0, c1, merge in row:
            x0, x1 = xs[c0], xs[c1]
            if merge == "continue" and c0 in open_cells:
                k = open_cells[c0]
                box = out[k].box
                out[k] = Cell(Box(box.x0, box.top, box.x1, ys[r + 1]), out[k].text)
            else:
                out.append(Cell(Box(x0, ys[r], x1, ys[r + 1]), _cell_text(tc)))
                open_cells[c0] = len(out) - 1
            for k, p in enumerate(xp(tc, "./w:p")):
                drawn = paragraph_drawings(p, (x0 + CELL_MARGIN, ys[r] + k * LINE))
                shapes += drawn.shapes
                arrows += drawn.arrows
    return out, shapes, arrows
