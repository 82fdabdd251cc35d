"""Table cells drawn as rectangles are grid, not symbols.

Some sheets (sopdesk's own among them) draw every table cell as a rectangle of its own: the
header cells filled, the body cells stroked. Each is a closed box, so by its outline alone it
would be a process symbol. A cell's sides lie on the sides of its neighbours, which touch it
without covering it, or on the table's outline; a symbol lies inside its cell, and the boxes
it shares sides with overlap it (its fill, its shadow, its stroke drawn as thin bars). A
rectangle with at least three sides on the sides of rectangles that only touch it (at least
`THIN` points thick both ways) or on a table's outline is a cell.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sopdesk.io.importers.grid import Box

TOUCH = 1.5  # points: a side this close to another lies on it; boxes overlapping less touch
THIN = 2.0  # points: a thinner rectangle is a stroke or a rule, not a box with sides
Side = tuple[float, float, float, Box | None]  # (position, start, end, the box it comes from; None: an outline)


class Rules:
    """The sides of a page's drawn boxes and of its tables' outlines, looked up by position:
    horizontal ones by their y, vertical ones by their x (points)."""

    def __init__(self, boxes: list[Box], outlines: list[Box]):
        """``boxes``: drawn rectangles (thinner than `THIN` ones are left out); ``outlines``:
        the tables' outlines (pdfplumber's table boxes)."""
        self.horizontal: dict[int, list[Side]] = defaultdict(list)
        self.vertical: dict[int, list[Side]] = defaultdict(list)
        for b in boxes:
            if min(b.width, b.height) >= THIN:
                self._add_box(b, b)
        for b in outlines:
            self._add_box(b, None)

    def _add_box(self, b: Box, source: Box | None) -> None:
        for y in (b.top, b.bottom):
            self.horizontal[round(y)].append((y, b.x0, b.x1, source))
        for x in (b.x0, b.x1):
            self.vertical[round(x)].append((x, b.top, b.bottom, source))

    def is_cell(self, box: Box) -> bool:
        """True when at least three sides of ``box`` lie on the sides of boxes touching it or
        on a table's outline (each along more than half its length): a table cell drawn as a
        rectangle, not a symbol."""
        on = sum(self._on(self.vertical, x, box.top, box.bottom, box) for x in (box.x0, box.x1))
        on += sum(self._on(self.horizontal, y, box.x0, box.x1, box) for y in (box.top, box.bottom))
        return on >= 3

    @staticmethod
    def _on(index: dict[int, list[Side]], at: float, a: float, b: float, box: Box) -> bool:
        half = (b - a) / 2
        for key in range(round(at) - 2, round(at) + 3):
            for c, s, e, source in index.get(key, ()):
                if abs(at - c) <= TOUCH and min(b, e) - max(a, s) > half and (source is None or
                                                                           not _overlap(source, box)):
                    return True
        return False


def _overlap(a: Box, b: Box) -> bool:
    """True when ``a`` and ``b`` cover each other by more than `TOUCH` both ways (the same box,
    a copy, a part of it), not only touch."""
    return min(a.x1, b.x1) - max(a.x0, b.x0) > TOUCH and min(a.bottom, b.bottom) - max(a.top, b.top) > TOUCH


def page_rules(p: Any, tables: list[Box]) -> Rules:
    """The `Rules` of a pdfplumber page ``p`` (its rectangles) and its ``tables``' outlines."""
    return Rules([Box(r["x0"], r["top"], r["x1"], r["bottom"]) for r in p.rects], tables)
