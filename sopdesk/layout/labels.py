"""Exit labels clear of lines: the last pass of the routing.

The router puts an exit label (e.g. *Tidak*) beside its line's first leg, away from where the
line turns (`sopdesk.layout.routing.side_label_at`). Where a line routed later still runs
through it (a lane too narrow for a channel of its own), `free_labels` moves the label to the
first free place beside the same leg: the other side of the leg, or the leg's other end, or
one to three labels' height further from the leg (exits sharing a vertex). A
place is free when no line runs through it and it covers no symbol, text or other label and
stays inside the lanes. Points, as the layout gives them. No Qt.
"""

from __future__ import annotations

import dataclasses
import itertools

from sopdesk.layout.geometry import LABEL_TEXT, Arrow, Page, Point, Rect
from sopdesk.layout.routing import label_rect, label_width

INSIDE = 0.3  # points: a line this far inside a label's box runs through it (the quality checker's measure)
STACKED = 3  # labels beside one leg: a decision's exits (up to four) may all leave one vertex


Segment = tuple[float, float, float, float]  # x0 <= x1, y0 <= y1 of an orthogonal segment


def free_labels(page: Page) -> None:
    """Move every exit label on ``page`` that a line runs through, or that stands on an earlier
    label, to a free place beside its line's first leg, if there is one (in place)."""
    segments = [_span(a, b) for arrow in page.arrows for a, b in itertools.pairwise(arrow.points)]
    for k, arrow in enumerate(page.arrows):
        box = label_rect(arrow.label, arrow.label_at) if arrow.label else None
        if box is not None and (_crossed(segments, box) or any(
                box.intersects(label_rect(a.label, a.label_at)) for a in page.arrows[:k] if a.label)):
            places = (at for at in _places(arrow) if _free(page, segments, k, label_rect(arrow.label, at)))
            place = next(places, None)
            if place is not None:
                page.arrows[k] = dataclasses.replace(arrow, label_at=place)


def _places(arrow: Arrow) -> list[Point]:
    """Places beside the first leg: both sides of it, at its start and at its end; then the same
    beside the second leg (where lines leaving one vertex part)."""
    out = _leg_places(arrow.label, arrow.points[0], arrow.points[1])
    out += _leg_places(arrow.label, arrow.points[1], arrow.points[2]) if len(arrow.points) > 2 else []
    return out + [_stacked(at, out[0], n) for n in range(1, STACKED + 1) for at in out]


def _stacked(at: Point, first: Point, n: int) -> Point:
    """``at`` moved ``n`` labels' height further from the leg (away from where the first place is,
    on its side of the leg): the ``n``-th more label beside one leg, as when exits leave one vertex."""
    step = LABEL_TEXT * 1.1 * n
    return (at[0], at[1] + step if at[1] >= first[1] else at[1] - step)


def _leg_places(label: str, start: Point, end: Point) -> list[Point]:
    (x0, y0), (x1, y1) = start, end
    w = label_width(label)
    below, above = LABEL_TEXT * 0.95, -2.0
    if y0 == y1:  # a horizontal leg (out of a side vertex)
        right = x1 >= x0
        xs = (x0 + 1.5, x1 - 1.5 - w) if right else (x0 - 1.5 - w, x1 + 1.5)
        return [(x, y0 + dy) for x in xs for dy in (below, above)]
    ys = (y0 + below, y1 - 2.0) if y1 >= y0 else (y0 + above, y1 + below)
    return [(x, y) for y in ys for x in (x0 + 2.0, x0 - 2.0 - w)]


def _free(page: Page, segments: list[Segment], own: int, box: Rect) -> bool:
    others = [label_rect(a.label, a.label_at) for k, a in enumerate(page.arrows) if a.label and k != own]
    covers = [s.rect for s in page.shapes] + [t.rect for t in page.texts] + others
    lanes = page.lane_area
    inside = lanes.w == 0 or (lanes.x <= box.x and box.right <= lanes.right)
    return inside and not _crossed(segments, box) and not any(box.intersects(r) for r in covers)


def _span(a: Point, b: Point) -> Segment:
    return min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])


def _crossed(segments: list[Segment], box: Rect) -> bool:
    return any(_through(segment, box) for segment in segments)


def _through(segment: Segment, box: Rect) -> bool:
    x0, x1, y0, y1 = segment
    if x0 == x1:
        return box.x + INSIDE < x0 < box.right - INSIDE and y0 < box.bottom - INSIDE and box.y + INSIDE < y1
    return box.y + INSIDE < y0 < box.bottom - INSIDE and x0 < box.right - INSIDE and box.x + INSIDE < x1
