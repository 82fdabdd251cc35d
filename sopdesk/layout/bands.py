"""Flowing boxed text over pages: the identity part's tables and paragraphs (`sopdesk.layout.identity`)
as bands (table rows) that break between lines, in points, origin top-left. No Qt.

A `Band` is one row of cells side by side; each cell holds `Line`s of text and `Picture`s top to
bottom. `flow` puts the bands on pages one under the other; a band too tall for what is left of a
page is split between lines (never inside a picture), its continuation starting the next page under
the band's ``repeat`` (its heading again, marked "(lanjutan)"); a band with ``keep_with_next`` (a
heading) moves to the next page rather than end one without the start of what follows it. No
text is ever dropped: on an empty page the first line of every cell is placed whatever its height.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from sopdesk.layout.fonts import TextStyle, wrap
from sopdesk.layout.geometry import TEXT_INSET, Align, Cell, ImageBox, Page, Rect, TextBlock, text_block

PAD = 3.0  # points: a cell's text from its top and bottom border
INSET = 4.0  # points: a cell's text box from its left and right border (the text is `TEXT_INSET` further in)


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: ``text`` in ``style``; ``role`` names the item it belongs to (lines of one
    item share it and are drawn as one `TextBlock`)."""

    text: str
    style: TextStyle
    role: str
    align: Align = Align.LEFT

    @property
    def height(self) -> float:
        return self.style.leading


@dataclass(frozen=True, slots=True)
class Picture:
    """A raster image (``data``) ``w`` x ``h`` points, centred in its cell (``centred`` False: at
    the cell's text edge); or, with no ``data``, empty room (the room to sign)."""

    data: bytes
    w: float
    h: float
    role: str = "image"
    centred: bool = True

    @property
    def height(self) -> float:
        return self.h


Item = Line | Picture


def lines(text: str, width: float, style: TextStyle, role: str, align: Align = Align.LEFT) -> list[Item]:
    """``text`` wrapped to a cell's text box ``width`` points wide, one `Line` per printed line."""
    return [Line(line, style, role, align) for line in wrap(text, width - 2 * (INSET + TEXT_INSET), style)]


def content_height(items: list[Item]) -> float:
    """The height of ``items`` stacked (points), without padding."""
    return sum(item.height for item in items)


@dataclass(slots=True)
class Band:
    """A row of cells: ``columns`` are ``(x, width)`` of each cell, ``cells`` their items.

    ``boxed`` draws each cell's border (``shaded``: grey, the headings of the identity grid);
    ``keep_with_next`` keeps the band on the page of the start of the next one; ``repeat`` is
    drawn above a continuation of this band on a new page (its heading marked "(lanjutan)"; with
    ``plain``, the heading unmarked, a column that does not continue shows its plain heading);
    ``continued`` is what a cell shows on a continuation when it has nothing left (e.g. its label
    marked "(lanjutan)")."""

    columns: list[tuple[float, float]]
    cells: list[list[Item]]
    boxed: bool = True
    shaded: bool = False
    keep_with_next: bool = False
    repeat: Band | None = None
    plain: Band | None = None
    continued: list[list[Item]] = field(default_factory=list)
    min_height: float = 0.0
    pad: float = PAD

    @property
    def height(self) -> float:
        """The band's height (points): its tallest cell with padding."""
        return max(self.min_height, max((content_height(c) for c in self.cells), default=0.0) + 2 * self.pad)

    def first_height(self) -> float:
        """The height of the band's first item of every cell (what a heading is kept with)."""
        return max((_first_item(c) for c in self.cells), default=0.0) + 2 * self.pad

    def split(self, room: float, forced: bool) -> tuple[Band, Band] | None:
        """The band cut so that its head is at most ``room`` points high, and the rest; None when
        nothing fits (unless ``forced``: then at least one item of each cell)."""
        heads, rests = [], []
        for k, items in enumerate(self.cells):
            take = _fitting(items, room - 2 * self.pad, forced)
            heads.append(items[:take])
            rest = items[take:]
            if not rest and self.continued and items:
                rest = list(self.continued[k])
            rests.append(rest)
        if not any(heads) or all(h == c for h, c in zip(heads, self.cells, strict=True)):
            return None
        head = replace(self, cells=heads, min_height=0.0)
        return head, replace(self, cells=rests, min_height=0.0)

    def heading_over(self, tail: Band) -> Band | None:
        """What is drawn above ``tail``, this band's continuation: `repeat`, each cell marked only
        where its column goes on (`plain` where it does not)."""
        if self.repeat is None or self.plain is None:
            return self.repeat
        cells = [marked if rest else plain for marked, plain, rest
                 in zip(self.repeat.cells, self.plain.cells, tail.cells, strict=True)]
        return replace(self.repeat, cells=cells)

    def draw(self, page: Page, y: float) -> float:
        """Draw the band with its top at ``y`` on ``page``; return the y below it."""
        h = self.height
        for (x, w), items in zip(self.columns, self.cells, strict=True):
            if self.boxed:
                page.cells.append(Cell(Rect(x, y, w, h), self.shaded))
            draw_items(page, items, x, y + self.pad, w)
        return y + h


