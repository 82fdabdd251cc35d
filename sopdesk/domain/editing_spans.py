"""Editing a Waktu written once for several consecutive rows (format version 2, ``Step.time_rows``:
a merged Waktu cell), each change a pure function ``Sop -> Sop`` like `sopdesk.domain.editing`.

Rules (kept by every step edit of `sopdesk.domain.editing`, through `carry`):

- a span's Waktu is written on its first row (``time_rows = n``); the rows below leave it empty;
- `merge_waktu` makes rows ``first``..``last`` one span (spans they touch are taken in whole); its
  Waktu is the first row's, or the first one written below when that is empty; the others are
  cleared (undo gives them back);
- `split_waktu` makes every row of a span its own again; the Waktu stays on the first row;
- a row inserted between two rows of a span joins it (its own Waktu dropped); a row inserted
  before or after it does not;
- a deleted row leaves its span; when it was the first, the span's Waktu moves to the next row;
- a moved row leaves its span (the span keeps its Waktu on its remaining rows) and joins the span
  it lands inside, if any;
- a span of one row is a plain row.

Indices 0-based. Raises ``IndexError`` for a row out of range and ``ValueError`` for a span of one
row. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sopdesk.domain.model import Sop, Step
from sopdesk.domain.waktu_spans import span_last, waktu_owners


def _check(index: int, size: int) -> None:
    if not 0 <= index < size:
        raise IndexError(f"nomor {index + 1} di luar 1–{size}")


def span_rows(sop: Sop, row: int) -> range:
    """The rows (0-based) of the Waktu cell ``row`` stands in: its span, or ``row`` alone."""
    _check(row, len(sop.steps))
    owner = waktu_owners(sop).get(row, row)
    return range(owner, span_last(sop, owner) + 1)


def owner_row(sop: Sop, row: int) -> int:
    """The row holding the Waktu shown beside ``row``: the first row of its span, or itself."""
    return span_rows(sop, row).start


def merge_waktu(sop: Sop, first: int, last: int) -> Sop:
    """Write one Waktu for rows ``first``..``last`` (inclusive, any order; module rules)."""
    _check(first, len(sop.steps))
    _check(last, len(sop.steps))
    first, last = min(first, last), max(first, last)
    first, last = span_rows(sop, first).start, span_rows(sop, last).stop - 1
    if first == last:
        raise ValueError("pilih dua langkah berurutan atau lebih untuk satu Waktu")
    written = [s.standard_time for s in sop.steps[first:last + 1] if s.standard_time.strip()]
    waktu = written[0] if written else sop.steps[first].standard_time
    steps = list(sop.steps)
    steps[first] = replace(steps[first], standard_time=waktu, time_rows=last - first + 1)
    for k in range(first + 1, last + 1):
        steps[k] = replace(steps[k], standard_time="", time_rows=1)
    return replace(sop, steps=tuple(steps))


def split_waktu(sop: Sop, row: int) -> Sop:
    """Give every row of the span ``row`` stands in its own Waktu cell again (the Waktu stays on
    the first row; nothing changes for a row outside a span)."""
    rows = span_rows(sop, row)
    steps = list(sop.steps)
    steps[rows.start] = replace(steps[rows.start], time_rows=1)
    return replace(sop, steps=tuple(steps))


def carry(before: Sop, steps: Sequence[Step], origin: Sequence[int | None],
          moved: int | None = None) -> tuple[Step, ...]:
    """``steps`` (the rows after an insert, delete or move) with the spans of ``before`` kept by the
    module rules. ``origin[p]`` is the row of ``before`` that row ``p`` was, or None for a row
    inserted; ``moved`` the row that was moved (it leaves its span, without the span's Waktu, and
    joins the one it lands inside)."""
    owners = waktu_owners(before)
    if not owners and all(s.time_rows == 1 for s in steps):
        return tuple(steps)
    out = [replace(s, time_rows=1) if s.time_rows != 1 else s for s in steps]
    group = [None if o is None or p == moved else owners.get(o) for p, o in enumerate(origin)]
    if moved is not None and (old := origin[moved]) is not None and old in owners:
        out[moved] = replace(out[moved], standard_time="")
    for p, g in enumerate(group):
        if g is None and 0 < p < len(group) - 1 and group[p - 1] is not None and group[p - 1] == group[p + 1]:
            group[p] = group[p - 1]
    p = 0
    while p < len(out):
        owner, end = group[p], p + 1
        if owner is not None:
            while end < len(out) and group[end] == owner:
                end += 1
            out[p] = replace(out[p], standard_time=before.steps[owner].standard_time, time_rows=end - p)
            out[p + 1:end] = [replace(s, standard_time="") for s in out[p + 1:end]]
        p = end
    return tuple(out)

