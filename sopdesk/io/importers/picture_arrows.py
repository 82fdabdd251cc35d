"""Arrows of a flowchart pasted as one picture (a screenshot over the lane columns).

The picture's ink (its transparency mask, else its dark grey pixels; 0..255 per pixel) less
the symbols (the coloured regions of `pictures.coloured_regions`) leaves the connectors: each
8-connected run of ink touching two or more symbols is one wire. At the end where it points,
the wire thickens into its head: next to the symbol (`HEAD` steps along it) it carries more
ink per step than a little farther on (`LINE`), by `HEAD_RATIO` times more than at the wire's
plainest end, its tail. A wire whose ends cannot be told apart is left out.
All coordinates here are pixels of the picture.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from sopdesk.io.importers.pictures import pixel_runs

Pixel = tuple[int, int]
Region = tuple[int, int, int, int]  # x0, y0, x1, y1 (x1, y1 exclusive)

INK = 5  # alpha (0..255) of a drawn pixel (a line printed light grey has about 8)
DARK = 110  # HSV value (0..255) under which a grey pixel is ink, for a picture without mask
GREY = 60  # HSV saturation (0..255) under which a pixel is grey, not coloured
CLEAR = 1  # pixels round a symbol set aside (its shadow and edge)
TOUCH = 2  # pixels: a wire this close to a symbol touches it
NEAR = 8  # pixels: an end of a wire is its part this close to a symbol
HEAD = (0, 2)  # steps along the wire from the symbol where a head lies
LINE = (4, 7)  # steps along the wire from the symbol where the line goes on
HEAD_RATIO = 1.25  # a head thickens its line at least this much more than the wire's plainest end


def ink_from_alpha(alpha: bytes, width: int, height: int) -> bytes:
    """Ink (0..255 per pixel, row by row) from a transparency mask of ``width × height``
    bytes: the mask itself, its faint edge (under `INK`) dropped."""
    return bytes(a if a >= INK else 0 for a in alpha[:width * height])


def ink_from_rgb(rgb: object) -> bytes:
    """Ink from a Pillow RGB picture on a light ground: its dark grey pixels, darker is more."""
    hsv = rgb.convert("HSV").tobytes()  # type: ignore[attr-defined]
    return bytes(255 - hsv[i + 2] if hsv[i + 2] < DARK and hsv[i + 1] < GREY else 0 for i in range(0, len(hsv), 3))


def picture_arrows(ink: bytes, width: int, height: int,
                   symbols: Sequence[Region]) -> list[tuple[Pixel, Pixel, list[Pixel]]]:
    """``(tail, tip, path)`` of every wire in ``ink`` (``width × height``, row by row) between
    ``symbols``; ``path`` runs from tail to tip pixel by pixel."""
    free = bytearray(ink)
    for x0, y0, x1, y1 in symbols:
        for y in range(max(0, y0 - CLEAR), min(height, y1 + CLEAR)):
            for x in range(max(0, x0 - CLEAR), min(width, x1 + CLEAR)):
                free[y * width + x] = 0
    out = []
    for wire in _components(free, width, height):
        touched = [k for k in range(len(symbols)) if any(_distance(symbols[k], p) <= TOUCH for p in wire)]
        if len(touched) < 2:
            continue
        ratios = {k: _thickening(symbols[k], wire, ink, width) for k in touched}
        source = min(touched, key=lambda k: ratios[k])
        heads = [k for k in touched if ratios[k] >= HEAD_RATIO * ratios[source] and ratios[k] > 0]
        if not heads:
            continue
        tail = min(wire, key=lambda p: _distance(symbols[source], p))
        for k in heads:
            tip = min(wire, key=lambda p: _distance(symbols[k], p))
            out.append((tail, tip, _route(set(wire), tail, tip)))
    return out


def _thickening(region: Region, wire: list[Pixel], ink: bytes, width: int) -> float:
    """Ink per step along the wire next to ``region`` (`HEAD` steps from the pixels touching
    it) over that a little farther on (`LINE` steps): steps are counted through the wire, so
    that a line turning close to the symbol is measured along itself."""
    pixels = set(wire)
    depth = {p: 0 for p in wire if _distance(region, p) <= TOUCH}
    queue = deque(depth)
    while queue:
        p = queue.popleft()
        if depth[p] >= LINE[1]:
            continue
        for q in _neighbours(p):
            if q in pixels and q not in depth:
                depth[q] = depth[p] + 1
                queue.append(q)
    near = sum(ink[y * width + x] for (x, y), d in depth.items() if HEAD[0] <= d <= HEAD[1])
    far = sum(ink[y * width + x] for (x, y), d in depth.items() if LINE[0] <= d <= LINE[1])
    near_mean = near / (HEAD[1] - HEAD[0] + 1)
    far_mean = far / (LINE[1] - LINE[0] + 1)
    return near_mean / far_mean if far_mean else 0.0


def _neighbours(p: Pixel) -> list[Pixel]:
    return [(p[0] + dx, p[1] + dy) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy]


def _components(on: bytearray, width: int, height: int) -> list[list[Pixel]]:
    """The 8-connected runs of set (non-zero) pixels."""
    seen = bytearray(1 if v else 0 for v in on)
    return [[(i % width, i // width) for i in run] for run in pixel_runs(seen, width, height, diagonal=True)]


def _distance(region: Region, p: Pixel) -> int:
    """Pixels from ``p`` to the region (Chebyshev; 0 inside)."""
    x0, y0, x1, y1 = region
    return max(x0 - p[0], 0, p[0] - (x1 - 1), y0 - p[1], p[1] - (y1 - 1))


def _route(pixels: set[Pixel], start: Pixel, end: Pixel) -> list[Pixel]:
    """The shortest 8-connected way from ``start`` to ``end`` through ``pixels``."""
    came: dict[Pixel, Pixel | None] = {start: None}
    queue = deque([start])
    while queue:
        p = queue.popleft()
        if p == end:
            break
        for q in _neighbours(p):
            if q in pixels and q not in came:
                came[q] = p
                queue.append(q)
    path: list[Pixel] = []
    step: Pixel | None = end if end in came else start
    while step is not None:
        path.append(step)
        step = came[step]
    return path[::-1]
