"""Flowchart symbols drawn on a scanned page, by their outline (OpenCV contours).

Two kinds of drawing are looked for: an outlined symbol (its inside is a white hole in the
ink, so a connector touching it does not change its outline) and a filled symbol (a dark
blob, once the thin lines touching it are opened away). Each outline is judged by the same
rule as a PDF's drawn outlines (`geometry.outline_kind`: terminator, process, decision,
connector). What is not found is not invented: the recogniser leaves that lane empty and
the import report says so.

Sizes are in pixels of the page image; ``dpi`` gives the scale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sopdesk.io.importers.geometry import outline_kind
from sopdesk.io.importers.grid import Point
from sopdesk.io.importers.scan_grid import PixelBox, load_cv2

if TYPE_CHECKING:
    import numpy as np

MIN_WIDTH = 14.0  # points: a symbol is at least this wide (a capital letter is narrower)
MIN_HEIGHT = 7.0  # points
MAX_WIDTH = 150.0  # points: wider is a table cell or a text block
MAX_HEIGHT = 80.0  # points
DARK = 160  # grey level (0-255) under which a filled symbol's ink is (gradient fills reach 150)
MARGIN = 2.0  # points: a symbol keeps at least this far from its cell's rules


def symbols(gray: np.ndarray, ink: np.ndarray, cells: list[PixelBox], dpi: int) -> list[tuple[str, PixelBox]]:
    """``(kind, box)`` of each symbol on the page: ``gray`` the upright page, ``ink`` its binary
    image (ink black), ``cells`` the table cells: a symbol lies inside one, clear of its rules
    (an outline touching a rule is a cell, or the space a connector closes off in a cell)."""
    found: list[tuple[str, PixelBox]] = []
    margin = round(MARGIN * dpi / 72)
    for outline in [*_holes(ink), *_blobs(gray, dpi)]:
        box = _box(outline)
        if not _sized(box, dpi) or not any(_inside(box, c, margin) for c in cells) \
                or any(_overlap(box, b) > 0.5 for _, b in found):
            continue
        kind = _kind(outline, box)
        if kind is not None:
            found.append((kind, box))
    return found


def _kind(outline: list[Point], box: PixelBox) -> str | None:
    """`outline_kind`, with a box's corners looked at: a terminator (capsule, oval, a box
    rounded to half its height) leaves at least three of its four corners empty, a process
    box (square or slightly rounded corners) none, an off-page connector its two lower ones.
    The corner point is inset a tenth of the box's height both ways: empty only when the
    rounding's radius exceeds a third of it."""
    kind = outline_kind(outline)
    if kind not in ("process", "terminator"):
        return kind
    import numpy as np

    cv2 = load_cv2()
    contour = np.array(outline, dtype=np.float32).reshape(-1, 1, 2)
    d = max(2.0, 0.1 * min(box[2] - box[0], box[3] - box[1]))
    corners = [(box[0] + d, box[1] + d), (box[2] - d, box[1] + d), (box[0] + d, box[3] - d), (box[2] - d, box[3] - d)]
    empty = [cv2.pointPolygonTest(contour, p, False) < 0 for p in corners]
    if empty == [False, False, True, True]:
        return "connector"  # narrowing downwards: the off-page pentagon or trapezoid
    return "terminator" if sum(empty) >= 3 else "process"


def _holes(ink: np.ndarray) -> list[list[Point]]:
    cv2 = load_cv2()
    contours, hierarchy = cv2.findContours(255 - ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    if hierarchy is None:
        return []
    return [_points(c) for c, h in zip(contours, hierarchy[0], strict=True) if h[3] >= 0]


def _blobs(gray: np.ndarray, dpi: int) -> list[list[Point]]:
    cv2 = load_cv2()
    _, dark = cv2.threshold(gray, DARK, 255, cv2.THRESH_BINARY_INV)
    size = max(3, round(dpi / 30))
    opened = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    contours, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return [_points(c) for c in contours]


def _points(contour: np.ndarray) -> list[Point]:
    return [(float(p[0][0]), float(p[0][1])) for p in contour]


def _box(points: list[Point]) -> PixelBox:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys)))


def _sized(box: PixelBox, dpi: int) -> bool:
    width, height = (box[2] - box[0]) * 72 / dpi, (box[3] - box[1]) * 72 / dpi
    return MIN_WIDTH <= width <= MAX_WIDTH and MIN_HEIGHT <= height <= MAX_HEIGHT


def _inside(box: PixelBox, cell: PixelBox, margin: int) -> bool:
    return (box[0] >= cell[0] + margin and box[1] >= cell[1] + margin and box[2] <= cell[2] - margin
            and box[3] <= cell[3] - margin)


def _overlap(a: PixelBox, b: PixelBox) -> float:
    """Intersection over the smaller box's area (0..1)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])), 1)
