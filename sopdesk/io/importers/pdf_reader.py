"""PDF with a text layer -> `grid.Document`, through pdfplumber.

Tables come from the ruling lines (pdfplumber's table finder), cell text from the words
whose centre lies in the cell, symbols from the closed outlines drawn (rectangles and
curves; see `geometry.outline_kind`), arrows from the small filled triangles (heads)
followed back along the thin lines and curves touching them (`geometry.trace_arrows`).

Errors: `ImportFileError` (Indonesian message) for a file pdfplumber cannot open, or one
protected by a password.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sopdesk.io.importers.dots import without_dots
from sopdesk.io.importers.drawn_grid import Rules, page_rules
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.geometry import (
    bounds,
    grown,
    head_of,
    meet,
    outline_kind,
    segment_distance,
    trace_arrows,
)
from sopdesk.io.importers.grid import Box, Cell, Document, Page, Point, Shape, Table, Word
from sopdesk.io.importers.pdf_words import page_words
from sopdesk.io.importers.pictures import DIAMOND_FILL, coloured_regions, picture_kind, picture_rgb
from sopdesk.io.importers.rules import find_tables
from sopdesk.io.importers.wordbreak import join_broken_words, vocabulary


def read_pdf(path: Path) -> Document:
    """Read every page of the PDF at ``path``; raise `ImportFileError` when it cannot be opened."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(path) as pdf:
            read = [(p, _words(p), find_tables(p)) for p in map(without_dots, pdf.pages)]
            known = vocabulary(w for _, words, _ in read for w in words)
            pages = [_page(i + 1, p, words, found, known) for i, (p, words, found) in enumerate(read)]
            doc = Document(name=path.name, pages=pages)
    except ImportFileError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        if _caused_by(exc, PDFPasswordIncorrect):
            raise ImportFileError(path.name, "berkas PDF dilindungi kata sandi") from exc
        raise ImportFileError(path.name, f"berkas PDF rusak atau tidak dapat dibaca ({type(exc).__name__})") from exc
    doc.has_text = any(p.words for p in doc.pages)
    return doc


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """True when ``exc``, its cause or its first argument is a ``kind`` (pdfplumber wraps)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind) or any(isinstance(a, kind) for a in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _words(p: Any) -> list[Word]:
    return [Word(w["text"], Box(w["x0"], w["top"], w["x1"], w["bottom"])) for w in page_words(p)]


def _cells(found: list[Any]) -> list[Box]:
    return [Box(*c) for t in found for c in t.cells]


def _page(number: int, p: Any, words: list[Word], found: list[Any], known: set[str]) -> Page:
    """One page: ``words`` as extracted, ``found`` its tables (pdfplumber), ``known`` the
    document's vocabulary (`wordbreak`)."""
    page = Page(number=number, width=float(p.width), height=float(p.height))
    page.words = join_broken_words(words, _cells(found), known)
    page.tables = [_table(page, t) for t in found]
    outlines, wires, heads = _drawing(p)
    page.shapes = _shapes(page, outlines, page_rules(p, [t.box for t in page.tables]))
    page.shapes += _pictured(page, p.images)
    page.shapes += _pictured_flowchart(page, p.images)
    sides = [(a, b, bounds([a, b])) for table in page.tables for cell in table.cells for a, b in _sides(cell.box)]
    page.arrows = trace_arrows(heads, [w for w in wires if not _is_rule(w, sides)])
    return page


def _table(page: Page, found: Any) -> Table:
    cells = [Box(*c) for c in found.cells]
    cells.sort(key=lambda b: (round(b.top), b.x0))
    return Table(Box(*found.bbox), tuple(Cell(b, page.text_in(b)) for b in cells))


def _is_rule(wire: list[Point], sides: list[tuple[Point, Point, Box]]) -> bool:
    """True when a wire lies along the table cells' ``sides`` (``(end, end, bounding box)``), so
    it is a rule, not a connector: a straight piece along a side, or a thin filled outline (a
    rule drawn as a shape) whose every point lies on a side."""
    near = grown(bounds(wire), 1.5)
    close = [(a, b) for a, b, box in sides if meet(near, box)]
    if len(wire) == 2:
        return any(_along(wire[0], wire[1], a, b) for a, b in close)
    return bool(close) and all(any(segment_distance(p, a, b) <= 1.5 for a, b in close) for p in wire)


def _along(p: Point, q: Point, a: Point, b: Point) -> bool:
    """True when the straight piece ``p``-``q`` runs along the side ``a``-``b`` (overlapping it)."""
    if abs(a[0] - b[0]) < 1e-6:  # a vertical side
        return (abs(p[0] - q[0]) < 1 and abs(p[0] - a[0]) < 1.5
                and min(p[1], q[1]) < max(a[1], b[1]) - 1 and max(p[1], q[1]) > min(a[1], b[1]) + 1)
    return (abs(p[1] - q[1]) < 1 and abs(p[1] - a[1]) < 1.5
            and min(p[0], q[0]) < max(a[0], b[0]) - 1 and max(p[0], q[0]) > min(a[0], b[0]) + 1)


def _sides(box: Box) -> list[tuple[Point, Point]]:
    corners = [(box.x0, box.top), (box.x1, box.top), (box.x1, box.bottom), (box.x0, box.bottom)]
    return list(zip(corners, [*corners[1:], corners[0]], strict=True))


