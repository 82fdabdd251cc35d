"""Arrows drawn on a scanned page, by OpenCV: the wires between the symbols found, and
their heads for direction.

The page's binary ink loses the table's rules (a band along every cell edge, bridged again
where a wire crosses it) and the symbols (their boxes, grown a little); what is left and
touches two symbols or more is a wire. At each symbol a wire touches, its last few points
tell a head from a plain end: an arrow head (a filled triangle or an open chevron) is at
least `HEAD_WIDTH` across the wire just outside the symbol and narrows to the line's own
width further out. Each head gives one `Arrow` whose tip is at the symbol it points to and
whose path is the whole wire, so the recogniser (`arrows.link_page`) finds its source as
for a PDF (the symbols the path touches, less the other heads' targets of the same wire).
A wire without a head found, or cut where the scan lost its ink, gives no arrow: the
recogniser then guesses the flow to the next step and the import report says so.

Images are ``numpy`` arrays (``uint8``, ink 0 on white 255); boxes are in pixels
``(left, top, right, bottom)``; ``dpi`` gives the scale; arrows come back in points.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sopdesk.io.importers.grid import Arrow, Point
from sopdesk.io.importers.scan_grid import PixelBox, load_cv2

if TYPE_CHECKING:
    import numpy as np

RULE_BAND = 2.0  # points either side of a cell edge taken away as the table's rule
SYMBOL_GROW = 2.5  # points: a symbol's box grown by this before it is taken away (its outline)
REACH = 4.0  # points: a wire ending this close to a symbol's (grown) box touches it
HEAD_LENGTH = 6.0  # points: an arrow head's length along its wire
HEAD_WIDTH = 3.0  # points: an arrow head is at least this wide across its wire
SHAFT_SHARE = 0.6  # a head's wire, further out, is at most this share of the head's width
MIN_WIRE = 6.0  # points: a piece of ink shorter both ways is a speck, not a wire
PATH_STEP = 2.0  # points between the points kept of a wire's path


def arrows(ink: np.ndarray, edges: list[PixelBox], symbols: list[PixelBox], dpi: int) -> list[Arrow]:
    """The arrows between ``symbols`` on the binary page ``ink`` whose table rules and cells
    are ``edges`` (boxes whose four sides are rules; a rule is a box of no width or height);
    see the module docstring. Points are page points (72 per inch)."""
    cv2 = load_cv2()
    import numpy as np

    px = dpi / 72
    grown = [_clear(ink, b, round(SYMBOL_GROW * px)) for b in symbols]
    wires = _wires(ink, edges, grown, px)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(wires, connectivity=8)
    out: list[Arrow] = []
    for k in range(1, count):
        left, top, width, height, _area = (int(v) for v in stats[k])
        if max(width, height) < MIN_WIRE * px:
            continue
        ys, xs = np.nonzero(labels[top:top + height, left:left + width] == k)
        xs, ys = xs + left, ys + top
        touched = [(b, g) for b, g in zip(symbols, grown, strict=True) if _distances(g, xs, ys).min() <= REACH * px]
        if len(touched) < 2:
            continue
        tips = [_onto(b, tip) for b, g in touched if (tip := _head(g, xs, ys, px)) is not None]
        if tips:
            ends = [_onto(b, _closest(g, xs, ys)) for b, g in touched]
            out += _arrows(tips, _path(xs, ys, px, ends), px)
    return out


def _closest(box: PixelBox, xs: np.ndarray, ys: np.ndarray) -> Point:
    """The wire's point nearest ``box``."""
    i = int(_distances(box, xs, ys).argmin())
    return (float(xs[i]), float(ys[i]))


def _onto(box: PixelBox, p: Point) -> Point:
    """The point of ``box`` nearest ``p``: where the wire meets the symbol it touches (the
    recogniser joins an arrow to the symbols its ends and path reach)."""
    return (min(max(p[0], box[0]), box[2]), min(max(p[1], box[1]), box[3]))


def _wires(ink: np.ndarray, edges: list[PixelBox], symbols: list[PixelBox], px: float) -> np.ndarray:
    """White-on-black mask of the ink that is neither a table rule nor a symbol."""
    cv2 = load_cv2()

    import numpy as np

    mask = 255 - ink
    rules = np.zeros(mask.shape, dtype=bool)
    band = max(2, round(RULE_BAND * px))
    for left, top, right, bottom in edges:
        rules[max(top - band, 0):top + band + 1, left:right + 1] = True
        rules[max(bottom - band, 0):bottom + band + 1, left:right + 1] = True
        rules[top:bottom + 1, max(left - band, 0):left + band + 1] = True
        rules[top:bottom + 1, max(right - band, 0):right + band + 1] = True
    mask[rules] = 0
    bridge = 2 * band + 3  # a wire crossing a rule is joined again across the band taken away, only there
    joined = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, bridge)))
    joined = cv2.morphologyEx(joined, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (bridge, 1)))
    mask[rules] = joined[rules]
    for left, top, right, bottom in symbols:
        mask[max(top, 0):bottom + 1, max(left, 0):right + 1] = 0
    return mask


