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
from sopdesk.io.importers.flow import is_label
from sopdesk.io.importers.geometry import (
    MAX_HEAD,
    MIN_SYMBOL,
    SPECK,
    bounds,
    centre_line,
    grown,
    head_of,
    meet,
    outline_kind,
    segment_distance,
    trace_arrows,
)
from sopdesk.io.importers.grid import Arrow, Box, Cell, Document, Page, Point, Shape, Table, Word
from sopdesk.io.importers.heads import outline_heads, piece_heads
from sopdesk.io.importers.pdf_words import page_words
from sopdesk.io.importers.picture_arrows import ink_from_alpha, ink_from_rgb, picture_arrows
from sopdesk.io.importers.pictures import DIAMOND_FILL, coloured_regions, picture_kind, picture_mask, picture_rgb
from sopdesk.io.importers.rules import box_sides, find_tables, grid_sides
from sopdesk.io.importers.wordbreak import join_broken_words, vocabulary

SNAP = 3.0  # points: a straight piece this close to a cell side is that rule (pdfplumber's snap tolerance)
TIP_REACH = 2.5  # points: arrow heads whose tips are this close are one


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
    outlines, wires, heads, pieces = _drawing(p)
    page.shapes = _shapes(page, outlines, page_rules(p, [t.box for t in page.tables]))
    page.shapes += _pictured(page, p.images)
    pictured, pictured_arrows = _pictured_flowchart(page, p.images)
    page.shapes += pictured
    rules = [side for table in page.tables for side in grid_sides(table.box, [c.box for c in table.cells])]
    frames = [(a, b, bounds([a, b])) for shape in page.shapes if shape.kind != "decision" and not is_label(shape.text)
              for a, b in box_sides(shape.box)]
    sides = [(a, b, bounds([a, b])) for a, b in rules]
    wires = [w for w in wires if not _is_rule(w, sides) and not _is_rule(w, frames, one_line=True)
             and not _frames_a_symbol(w, page.shapes)]
    page.arrows = trace_arrows(_distinct(heads + piece_heads(pieces, wires, heads)), wires) + pictured_arrows
    return page


def _table(page: Page, found: Any) -> Table:
    cells = [Box(*c) for c in found.cells]
    cells.sort(key=lambda b: (round(b.top), b.x0))
    return Table(Box(*found.bbox), tuple(Cell(b, page.text_in(b)) for b in cells))


def _frames_a_symbol(wire: list[Point], shapes: list[Shape]) -> bool:
    """True when a wire is a symbol's own outline (a frame drawn as a thin filled ring round
    it), so that arrows are not traced round a symbol into the next one."""
    box = bounds(wire)
    return len(wire) > 2 and any(max(abs(box.x0 - s.box.x0), abs(box.top - s.box.top), abs(box.x1 - s.box.x1),
                                     abs(box.bottom - s.box.bottom)) <= SNAP for s in shapes)


def _is_rule(wire: list[Point], sides: list[tuple[Point, Point, Box]], one_line: bool = False) -> bool:
    """True when a wire lies along the table cells' (or a boxed symbol's) ``sides`` (``(end,
    end, bounding box)``), so it is a rule or a symbol's frame, not a connector: a straight
    piece along a side, or a thin filled outline (a rule drawn as a shape) whose every point
    lies on a side (with ``one_line``, all on one line: a symbol's frame, not a connector
    drawn as an outline from one symbol's side to another's)."""
    near = grown(bounds(wire), SNAP)
    close = [(a, b) for a, b, box in sides if meet(near, box)]
    if len(wire) == 2:
        return any(_along(wire[0], wire[1], a, b) for a, b in close)
    return (bool(close) and all(any(segment_distance(p, a, b) <= SNAP for a, b in close) for p in wire)
            and (not one_line or any(all(_line_distance(p, a, b) <= SNAP for p in wire) for a, b in close)))


def _line_distance(p: Point, a: Point, b: Point) -> float:
    """Distance from ``p`` to the straight line through the side ``a``-``b`` (horizontal or vertical)."""
    return abs(p[0] - a[0]) if abs(a[0] - b[0]) < 1e-6 else abs(p[1] - a[1])


def _along(p: Point, q: Point, a: Point, b: Point) -> bool:
    """True when the straight piece ``p``-``q`` runs along the side ``a``-``b``: within `SNAP`
    of it (pdfplumber's table finder snaps rules that far), overlapping it, or a speck (a
    joint of two rule pieces) at it."""
    i = 0 if abs(a[0] - b[0]) < 1e-6 else 1  # the coordinate a vertical (0) or horizontal (1) side fixes
    j = 1 - i
    lo, hi = min(p[j], q[j]), max(p[j], q[j])
    start, end = min(a[j], b[j]), max(a[j], b[j])
    if abs(p[i] - q[i]) >= 1 or abs(p[i] - a[i]) >= SNAP:
        return False
    if hi - lo <= SPECK:
        return start - SNAP <= lo and hi <= end + SNAP
    return lo < end - 1 and hi > start + 1


