"""Arrow heads not drawn as one triangle (`geometry.head_of` reads those).

Drawn in pieces: a Word arrow printed through Ghostscript often comes as an open "V" whose two
arms are separate thin filled outlines, or as one V outline with rounded ends, with a few
specks where the arms meet the shaft; `piece_heads` reads them from the small pieces that
touch each other.

A head is a cluster of small filled pieces (each at most `geometry.MAX_HEAD` points both ways)
that opens at least `MIN_SPREAD` points across and is at most `MAX_CLUSTER` points both ways,
with a wire (the shaft) ending at it. The shaft's last stretch gives the direction; the tip is
the cluster's point farthest along it, the base is the shaft's end.

Drawn with its shaft: a whole arrow printed as one filled outline (shaft and head, elbows
included, bigger than a head alone); `outline_heads` finds the head as three corners of the outline in a row making a
sharp point between two sides `HEAD_SIDE` long and about as long as each other.
"""

from __future__ import annotations

from collections.abc import Sequence

from sopdesk.io.importers.geometry import bounds, centre_line, grown, meet
from sopdesk.io.importers.grid import Box, Point

MIN_SPREAD = 2.5  # points: a head opens at least this much across its shaft
MIN_LENGTH = 3.5  # points: and reaches at least this far along it
MAX_CLUSTER = 14.0  # points: a head's pieces together are at most this big both ways
SHAFT_REACH = 2.0  # points: a shaft ends this close to its head
MIN_SHAFT = 5.0  # points: a shaft is at least this long
HEAD_SIDE = (2.5, 12.0)  # points: the sides of a head drawn with its shaft, shortest and longest
HEAD_ANGLE = (0.17, 1.0)  # cosine of a head's point: between 80 and 0 degrees
CORNER = 1.2  # points: outline corners this close are one
SIDES_RATIO = 1.6  # a head's two sides differ at most this much (longer over shorter)


def piece_heads(pieces: Sequence[Sequence[Point]], wires: Sequence[Sequence[Point]],
                known: Sequence[tuple[Point, Point]] = ()) -> list[tuple[Point, Point]]:
    """``(tip, base)`` of every head made of ``pieces`` (small filled outlines, as points)
    with a shaft among ``wires`` (polylines); a cluster holding the tip of a ``known`` head
    is skipped."""
    out = []
    for cluster in _clusters(pieces):
        box = bounds(cluster)
        if max(box.width, box.height) > MAX_CLUSTER or max(box.width, box.height) < MIN_LENGTH:
            continue
        if any(grown(box, 1.0).contains(tip) for tip, _ in known):
            continue
        shaft = _shaft(box, wires)
        if shaft is None:
            continue
        end, direction = shaft
        head = _along(cluster, end, direction)
        if head is not None:
            out.append(head)
    return out


def outline_heads(pts: Sequence[Point]) -> list[tuple[Point, Point]]:
    """``(tip, base)`` of each sharp point of a filled outline ``pts`` whose two sides are
    head-sized (`HEAD_SIDE`), within `SIDES_RATIO` of each other, and whose ends are at least
    `HEAD_SIDE` apart: the head of an arrow drawn as one shape with its shaft."""
    corners: list[Point] = []
    for p in pts:
        if not corners or _dist(p, corners[-1]) > CORNER:
            corners.append(p)
    if len(corners) > 3 and _dist(corners[0], corners[-1]) <= CORNER:
        corners.pop()
    out = []
    n = len(corners)
    for i in range(n if n >= 4 else 0):
        a, tip, b = corners[i - 1], corners[i], corners[(i + 1) % n]
        ta, tb, ab = _dist(tip, a), _dist(tip, b), _dist(a, b)
        if not (HEAD_SIDE[0] <= min(ta, tb) and max(ta, tb) <= min(HEAD_SIDE[1], SIDES_RATIO * min(ta, tb))
                and ab >= HEAD_SIDE[0]):
            continue
        cosine = ((a[0] - tip[0]) * (b[0] - tip[0]) + (a[1] - tip[1]) * (b[1] - tip[1])) / (ta * tb)
        if HEAD_ANGLE[0] <= cosine <= HEAD_ANGLE[1]:
            out.append((tip, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)))
    return out


def _clusters(pieces: Sequence[Sequence[Point]]) -> list[list[Point]]:
    """The pieces whose bounding boxes touch (within 0.6 points), joined: their points."""
    boxes = [grown(bounds(p), 0.3) for p in pieces]
    parent = list(range(len(pieces)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(pieces)), key=lambda i: boxes[i].x0)
    for k, i in enumerate(order):
        for j in order[k + 1:]:
            if boxes[j].x0 > boxes[i].x1:
                break
            if meet(boxes[i], boxes[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Point]] = {}
    for i, piece in enumerate(pieces):
        groups.setdefault(root(i), []).extend(piece)
    return list(groups.values())


def _shaft(box: Box, wires: Sequence[Sequence[Point]]) -> tuple[Point, Point] | None:
    """The end of the wire ending nearest to ``box`` (of two as near, the longer) and its
    direction there (a unit vector pointing into the head), or ``None``."""
    best: tuple[tuple[float, float], Point, Point] | None = None
    near = grown(box, SHAFT_REACH)
    for drawn in wires:
        if len(drawn) < 2 or not meet(near, bounds(drawn)):
            continue
        extent = bounds(drawn)
        length = max(extent.width, extent.height)
        if length < MIN_SHAFT:
            continue
        wire = centre_line(extent) if _dist(drawn[0], drawn[-1]) < 1.0 else drawn
        for end, before in ((wire[0], wire[1:]), (wire[-1], wire[-2::-1])):
            if box.distance(end) > SHAFT_REACH:
                continue
            back = next((p for p in before if _dist(p, end) >= 1.0), None)
            if back is None or box.contains(back):
                continue
            d = _dist(end, back)
            direction = ((end[0] - back[0]) / d, (end[1] - back[1]) / d)
            rank = (round(box.distance(end), 1), -length)
            if best is None or rank < best[0]:
                best = (rank, end, direction)
    return None if best is None else (best[1], best[2])


def _along(cluster: Sequence[Point], end: Point, direction: Point) -> tuple[Point, Point] | None:
    """``(tip, base)`` when the cluster lies ahead of the shaft's ``end`` and opens across
    ``direction``; ``None`` when it is a speck or a piece of a wire going on."""
    ux, uy = direction
    ahead = [(p[0] - end[0]) * ux + (p[1] - end[1]) * uy for p in cluster]
    across = [(p[0] - end[0]) * -uy + (p[1] - end[1]) * ux for p in cluster]
    if max(across) - min(across) < MIN_SPREAD or max(ahead) - min(ahead) < MIN_LENGTH:
        return None
    if max(across) < MIN_SPREAD / 2 or min(across) > -MIN_SPREAD / 2:
        return None  # the head opens on both sides of its shaft
    tip = cluster[ahead.index(max(ahead))]
    if max(ahead) < -1.0:
        return None
    return tip, end


def _dist(a: Point, b: Point) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)
