"""An SOP's lanes (pelaksana) over its flowchart tables.

An SOP may print its flowchart in parts, each table with its own lanes (Basarnas: 11 lanes in
the first part, 15 in the second, most of them shared). A symbol's lane is the lane its own
table's header names. A header with as many lanes as the table before it is the same lanes
printed again (a name read empty or cut with "…" before takes the new one); a header with
another count is a part with lanes of its own: each of its names is matched to a lane already
read (the same letters; a name cut with "…" by its first letters, when the other is whole:
two cut names may be two lanes, "Instansi lain/ …" and "Instansi lain/ Sosial Me…") or added
after the lanes read.
"""

from __future__ import annotations

CUT = "…"


def merge_lanes(lanes: list[str], before: list[int], header: list[str]) -> list[int]:
    """Merge the lane names of one table's ``header`` into the SOP's ``lanes`` (changed in
    place); ``before`` is what this returned for the table before (empty for the first).
    Returns, for each header lane, its index in ``lanes``."""
    if before and len(header) == len(before):
        for k, name in zip(before, header, strict=True):
            if not lanes[k].strip() or _cut(lanes[k]):
                lanes[k] = name
        return list(before)
    out = []
    for name in header:
        found = next((i for i, known in enumerate(lanes) if same_lane(known, name)), None)
        if found is None:
            lanes.append(name)
            found = len(lanes) - 1
        out.append(found)
    return out


def same_lane(a: str, b: str) -> bool:
    """True when lane names ``a`` and ``b`` name one lane: the same letters (white space
    aside, case folded), or one cut with "…" is the other's beginning, the other whole."""
    x, y = _letters(a), _letters(b)
    if x == y:
        return True
    if _cut(a) == _cut(b):
        return False
    short, whole = (x, y) if _cut(a) else (y, x)
    return len(short) > 1 and whole.startswith(short)


def _cut(name: str) -> bool:
    return name.rstrip().endswith(CUT)


def _letters(name: str) -> str:
    return "".join(name.split()).rstrip(CUT).casefold()
