"""Excel workbook (.xlsx) -> `grid.Document`: one page per worksheet.

Cells through openpyxl (merged ranges are one cell), laid out in points from the column
widths and row heights; the drawn symbols and connectors from each sheet's drawing part,
placed by their cell anchors. A connector's ends are the shapes it is glued to (``stCxn``,
``endCxn``), else its own line ends; the arrow head (``tailEnd``/``headEnd``) gives the way.
Symbol kinds by preset geometry: terminator (flowChartTerminator, roundRect, ellipse),
decision (diamond, flowChartDecision), connector (homePlate, flowChartOffpageConnector),
process (any other shape, and pictures placed as boxes).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from sopdesk.io.importers.grid import Arrow, Box, Cell, Document, Page, Shape, Table, stacked_words
from sopdesk.io.importers.ooxml import NS, sheet_drawings

EMU_PER_POINT = 12700
KINDS = {
    "flowChartTerminator": "terminator", "roundRect": "terminator", "ellipse": "terminator",
    "flowChartAlternateProcess": "terminator", "diamond": "decision", "flowChartDecision": "decision",
    "homePlate": "connector", "flowChartOffpageConnector": "connector", "pentagon": "connector",
}


def read_xlsx(path: Path) -> Document:
    """Every worksheet of the workbook at ``path`` as a page (raises what openpyxl raises)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)
    with zipfile.ZipFile(path) as archive:
        drawings = sheet_drawings(archive)
    doc = Document(path.name)
    for i, ws in enumerate(wb.worksheets):
        doc.pages.append(_sheet(i + 1, ws, drawings.get(ws.title)))
    doc.has_text = any(p.words for p in doc.pages)
    return doc


class _Grid:
    """Column and row edges of a sheet in points (index 0 = the sheet's left/top edge)."""

    def __init__(self, ws: Any, columns: int, rows: int) -> None:
        default_w = ws.sheet_format.defaultColWidth or (ws.sheet_format.baseColWidth or 8) + 0.71
        default_h = ws.sheet_format.defaultRowHeight or 15
        dims = _column_dimensions(ws)
        self.x = [0.0]
        for c in range(1, columns + 2):
            dim = dims.get(c)
            width = dim.width if dim is not None and dim.width else default_w
            self.x.append(self.x[-1] + (0.0 if dim is not None and dim.hidden else (width * 7 + 5) * 0.75))
        self.y = [0.0]
        for r in range(1, rows + 2):
            dim = ws.row_dimensions.get(r)
            height = dim.ht if dim is not None and dim.ht else default_h
            self.y.append(self.y[-1] + (0.0 if dim is not None and dim.hidden else height))

    def point(self, col: int, col_off: int, row: int, row_off: int) -> tuple[float, float]:
        """A drawing anchor (0-based column/row, offsets in EMU) in points."""
        col, row = min(col, len(self.x) - 1), min(row, len(self.y) - 1)
        return self.x[col] + col_off / EMU_PER_POINT, self.y[row] + row_off / EMU_PER_POINT


def _column_dimensions(ws: Any) -> dict[int, Any]:
    """Each column's dimension (1-based index); a ``<col min max>`` range, which openpyxl keeps
    under its first column's letter only, applies to every column it spans."""
    from openpyxl.utils import column_index_from_string

    out: dict[int, Any] = {}
    for letter, dim in ws.column_dimensions.items():
        first = dim.min or column_index_from_string(letter)
        for c in range(first, max(dim.max or first, first) + 1):
            out[c] = dim
    return out


def _sheet(number: int, ws: Any, drawing: ET.Element | None) -> Page:
    rows, columns = ws.max_row, ws.max_column
    if drawing is not None:
        for mark in drawing.iter(f"{{{NS['xdr']}}}row"):
            rows = max(rows, int(mark.text or 0) + 1)
        for mark in drawing.iter(f"{{{NS['xdr']}}}col"):
            columns = max(columns, int(mark.text or 0) + 1)
    grid = _Grid(ws, columns, rows)
    page = Page(number, grid.x[-1], grid.y[-1], name=ws.title)
    cells = _cells(ws, grid)
    page.tables = [Table(Box(0, 0, grid.x[-1], grid.y[-1]), tuple(cells))]
    page.words = [w for c in cells for w in stacked_words(c)]
    if drawing is not None:
        page.shapes, page.arrows = _drawn(drawing, grid, page)
    return page