def _drawing(p: Any) -> tuple[list[list[Point]], list[list[Point]], list[tuple[Point, Point]]]:
    """Split the page's graphics into closed outlines, wires and arrow heads."""
    outlines: list[list[Point]] = []
    wires: list[list[Point]] = []
    heads: list[tuple[Point, Point]] = []
    for image in p.images:  # a line pasted as a picture (a Word drawing printed as images)
        box = Box(image["x0"], image["top"], image["x1"], image["bottom"])
        if min(box.width, box.height) <= 3 and max(box.width, box.height) >= 8:
            wires.append(_centre_line(box))
    for r in p.rects:
        box = Box(r["x0"], r["top"], r["x1"], r["bottom"])
        if min(box.width, box.height) < 2:
            wires.append(_centre_line(box))
        else:
            outlines.append([(box.x0, box.top), (box.x1, box.top), (box.x1, box.bottom), (box.x0, box.bottom)])
    for line in p.lines:
        wires.append([(float(x), float(y)) for x, y in line["pts"]])
    for c in p.curves:
        pts = [(float(x), float(y)) for x, y in c["pts"]]
        head = head_of(pts) if c.get("fill") else None
        if head:
            heads.append(head)
        elif outline_kind(pts) is None or not (c.get("fill") or _closed(c, pts)):
            wires.append(pts)
        else:
            outlines.append(pts)
    return outlines, wires, heads


def _closed(curve: dict[str, Any], pts: list[Point]) -> bool:
    """True when a pdfplumber curve closes on itself (a ``h`` close-path, or its last point on
    its first): an open stroked path is a wire however it bends, never an outline."""
    if any(op[0] == "h" for op in curve.get("path") or ()):
        return True
    return len(pts) > 2 and abs(pts[0][0] - pts[-1][0]) < 1 and abs(pts[0][1] - pts[-1][1]) < 1


def _centre_line(box: Box) -> list[Point]:
    """The line along the middle of a thin box, along its long side."""
    x, y = box.centre
    return [(box.x0, y), (box.x1, y)] if box.width >= box.height else [(x, box.top), (x, box.bottom)]


def _shapes(page: Page, outlines: list[list[Point]], rules: Rules) -> list[Shape]:
    """Symbols from outlines, each once: copies of one shape (fill, stroke, shadow) overlapping
    by more than half are one; a table cell drawn as a rectangle is none (`drawn_grid`)."""
    shapes: list[Shape] = []
    for pts in outlines:
        kind = outline_kind(pts)
        box = bounds(pts)
        if kind is None or box.width > page.width / 3 or box.height > page.height / 6 or rules.is_cell(box):
            continue
        if any(_overlap(box, s.box) > 0.5 for s in shapes):
            continue
        shapes.append(Shape(kind, box, " ".join(page.text_in(box).split())))
    return shapes


_TERMINAL = re.compile(r"^(mulai|selesai|start|end|finish)$", re.IGNORECASE)


def _pictured(page: Page, images: list[dict[str, Any]]) -> list[Shape]:
    """Symbols pasted as pictures (a Word drawing printed as an image): a small box-shaped
    picture is a decision when its transparency mask draws a diamond (`pictures.picture_kind`),
    a terminator when it holds Mulai/Selesai, else a process. Without a mask the kind is a
    guess from its surroundings: a decision when a Ya/Tidak label is printed beside it."""
    shapes: list[Shape] = []
    for image in images:
        box = Box(image["x0"], image["top"], image["x1"], image["bottom"])
        if not (10 <= box.height <= 40 and 1.3 <= box.width / max(box.height, 1e-9) <= 4 and box.width <= 90):
            continue
        if any(_overlap(box, s.box) > 0.5 for s in [*page.shapes, *shapes]):
            continue
        text = " ".join(page.text_in(box).split())
        silhouette = picture_kind(image)
        if silhouette is not None:
            kind = silhouette if silhouette == "decision" else "terminator" if _TERMINAL.match(text) else "process"
            shapes.append(Shape(kind, box, text))
            continue
        near = Box(box.x0 - 30, box.top - 20, box.x1 + 30, box.bottom + 20)
        labels = [w for w in page.words if near.contains(w.box.centre) and not box.contains(w.box.centre)
                  and "".join(w.text.split()).casefold() in ("ya", "tidak", "y", "t")]
        kind = "terminator" if _TERMINAL.match(text) else ("decision" if labels else "process")
        shapes.append(Shape(kind, box, text))
    return shapes


FLOWCHART_PICTURE = 150.0  # points: a picture at least this big both ways may hold a whole flowchart


def _pictured_flowchart(page: Page, images: list[dict[str, Any]]) -> list[Shape]:
    """Symbols of a flowchart pasted as one picture over the lanes: its coloured regions
    (`pictures.coloured_regions`), a decision when it fills at most 60 % of its box, else a
    process. Black-and-white pictures and the text inside them are not read."""
    shapes: list[Shape] = []
    for image in images:
        box = Box(image["x0"], image["top"], image["x1"], image["bottom"])
        if min(box.width, box.height) < FLOWCHART_PICTURE or not any(_overlap(box, t.box) > 0.5 for t in page.tables):
            continue
        rgb = picture_rgb(image)
        if rgb is None:
            continue
        sx, sy = box.width / rgb.size[0], box.height / rgb.size[1]
        for x0, y0, x1, y1, fill in coloured_regions(rgb):
            shapes.append(Shape("decision" if fill <= DIAMOND_FILL else "process",
                                Box(box.x0 + x0 * sx, box.top + y0 * sy, box.x0 + x1 * sx, box.top + y1 * sy)))
    return shapes


def _overlap(a: Box, b: Box) -> float:
    """Intersection over the smaller box's area (0..1)."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(min(a.width * a.height, b.width * b.height), 1e-9)
