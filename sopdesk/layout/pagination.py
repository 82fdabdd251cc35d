"""Page breaks of the flowchart table: which rows go on which page, in points.

A row is a step's line of the table (`Row`). Rows go on pages in order; a page keeps room for
the connector zones (off-page connectors, `sopdesk.layout.routing.ZONE`) and the last page for
the total row and the signature block. A row taller than a page is never cut short: it is split
between text lines into a head (with the step's symbols) and continuation parts on the next
pages, which the flowchart marks "(lanjutan)". No Qt.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace

from sopdesk.layout.fonts import TextStyle
from sopdesk.layout.routing import ZONE


@dataclass(slots=True)
class Row:
    """One step's row, or a part of it: ``texts`` per text column (wrapped lines), ``height``
    of the text or symbol band (points); ``part`` 0 is the head that holds the symbols, 1, 2, …
    its continuations; ``symbol_h`` the least height of a head. The zones are connector bands
    above, beside (below the symbols) and at the bottom of the row."""

    step: int
    texts: dict[str, list[str]]
    height: float
    symbol_h: float = 0.0
    part: int = 0
    top_zone: float = 0.0
    side_zone: float = 0.0
    bottom_zone: float = 0.0

    @property
    def total(self) -> float:
        """The row's drawn height with its zones (points)."""
        return self.height + self.top_zone + self.side_zone + self.bottom_zone


def text_height(texts: dict[str, list[str]], style: TextStyle, pad: float) -> float:
    """Height of the tallest column of ``texts`` in ``style`` with ``pad`` above and below."""
    return max(len(lines) for lines in texts.values()) * style.leading + 2 * pad


def split_row(row: Row, room: float, style: TextStyle, pad: float) -> tuple[Row, Row] | None:
    """Split ``row`` so that its first part is at most ``room`` points high (zones included);
    None when not even one text line (or, for a head, the symbols) fits."""
    fixed = row.top_zone + row.side_zone
    count = int((room - fixed - 2 * pad) // style.leading)
    if count >= max(len(v) for v in row.texts.values()):  # it all fits: nothing to split off
        return None
    if count < 1 or (row.part == 0 and fixed + max(row.symbol_h, count * style.leading + 2 * pad) > room):
        return None
    first = {k: v[:count] or [""] for k, v in row.texts.items()}
    rest = {k: v[count:] or [""] for k, v in row.texts.items()}
    rest["number"] = row.texts["number"][:1]
    head = replace(row, texts=first, height=max(row.symbol_h if row.part == 0 else 0.0,
                                                 text_height(first, style, pad)))
    tail = Row(row.step, rest, text_height(rest, style, pad), 0.0, row.part + 1)
    return head, tail


def paginate(rows: list[Row], available: float, foot_h: float, style: TextStyle, pad: float,
             first_used: float = 0.0) -> list[list[Row]]:
    """Put ``rows`` on pages ``available`` points high (the table body's room; the first page has
    ``first_used`` points less: the flowchart begins under the identity table); the last row
    is followed by ``foot_h`` points (total row and signature). Each page takes rows until the
    next does not fit; a row that fits on no page is split (`split_row`). Balanced: when the
    last page would hold only the last step (with the total and the signature), the previous
    page gives it its last step, if that keeps the number of pages. With ``first_used``, the
    first page may hold no row (when not even a row's first line fits there)."""
    pages = _fill(rows, available, foot_h, style, pad, None, first_used)
    if len(pages) < 2 or [r.part for r in pages[-1]] != [0] or sum(r.part == 0 for r in pages[-2]) < 2:
        return pages
    moved = next(r.step for r in reversed(pages[-2]) if r.part == 0)
    balanced = _fill([_fresh(r) for r in rows], available, foot_h, style, pad, moved, first_used)
    if len(balanced) == len(pages):
        return balanced
    return _fill([_fresh(r) for r in rows], available, foot_h, style, pad, None, first_used)


def _fresh(row: Row) -> Row:
    return replace(row, top_zone=0.0, bottom_zone=0.0)


def _fill(rows: list[Row], available: float, foot_h: float, style: TextStyle, pad: float,
          break_before: int | None, first_used: float = 0.0) -> list[list[Row]]:
    """Greedy filling; a page break is forced before the head of step ``break_before``; the first
    page has ``first_used`` points taken."""
    pages: list[list[Row]] = [[]]
    used = first_used
    queue = deque(rows)
    while queue:
        row = queue.popleft()
        row.top_zone = ZONE if row.part == 0 and len(pages) > 1 and not _has_head(pages[-1]) else 0.0
        tail = foot_h if not queue else ZONE
        forced = row.step == break_before and row.part == 0 and bool(pages[-1])
        if not forced and used + row.total + tail <= available:
            pages[-1].append(row)
            used += row.total
            continue
        fresh = (ZONE if row.part == 0 else 0.0) + row.height + row.side_zone + tail
        parts = None
        if not forced and (fresh > available or not pages[-1]):
            parts = split_row(row, available - used - ZONE, style, pad)
        if parts is not None:
            pages[-1].append(parts[0])
            queue.appendleft(parts[1])
        elif not pages[-1] and not used:  # cannot even split on an empty page: place it rather than loop
            pages[-1].append(row)
            used += row.total
            continue
        else:
            queue.appendleft(row)
        if pages[-1]:
            pages[-1][-1].bottom_zone = ZONE
        pages.append([])
        used = 0.0
    return pages


def _has_head(page: list[Row]) -> bool:
    return any(r.part == 0 for r in page)