def _cells(ws: Any, grid: _Grid) -> list[Cell]:
    merged = {}
    covered: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = rng
        covered |= {(r, c) for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)}
    out = []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        for cell in row:
            r, c = cell.row, cell.column
            rng = merged.get((r, c))
            if rng is None and (r, c) in covered:
                continue
            r1, c1 = (rng.max_row, rng.max_col) if rng is not None else (r, c)
            box = Box(grid.x[c - 1], grid.y[r - 1], grid.x[c1], grid.y[r1])
            if box.width > 0 and box.height > 0:
                out.append(Cell(box, _text(cell.value)))
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("_x000D_", "")
    return "\n".join(line.strip() for line in text.split("\n"))


def _q(tag: str) -> str:
    prefix, name = tag.split(":")
    return f"{{{NS[prefix]}}}{name}"


def _drawn(drawing: ET.Element, grid: _Grid, page: Page) -> tuple[list[Shape], list[Arrow]]:
    boxes: dict[str, Box] = {}
    shapes: list[Shape] = []
    connectors: list[tuple[ET.Element, Box]] = []
    for anchor in list(drawing):
        box = _anchor_box(anchor, grid)
        if box is None:
            continue
        for element in anchor.iter():
            if element.tag == _q("xdr:cxnSp"):
                connectors.append((element, box))
            elif element.tag in (_q("xdr:sp"), _q("xdr:pic")):
                shape = _shape(element, box)
                if shape is not None:
                    shapes.append(shape)
                    ident = element.find(".//xdr:cNvPr", NS)
                    if ident is not None:
                        boxes[ident.get("id", "")] = box
    arrows = [_arrow(c, box, boxes) for c, box in connectors]
    return shapes, [a for a in arrows if a is not None]


def _anchor_box(anchor: ET.Element, grid: _Grid) -> Box | None:
    start = anchor.find("xdr:from", NS)
    if start is None:
        return None
    x0, y0 = grid.point(*_mark(start))
    end = anchor.find("xdr:to", NS)
    if end is not None:
        x1, y1 = grid.point(*_mark(end))
    else:
        ext = anchor.find("xdr:ext", NS)
        cx = int(ext.get("cx", "0")) if ext is not None else 0
        cy = int(ext.get("cy", "0")) if ext is not None else 0
        x1, y1 = x0 + cx / EMU_PER_POINT, y0 + cy / EMU_PER_POINT
    return Box(x0, y0, x1, y1)


def _mark(element: ET.Element) -> tuple[int, int, int, int]:
    def value(name: str) -> int:
        found = element.find(f"xdr:{name}", NS)
        return int(found.text or 0) if found is not None else 0

    return value("col"), value("colOff"), value("row"), value("rowOff")


def _shape(element: ET.Element, box: Box) -> Shape | None:
    text = " ".join(t.text or "" for t in element.iter(_q("a:t"))).strip()
    geometry = element.find(".//a:prstGeom", NS)
    preset = geometry.get("prst", "rect") if geometry is not None else "rect"
    if element.tag == _q("xdr:pic"):
        return Shape("process", box, "")
    return Shape(KINDS.get(preset, "process"), box, " ".join(text.split()))


def _arrow(element: ET.Element, box: Box, boxes: dict[str, Box]) -> Arrow | None:
    xfrm = element.find(".//a:xfrm", NS)
    flip_h = xfrm is not None and xfrm.get("flipH") == "1"
    flip_v = xfrm is not None and xfrm.get("flipV") == "1"
    start = (box.x1 if flip_h else box.x0, box.bottom if flip_v else box.top)
    end = (box.x0 if flip_h else box.x1, box.top if flip_v else box.bottom)
    glued_start = element.find(".//a:stCxn", NS)
    glued_end = element.find(".//a:endCxn", NS)
    if glued_start is not None and glued_start.get("id") in boxes:
        start = boxes[glued_start.get("id", "")].centre
    if glued_end is not None and glued_end.get("id") in boxes:
        end = boxes[glued_end.get("id", "")].centre
    line = element.find(".//a:ln", NS)
    head = line.find("a:headEnd", NS) if line is not None else None
    tail = line.find("a:tailEnd", NS) if line is not None else None
    has_tail = tail is not None and tail.get("type", "none") != "none"
    has_head = head is not None and head.get("type", "none") != "none"
    if has_head and not has_tail:
        start, end = end, start
    elif not has_tail:
        return None
    corner = (end[0], start[1])
    return Arrow(tail=start, tip=end, path=(start, corner, end))
