"""Waktu written once for several consecutive rows (format version 2, ``Step.time_rows``): a merged
cell of the Waktu column, as real sheets print "3 hari" beside steps 4–5. No Qt.
"""

from __future__ import annotations

from sopdesk.domain.waktu_spans import waktu_owners
from sopdesk.layout.pagination import Row

__all__ = ["waktu_cells", "waktu_owners"]


def waktu_cells(rows: list[Row], owners: dict[int, int]) -> list[float | None]:
    """For each of a page's ``rows``: the height (points) of the Waktu cell it opens (its own
    row, or the rows of a merged cell on this page), or None inside a cell opened above it."""
    cells: list[float | None] = []
    opened: tuple[int, int] | None = None  # (owner, index in cells) of the merged cell being drawn
    for row in rows:
        owner = owners.get(row.step)
        if owner is not None and opened is not None and opened[0] == owner:
            cells[opened[1]] = (cells[opened[1]] or 0.0) + row.total
            cells.append(None)
            continue
        opened = (owner, len(cells)) if owner is not None else None
        cells.append(row.total)
    return cells