class Unit(Protocol):
    """What flows over pages: a `Band`, or a block that never breaks (its ``split`` gives None)."""

    keep_with_next: bool

    @property
    def height(self) -> float: ...

    def first_height(self) -> float: ...

    def split(self, room: float, forced: bool) -> tuple[Band, Band] | None: ...

    def heading_over(self, tail: Band) -> Band | None: ...

    def draw(self, page: Page, y: float) -> float: ...


def _first_item(items: list[Item]) -> float:
    if not items:
        return 0.0
    first = items[0]
    if isinstance(first, Picture):
        return first.h
    return sum(item.height for item in items if isinstance(item, Line) and item.role == first.role)


def _fitting(items: list[Item], room: float, forced: bool) -> int:
    used, count = 0.0, 0
    for item in items:
        if used + item.height > room + 0.01:
            break
        used += item.height
        count += 1
    return max(count, 1 if forced and items else 0)


@dataclass(frozen=True, slots=True)
class Area:
    """Where bands flow on every page: from ``top`` to ``bottom`` (points)."""

    width: float
    height: float
    top: float
    bottom: float

    @property
    def room(self) -> float:
        return self.bottom - self.top


def flow(units: list[Unit | float], area: Area) -> list[Page]:
    """Pages holding ``units`` (bands, and gaps in points between them) one under the other."""
    pages = [Page(1, area.width, area.height)]
    y = area.top
    queue = list(units)
    while queue:
        unit = queue.pop(0)
        if isinstance(unit, float | int):
            y = y + unit if y > area.top else y
            continue
        at_top = y <= area.top + 0.01
        need = unit.height + (_next_start(queue, area) if unit.keep_with_next else 0.0)
        if need <= area.bottom - y + 0.01 or (at_top and unit.height <= area.room):
            y = unit.draw(pages[-1], y)
            continue
        parts = None if unit.keep_with_next and not at_top else unit.split(area.bottom - y, at_top)
        if parts is not None:
            parts[0].draw(pages[-1], y)
            queue[:0] = [b for b in (unit.heading_over(parts[1]), parts[1]) if b is not None]
        else:
            queue.insert(0, unit)
        pages.append(Page(len(pages) + 1, area.width, area.height))
        y = area.top
    return pages


def _next_start(queue: list[Unit | float], area: Area) -> float:
    """The least room the start of the next band needs (its first item, or whole when it fits a page)."""
    following = next((u for u in queue if not isinstance(u, float | int)), None)
    if following is None:
        return 0.0
    gaps = sum(u for u in queue[:queue.index(following)] if isinstance(u, float | int))
    whole = following.height
    return gaps + (whole if whole <= area.room / 3 else min(following.first_height(), area.room / 3))


def draw_items(page: Page, items: list[Item], x: float, y: float, w: float) -> None:
    """Draw ``items`` top to bottom from ``y`` in a cell at ``x``, ``w`` points wide (the lines of
    one item as one `TextBlock`, pictures centred)."""
    group: list[Line] = []
    for item in [*items, None]:
        if group and (not isinstance(item, Line) or (item.role, item.style, item.align) !=
                      (group[0].role, group[0].style, group[0].align)):
            page.texts.append(_block(group, x, y, w))
            y += content_height(list(group))
            group = []
        if isinstance(item, Line):
            group.append(item)
        elif isinstance(item, Picture):
            if item.data:
                left = x + (w - item.w) / 2 if item.centred else x + INSET + TEXT_INSET
                page.images.append(ImageBox(Rect(left, y, item.w, item.h), item.data, item.role))
            y += item.h


def _block(group: list[Line], x: float, y: float, w: float) -> TextBlock:
    first = group[0]
    rect = Rect(x + INSET, y, w - 2 * INSET, content_height(list(group)))
    return text_block(rect, [line.text for line in group], first.style, first.align, first.role, 0.0)
