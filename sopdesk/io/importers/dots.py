"""Pictures drawn as many tiny filled squares (a QR code printed as vector modules).

A QR code in a PDF is often hundreds of small filled rectangles (its dark modules, runs of
them merged). Read as drawing they would be rules that move the table's columns (pdfplumber
snaps edges closer than 3 points together, and a row of modules 1.5 points apart chains the
table's rules into one column far from where they are) and symbols or wires. A cluster of at
least `MIN_DOTS` touching small filled rectangles spread both ways (at least `MIN_SIDE`
points wide and high) is a picture: its rectangles are neither rules, symbols nor wires.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

DOT = 3.0  # points: a module is at most this thick (its short side)
RUN = 12.0  # points: and at most this long (a run of merged modules)
GAP = 0.6  # points: modules this close touch
MIN_DOTS = 12  # small rectangles in one cluster make a picture
MIN_SIDE = 10.0  # points: the cluster's size both ways
_BUCKET = 16.0


def picture_dots(rects: list[dict[str, Any]]) -> set[int]:
    """The ``id()`` of every rectangle in ``rects`` (pdfplumber rect dicts, points) that is a
    module of a picture drawn as tiny squares; empty when there is none."""
    small = [r for r in rects if r.get("fill") and min(r["width"], r["height"]) <= DOT
             and max(r["width"], r["height"]) <= RUN]
    if len(small) < MIN_DOTS:
        return set()
    parent = list(range(len(small)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _touching_pairs(small):
        parent[root(i)] = root(j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(small)):
        clusters[root(i)].append(i)
    out: set[int] = set()
    for members in clusters.values():
        if len(members) >= MIN_DOTS and _spread([small[i] for i in members]):
            out.update(id(small[i]) for i in members)
    return out


def _touching_pairs(rects: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs of indices of rectangles that touch (closer than `GAP`), found through buckets."""
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(rects):
        for bx in range(int(r["x0"] // _BUCKET), int(r["x1"] // _BUCKET) + 1):
            for by in range(int(r["top"] // _BUCKET), int(r["bottom"] // _BUCKET) + 1):
                buckets[(bx, by)].append(i)
    pairs = set()
    for members in buckets.values():
        for k, i in enumerate(members):
            a = rects[i]
            for j in members[k + 1:]:
                b = rects[j]
                if (a["x0"] - GAP <= b["x1"] and b["x0"] - GAP <= a["x1"]
                        and a["top"] - GAP <= b["bottom"] and b["top"] - GAP <= a["bottom"]):
                    pairs.add((i, j))
    return sorted(pairs)


def _spread(rects: list[dict[str, Any]]) -> bool:
    width = max(r["x1"] for r in rects) - min(r["x0"] for r in rects)
    height = max(r["bottom"] for r in rects) - min(r["top"] for r in rects)
    return width >= MIN_SIDE and height >= MIN_SIDE


def without_dots(page: Any) -> Any:
    """``page`` (pdfplumber) without the rectangles of pictures drawn as tiny squares (a
    filtered page), or ``page`` itself when it has none."""
    dots = picture_dots(page.rects)
    if not dots:
        return page
    return page.filter(lambda obj: id(obj) not in dots)
