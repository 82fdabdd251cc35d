"""Paper sizes and the columns of the flowchart table, in points (1 pt = 1/72 inch); the widths
themselves come from the content (`sopdesk.layout.columns`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sopdesk.domain.sheet_setup import Orientation, PaperSize
from sopdesk.domain.sheet_setup import Paper as PaperChoice

MM = 72 / 25.4


class PaperName(StrEnum):
    """Paper of SOP sheets (docs/product.md: A4 or F4/folio, landscape)."""

    A4 = "A4"
    F4 = "F4"


@dataclass(frozen=True, slots=True)
class Paper:
    """A page: ``width`` x ``height`` and the margin, in points (landscape unless an SOP asks for
    portrait, `sheet_paper`); ``name`` is the print-time choice or the SOP's own `PaperSize`."""

    name: PaperName | PaperSize
    width: float
    height: float
    margin: float = 10 * MM


PAPERS: dict[PaperName, Paper] = {
    PaperName.A4: Paper(PaperName.A4, 297 * MM, 210 * MM),
    PaperName.F4: Paper(PaperName.F4, 330 * MM, 215 * MM),
}

# format version 2: the paper an SOP asks for (landscape width x height, mm; F4 is folio 215 x 330)
SIZES_MM: dict[PaperSize, tuple[float, float]] = {
    PaperSize.A4: (297.0, 210.0), PaperSize.F4: (330.0, 215.0),
    PaperSize.LETTER: (279.4, 215.9), PaperSize.LEGAL: (355.6, 215.9),
}


def chosen_paper(choice: PaperChoice) -> Paper:
    """The `Paper` of an SOP's own choice (`sopdesk.domain.sheet_setup.Paper`: size and
    orientation), in points with the usual margin."""
    width, height = SIZES_MM[choice.size]
    if choice.orientation is Orientation.PORTRAIT:
        width, height = height, width
    return Paper(choice.size, width * MM, height * MM)


def sheet_paper(choice: PaperChoice | None, printing: Paper) -> Paper:
    """The paper a sheet is laid out on: the SOP's own choice (``SheetSetup.paper``) when it has
    one, else ``printing`` (the paper chosen at print time)."""
    return printing if choice is None else chosen_paper(choice)


NUMBER_WIDTH = 20.0
LANES_MAX_SHARE = 0.45


@dataclass(frozen=True, slots=True)
class Columns:
    """x of each column's left edge and its width.

    ``text`` maps the text columns (``number``, ``activity``, ``requirements``,
    ``standard_time``, ``output``, ``remarks``) to ``(x, width)``; the lanes (Pelaksana) start at
    ``lanes_x``, lane ``k`` ``lane_widths[k]`` wide (each by its name).
    """

    left: float
    right: float
    lanes_x: float
    lane_widths: tuple[float, ...]
    text: dict[str, tuple[float, float]]

    def __hash__(self) -> int:  # ``text`` is a dict: hash its items (layout caches key on columns)
        return hash((self.left, self.right, self.lanes_x, self.lane_widths, tuple(self.text.items())))

    @property
    def lane_count(self) -> int:
        """How many lanes (Pelaksana) the table has."""
        return len(self.lane_widths)

    @property
    def lanes_w(self) -> float:
        """The width of all lanes together (points)."""
        return sum(self.lane_widths)

    def lane_w(self, lane: int) -> float:
        """The width of lane ``lane`` (0-based), points."""
        return self.lane_widths[lane]

    def lane_left(self, lane: int) -> float:
        """x of the left edge of lane column ``lane`` (0-based; ``lane_count`` gives the right
        edge of the last lane)."""
        return self.lanes_x + sum(self.lane_widths[:lane])

    def lane_center(self, lane: int) -> float:
        """x of the middle of lane ``lane`` (0-based)."""
        return self.lane_left(lane) + self.lane_widths[lane] / 2

    def lane_at(self, x: float) -> int | None:
        """The lane (0-based) whose column holds ``x`` (left edge included), or None outside the lanes."""
        left = self.lanes_x
        for lane, width in enumerate(self.lane_widths):
            if left <= x < left + width:
                return lane
            left += width
        return None
