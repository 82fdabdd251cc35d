"""The ruled tables of a scanned page, through img2table (OpenCV).

img2table finds the ruling lines of the page; a flowchart's own lines (the connectors
between symbols) are found too, and would cut rows in two. So before img2table builds the
cells, a horizontal line is kept only when both its ends meet a long vertical line (a
column rule) and it spans at least `LONG_RULE` of the page, and a vertical line only when
both its ends meet a kept horizontal line: a connector ends at a symbol or an arrow head,
a rule at another rule. Pieces of a rule cut where a connector crosses it are joined, and
a border too faint to be found is drawn where three long rules end.

Images are grey-scale ``numpy`` arrays (``uint8``); cell boxes come back in pixels
``(left, top, right, bottom)``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

PixelBox = tuple[int, int, int, int]
LONG_RULE = 0.12  # a line at least this share of the page's height (width) is a column (row) rule


def load_cv2() -> Any:
    """The ``cv2`` module. opencv-python's Linux wheels point ``QT_QPA_PLATFORM_PLUGIN_PATH``
    and ``QT_QPA_FONTDIR`` at their own Qt 5 on import, which would break sopdesk's Qt 6
    (and any program started afterwards): those variables are put back as they were."""
    saved = {k: os.environ.get(k) for k in ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")}
    import cv2

    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    return cv2


def line_type() -> Any:
    """img2table's ``Line`` (``x1, y1, x2, y2, thickness``), imported after `load_cv2`."""
    load_cv2()
    from img2table.tables.types import Line

    return Line


def binary(gray: np.ndarray) -> np.ndarray:
    """Black ink on white (0/255) from a grey scan, by a local mean (shading and uneven
    lighting do not swallow thin grey rules)."""
    cv2 = load_cv2()
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 31, 8)


def flattened(gray: np.ndarray, dpi: int) -> np.ndarray:
    """``gray`` with its background made white: shaded label bands and uneven lighting are
    divided out (the background is the page closed over a window wider than a letter), so
    Tesseract's own global threshold keeps the text printed on a grey band."""
    cv2 = load_cv2()
    size = max(15, round(dpi / 8)) | 1
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    return cv2.divide(gray, background, scale=255)


def deskewed(gray: np.ndarray) -> np.ndarray:
    """``gray`` turned by its small skew (a sheet laid crooked on the scanner), up to 45 degrees.

    The skew is estimated by img2table on the binary image (`binary`): on the grey scan its
    global threshold sees too little of the text to judge it."""
    load_cv2()  # before img2table imports it
    from img2table.document.rotation import (
        estimate_skew,
        get_connected_components,
        get_relevant_angles,
        rotate_img_with_border,
    )

    centroids, height, ink = get_connected_components(img=binary(gray))
    if len(centroids) < 2:
        return gray
    angle = estimate_skew(angles=get_relevant_angles(centroids=centroids, ref_height=height), thresh=ink)
    if abs(angle) < 0.25:
        return gray
    return rotate_img_with_border(img=gray, angle=angle, background_color=(255,))


def tables(ink: np.ndarray) -> list[tuple[PixelBox, list[PixelBox]]]:
    """Each ruled table of the binary page ``ink`` as ``(outline, cells)``; a merged cell
    is one cell, cells top to bottom then left to right."""
    return tables_and_rules(ink)[0]


def tables_and_rules(ink: np.ndarray) -> tuple[list[tuple[PixelBox, list[PixelBox]]], list[PixelBox]]:
    """`tables`, and the table rules they were built from as ``(x1, y1, x2, y2)`` (a level or
    upright line each; the flowchart's connectors are not among them)."""
    cv2 = load_cv2()
    from img2table.tables.bordered import extract_bordered_tables
    from img2table.tables.extractor import TableExtractor

    found = TableExtractor(img=cv2.cvtColor(ink, cv2.COLOR_GRAY2RGB))
    if found.characteristics is None:
        return [], []
    tol = 1.5 * found.characteristics.char_length
    horizontal, vertical = straightened(found.lines)
    wide, tall = LONG_RULE * ink.shape[1], LONG_RULE * ink.shape[0]
    horizontal = joined(horizontal, 2 * tol, wide, across=False)
    vertical = joined(vertical, 2 * tol, tall, across=True)
    long_h = [h for h in horizontal if h.x2 - h.x1 >= wide]
    long_v = [v for v in vertical if v.y2 - v.y1 >= tall]
    horizontal, vertical = horizontal + borders(long_v, tol, across=False), vertical + borders(long_h, tol, across=True)
    horizontal, vertical = rules(horizontal, vertical, tol, tall, wide)
    out = []
    for table in extract_bordered_tables(found.characteristics.contours, horizontal, vertical,
                                         found.characteristics.char_length):
        cells = sorted({(c.x1, c.y1, c.x2, c.y2) for row in table.rows for c in row.cells},
                       key=lambda b: (b[1], b[0]))
        out.append(((table.x1, table.y1, table.x2, table.y2), cells))
    return out, [(line.x1, line.y1, line.x2, line.y2) for line in horizontal + vertical]


