"""Exit labels clear of lines: the last pass of the routing.

The router puts an exit label (e.g. *Tidak*) beside its line's first leg, away from where the
line turns (`sopdesk.layout.routing.side_label_at`). Where a line routed later still runs
through it (a lane too narrow for a channel of its own), `free_labels` moves the label to the
first free place beside the same leg: the other side of the leg, or the leg's other end, or
one to three labels' height further from the leg (exits sharing a vertex). A label a lane,
column or row border runs through is moved the same way. A place is free when no line or
border runs through it and it covers no symbol, text or other label and stays inside the
lanes. Points, as the layout gives them. No Qt.
"""

from __future__ import annotations

import dataclasses
import itertools

from sopdesk.layout.geometry import LABEL_TEXT, Arrow, Page, Point, Rect, Shape, ShapeKind
from sopdesk.layout.quality import borders, on_borders, on_outline
from sopdesk.layout.routing import label_rect, label_width

INSIDE = 0.3  # points: a line this far inside a label's box runs through it (the quality checker's measure)
BORDER_ROOM = 1.0  # points a label keeps off a border
ALONG = 40  # places tried along a leg between its ends
STACKED = 3  # labels beside one leg: a decision's exits (up to four) may all leave one vertex


Segment = tuple[float, float, float, float]  # x0 <= x1, y0 <= y1 of an orthogonal segment


def free_labels(page: Page) -> None:
    """Move every exit label on ``page`` that a line runs through, or that stands on an earlier
    label, to a free place beside its line's first leg, if there is one (in place)."""
    segments = [_span(a, b) for arrow in page.arrows for a, b in itertools.pairwise(arrow.points)]
    lines = borders(page)
    for k, arrow in enumerate(page.arrows):
        box = label_rect(arrow.label, arrow.label_at) if arrow.label else None
        if box is not None and (_crossed(segments, box) or on_borders(box, *lines) or any(
                box.intersects(label_rect(a.label, a.label_at)) for a in page.arrows[:k] if a.label)):
            place = _first_free(page, k, segments, lines)
            if place is not None:
                page.arrows[k] = dataclasses.replace(arrow, label_at=place)


def place_label(page: Page, k: int) -> bool:
    """Put the exit label of ``page.arrows[k]`` at the first free place beside its line's first
    leg (`_places`; in place). False, the label left where it was, when no place is free."""
    arrow = page.arrows[k]
    if not arrow.label:
        return True
    segments = [_span(a, b) for line in page.arrows for a, b in itertools.pairwise(line.points)]
    place = _first_free(page, k, segments, borders(page))
    if place is None:
        return False
    page.arrows[k] = dataclasses.replace(arrow, label_at=place)
    return True


def _first_free(page: Page, k: int, segments: list[Segment], lines: tuple[list[float], list[float]]) -> Point | None:
    """The first of `_places` for arrow ``k``'s label that is `_free`, or None. What could stand in
    a place's way is taken once, from the region all the places lie in."""
    arrow = page.arrows[k]
    source = next((sh for sh in page.shapes if sh.kind is ShapeKind.DECISION
                   and on_outline(arrow.points[0], sh.outline())), None)
    places = _places(arrow, lines, source)
    if not places:
        return None
    w, h = label_width(arrow.label), LABEL_TEXT
    x0, x1 = min(p[0] for p in places) - 1.0, max(p[0] for p in places) + w + 1.0
    y0, y1 = min(p[1] for p in places) - h - 1.0, max(p[1] for p in places) + h + 1.0
    region = Rect(x0, y0, x1 - x0, y1 - y0)
    near = [s for s in segments if s[0] <= x1 and x0 <= s[1] and s[2] <= y1 and y0 <= s[3]]
    shapes = [sh for sh in page.shapes if sh.rect.intersects(region)]
    covers = [r for r in itertools.chain((t.rect for t in page.texts),
                                         (label_rect(a.label, a.label_at) for m, a in enumerate(page.arrows)
                                          if a.label and m != k)) if r.intersects(region)]
    xs = [x for x in lines[0] if x0 - 2.0 <= x <= x1 + 2.0]
    ys = [y for y in lines[1] if y0 - 2.0 <= y <= y1 + 2.0]
    free = (at for at in places
            if _free(page.lane_area, near, shapes, covers, label_rect(arrow.label, at), (xs, ys)))
    return next(free, None)


def _places(arrow: Arrow, lines: tuple[list[float], list[float]] = ([], []),
            source: Shape | None = None) -> list[Point]:
    """Places beside the first leg: both sides of it, at its start; out of a decision's side
    vertex (``source``), tucked against the diamond's slanted edges (`tucked_places`); then along
    the leg nearest the start first (every 2.5 points, and just past each border it crosses;
    ``lines``: the x of the lane and column borders, the y of the row borders), then at its end;
    then the same beside the second leg (where lines leaving one vertex part)."""
    first = _leg_places(arrow.label, arrow.points[0], arrow.points[1], lines)
    out = first[:2] + (tucked_places(arrow.label, source, arrow.points[0], arrow.points[1]) if source else []) \
        + first[2:]
    out += _leg_places(arrow.label, arrow.points[1], arrow.points[2], lines) if len(arrow.points) > 2 else []
    return out + [_stacked(at, out[0], n) for n in range(1, STACKED + 1) for at in out]


