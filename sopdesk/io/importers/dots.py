"""Pictures drawn as many tiny filled squares (a QR code printed as vector modules).

A QR code in a PDF is often hundreds of small filled rectangles (its dark modules, runs of
them merged). Read as drawing they would be rules that move the table's columns (pdfplumber
snaps edges closer than 3 points together, and a row of modules 1.5 points apart chains the
table's rules into one column far from where they are) and symbols or wires. A cluster of at
least `MIN_DOTS` touching small filled rectangles spread both ways (at least `MIN_SIDE`
points wide and high) is a picture: its rectangles are neither rules, symbols nor wires.

A QR code's dark modules do not all touch: a finder pattern's centre stands inside a light
ring and data modules make islands a module or two apart. So a picture also takes the small
rectangles at most `NEAR` points from one of its modules (again and again), and every filled
rectangle at most `DOT` thick inside its box (a run of modules longer than `RUN`). Small
rectangles near each other but with no touching cluster among them (a dotted line, a dotted
grid) stay drawing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

DOT = 3.0  # points: a module is at most this thick (its short side)
RUN = 12.0  # points: and at most this long (a run of merged modules)
GAP = 0.6  # points: modules this close touch
NEAR = 3.0  # points: an island of modules this close to a picture's module belongs to it
MIN_DOTS = 12  # small rectangles in one cluster make a picture
MIN_SIDE = 10.0  # points: the cluster's size both ways
_BUCKET = 16.0
Extent = tuple[float, float, float, float]  # (x0, top, x1, bottom) in points


def picture_dots(rects: list[dict[str, Any]]) -> set[int]:
    """The ``id()`` of every rectangle in ``rects`` (pdfplumber rect dicts, points) that is a
    module of a picture drawn as tiny squares; empty when there is none."""
    small = [r for r in rects if r.get("fill") and min(r["width"], r["height"]) <= DOT
             and max(r["width"], r["height"]) <= RUN]
    if len(small) < MIN_DOTS:
        return set()
    seeds = {i for members in _clusters(small, GAP) if _is_picture([small[i] for i in members])
             for i in members}
    pictures = [_box([small[i] for i in members]) for members in _clusters(small, NEAR) if seeds.intersection(members)]
    return {id(r) for r in rects if r.get("fill") and min(r["width"], r["height"]) <= DOT
            and any(_inside(r, box) for box in pictures)}


def _clusters(rects: list[dict[str, Any]], gap: float) -> list[list[int]]:
    """The indices of ``rects`` in groups of rectangles linked by being ``gap`` points apart or closer."""
    parent = list(range(len(rects)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _touching_pairs(rects, gap):
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rects)):
        groups[root(i)].append(i)
    return list(groups.values())


def _touching_pairs(rects: list[dict[str, Any]], gap: float) -> list[tuple[int, int]]:
    """Pairs of indices of rectangles at most ``gap`` points apart, found through buckets."""
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(rects):
        for bx in range(int((r["x0"] - gap) // _BUCKET), int(r["x1"] // _BUCKET) + 1):
            for by in range(int((r["top"] - gap) // _BUCKET), int(r["bottom"] // _BUCKET) + 1):
                buckets[(bx, by)].append(i)
    pairs = set()
    for members in buckets.values():
        for k, i in enumerate(members):
            a = rects[i]
            for j in members[k + 1:]:
                b = rects[j]
                if (a["x0"] - gap <= b["x1"] and b["x0"] - gap <= a["x1"]
                        and a["top"] - gap <= b["bottom"] and b["top"] - gap <= a["bottom"]):
                    pairs.add((i, j))
    return sorted(pairs)


def _is_picture(rects: list[dict[str, Any]]) -> bool:
    """At least `MIN_DOTS` rectangles spread at least `MIN_SIDE` points both ways."""
    x0, top, x1, bottom = _box(rects)
    return len(rects) >= MIN_DOTS and x1 - x0 >= MIN_SIDE and bottom - top >= MIN_SIDE


def _box(rects: list[dict[str, Any]]) -> Extent:
    return (min(r["x0"] for r in rects), min(r["top"] for r in rects),
            max(r["x1"] for r in rects), max(r["bottom"] for r in rects))


def _inside(r: dict[str, Any], box: Extent) -> bool:
    x0, top, x1, bottom = box
    return (x0 - GAP <= r["x0"] and r["x1"] <= x1 + GAP
            and top - GAP <= r["top"] and r["bottom"] <= bottom + GAP)


def without_dots(page: Any) -> Any:
    """``page`` (pdfplumber) without the rectangles of pictures drawn as tiny squares (a
    filtered page), or ``page`` itself when it has none."""
    dots = picture_dots(page.rects)
    if not dots:
        return page
    return page.filter(lambda obj: id(obj) not in dots)
