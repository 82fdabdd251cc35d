"""Lines a draughtsman would redraw, redrawn: the last pass of the routing (issue 13).

The routing's rules (`sopdesk.layout.routing`, `sopdesk.layout.flow_routing`) draw almost every
line as an office draws it. Where a line still runs through a symbol or a text, along a border,
on another line's track, or its exit label finds no free place (what
`sopdesk.layout.quality.arrow_faults` finds), `repair_page` draws that line again by a search:
the shortest orthogonal path, with the fewest bends and crossings, from a port of its source
symbol to a port of its target (the same ones first, then the symbols' other side midpoints and
vertices, and points a quarter along a box's top and bottom) over a grid of tracks — beside the
symbols, in the middle of the gaps, `BORDER_ROOM` off every lane and row border, `SEPARATION`
off the other lines — that crosses no symbol, text or label. Its label then takes the first free
place beside its first leg (`sopdesk.layout.labels.place_label`). A new line is kept only when the
page has fewer faults with it than without it, so the pass never makes a page worse.

All geometry in points, as the layout gives it. No Qt.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from sopdesk.layout.geometry import Arrow, Page, Point, Rect, Shape, ShapeKind
from sopdesk.layout.labels import place_label
from sopdesk.layout.quality import EPS, arrow_faults, label_box, on_outline, text_boxes

BEND = 14.0  # the cost of a bend, in points of length
CROSS = 6.0  # the cost of crossing another line, in points of length
CLEAR = 4.0  # points between a redrawn line and a symbol it passes
BORDER_ROOM = EPS + 2.0  # points between a redrawn line and a border it runs beside
SEPARATION = 2.0  # points: a parallel line nearer than this would share its track
TRACK = 3.0  # points beside another line where a redrawn one may run
# (clearance from symbols, room beside borders) of the grids tried, roomy first: between rows
# drawn close the tight one still finds a track the quality checker accepts
ROOMS = ((CLEAR, BORDER_ROOM), (1.5, EPS + 0.6))
HEAD_ROOM = 6.0  # points: the last leg is at least this long, so its arrowhead shows
NEAR = 20.0  # points around a line within which another may stand in its way
MAX_REDRAWN = 12  # lines redrawn on one page at most
MAX_PORTS = 10  # pairs of ports tried for one line

Direction = tuple[int, int]
UP, DOWN, LEFT, RIGHT = (0, -1), (0, 1), (-1, 0), (1, 0)
DIRECTIONS = (UP, DOWN, LEFT, RIGHT)
Port = tuple[Point, Direction]  # a point on a symbol's outline and the way a line leaves it


def repair_page(page: Page) -> None:
    """Redraw the faulty lines of ``page`` (in place), while each redrawn line leaves the page with
    fewer faults (`arrow_faults`, counted by arrow and kind). The lines are taken worst first, the
    last drawn first; if faults are left, the pass is tried again from the page as routed taking the
    first drawn first, and the page keeps whichever left fewer."""
    faults = arrow_faults(page)
    if not faults:
        return
    routed = list(page.arrows)
    left = _redraw_all(page, faults, last_first=True)
    if not left:
        return
    first_try = list(page.arrows)
    page.arrows[:] = routed
    other = _redraw_all(page, faults, last_first=False)
    if _count(left) <= _count(other):
        page.arrows[:] = first_try
    else:
        left = other
    for _ in range(MAX_REDRAWN):
        if not left:
            return
        after = _rip_up(page, left)
        if after is None:
            return
        left = after


def _rip_up(page: Page, faults: dict[int, set[str]]) -> dict[int, set[str]] | None:
    """Redraw a faulty line as if a line near it were not there, then that line around it; the
    page's faults if that lowered their count, else None (nothing changed). For two lines that
    each stand in the other's only way."""
    before = _count(faults)
    for k in sorted(faults):
        for m in _near(page, k):
            saved_k, saved_m = page.arrows[k], page.arrows[m]
            page.arrows[m] = dataclasses.replace(saved_m, points=(saved_m.points[0], saved_m.points[0]), label="")
            if _redraw(page, k, _count(arrow_faults(page))) is not None:
                page.arrows[m] = saved_m
                now = arrow_faults(page)
                after = now if _count(now) < before else _redraw(page, m, before)
                if after is not None:
                    return after
            page.arrows[k], page.arrows[m] = saved_k, saved_m
    return None


