"""The drawing a layout produces: pages of primitives, in points, origin top-left, y down.

Painters (Qt scene, reportlab PDF) draw these and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from sopdesk.domain.model import Symbol
from sopdesk.layout.fonts import TextStyle

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: ``x``, ``y`` of the top-left corner, ``w``, ``h`` (points)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, p: Point, tol: float = 0.01) -> bool:
        """True if ``p`` lies inside or on the border (within ``tol``)."""
        return self.x - tol <= p[0] <= self.right + tol and self.y - tol <= p[1] <= self.bottom + tol

    def intersects(self, other: Rect) -> bool:
        """True if the interiors overlap."""
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


HEADING = "id_heading"  # the role of a heading that must not end a page (the identity part's)
TEXT_INSET = 2.0  # points from a cell's left border to its left-aligned text (the flowchart's cell padding)


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Wrapped text in a box. ``baselines`` holds the y of each line's baseline."""

    rect: Rect
    lines: tuple[str, ...]
    baselines: tuple[float, ...]
    style: TextStyle
    align: Align = Align.LEFT
    role: str = "text"  # e.g. "activity", "header", "number": lets tests and painters find it

    def line_x(self, width: float) -> float:
        """x of a line of ``width`` points under this block's alignment."""
        if self.align is Align.CENTER:
            return self.rect.cx - width / 2
        return self.rect.x + TEXT_INSET


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell border (drawn as a rectangle outline), optionally shaded."""

    rect: Rect
    shaded: bool = False


class ShapeKind(StrEnum):
    TERMINATOR = "terminator"
    PROCESS = "process"
    DECISION = "decision"
    CONNECTOR = "connector"  # off-page connector (penghubung antar halaman), a pentagon


@dataclass(frozen=True, slots=True)
class Shape:
    """A flowchart symbol in its bounding box.

    ``step`` is the 0-based step index (for connectors: the step it stands beside),
    ``lane`` the 0-based lane column; ``label`` is the connector's letter (or a symbol's text);
    ``node`` the symbol's index in its row (format version 2, `sopdesk.domain.model.Step.nodes`).
    """

    kind: ShapeKind
    rect: Rect
    step: int
    lane: int
    label: str = ""
    node: int = 0

    def outline(self) -> list[Point]:
        """The polygon of the symbol (a capsule is approximated by its box)."""
        r = self.rect
        if self.kind is ShapeKind.DECISION:
            return [(r.cx, r.y), (r.right, r.cy), (r.cx, r.bottom), (r.x, r.cy)]
        if self.kind is ShapeKind.CONNECTOR:
            tip = r.h * 0.35
            return [(r.x, r.y), (r.right, r.y), (r.right, r.bottom - tip), (r.cx, r.bottom), (r.x, r.bottom - tip)]
        return [(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)]

    def overlaps(self, box: Rect, inset: float = 0.0) -> bool:
        """True if ``box`` overlaps the symbol shrunk by ``inset`` points: a decision by its diamond
        (a label may stand in the corner of its bounding box, beside its slanted edge), any other
        symbol by its box."""
        r = self.rect
        if self.kind is not ShapeKind.DECISION:
            return Rect(r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset).intersects(box)
        hw, hh = r.w / 2 - inset, r.h / 2 - inset
        if hw <= 0 or hh <= 0:
            return False
        dx = max(box.x - r.cx, r.cx - box.right, 0.0)  # from the centre to the box's nearest point
        dy = max(box.y - r.cy, r.cy - box.bottom, 0.0)
        return dx / hw + dy / hh < 1.0

    @property
    def corner_radius(self) -> float:
        """Points: a terminator's rounded ends, half its shorter side (a symbol narrower than
        tall, its text wrapped in a narrow lane, stands upright; a radius of half its height
        would cross its sides); 0 for the other kinds."""
        return min(self.rect.w, self.rect.h) / 2 if self.kind is ShapeKind.TERMINATOR else 0.0


SYMBOL_TEXT = 6.5  # points: the smallest type on a sheet is inside a symbol (issue 13)
LABEL_TEXT = 7.0  # points: a decision exit's label beside its line (bold)


def shape_kind(symbol: Symbol) -> ShapeKind:
    """The shape drawn for a step symbol."""
    return ShapeKind(symbol.value)


@dataclass(frozen=True, slots=True)
class Arrow:
    """An orthogonal polyline from one shape edge to another.

    ``head`` is False for a joint link between the symbols of one step (no arrowhead).
    ``label`` (a decision exit, e.g. *Ya*) is drawn at ``label_at``.
    """

    points: tuple[Point, ...]
    label: str = ""
    label_at: Point = (0.0, 0.0)
    head: bool = True


@dataclass(frozen=True, slots=True)
class QrSymbol:
    """A QR code in ``rect`` (a square that includes the 4-module quiet zone). ``modules`` holds
    its rows, top to bottom, as strings of ``1`` (dark) and ``0``; ``payload`` is the text it
    encodes (for tests and the painters' alt text)."""

    rect: Rect
    modules: tuple[str, ...]
    payload: str

    def dark_runs(self) -> list[Rect]:
        """The dark modules as rectangles, each horizontal run of dark modules merged into one
        (what both painters fill)."""
        size = self.rect.w / (len(self.modules) + 8)
        runs = []
        for row, line in enumerate(self.modules):
            y = self.rect.y + (row + 4) * size
            for match in re.finditer("1+", line):
                x = self.rect.x + (match.start() + 4) * size
                runs.append(Rect(x, y, (match.end() - match.start()) * size, size))
        return runs


@dataclass(frozen=True, slots=True)
class ImageBox:
    """A raster image (PNG/JPEG bytes, ``data``) scaled into ``rect`` keeping its aspect ratio,
    centred (format version 2: the QR of an electronic signature)."""

    rect: Rect
    data: bytes
    role: str = "image"


@dataclass(slots=True)
class Page:
    """One flowchart page: its size and what is drawn on it, plus the steps it holds."""

    number: int
    width: float
    height: float
    steps: list[int] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    lane_area: Rect = Rect(0, 0, 0, 0)
    text_columns: list[Rect] = field(default_factory=list)
    row_rects: dict[int, Rect] = field(default_factory=dict)
    # the part of each row where its symbols stand (without the connector zones)
    symbol_bands: dict[int, Rect] = field(default_factory=dict)
    qr_codes: list[QrSymbol] = field(default_factory=list)
    images: list[ImageBox] = field(default_factory=list)


def text_block(rect: Rect, lines: list[str], style: TextStyle, align: Align, role: str,
               top_pad: float = 1.0) -> TextBlock:
    """``lines`` in ``rect``, the first baseline ``top_pad`` + the font's ascent below its top,
    the others one leading apart."""
    first = rect.y + top_pad + style.ascent
    baselines = tuple(first + k * style.leading for k in range(len(lines)))
    return TextBlock(rect, tuple(lines), baselines, style, align, role)
