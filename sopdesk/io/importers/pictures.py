"""Symbols pasted as pictures: their kind from the picture's own silhouette.

A Word drawing printed to PDF often becomes small pictures with a transparency mask (the
"soft mask", alpha 0..255 per pixel): the opaque pixels draw the symbol's outline. A diamond
(keputusan) fills about half of its bounding box and leaves its four corners empty; a box,
rounded box or capsule fills most of it.
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
    from pdfminer.pdftypes import resolve1

    try:
        mask = resolve1(image["stream"].attrs.get("SMask"))
        if mask is None or mask.attrs.get("BitsPerComponent", 8) != 8:
            return None
        return silhouette_kind(mask.get_data(), int(mask.attrs["Width"]), int(mask.attrs["Height"]))
    except Exception:  # a mask pdfminer cannot decode: judge the picture by its surroundings
        return None
