"""A PDF page's tables from its rules, with a table's top rule restored where it is not drawn.

pdfplumber's table finder makes a cell only where rules close it on four sides. Some sheets
draw the column rules of the header but no rule over it (the header row "No | Kegiatan |
Pelaksana | Mutu Baku" then stands outside the table and the flowchart is not recognised).
Where at least three column rules, spread over a quarter of the page's width, start at the
same height and no horizontal rule touches any of their tops, a rule across them is added.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sopdesk.io.importers.grid import Box, Point

MIN_RULE = 5.0  # points: a vertical edge shorter than this is no column rule
TOUCH = 1.5  # points: a horizontal edge this close to a rule's top closes it
GRID_RUN = 0.5  # a rule of the grid ending at the table's edge runs over at least this share of it
FULL_RUN = 0.8  # a rule of the grid anywhere runs over at least this share of the table's height or width


def find_tables(p: Any) -> list[Any]:
    """pdfplumber's ``find_tables`` of page ``p``, with the missing top rules of `missing_tops`."""
    missing = missing_tops(p.vertical_edges, p.horizontal_edges, float(p.width))
    return list(p.find_tables({"explicit_horizontal_lines": missing} if missing else {}))


def missing_tops(verticals: list[dict[str, Any]], horizontals: list[dict[str, Any]],
                 page_width: float) -> list[dict[str, Any]]:
    """Horizontal lines (pdfplumber edge dicts: ``x0``, ``x1``, ``top``, ``bottom``, ``width``,
    ``height``, points) over groups of column rules whose common top no horizontal edge
    (longer than 3 points) touches; ``object_type`` "line"."""
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for edge in verticals:
        if edge["height"] > MIN_RULE:
            groups[round(edge["top"])].append(edge)
    lines = []
    for rules in groups.values():
        x0, x1 = min(e["x0"] for e in rules), max(e["x1"] for e in rules)
        if len({round(e["x0"]) for e in rules}) < 3 or x1 - x0 < page_width / 4:
            continue
        if any(_closed(e, horizontals) for e in rules):
            continue
        top = float(min(e["top"] for e in rules))
        lines.append({"object_type": "line", "x0": float(x0), "x1": float(x1), "top": top, "bottom": top,
                      "width": float(x1 - x0), "height": 0.0})
    return lines


def _closed(rule: dict[str, Any], horizontals: list[dict[str, Any]]) -> bool:
    return any(h["width"] > 3 and abs(h["top"] - rule["top"]) <= TOUCH
               and h["x0"] - TOUCH <= rule["x0"] <= h["x1"] + TOUCH for h in horizontals)


def grid_sides(table: Box, cells: list[Box]) -> list[tuple[Point, Point]]:
    """The sides of ``cells`` that are rules of the table's grid: those on a line that the
    cells' sides cover over at least `GRID_RUN` of the ``table``'s height (a column rule) or
    width (a row rule) up to its bottom (a column rule) or one of its sides (a row rule), or
    over `FULL_RUN` of it. A connector drawn across a cell cuts it into pieces for
    pdfplumber's table finder, and its lines are no rules."""
    sides = [side for box in cells for side in box_sides(box)]
    vertical = [(a[0], min(a[1], b[1]), max(a[1], b[1])) for a, b in sides if a[0] == b[0]]
    horizontal = [(a[1], min(a[0], b[0]), max(a[0], b[0])) for a, b in sides if a[1] == b[1]]
    long_v = [r for r in _runs(vertical) if _grid_run(r, table.height, (table.bottom,))]
    long_h = [r for r in _runs(horizontal) if _grid_run(r, table.width, (table.x0, table.x1))]
    return [(a, b) for a, b in sides
            if (a[0] == b[0] and _on(long_v, a[0], a[1], b[1])) or (a[1] == b[1] and _on(long_h, a[1], a[0], b[0]))]


def _grid_run(run: tuple[float, float, float], size: float, edges: tuple[float, ...]) -> bool:
    length = run[2] - run[1]
    at_edge = any(abs(run[1] - e) <= TOUCH or abs(run[2] - e) <= TOUCH for e in edges)
    return length >= FULL_RUN * size or (at_edge and length >= GRID_RUN * size)


def box_sides(box: Box) -> list[tuple[Point, Point]]:
    """The four sides of ``box``, clockwise from its top-left corner, as ``(end, end)``."""
    corners = [(box.x0, box.top), (box.x1, box.top), (box.x1, box.bottom), (box.x0, box.bottom)]
    return list(zip(corners, [*corners[1:], corners[0]], strict=True))


def _runs(pieces: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """``(position, start, end)`` pieces on one line (positions within ``TOUCH``) joined where
    they meet."""
    runs: list[tuple[float, float, float]] = []
    for at, start, end in sorted(pieces, key=lambda p: (round(p[0]), p[1])):
        if runs and abs(runs[-1][0] - at) <= TOUCH and start <= runs[-1][2] + TOUCH:
            runs[-1] = (runs[-1][0], runs[-1][1], max(runs[-1][2], end))
        else:
            runs.append((at, start, end))
    return runs


def _on(runs: list[tuple[float, float, float]], at: float, start: float, end: float) -> bool:
    lo, hi = min(start, end), max(start, end)
    return any(abs(r[0] - at) <= TOUCH and r[1] - TOUCH <= lo and hi <= r[2] + TOUCH for r in runs)
