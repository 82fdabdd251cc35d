"""Plain geometry for the readers: symbol kind from a drawn outline, arrow heads, wires.

Shapes are judged on their points normalised to their bounding box (0..1 both ways):
a diamond has its vertices at the middle of each side, a terminator (capsule or rounded
ends) reaches its left and right sides only near mid-height (or, standing upright in a
narrow lane, its top and bottom only near the middle), a pentagon (off-page connector) has a
point at the middle of its bottom side, anything else boxy is a process. A symbol is at
least `MIN_SYMBOL` points long and half that wide (a narrow lane draws narrow boxes).
"""

from __future__ import annotations

from collections.abc import Sequence

from sopdesk.io.importers.grid import Arrow, Box, Point

MAX_HEAD = 12.0  # points: an arrow head is smaller than this both ways
MIN_HEAD_WIDTH = 1.5  # points: a head drawn as one triangle is at least this wide across its longest side
MIN_SYMBOL = 9.0  # points: a symbol is at least this long, and half this wide
TOUCH = 2.5  # points: wire pieces this close are joined
SPECK = 2.0  # points: a wire piece at most this big both ways is a speck where pieces meet
MAX_FOUND = 6  # an arrow is at most this many times `trace_arrows`' max_pieces pieces, small ones included


def polygon_area(pts: Sequence[Point]) -> float:
    """Absolute area (points²) of the polygon through ``pts`` (closed implicitly)."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(pts, [*pts[1:], pts[0]], strict=True):
        total += x0 * y1 - x1 * y0
    return abs(total) / 2


def bounds(pts: Sequence[Point]) -> Box:
    """The bounding box of ``pts``."""
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return Box(min(xs), min(ys), max(xs), max(ys))


def outline_kind(pts: Sequence[Point]) -> str | None:
    """The symbol kind of a closed outline, or ``None`` when it is not a symbol (a wire,
    an arrow head, a hairline). Kinds: ``decision``, ``connector``, ``terminator``, ``process``."""
    box = bounds(pts)
    if max(box.width, box.height) < MIN_SYMBOL or min(box.width, box.height) < MIN_SYMBOL / 2:
        return None
    norm = [((x - box.x0) / box.width, (y - box.top) / box.height) for x, y in pts]
    area = polygon_area(pts) / (box.width * box.height)
    if 0.4 <= area <= 0.6 and all(_near(norm, c, 0.08) for c in ((0.5, 0.0), (1.0, 0.5), (0.5, 1.0), (0.0, 0.5))):
        return "decision"
    if area < 0.35:
        return None
    if _near(norm, (0.5, 1.0)) and _near(norm, (0.0, 0.0)) and _near(norm, (1.0, 0.0)) and not _near(norm, (0.0, 1.0)):
        return "connector"
    on_left = [y for x, y in norm if x < 0.04]
    on_top = [x for x, y in norm if y < 0.04]
    if any(side and min(side) > 0.25 and max(side) < 0.75 for side in (on_left, on_top)):
        return "terminator"
    return "process"


def _near(norm: Sequence[Point], target: Point, tolerance: float = 0.1) -> bool:
    return any(abs(x - target[0]) <= tolerance and abs(y - target[1]) <= tolerance for x, y in norm)


def head_of(pts: Sequence[Point]) -> tuple[Point, Point] | None:
    """``(tip, base middle)`` when ``pts`` is a small filled triangle (an arrow head)."""
    box = bounds(pts)
    if box.width > MAX_HEAD or box.height > MAX_HEAD or max(box.width, box.height) < 2:
        return None
    corners: list[Point] = []
    for p in pts:
        if all(abs(p[0] - q[0]) > 0.3 or abs(p[1] - q[1]) > 0.3 for q in corners):
            corners.append(p)
    if len(corners) != 3:
        return _open_head(pts)
    sides = [(_dist(corners[(i + 1) % 3], corners[(i + 2) % 3]), i) for i in range(3)]
    if 2 * polygon_area(corners) / max(sides)[0] < MIN_HEAD_WIDTH:
        return None  # a sliver: a piece of a head drawn in pieces (`heads.piece_heads`)
    _, tip_index = min(sides)
    a, b = (corners[(tip_index + 1) % 3], corners[(tip_index + 2) % 3])
    return corners[tip_index], ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _open_head(pts: Sequence[Point]) -> tuple[Point, Point] | None:
    """``(tip, tip)`` when ``pts`` outline an open "V" head (two strokes drawn as one filled
    shape): its hull is a triangle (hull points closer than 1.5 points make one corner) that
    the outline fills less than 60 % of. The arms end square (two hull points each), the tip
    is one point; the shaft ends at the tip, so the tip is also where its wire is looked for."""
    hull = _hull(pts)
    corners: list[list[Point]] = []
    for p in hull:
        near = [c for c in corners if _dist(p, c[0]) <= 1.5]
        if near:
            near[0].append(p)
        else:
            corners.append([p])
    if len(corners) != 3 or polygon_area(pts) >= 0.6 * polygon_area(hull):
        return None
    tips = [c[0] for c in corners if len(c) == 1]
    return (tips[0], tips[0]) if len(tips) == 1 else None


def _hull(pts: Sequence[Point]) -> list[Point]:
    """The convex hull of ``pts``, counter-clockwise (monotone chain)."""
    ordered = sorted(set(pts))
    if len(ordered) < 3:
        return ordered

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for chain, seq in ((lower, ordered), (upper, ordered[::-1])):
        for p in seq:
            while len(chain) >= 2 and turn(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
    return lower[:-1] + upper[:-1]


def _dist(a: Point, b: Point) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return _dist(p, (a[0] + t * dx, a[1] + t * dy))


def _touches(a: Sequence[Point], b: Sequence[Point]) -> bool:
    if len(b) == 1:
        return any(_dist(p, b[0]) <= TOUCH for p in a)
    return any(segment_distance(p, b[i], b[i + 1]) <= TOUCH for p in a for i in range(len(b) - 1))


def centre_line(box: Box) -> list[Point]:
    """The line along the middle of a thin box (a stroke drawn as a filled shape or a picture),
    along its long side: two points."""
    x, y = box.centre
    return [(box.x0, y), (box.x1, y)] if box.width >= box.height else [(x, box.top), (x, box.bottom)]


def grown(box: Box, by: float = TOUCH) -> Box:
    """``box`` grown by ``by`` points on every side."""
    return Box(box.x0 - by, box.top - by, box.x1 + by, box.bottom + by)


def meet(a: Box, b: Box) -> bool:
    """True when boxes ``a`` and ``b`` overlap or touch."""
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.top <= b.bottom and b.top <= a.bottom


def trace_arrows(heads: Sequence[tuple[Point, Point]], wires: Sequence[Sequence[Point]],
                 max_pieces: int = 12) -> list[Arrow]:
    """Follow each arrow head's wire back to its far end.

    ``heads`` are ``(tip, base)`` pairs, ``wires`` polylines (points). The wire pieces
    touching the head's base, and those touching them, make the arrow (at most
    ``max_pieces`` longer than `MAX_HEAD` points: more means the search ran into the table's
    rules; the head's pieces and the specks where a Word arrow's pieces meet are not counted,
    up to `MAX_FOUND` times ``max_pieces`` pieces in all); its tail is the point farthest
    from the tip.
    """
    arrows = []
    boxes = [grown(bounds(w)) for w in wires if w]
    for tip, base in heads:
        found: list[Sequence[Point]] = []
        counted = 0
        frontier: list[tuple[Sequence[Point], Box]] = [([base], grown(bounds([base])))]
        rest = [(w, box) for w, box in zip([w for w in wires if w], boxes, strict=True)]
        while frontier and counted <= max_pieces and len(found) <= MAX_FOUND * max_pieces:
            current, near = frontier.pop()
            joined = [(w, box) for w, box in rest
                      if meet(near, box) and (_touches(current, w) or _touches(w, current))]
            rest = [(w, box) for w, box in rest if not any(w is j for j, _ in joined)]
            for w, box in joined:
                if counted <= max_pieces:
                    found.append(w)
                    counted += max(box.width, box.height) > MAX_HEAD + 2 * TOUCH
            frontier.extend(joined)
        points = [p for w in found for p in w] or [base]
        tail = max(points, key=lambda p: _dist(p, tip))
        arrows.append(Arrow(tail=tail, tip=tip, path=tuple(points)))
    return arrows
