"""Paper sizes and the columns of the flowchart table, in points (1 pt = 1/72 inch); the widths
themselves come from the content (`sopdesk.layout.columns`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MM = 72 / 25.4


class PaperName(StrEnum):
    """Paper of SOP sheets (docs/product.md: A4 or F4/folio, landscape)."""

    A4 = "A4"
    F4 = "F4"


@dataclass(frozen=True, slots=True)
class Paper:
    """A landscape page: ``width`` x ``height`` and the margin, in points."""

    name: PaperName
    width: float
    height: float
    margin: float = 10 * MM


PAPERS: dict[PaperName, Paper] = {
    PaperName.A4: Paper(PaperName.A4, 297 * MM, 210 * MM),
    PaperName.F4: Paper(PaperName.F4, 330 * MM, 215 * MM),
}

NUMBER_WIDTH = 20.0
LANES_MAX_SHARE = 0.45


@dataclass(frozen=True, slots=True)
class Columns:
    """x of each column's left edge and its width.

    ``text`` maps the text columns (``number``, ``activity``, ``requirements``,
    ``standard_time``, ``output``, ``remarks``) to ``(x, width)``; the lanes start at
    ``lanes_x``, each ``lane_w`` wide.
    """

    left: float
    right: float
    lanes_x: float
    lane_w: float
    lane_count: int
    text: dict[str, tuple[float, float]]

    def lane_left(self, lane: int) -> float:
        """x of the left edge of lane column ``lane`` (0-based)."""
        return self.lanes_x + lane * self.lane_w