def _grow(box: PixelBox, by: int) -> PixelBox:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _clear(ink: np.ndarray, box: PixelBox, by: int) -> PixelBox:
    """``box`` grown until its edge is mostly white, then by ``by`` pixels: a symbol's box
    (found inside its outline, or in its darkest fill) grown over its own outline and fill,
    by at most ``3 * by`` pixels before the ``by``."""
    for _ in range(3 * by):
        left, top, right, bottom = (max(box[0], 0), max(box[1], 0), min(box[2], ink.shape[1] - 1),
                                    min(box[3], ink.shape[0] - 1))
        edge = [ink[top, left:right + 1], ink[bottom, left:right + 1], ink[top:bottom + 1, left],
                ink[top:bottom + 1, right]]
        if sum(int((e < 128).sum()) for e in edge) < 0.5 * sum(e.size for e in edge):
            break
        box = _grow(box, 1)
    return _grow(box, by)


def _outside(box: PixelBox, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How far each point lies outside ``box`` across (x) and down (y); 0 within its span."""
    import numpy as np

    dx = np.maximum(np.maximum(box[0] - xs, xs - box[2]), 0)
    dy = np.maximum(np.maximum(box[1] - ys, ys - box[3]), 0)
    return dx, dy


def _distances(box: PixelBox, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    import numpy as np

    dx, dy = _outside(box, xs, ys)
    return np.hypot(dx, dy)


def _head(box: PixelBox, xs: np.ndarray, ys: np.ndarray, px: float) -> Point | None:
    """The tip (pixels) of the wire's head at ``box``, or ``None`` when the wire ends there
    plainly. The wire enters through the side with most of its points near the box; across
    that side, the points within `HEAD_LENGTH` of it are at least `HEAD_WIDTH` wide and the
    points a head's length further out at most `SHAFT_SHARE` of that."""
    dx, dy = _outside(box, xs, ys)
    length, width = HEAD_LENGTH * px, HEAD_WIDTH * px
    sides = [(dx, dy, ys), (dy, dx, xs)]  # through a left/right side: across is y; top/bottom: x
    along, beside, across = max(sides, key=lambda s: int(((s[0] > 0) & (s[0] <= length) & (s[1] == 0)).sum()))
    near = (along > 0) & (along <= length) & (beside == 0)
    if not near.any():
        return None
    wide = float(across[near].max() - across[near].min())
    if wide < width or _shaft(along, beside, across, length) > SHAFT_SHARE * wide:
        return None
    closest = near & (along == along[near].min())
    return (float(xs[closest].mean()), float(ys[closest].mean()))


def _shaft(along: np.ndarray, beside: np.ndarray, across: np.ndarray, length: float) -> float:
    """The wire's width (pixels) behind its head: the narrowest of three slices, each half a
    head long, past the head (a bend or a crossed rule widens one of them, not all)."""
    widths = []
    for i in range(3):
        start = length * (1 + i / 2)
        inside = (along > start) & (along <= start + length / 2) & (beside == 0)
        if inside.any():
            widths.append(float(across[inside].max() - across[inside].min()))
    return min(widths, default=0.0)


def _arrows(tips: list[Point], path: tuple[Point, ...], px: float) -> list[Arrow]:
    """One `Arrow` per head tip (pixels) of one wire, in points, sharing the wire's ``path``."""
    out = []
    for x, y in tips:
        tip = (x / px, y / px)
        tail = max(path, key=lambda p: (p[0] - tip[0]) ** 2 + (p[1] - tip[1]) ** 2)
        out.append(Arrow(tail=tail, tip=tip, path=path))
    return out


def _path(xs: np.ndarray, ys: np.ndarray, px: float, ends: list[Point]) -> tuple[Point, ...]:
    """The wire's points every `PATH_STEP` (points) and its ``ends`` on the symbols it meets
    (pixels), in points, in the order a walk to the nearest point not yet visited gives (so
    the path's segments follow the wire)."""
    import numpy as np

    step = PATH_STEP * px
    kept = np.unique(np.stack([np.round(xs / step), np.round(ys / step)], axis=1), axis=0) * step
    kept = np.concatenate([np.array(ends, dtype=float).reshape(-1, 2), kept])
    order = [0]
    left = np.ones(len(kept), dtype=bool)
    left[0] = False
    while left.any():
        last = kept[order[-1]]
        d = np.where(left, np.hypot(kept[:, 0] - last[0], kept[:, 1] - last[1]), np.inf)
        nxt = int(d.argmin())
        order.append(nxt)
        left[nxt] = False
    return tuple((float(kept[i][0] / px), float(kept[i][1] / px)) for i in order)