def _stroke_like(box: Box) -> bool:
    """True for a filled box too thin to be a symbol and three times longer than wide (a thick
    line drawn as a rectangle)."""
    return min(box.width, box.height) < MIN_SYMBOL and max(box.width, box.height) >= 3 * min(box.width, box.height)


def _drawing(p: Any) -> tuple[list[list[Point]], list[list[Point]], list[tuple[Point, Point]], list[list[Point]]]:
    """Split the page's graphics into closed outlines, wires, arrow heads drawn whole and the
    small filled pieces (also wires) of which heads drawn in pieces are made."""
    outlines: list[list[Point]] = []
    wires: list[list[Point]] = []
    heads: list[tuple[Point, Point]] = []
    for image in p.images:  # a line pasted as a picture (a Word drawing printed as images)
        box = Box(image["x0"], image["top"], image["x1"], image["bottom"])
        if min(box.width, box.height) <= 3 and max(box.width, box.height) >= 8:
            wires.append(centre_line(box))
    for r in p.rects:
        box = Box(r["x0"], r["top"], r["x1"], r["bottom"])
        if min(box.width, box.height) < 2 or _stroke_like(box):
            wires.append(centre_line(box))
        else:
            outlines.append([(box.x0, box.top), (box.x1, box.top), (box.x1, box.bottom), (box.x0, box.bottom)])
    for line in p.lines:
        wires.append([(float(x), float(y)) for x, y in line["pts"]])
    pieces: list[list[Point]] = []
    for c in p.curves:
        pts = [(float(x), float(y)) for x, y in c["pts"]]
        head = head_of(pts) if c.get("fill") else None
        if head:
            heads.append(head)
        elif outline_kind(pts) is None or not (c.get("fill") or _closed(c, pts)):
            wires.append(pts)
            small = max(bounds(pts).width, bounds(pts).height) <= MAX_HEAD
            if c.get("fill") and small:
                pieces.append(pts)
            elif c.get("fill"):
                heads += outline_heads(pts)
        else:
            outlines.append(pts)
    return outlines, wires, heads, pieces


def _closed(curve: dict[str, Any], pts: list[Point]) -> bool:
    """True when a pdfplumber curve closes on itself (a ``h`` close-path, or its last point on
    its first): an open stroked path is a wire however it bends, never an outline."""
    if any(op[0] == "h" for op in curve.get("path") or ()):
        return True
    return len(pts) > 2 and abs(pts[0][0] - pts[-1][0]) < 1 and abs(pts[0][1] - pts[-1][1]) < 1


def _distinct(heads: list[tuple[Point, Point]]) -> list[tuple[Point, Point]]:
    """One head per tip: a head printed as several overlapping triangles (fill, outline,
    shadow) is one, and two arrows ending at one point cannot be told apart by their heads."""
    out: list[tuple[Point, Point]] = []
    for tip, base in heads:
        if all(abs(tip[0] - t[0]) > TIP_REACH or abs(tip[1] - t[1]) > TIP_REACH for t, _ in out):
            out.append((tip, base))
    return out


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


def _pictured_flowchart(page: Page, images: list[dict[str, Any]]) -> tuple[list[Shape], list[Arrow]]:
    """Symbols and arrows of a flowchart pasted as one picture over the lanes: its coloured
    regions (`pictures.coloured_regions`), a decision when it fills at most 60 % of its box,
    a terminator when the text over it reads Mulai/Selesai, else a process; its wires between
    them (`picture_arrows`). Black-and-white pictures are not read."""
    shapes: list[Shape] = []
    arrows: list[Arrow] = []
    for image in images:
        box = Box(image["x0"], image["top"], image["x1"], image["bottom"])
        if min(box.width, box.height) < FLOWCHART_PICTURE or not any(_overlap(box, t.box) > 0.5 for t in page.tables):
            continue
        rgb = picture_rgb(image)
        if rgb is None:
            continue
        sx, sy = box.width / rgb.size[0], box.height / rgb.size[1]

        def at(x: float, y: float, box: Box = box, sx: float = sx, sy: float = sy) -> Point:
            return (box.x0 + x * sx, box.top + y * sy)

        regions = coloured_regions(rgb)
        for x0, y0, x1, y1, fill in regions:
            where = Box(*at(x0, y0), *at(x1, y1))
            text = " ".join(page.text_in(where).split())
            kind = "decision" if fill <= DIAMOND_FILL else "terminator" if _TERMINAL.match(text) else "process"
            shapes.append(Shape(kind, where, text))
        mask = picture_mask(image)
        ink = ink_from_alpha(*mask) if mask is not None and mask[1:] == rgb.size else ink_from_rgb(rgb)
        for tail, tip, path in picture_arrows(ink, rgb.size[0], rgb.size[1], [r[:4] for r in regions]):
            arrows.append(Arrow(at(tail[0] + 0.5, tail[1] + 0.5), at(tip[0] + 0.5, tip[1] + 0.5),
                                tuple(at(x + 0.5, y + 0.5) for x, y in path)))
    return shapes, arrows


def _overlap(a: Box, b: Box) -> float:
    """Intersection over the smaller box's area (0..1)."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(min(a.width * a.height, b.width * b.height), 1e-9)