def straightened(lines: list[Any]) -> tuple[list[Any], list[Any]]:
    """img2table's lines as horizontal and vertical lines: a line a few pixels off level (a
    scan's leftover skew) is laid level at its mean height (img2table itself keeps only
    lines exactly level or upright, and a row rule 1,200 pixels long drifts by two)."""
    make = line_type()

    horizontal, vertical = [], []
    for line in lines:
        dx, dy = abs(line.x2 - line.x1), abs(line.y2 - line.y1)
        if dx >= dy and dy <= max(3, dx // 100):
            y = (line.y1 + line.y2) // 2
            horizontal.append(make(x1=min(line.x1, line.x2), y1=y, x2=max(line.x1, line.x2), y2=y,
                                   thickness=line.thickness))
        elif dy > dx and dx <= max(3, dy // 100):
            x = (line.x1 + line.x2) // 2
            vertical.append(make(x1=x, y1=min(line.y1, line.y2), x2=x, y2=max(line.y1, line.y2),
                                 thickness=line.thickness))
    return horizontal, vertical


def joined(lines: list[Any], gap: float, long: float, *, across: bool) -> list[Any]:
    """Pieces of one rule joined: level (``across`` False: upright) lines on one height
    (within 4 pixels) with at most ``gap`` pixels between them are one line when one of the
    two is at least ``long`` pixels (a rule is cut where a connector crosses it; a row of
    words, seen as short lines, is not joined into a rule)."""
    make = line_type()

    def key(line: Any) -> tuple[int, int, int]:
        return (line.x1, line.y1, line.y2) if across else (line.y1, line.x1, line.x2)

    out: list[Any] = []
    for line in sorted(lines, key=key):
        at, start, end = key(line)
        if out and abs(key(out[-1])[0] - at) <= 4 and start - key(out[-1])[2] <= gap \
                and max(end - start, key(out[-1])[2] - key(out[-1])[1]) >= long:
            last = out[-1]
            at0, start0, end0 = key(last)
            start, end = min(start, start0), max(end, end0)
            out[-1] = (make(x1=at0, y1=start, x2=at0, y2=end, thickness=last.thickness) if across
                       else make(x1=start, y1=at0, x2=end, y2=at0, thickness=last.thickness))
        else:
            out.append(line)
    return out


def borders(lines: list[Any], tol: float, *, across: bool) -> list[Any]:
    """Table borders the scan lost (too faint to be found), drawn where at least three long
    rules end (connectors are short, so they draw none): ``across`` True gives upright
    borders from level ``lines``' ends, False level ones."""
    make = line_type()

    ends = sorted([(line.x1 if across else line.y1, line) for line in lines]
                  + [(line.x2 if across else line.y2, line) for line in lines], key=lambda e: e[0])
    out = []
    group: list[tuple[int, Any]] = []
    for end in [*ends, (10**9, None)]:
        if group and end[0] - group[0][0] > tol:
            if len(group) >= 3:
                at = sorted(e[0] for e in group)[len(group) // 2]
                low = min(ln.y1 if across else ln.x1 for _, ln in group)
                high = max(ln.y2 if across else ln.x2 for _, ln in group)
                out.append(make(x1=at, y1=low, x2=at, y2=high) if across else make(x1=low, y1=at, x2=high, y2=at))
            group = []
        group.append(end)
    return out


def rules(horizontal: list[Any], vertical: list[Any], tol: float, long: float,
          wide: float = 0.0) -> tuple[list[Any], list[Any]]:
    """The table rules among img2table's lines (objects with ``x1, y1, x2, y2``): see the
    module docstring; a level rule is also at least ``wide`` long (a connector between two
    symbols that fill their lanes ends near the lanes' rules, but spans a lane or two).
    ``tol``, ``long`` and ``wide`` in pixels."""
    anchors = [v for v in vertical if abs(v.y2 - v.y1) >= long]
    kept_h = [h for h in horizontal if abs(h.x2 - h.x1) >= wide
              and _meets(min(h.x1, h.x2), h.y1, anchors, vertical=True, tol=tol)
              and _meets(max(h.x1, h.x2), h.y1, anchors, vertical=True, tol=tol)]
    kept_v = [v for v in vertical if _meets(v.x1, min(v.y1, v.y2), kept_h, vertical=False, tol=tol)
              and _meets(v.x1, max(v.y1, v.y2), kept_h, vertical=False, tol=tol)]
    return kept_h, kept_v


def _meets(x: float, y: float, lines: list[Any], *, vertical: bool, tol: float) -> bool:
    """True when the point ``(x, y)`` lies on one of ``lines`` (within ``tol``)."""
    for line in lines:
        if vertical and abs(line.x1 - x) <= tol and min(line.y1, line.y2) - tol <= y <= max(line.y1, line.y2) + tol:
            return True
        if not vertical and abs(line.y1 - y) <= tol and min(line.x1, line.x2) - tol <= x <= max(line.x1, line.x2) + tol:
            return True
    return False
