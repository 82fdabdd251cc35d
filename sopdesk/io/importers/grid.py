"""The importers' intermediate: pages of table cells with text, positioned symbols and arrows.

Every reader (PDF, .docx, .xlsx) produces a `Document`; the recogniser reads only this.
Coordinates are points (1/72 inch) from the page's top-left corner, y growing downwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle ``x0 <= x1``, ``top <= bottom`` in points."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def centre(self) -> Point:
        """The middle of the box, ``(x, y)``."""
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def contains(self, p: Point, margin: float = 0.0) -> bool:
        """True when ``p`` lies in the box grown by ``margin`` points on every side."""
        return self.x0 - margin <= p[0] <= self.x1 + margin and self.top - margin <= p[1] <= self.bottom + margin

    def distance(self, p: Point) -> float:
        """Distance in points from ``p`` to the box (0 inside)."""
        dx = max(self.x0 - p[0], 0.0, p[0] - self.x1)
        dy = max(self.top - p[1], 0.0, p[1] - self.bottom)
        return float((dx * dx + dy * dy) ** 0.5)


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell (merged cells are one cell) and its text, lines joined with ``\\n``."""

    box: Box
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table: its outline and its cells in reading order."""

    box: Box
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Shape:
    """A drawn flowchart symbol: ``kind`` is ``terminator``, ``process``, ``decision`` or
    ``connector`` (off-page, pentagon); ``text`` is the text written inside it."""

    kind: str
    box: Box
    text: str = ""


@dataclass(frozen=True, slots=True)
class Arrow:
    """A connector: drawn from ``tail`` to the arrow head at ``tip``; ``path`` holds the points
    it passes (for placing a Ya/Tidak label); ``label`` when the source names it."""

    tail: Point
    tip: Point
    path: tuple[Point, ...] = ()
    label: str = ""


@dataclass(frozen=True, slots=True)
class Word:
    """A word printed on the page (outside or inside tables)."""

    text: str
    box: Box


@dataclass(slots=True)
class Page:
    """One page (or one worksheet): size in points, tables, words, symbols, arrows."""

    number: int
    width: float
    height: float
    tables: list[Table] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    name: str = ""

    def text_in(self, box: Box) -> str:
        """The words whose centre lies in ``box``, as lines (top to bottom) joined with ``\\n``."""
        return lines_text([w for w in self.words if box.contains(w.box.centre)])


@dataclass(slots=True)
class Document:
    """A whole source document: its file name and its pages in order."""

    name: str
    pages: list[Page] = field(default_factory=list)
    has_text: bool = True


def lines_text(words: list[Word], tolerance: float = 3.0) -> str:
    """Group words into lines by their vertical position; ``\\n`` between lines."""
    return "\n".join(" ".join(w.text for w in sorted(line, key=lambda w: w.box.x0))
                     for line in word_lines(words, tolerance))


def word_lines(words: list[Word], tolerance: float = 3.0) -> list[list[Word]]:
    """``words`` grouped into lines, top to bottom: a word joins the line above when their centres
    lie within ``tolerance`` points of each other vertically."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.box.centre[1], w.box.x0)):
        if lines and abs(lines[-1][0].box.centre[1] - w.box.centre[1]) <= tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def stacked_words(cell: Cell) -> list[Word]:
    """A cell's lines as words stacked inside it, for sources without positions (Excel, Word)."""
    lines = cell.text.split("\n")
    step = cell.box.height / max(len(lines), 1)
    return [Word(line, Box(cell.box.x0 + 1, cell.box.top + i * step + 0.1, cell.box.x1 - 1,
                           cell.box.top + (i + 1) * step - 0.1))
            for i, line in enumerate(lines) if line.strip()]