def _near(page: Page, k: int) -> list[int]:
    """The other arrows (with heads) that come within `NEAR` points of arrow ``k``'s box."""
    box = _grow(_bounds(page.arrows[k].points), NEAR)
    return [m for m, a in enumerate(page.arrows) if m != k and a.head and _bounds(a.points).intersects(box)]


def _bounds(points: tuple[Point, ...]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _redraw_all(page: Page, faults: dict[int, set[str]], last_first: bool) -> dict[int, set[str]]:
    """Redraw faulty lines one at a time (see `repair_page`); the faults left."""
    tried: set[tuple[int, tuple[Point, ...]]] = set()
    for _ in range(MAX_REDRAWN):
        if not faults:
            break
        before = _count(faults)
        for k in sorted(faults, key=lambda k: (-len(faults[k]), -k if last_first else k)):
            if (k, page.arrows[k].points) in tried:
                continue
            tried.add((k, page.arrows[k].points))
            after = _redraw(page, k, before)
            if after is not None:
                faults = after
                break
        else:
            break
    return faults


def _count(faults: dict[int, set[str]]) -> int:
    return sum(len(kinds) for kinds in faults.values())


def _redraw(page: Page, k: int, before: int) -> dict[int, set[str]] | None:
    """Draw arrow ``k`` of ``page`` again, its label first (moved beside the same line), then along
    a searched path; the page's faults if that lowered their count below ``before``, else None
    (the arrow as it was)."""
    old = page.arrows[k]
    if old.label and place_label(page, k):
        after = arrow_faults(page)
        if _count(after) < before:
            return after
        page.arrows[k] = old
    ends = _end_shapes(page, old)
    if ends is None:
        return None
    for room in ROOMS:
        grids: dict[frozenset[int], _Grid] = {}
        for start, end in itertools.islice(_port_pairs(page, k, *ends), MAX_PORTS):
            meeting = frozenset(m for m, a in enumerate(page.arrows)
                                if m != k and (a.points[0] == start[0] or a.points[-1] == end[0]))
            grid = grids.get(meeting) or grids.setdefault(meeting, _Grid(page, k, meeting, *room))
            path = grid.search(start, end, ends)
            if path is None or path == old.points:
                continue
            page.arrows[k] = dataclasses.replace(old, points=path)
            if not old.label or place_label(page, k):
                after = arrow_faults(page)
                if _count(after) < before:
                    return after
            page.arrows[k] = old
    return None


def _end_shapes(page: Page, arrow: Arrow) -> tuple[Shape, Shape] | None:
    """The symbols ``arrow`` leaves and enters (None for a joint link, or an end on no symbol)."""
    if not arrow.head or len(arrow.points) < 2:
        return None
    found = [next((sh for sh in page.shapes if on_outline(p, sh.outline())), None)
             for p in (arrow.points[0], arrow.points[-1])]
    source, target = found
    return None if source is None or target is None else (source, target)


def _direction(a: Point, b: Point) -> Direction:
    return (b[0] > a[0]) - (b[0] < a[0]), (b[1] > a[1]) - (b[1] < a[1])


def _ports(shape: Shape) -> list[Port]:
    """Where a line may leave or enter ``shape``, with the way it leaves: its vertices or side
    midpoints, and on a box's flat top and bottom the points a quarter of its width off the middle."""
    r = shape.rect
    out = [((r.cx, r.y), UP), ((r.cx, r.bottom), DOWN), ((r.x, r.cy), LEFT), ((r.right, r.cy), RIGHT)]
    if shape.kind in (ShapeKind.PROCESS, ShapeKind.TERMINATOR):
        flat = r.w / 2 - shape.corner_radius
        for dx in (-r.w / 4, r.w / 4):
            if abs(dx) <= flat - 2.0:
                out += [((r.cx + dx, r.y), UP), ((r.cx + dx, r.bottom), DOWN)]
    return out


def _port_pairs(page: Page, k: int, source: Shape, target: Shape) -> Iterable[tuple[Port, Port]]:
    """Pairs of (start, end) ports for arrow ``k``: its own first, then ports no other line ends
    at, nearest its own ends first."""
    arrow = page.arrows[k]
    first, last = arrow.points[0], arrow.points[-1]
    own_start: Port = (first, _direction(first, arrow.points[1]))
    own_end: Port = (last, _direction(arrow.points[-1], arrow.points[-2]))
    others = [a for m, a in enumerate(page.arrows) if m != k]
    into = {a.points[-1] for a in others}
    out_of = {a.points[0] for a in others}

    def free(shape: Shape, own: Port, same: set[Point], clash: set[Point]) -> list[Port]:
        """``own`` unless another line uses it the other way, then the ports no line uses, then
        those where lines run the same way (a join, a fan-out), then a clashing ``own``."""
        near = sorted((p for p in _ports(shape) if _far(p[0], own[0]) and p[0] not in clash),
                      key=lambda p: (p[0] in same, abs(p[0][0] - own[0][0]) + abs(p[0][1] - own[0][1])))
        return [*near, own] if own[0] in clash else [own, *near]

    starts, ends = free(source, own_start, out_of, into), free(target, own_end, into, out_of)
    pairs = sorted(itertools.product(range(len(starts)), range(len(ends))), key=lambda ij: (ij[0] + ij[1], ij))
    return ((starts[i], ends[j]) for i, j in pairs if starts[i][0] != ends[j][0])


def _far(p: Point, q: Point) -> bool:
    return abs(p[0] - q[0]) + abs(p[1] - q[1]) > 0.5


class _Grid:
    """The tracks a redrawn line of ``page`` (its arrow ``k``) may take, and what blocks them."""

    def __init__(self, page: Page, k: int, meeting: frozenset[int], clear: float = CLEAR,
                 border_room: float = BORDER_ROOM) -> None:
        """``meeting``: the arrows that leave where this one is to leave, or enter where it is to
        enter (a fan-out, a join): it may run on their line (the checker judges how)."""
        self.page = page
        self.k = k
        self.meeting = meeting
        self.clear, self.border_room = clear, border_room
        area = page.lane_area
        rows = list(page.row_rects.values())
        self.bounds = (area.x + border_room, area.right - border_room,
                       min((r.y for r in rows), default=0.0), max((r.bottom for r in rows), default=page.height))
        cells = [c.rect for c in page.cells if c.rect.bottom > area.y and area.x - 0.5 <= c.rect.x <= area.right + 0.5]
        self.border_xs = sorted({c.x for c in cells} | {c.right for c in cells} | {area.x, area.right})
        self.border_ys = sorted({r.y for r in rows} | {r.bottom for r in rows})
        self.lines = [(a, b) for m, arrow in enumerate(page.arrows) if m != k and m not in meeting
                      for a, b in itertools.pairwise(arrow.points)]
        self.crossed = [(a, b) for m, arrow in enumerate(page.arrows) if m != k
                        for a, b in itertools.pairwise(arrow.points)]
        boxes = [box for box, _text, role in text_boxes(page, area) if role != "exit"]
        self.texts = [_grow(box, 0.5) for box in boxes]
        self.texts += [_grow(label_box(a), 1.0) for m, a in enumerate(page.arrows) if m != k and a.label]
        self.shapes = page.shapes
        self.xs = self._coordinates(0)
        self.ys = self._coordinates(1)
        self._rows: dict[float, list[float | None]] = {}
        self._columns: dict[float, list[float | None]] = {}

    def _coordinates(self, axis: int) -> list[float]:
        low, high = (self.bounds[0], self.bounds[1]) if axis == 0 else (self.bounds[2], self.bounds[3])
        borders = self.border_xs if axis == 0 else self.border_ys
        edges = [(s.rect.x, s.rect.right) if axis == 0 else (s.rect.y, s.rect.bottom) for s in self.shapes]
        hard = sorted({*borders, *(e for pair in edges for e in pair)})
        found = {b + d for b in borders for d in (-self.border_room, self.border_room)}
        found |= {e + d for lo, hi in edges for e, d in ((lo, -self.clear), (hi, self.clear))}
        found |= {(lo + hi) / 2 for lo, hi in edges}
        found |= {(a + b) / 2 for a, b in itertools.pairwise(hard)}
        for a, b in self.lines:
            if a[axis] == b[axis]:
                found |= {a[axis] - TRACK, a[axis] + TRACK}
        for box in self.texts:
            found |= {box.x - 1.0, box.right + 1.0} if axis == 0 else {box.y - 1.0, box.bottom + 1.0}
        own = self.page.arrows[self.k].points
        exact = {p[0][axis] for s in self.shapes for p in _ports(s)} | {own[0][axis], own[-1][axis]}
        exact |= {p[axis] for m in self.meeting for p in self.page.arrows[m].points}  # lines it may join
        out: list[float] = []
        for v in sorted(v for v in found | exact if low <= v <= high):
            if out and v - out[-1] <= 0.3:
                if v in exact and out[-1] not in exact:
                    out[-1] = v  # a port's coordinate stands for the values next to it
                continue
            out.append(v)
        return out

    def search(self, start: Port, end: Port, ends: tuple[Shape, Shape]) -> tuple[Point, ...] | None:
        """The cheapest path from ``start`` leaving in its direction to ``end`` entering against its
        direction (corner points only), or None. Both ends run straight for `CLEAR` off their symbol.
        Where other lines already enter ``end`` (a join), the path may also meet one of them at a
        right angle and run on with it (`_join_goals`)."""
        first, last = self._stub(start, ends), self._stub(end, ends, HEAD_ROOM)
        goals = self._join_goals(end[0])
        if first is None or (last is None and not goals):
            return None
        goal_dir = (-end[1][0], -end[1][1])
        done = (-1, -1, goal_dir)
        suffix: tuple[Point, ...] = (end[0],)
        heap: list[tuple[float, int, tuple[int, int, Direction], float]] = []
        count = itertools.count()
        origin = (first[0], first[1], start[1])
        best: dict[tuple[int, int, Direction], float] = {origin: 0.0}
        came: dict[tuple[int, int, Direction], tuple[int, int, Direction] | None] = {origin: None}
        heapq.heappush(heap, (self._h(first, last), next(count), origin, 0.0))
        while heap:
            _f, _n, node, cost = heapq.heappop(heap)
            if node == done:
                return self._path(came, came[done], start[0], suffix)
            if cost > best.get(node, float("inf")):
                continue
            i, j, d = node
            if (i, j) == last or (i, j) in goals:
                run_on = goals.get((i, j))
                if run_on is not None and (d[0] == 0) == (run_on[1][0] == run_on[0][0]):
                    run_on = None  # a join meets its line at a right angle
                ends_here = (i, j) == last and d != (-goal_dir[0], -goal_dir[1])
                if ends_here or run_on is not None:
                    total = cost + (BEND if ends_here and d != goal_dir else 0.0)
                    if total < best.get(done, float("inf")):
                        best[done], came[done] = total, node
                        suffix = (end[0],) if ends_here else run_on[1:] if run_on else suffix
                        heapq.heappush(heap, (total, next(count), done, total))
                if (i, j) == last:
                    continue
            for nd in DIRECTIONS:
                if nd == (-d[0], -d[1]):
                    continue
                moved = self._move(i, j, nd)
                if moved is None:
                    continue
                ni, nj, step = moved
                total = cost + step + (BEND if nd != d else 0.0)
                if total < best.get((ni, nj, nd), float("inf")):
                    best[(ni, nj, nd)] = total
                    came[(ni, nj, nd)] = node
                    heapq.heappush(heap, (total + self._h((ni, nj), last), next(count), (ni, nj, nd), total))
        return None

    def _join_goals(self, end: Point) -> dict[tuple[int, int], tuple[Point, ...]]:
        """Grid points on the lines that already enter ``end`` (not within `HEAD_ROOM` of it), each
        with the rest of that line from there: the point itself, then its remaining corners."""
        goals: dict[tuple[int, int], tuple[Point, ...]] = {}
        for m in self.meeting:
            points = self.page.arrows[m].points
            if points[-1] != end:
                continue
            for s, (a, b) in enumerate(itertools.pairwise(points)):
                axis = 0 if a[0] == b[0] else 1  # the coordinate the segment keeps
                at = _find(self.xs if axis == 0 else self.ys, a[axis])
                if at is None:
                    continue
                along = self.ys if axis == 0 else self.xs
                lo, hi = sorted((a[1 - axis], b[1 - axis]))
                for n in range(bisect_left(along, lo + 0.5), bisect_right(along, hi - 0.5)):
                    p = (a[0], along[n]) if axis == 0 else (along[n], a[1])
                    if abs(p[0] - end[0]) + abs(p[1] - end[1]) >= HEAD_ROOM:
                        goals.setdefault((at, n) if axis == 0 else (n, at), (p, *points[s + 1:]))
        return goals

    def _h(self, at: tuple[int, int], goal: tuple[int, int] | None) -> float:
        if goal is None:
            return 0.0
        return abs(self.xs[at[0]] - self.xs[goal[0]]) + abs(self.ys[at[1]] - self.ys[goal[1]])

    def _stub(self, port: Port, ends: tuple[Shape, Shape], least: float = 0.0) -> tuple[int, int] | None:
        """The grid point the grid's clearance, and ``least``, or more off ``port`` the way it
        leaves, if the straight line there is free (it may leave the end symbols, nothing else)."""
        (x, y), d = port
        clear = max(self.clear, least)
        i, j = _find(self.xs, x), _find(self.ys, y)
        if d[1] == 0 and j is not None:
            along, at = self.xs, x + d[0] * clear
            i = bisect_left(along, at - 0.01) if d[0] > 0 else bisect_right(along, at + 0.01) - 1
            if not 0 <= i < len(along):
                return None
            far = (along[i], y)
        elif d[0] == 0 and i is not None:
            along, at = self.ys, y + d[1] * clear
            j = bisect_left(along, at - 0.01) if d[1] > 0 else bisect_right(along, at + 0.01) - 1
            if not 0 <= j < len(along):
                return None
            far = (x, along[j])
        else:
            return None
        if i is None or j is None or self._blocked(x, y, far[0], far[1], ends):
            return None
        return i, j

    def _path(self, came: dict[tuple[int, int, Direction], tuple[int, int, Direction] | None],
              node: tuple[int, int, Direction] | None, start: Point, rest: tuple[Point, ...]) -> tuple[Point, ...]:
        """The corners from ``start`` through the grid points back from ``node`` and on along
        ``rest`` (the end, or the rest of a line joined)."""
        cells = list(reversed(rest))
        while node is not None:
            cells.append((self.xs[node[0]], self.ys[node[1]]))
            node = came[node]
        cells.append(start)
        cells.reverse()
        cells = [p for n, p in enumerate(cells) if n == 0 or p != cells[n - 1]]
        corners = [cells[0]]
        for a, b, c in zip(cells, cells[1:], cells[2:], strict=False):
            if _direction(a, b) != _direction(b, c):
                corners.append(b)
        corners.append(cells[-1])
        return tuple(corners)

    def _move(self, i: int, j: int, d: Direction) -> tuple[int, int, float] | None:
        """The next grid point from (i, j) in direction ``d`` and the cost of the edge there, or
        None when the edge is blocked."""
        ni, nj = i + d[0], j + d[1]
        if not (0 <= ni < len(self.xs) and 0 <= nj < len(self.ys)):
            return None
        cost = self._row(self.ys[j])[min(i, ni)] if d[1] == 0 else self._column(self.xs[i])[min(j, nj)]
        return None if cost is None else (ni, nj, cost)

    def _blocked(self, x0: float, y0: float, x1: float, y1: float, ends: tuple[Shape, Shape]) -> bool:
        """A stub edge (out of or into an end symbol): blocked by everything but the end symbols."""
        seg = Rect(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        if any(_cuts_rect(seg, _grow(s.rect, self.clear - 0.5)) for s in self.shapes if s not in ends):
            return True
        if any(_cuts_rect(seg, box) for box in self.texts):
            return True
        return self._on_lines(x0, y0, x1, y1)

    def _on_lines(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        for a, b in self.lines:
            if y0 == y1 and a[1] == b[1] and abs(a[1] - y0) < SEPARATION and _overlap(a[0], b[0], x0, x1):
                return True
            if x0 == x1 and a[0] == b[0] and abs(a[0] - x0) < SEPARATION and _overlap(a[1], b[1], y0, y1):
                return True
        return False

    def _row(self, y: float) -> list[float | None]:
        """The cost of each edge of the horizontal track at ``y`` (None: blocked)."""
        kept = self._rows.get(y)
        if kept is None:
            kept = self._rows[y] = self._track(self.xs, y, 0)
        return kept

    def _column(self, x: float) -> list[float | None]:
        kept = self._columns.get(x)
        if kept is None:
            kept = self._columns[x] = self._track(self.ys, x, 1)
        return kept

    def _track(self, along: list[float], at: float, axis: int) -> list[float | None]:
        """Edge costs along the track at ``at`` (a y for ``axis`` 0, an x for 1) over the
        coordinates ``along``."""
        costs: list[float | None] = [b - a for a, b in itertools.pairwise(along)]
        other = 1 - axis
        borders = self.border_ys if axis == 0 else self.border_xs
        if any(abs(at - b) < EPS + 0.5 for b in borders):
            return [None] * len(costs)

        def block(lo: float, hi: float) -> None:
            for e in range(max(0, bisect_right(along, lo) - 1), min(len(costs), bisect_left(along, hi))):
                if along[e] < hi and along[e + 1] > lo:
                    costs[e] = None

        for s in self.shapes:
            r = _grow(s.rect, self.clear - 0.5)
            span = (r.y, r.bottom) if axis == 0 else (r.x, r.right)
            if span[0] < at < span[1]:
                block(*((r.x, r.right) if axis == 0 else (r.y, r.bottom)))
        for box in self.texts:
            span = (box.y, box.bottom) if axis == 0 else (box.x, box.right)
            if span[0] < at < span[1]:
                block(*((box.x, box.right) if axis == 0 else (box.y, box.bottom)))
        for a, b in self.lines:
            if a[other] == b[other] and abs(a[other] - at) < SEPARATION:
                block(min(a[axis], b[axis]) - 0.5, max(a[axis], b[axis]) + 0.5)
        for a, b in self.crossed:
            if a[axis] == b[axis] and min(a[other], b[other]) < at < max(a[other], b[other]):
                e = bisect_right(along, a[axis]) - 1
                if 0 <= e < len(costs) and costs[e] is not None and along[e] < a[axis] < along[e + 1]:
                    costs[e] = (costs[e] or 0.0) + CROSS
        return costs


def _find(values: list[float], v: float) -> int | None:
    i = bisect_left(values, v - 0.3)
    return i if i < len(values) and abs(values[i] - v) <= 0.3 else None


def _grow(r: Rect, by: float) -> Rect:
    return Rect(r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by)


def _cuts_rect(seg: Rect, box: Rect) -> bool:
    """True if the orthogonal segment spanning ``seg`` passes through the inside of ``box``."""
    return seg.x < box.right and box.x < seg.right and seg.y < box.bottom and box.y < seg.bottom if seg.w and seg.h \
        else (box.x < seg.x < box.right and seg.y < box.bottom and box.y < seg.bottom) if seg.w == 0 \
        else (box.y < seg.y < box.bottom and seg.x < box.right and box.x < seg.right)


def _overlap(a: float, b: float, c: float, d: float) -> bool:
    return min(max(a, b), max(c, d)) - max(min(a, b), min(c, d)) > 0.5
