"""Symbols pasted as pictures: their kind from the picture's own pixels.

A Word drawing printed to PDF often becomes small pictures with a transparency mask (the
"soft mask", alpha 0..255 per pixel): the opaque pixels draw the symbol's outline. A diamond
(keputusan) fills about half of its bounding box and leaves its four corners empty; a box,
rounded box or capsule fills most of it. A whole flowchart pasted as one picture (a
screenshot over the lane columns) is read the same way from its coloured regions.
"""

from __future__ import annotations

from typing import Any

OPAQUE = 20  # alpha (0..255): a pixel at least this opaque belongs to the silhouette
CORNER = 0.2  # share of the width and height looked at in each corner
DIAMOND_FILL = 0.7  # a diamond's silhouette fills at most this share of its bounding box


def silhouette_kind(alpha: bytes, width: int, height: int) -> str | None:
    """``"decision"`` for a diamond silhouette, ``"box"`` for anything filling its bounding
    box (rectangle, rounded rectangle, capsule), ``None`` when the mask is empty or too small
    (under 6 × 4 pixels) to judge. ``alpha`` holds ``width × height`` bytes, row by row."""
    if width < 6 or height < 4 or len(alpha) < width * height:
        return None
    rows = [[alpha[y * width + x] >= OPAQUE for x in range(width)] for y in range(height)]
    xs = [x for row in rows for x, on in enumerate(row) if on]
    ys = [y for y, row in enumerate(rows) if any(row)]
    if not xs:
        return None
    x0, x1, y0, y1 = min(xs), max(xs), ys[0], ys[-1]
    w, h = x1 - x0 + 1, y1 - y0 + 1
    if w < 6 or h < 4:
        return None
    filled = sum(rows[y][x] for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)) / (w * h)
    cw, ch = max(1, round(w * CORNER)), max(1, round(h * CORNER))
    corners = [rows[y][x] for y in (*range(y0, y0 + ch), *range(y1 - ch + 1, y1 + 1))
               for x in (*range(x0, x0 + cw), *range(x1 - cw + 1, x1 + 1))]
    if filled <= DIAMOND_FILL and sum(corners) <= 0.1 * len(corners):
        return "decision"
    return "box"


def picture_kind(image: dict[str, Any]) -> str | None:
    """`silhouette_kind` of a pdfplumber image's soft mask (8-bit), ``None`` without one
    or when the mask cannot be decoded."""
    mask = picture_mask(image)
    return None if mask is None else silhouette_kind(*mask)


def picture_mask(image: dict[str, Any]) -> tuple[bytes, int, int] | None:
    """A pdfplumber image's soft mask (8-bit alpha) as ``(bytes, width, height)``, ``None``
    without one or when pdfminer cannot decode it."""
    from pdfminer.pdftypes import resolve1

    try:
        mask = resolve1(image["stream"].attrs.get("SMask"))
        if mask is None or mask.attrs.get("BitsPerComponent", 8) != 8:
            return None
        return mask.get_data(), int(mask.attrs["Width"]), int(mask.attrs["Height"])
    except Exception:  # a mask pdfminer cannot decode: judge the picture by its surroundings
        return None


SATURATED = 80  # HSV saturation (0..255): a pixel this coloured belongs to a coloured symbol
BRIGHT = 60  # HSV value (0..255): and at least this bright (not a dark line)
MIN_PIXELS = (8, 6)  # a coloured region smaller than this (width, height) is no symbol


def coloured_regions(rgb: Any) -> list[tuple[int, int, int, int, float]]:
    """The coloured regions of a flowchart pasted as one picture (a Pillow RGB image): each
    as ``(x0, y0, x1, y1, fill)`` in pixels, ``fill`` the share of its bounding box it covers
    (a diamond about half, a box nearly all). Regions are 4-connected coloured pixels; those
    smaller than `MIN_PIXELS` or wider or taller than a third of the picture are left out."""
    width, height = rgb.size
    hsv = rgb.convert("HSV").tobytes()
    on = bytearray(1 if hsv[3 * i + 1] >= SATURATED and hsv[3 * i + 2] >= BRIGHT else 0
                   for i in range(width * height))
    regions = []
    for pixels in pixel_runs(on, width, height):
        xs, ys = [i % width for i in pixels], [i // width for i in pixels]
        x0, x1, y0, y1 = min(xs), max(xs) + 1, min(ys), max(ys) + 1
        w, h = x1 - x0, y1 - y0
        if w >= MIN_PIXELS[0] and h >= MIN_PIXELS[1] and w <= width / 3 and h <= height / 3:
            regions.append((x0, y0, x1, y1, len(pixels) / (w * h)))
    return regions


def pixel_runs(on: bytearray, width: int, height: int, diagonal: bool = False) -> list[list[int]]:
    """The connected runs of set pixels of ``on`` (``width × height``, row by row; cleared as
    it is walked), 4-connected or, with ``diagonal``, 8-connected: lists of indices
    ``y * width + x``."""
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if diagonal:
        steps += [(-1, -1), (1, -1), (-1, 1), (1, 1)]
    runs = []
    for start in range(width * height):
        if not on[start]:
            continue
        on[start] = 0
        stack, run = [start], []
        while stack:
            i = stack.pop()
            run.append(i)
            x, y = i % width, i // width
            for dx, dy in steps:
                nx, ny = x + dx, y + dy
                if 0 <= nx < width and 0 <= ny < height and on[ny * width + nx]:
                    on[ny * width + nx] = 0
                    stack.append(ny * width + nx)
        runs.append(run)
    return runs


def picture_rgb(image: dict[str, Any]) -> Any:
    """A pdfplumber image as a Pillow RGB image (8-bit RGB, Flate or JPEG), else ``None``."""
    import io

    from PIL import Image

    stream = image["stream"]
    try:
        if "DCT" in str(stream.attrs.get("Filter")):
            return Image.open(io.BytesIO(stream.get_rawdata())).convert("RGB")
        if "RGB" not in str(stream.attrs.get("ColorSpace")) or stream.attrs.get("BitsPerComponent") != 8:
            return None
        width, height = image["srcsize"]
        return Image.frombytes("RGB", (int(width), int(height)), stream.get_data())
    except Exception:  # a picture Pillow or pdfminer cannot decode is no flowchart we can read
        return None
