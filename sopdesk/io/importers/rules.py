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

MIN_RULE = 5.0  # points: a vertical edge shorter than this is no column rule
TOUCH = 1.5  # points: a horizontal edge this close to a rule's top closes it


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