TUCKS = (3.5, 5.0, 6.5, 8.0)  # points between a tucked label and the leg (the nearer, the more it needs the slant)


def tucked_places(label: str, decision: Shape, start: Point, turn: Point) -> list[Point]:
    """Where ``label`` may stand beside a line leaving ``decision``'s side vertex ``start`` along a
    horizontal leg to ``turn``: above or below the leg (the side away from where the line turns
    first), `TUCKS` points off it, as close to the vertex as the diamond's slanted edge allows
    (`tuck_offset`). A narrow lane then holds the label beside its vertex. [] for another leg."""
    if start[1] != turn[1] or start[0] == turn[0] or abs(start[1] - decision.rect.cy) > 0.5:
        return []
    right = turn[0] > start[0]
    w = label_width(label)
    out = []
    for gap in TUCKS:
        edge = decision.rect.cx + (1 if right else -1) * tuck_offset(decision.rect.w, decision.rect.h, gap)
        x = edge if right else edge - w
        out += [(x, start[1] - gap - LABEL_TEXT * 0.2), (x, start[1] + gap + LABEL_TEXT * 0.75)]
    return out


def tuck_offset(width: float, height: float, gap: float) -> float:
    """How far from a diamond's centre (points, sideways) a label standing ``gap`` points above or
    below its side vertices clears its slanted edge by half a point (the diamond ``width`` x
    ``height``)."""
    return width / 2 * max(0.0, 1.0 - gap / (height / 2)) + 0.5


def _stacked(at: Point, first: Point, n: int) -> Point:
    """``at`` moved ``n`` labels' height further from the leg (away from where the first place is,
    on its side of the leg): the ``n``-th more label beside one leg, as when exits leave one vertex."""
    step = LABEL_TEXT * 1.1 * n
    return (at[0], at[1] + step if at[1] >= first[1] else at[1] - step)


def _leg_places(label: str, start: Point, end: Point,
                lines: tuple[list[float], list[float]] = ([], [])) -> list[Point]:
    (x0, y0), (x1, y1) = start, end
    w = label_width(label)
    below, above = LABEL_TEXT * 0.95, -2.0
    if y0 == y1:  # a horizontal leg (out of a side vertex)
        right = x1 >= x0
        crossed = sorted((x for x in lines[0] if min(x0, x1) < x < max(x0, x1)), reverse=not right)
        past = [x + 1.5 if right else x - 1.5 - w for x in crossed]
        first, last = (x0 + 1.5, x1 - 1.5 - w) if right else (x0 - 1.5 - w, x1 + 1.5)
        xs = [first, *sorted([*past, *_along(first, last, 2.5)], key=lambda x: abs(x - first)), last]
        return [(x, y0 + dy) for x in xs for dy in (below, above)]
    down = y1 >= y0
    crossed = sorted((y for y in lines[1] if min(y0, y1) < y < max(y0, y1)), reverse=not down)
    past = [y + below + 1.0 if down else y - 3.0 for y in crossed]
    first, last = (y0 + below, y1 - 2.0) if down else (y0 + above, y1 + below)
    ys = [first, *sorted([*past, *_along(first, last, 2.5)], key=lambda y: abs(y - first)), last]
    return [(x, y) for y in ys for x in (x0 + 2.0, x0 - 2.0 - w)]


def _along(first: float, last: float, step: float) -> list[float]:
    """Places between ``first`` and ``last`` every ``step`` points from ``first`` (at most
    `ALONG`): the nearest free place beside a leg when its ends are taken."""
    count = min(ALONG, int(abs(last - first) // step))
    sign = 1.0 if last >= first else -1.0
    return [first + sign * step * n for n in range(1, count + 1)]


def _free(lanes: Rect, segments: list[Segment], shapes: list[Shape], covers: list[Rect], box: Rect,
          lines: tuple[list[float], list[float]]) -> bool:
    """True if ``box`` stays inside the ``lanes``, no line of ``segments`` or border of ``lines``
    runs through it and it covers none of ``shapes`` (`Shape.overlaps`) and ``covers`` (text, the
    other labels)."""
    inside = lanes.w == 0 or (lanes.x <= box.x and box.right <= lanes.right)
    return inside and not _crossed(segments, box) and not on_borders(box, *lines, room=BORDER_ROOM) \
        and not any(sh.overlaps(box) for sh in shapes) and not any(box.intersects(r) for r in covers)


def _span(a: Point, b: Point) -> Segment:
    return min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])


def _crossed(segments: list[Segment], box: Rect) -> bool:
    return any(_through(segment, box) for segment in segments)


def _through(segment: Segment, box: Rect) -> bool:
    x0, x1, y0, y1 = segment
    if x0 == x1:
        return box.x + INSIDE < x0 < box.right - INSIDE and y0 < box.bottom - INSIDE and box.y + INSIDE < y1
    return box.y + INSIDE < y0 < box.bottom - INSIDE and x0 < box.right - INSIDE and box.x + INSIDE < x1
