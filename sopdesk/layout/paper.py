"""Paper sizes and the column plan of the flowchart table, in points (1 pt = 1/72 inch)."""

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

# Share of the width left after No and the lanes (measured on real sheets, docs/product.md).
TEXT_SHARES = {"activity": 23, "requirements": 19, "standard_time": 11, "output": 18, "remarks": 28}
NUMBER_WIDTH = 20.0
LANE_MAX = 64.0
LANE_MIN = 34.0
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


def plan_columns(paper: Paper, lane_count: int) -> Columns:
    """Split the usable width: No, Kegiatan, the lanes, Kelengkapan, Waktu, Output, Keterangan."""
    usable = paper.width - 2 * paper.margin
    lane_w = max(LANE_MIN, min(LANE_MAX, usable * LANES_MAX_SHARE / max(lane_count, 1)))
    rest = usable - NUMBER_WIDTH - lane_w * lane_count
    total = sum(TEXT_SHARES.values())
    widths = {k: rest * v / total for k, v in TEXT_SHARES.items()}
    x = paper.margin
    text = {"number": (x, NUMBER_WIDTH)}
    x += NUMBER_WIDTH
    text["activity"] = (x, widths["activity"])
    x += widths["activity"]
    lanes_x = x
    x += lane_w * lane_count
    for key in ("requirements", "standard_time", "output", "remarks"):
        text[key] = (x, widths[key])
        x += widths[key]
    return Columns(paper.margin, x, lanes_x, lane_w, lane_count, text)
